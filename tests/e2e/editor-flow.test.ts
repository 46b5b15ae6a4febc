// Issue 11's script: an editor gets a post out through the Content Manager alone. Screenshots, light
// and dark, in tests/e2e/screenshots/editor-*.png.
import fs from 'fs';
import path from 'path';
import type { Browser, BrowserContext, Page } from 'playwright-core';

import { launchChromium, screenshot } from './browser';
import { startStrapi, type RunningStrapi } from './server';
import { POST, apiAs, documentRoute, letEditorsSchedule, logInAs, tokenOf } from './session';

const ZONE = 'Europe/Madrid';
const COPYRIGHT = '© Riverside Health. All rights reserved.';

// A 1×1 PNG: the media file the post carries.
const PIXEL = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

describe('the editor gets a post out through the Content Manager', () => {
  let server: RunningStrapi;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let documentId = '';

  /** Both themes of the same moment. */
  const shoot = async (name: string) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await screenshot(page, `editor-${name}-light`);
    await page.emulateMedia({ colorScheme: 'dark' });
    await screenshot(page, `editor-${name}-dark`);
    await page.emulateMedia({ colorScheme: 'light' });
  };

  const panel = () => page.getByTestId('social-compliance-panel');
  const publishButton = () => page.getByRole('button', { name: 'Publish', exact: true });

  beforeAll(async () => {
    server = await startStrapi();
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1440, height: 1000 }, timezoneId: ZONE });
    page = await context.newPage();
    await logInAs(page, server.url, 'editor');
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('sees, before saving, the failing checks and the quoted findings; Publish is disabled and says why', async () => {
    await page.goto(
      `${server.url}/admin/content-manager/collection-types/${POST}/create?plugins[i18n][locale]=en`,
    );
    await page.getByLabel(/^title/i).fill('Thank you from the cardiac ward');
    await page
      .getByLabel(/^body/i)
      .fill(
        'Best wishes to our patient Jane Doe, record RH-4471203, who went home today after heart surgery.',
      );
    await panel().getByText('Jane Doe', { exact: true }).waitFor({ timeout: 30_000 });
    await expect(panel().getByText('RH-4471203', { exact: true }).isVisible()).resolves.toBe(true);
    await expect(
      panel()
        .getByText(/Person's name · blocks publishing/)
        .isVisible(),
    ).resolves.toBe(true);
    await expect(
      panel()
        .getByText(/Medical record number · blocks publishing/)
        .isVisible(),
    ).resolves.toBe(true);
    await expect(
      panel()
        .getByText(/^Publish is disabled: \d+ requirements are not met$/)
        .isVisible(),
    ).resolves.toBe(true);
    await expect(publishButton().isDisabled()).resolves.toBe(true);
    await shoot('01-findings');
  });

  it('has no serious or critical accessibility violation on the edit view with the panel open', async () => {
    // Evaluated over the debugging protocol: the admin's Content Security Policy forbids inline scripts.
    await page.evaluate(
      fs.readFileSync(path.join(path.dirname(require.resolve('axe-core')), 'axe.min.js'), 'utf8'),
    );
    const violations = await page.evaluate(async () => {
      const axe = (
        window as unknown as { axe: { run: (context: unknown) => Promise<{ violations: unknown[] }> } }
      ).axe;
      const result = await axe.run(document);
      return (
        result.violations as {
          id: string;
          impact: string;
          nodes: { target: string[]; html: string; failureSummary: string }[];
        }[]
      )
        .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
        .map((violation) => ({
          id: violation.id,
          impact: violation.impact,
          nodes: violation.nodes.map(
            (node) => `${node.target.join(' ')}: ${node.html} (${node.failureSummary})`,
          ),
        }));
    });
    fs.writeFileSync(
      path.join(__dirname, 'screenshots', 'editor-axe.json'),
      JSON.stringify(violations, null, 2),
    );
    expect(violations).toEqual([]);
  });

  it('removes the patient, picks channels, watches the X counter, and saves', async () => {
    await page
      .getByLabel(/^body/i)
      .fill(`Thank you to the cardiac ward team. ${'We are proud of you. '.repeat(14)}`);
    await panel().getByText('Jane Doe', { exact: true }).waitFor({ state: 'detached', timeout: 30_000 });

    await page.getByRole('combobox', { name: /channels/i }).click();
    await page.getByRole('option', { name: 'X', exact: true }).click();
    await page.getByRole('option', { name: 'Facebook', exact: true }).click();
    await page.keyboard.press('Escape');
    const over = page.getByText(/^\d+ \/ 280: too long$/).first();
    await over.waitFor({ timeout: 30_000 });
    await shoot('02-x-counter-over');

    await page
      .getByLabel(/^body/i)
      .fill('Thank you to the cardiac ward team: 20 years of caring for our community.');
    await page
      .getByText(/^\d+ \/ 280$/)
      .first()
      .waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: 'Save' }).click();
    await page.waitForURL((url) => !url.pathname.endsWith('/create'), { timeout: 30_000 });
    documentId = page.url().split('?')[0].split('/').pop() ?? '';
    expect(documentId).toMatch(/^[a-z0-9]{20,}$/);
    await shoot('03-saved');
  });

  it('adds the attribution of its image from the panel, attests and submits: the post is in review', async () => {
    const editorToken = await tokenOf(server.url, 'editor');
    const form = new FormData();
    form.append('files', new Blob([PIXEL], { type: 'image/png' }), 'ward-team.png');
    const uploaded = await fetch(`${server.url}/upload`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${editorToken}` },
      body: form,
    });
    expect(uploaded.status).toBe(201);
    const [file] = (await uploaded.json()) as { id: number }[];
    const editor = await apiAs(server.url, 'editor');
    await editor('PUT', `/content-manager/collection-types/${POST}/${documentId}?locale=en`, {
      media: [file.id],
    });
    await page.reload();

    await panel().getByText('ward-team.png', { exact: true }).waitFor({ timeout: 30_000 });
    await panel().getByRole('button', { name: 'Add the attribution of ward-team.png' }).click();
    await shoot('04-attribution-added');
    await page.locator('[name="attributions.0.rightsHolder"]').fill('Riverside Health');
    await page.locator('[name="attributions.0.creditLine"]').fill(COPYRIGHT);
    await page.getByRole('combobox', { name: /^licence/i }).click();
    await page.getByRole('option', { name: 'own-work' }).click();
    await page.getByRole('button', { name: 'Save' }).click();
    await panel().getByText('No attribution yet.').waitFor({ state: 'detached', timeout: 30_000 });

    await panel()
      .getByRole('checkbox', { name: /I have read the statement above/ })
      .click();
    await panel().getByRole('button', { name: 'Attest' }).click();
    await panel()
      .getByRole('status')
      .filter({ hasText: /^Attested by .* on / })
      .waitFor({ timeout: 30_000 });
    await panel().getByRole('button', { name: 'Submit for review' }).click();
    await panel().getByText('In review', { exact: true }).waitFor({ timeout: 30_000 });
    await expect(publishButton().isDisabled()).resolves.toBe(true);
    await shoot('05-in-review');
  });

  it('starts a second post from a template, filling its variables in a form', async () => {
    const second = await context.newPage();
    const previous = page;
    page = second;
    try {
      await page.goto(
        `${server.url}/admin/content-manager/collection-types/${POST}/create?plugins[i18n][locale]=en`,
      );
      await panel().getByRole('button', { name: 'Start from a template' }).click();
      await page.getByRole('combobox', { name: 'Template' }).click();
      await page.getByRole('option', { name: 'Flu vaccination clinic' }).click();
      await page.getByTestId('template-text').locator('[data-locked="true"]').first().waitFor();
      await page.getByRole('textbox', { name: 'location' }).fill('the Riverside General Hospital atrium');
      await page.getByRole('textbox', { name: 'date' }).fill('Saturday 12 December');
      await shoot('06-template-form');
      await page.getByRole('button', { name: 'Insert into the post' }).click();
      await expect(page.getByLabel(/^body/i).inputValue()).resolves.toContain(
        'Free flu vaccinations at the Riverside General Hospital atrium on Saturday 12 December.',
      );
      await panel().getByText('Is the vaccine safe for pregnant women?').waitFor();
      // The template values are a form too, not JSON.
      await expect(page.getByRole('textbox', { name: 'location' }).inputValue()).resolves.toBe(
        'the Riverside General Hospital atrium',
      );
      await shoot('07-template-inserted');
    } finally {
      page = previous;
      await second.close();
    }
  });

  it('once a reviewer approved it, the editor schedules it in their time zone and sees it scheduled', async () => {
    const reviewer = await apiAs(server.url, 'reviewer');
    await reviewer('POST', documentRoute(documentId, 'approve'), { comment: 'Lovely post.' });
    await letEditorsSchedule(server.url);

    await page.reload();
    await panel().getByText('Approved', { exact: true }).first().waitFor({ timeout: 30_000 });
    await panel()
      .getByText(/Approved by .* on /)
      .waitFor();
    await panel().getByText('Lovely post.').waitFor();
    await expect(publishButton().isDisabled()).resolves.toBe(false);

    await panel().getByRole('button', { name: 'Schedule publishing…' }).click();
    await screenshot(page, 'editor-08-schedule-form');
    await expect(panel().getByRole('combobox', { name: 'Time zone' }).inputValue()).resolves.toBe(ZONE);
    // 02:30 on the last Sunday of March does not exist in Madrid: the server says what to choose instead.
    await panel().locator('[name="social-compliance-publish-date"]').fill('2027-03-28');
    await panel().locator('[name="social-compliance-publish-time"]').fill('02:30');
    await panel().getByRole('button', { name: 'Schedule', exact: true }).click();
    const gap = panel().getByRole('alert').filter({ hasText: /02:30/ });
    await gap.waitFor({ timeout: 30_000 });
    await shoot('08-schedule-dst-gap');

    await panel().locator('[name="social-compliance-publish-time"]').fill('09:30');
    await panel().getByRole('button', { name: 'Schedule', exact: true }).click();
    await panel()
      .getByText('Scheduled: publishes on 2027-03-28 09:30 (Europe/Madrid, UTC+02:00)')
      .waitFor({ timeout: 30_000 });
    await panel().getByText('Scheduled', { exact: true }).first().waitFor();
    await shoot('09-scheduled');
  });

  it('shows the compliance column in the list view', async () => {
    await page.goto(`${server.url}/admin/content-manager/collection-types/${POST}?plugins[i18n][locale]=en`);
    await page.getByText('Thank you from the cardiac ward').waitFor({ timeout: 30_000 });
    await screenshot(page, 'editor-10-list-debug');
    await page.getByText('Compliance', { exact: true }).waitFor({ timeout: 30_000 });
    await page
      .getByText(/requirements? unmet/)
      .first()
      .waitFor({ timeout: 30_000 });
    await shoot('10-list');
  });
});
