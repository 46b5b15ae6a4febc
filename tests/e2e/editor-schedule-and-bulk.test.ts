// The editor's side of scheduling and publishing, in the Content Manager: move, cancel and take down a
// post from the edit view's side panel, and bulk publish from the list view, where only the posts the
// server finds compliant are sent. Screenshots in tests/e2e/screenshots/editor-panel-*.png and
// editor-bulk-*.png.
import type { Browser, Page } from 'playwright-core';

import { launchChromium, screenshot } from './browser';
import { readyOrShow } from './pages';
import { startStrapi, type RunningStrapi } from './server';
import { compliantPost } from '../compliant-post';
import { POST, apiAs, documentRoute, letEditorsSchedule, logInAs, type Api } from './session';

const ZONE = 'Europe/Madrid';

// The demo's policy asks an own-work credit line to carry its copyright line.
const postData = (title: string) => {
  const post = compliantPost(title);
  const creditLine = '© Riverside Health. All rights reserved.';
  return { ...post, attributions: post.attributions.map((credit: object) => ({ ...credit, creditLine })) };
};

interface Schedule {
  action: 'publish' | 'unpublish';
  status: string;
  runAt: string;
}

describe('the editor schedules from the side panel and bulk-publishes from the list', () => {
  let server: RunningStrapi;
  let browser: Browser;
  let page: Page;
  let editor: Api;
  let reviewer: Api;

  beforeAll(async () => {
    server = await startStrapi();
    browser = await launchChromium();
    const context = await browser.newContext({ viewport: { width: 1440, height: 1000 }, timezoneId: ZONE });
    page = await context.newPage();
    await letEditorsSchedule(server.url);
    editor = await apiAs(server.url, 'editor');
    reviewer = await apiAs(server.url, 'reviewer');
    await logInAs(page, server.url, 'editor');
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  /** A new post of the editor's; attested, submitted and approved by the reviewer unless said otherwise. */
  const newPost = async (title: string, { approved = true } = {}) => {
    const { data } = await editor(
      'POST',
      `/content-manager/collection-types/${POST}?locale=en`,
      postData(title),
    );
    if (approved) {
      await editor('POST', documentRoute(data.documentId, 'attest'));
      await editor('POST', documentRoute(data.documentId, 'submit'));
      await reviewer('POST', documentRoute(data.documentId, 'approve'), { comment: 'Fine.' });
    }
    return data.documentId;
  };

  /** The post's schedules still to run, as the calendar has them. */
  const pendingOf = async (documentId: string) => {
    const { data } = await editor<{ data: (Schedule & { target: { documentId: string } })[] }>(
      'GET',
      `/social-compliance/calendar?from=2027-01-01&to=2027-12-31&status=pending&documentId=${documentId}&uid=${POST}`,
    );
    return data.map(({ action, status, runAt }) => ({ action, status, runAt }));
  };

  const panel = () => page.getByTestId('social-compliance-panel');
  const fill = async (action: Schedule['action'], date: string, time: string) => {
    await panel().locator(`[name="social-compliance-${action}-date"]`).fill(date);
    await panel().locator(`[name="social-compliance-${action}-time"]`).fill(time);
  };

  it('schedules a publish, moves it, adds a take-down and cancels both, from the side panel', async () => {
    const documentId = await newPost('Blood drive on Friday');
    await page.goto(
      `${server.url}/admin/content-manager/collection-types/${POST}/${documentId}?plugins[i18n][locale]=en`,
    );
    await panel().getByRole('button', { name: 'Schedule publishing…' }).waitFor({ timeout: 30_000 });
    await panel().getByRole('button', { name: 'Schedule publishing…' }).click();
    await fill('publish', '2027-06-01', '09:00');
    await panel().getByRole('button', { name: 'Schedule', exact: true }).click();
    const publish = panel().getByTestId('schedule-publish');
    await publish
      .getByText('Scheduled: publishes on 2027-06-01 09:00 (Europe/Madrid, UTC+02:00)')
      .waitFor({ timeout: 30_000 });

    // Moved: the form opens on the time it had, and the same schedule takes the new one.
    await publish.getByRole('button', { name: 'Reschedule' }).click();
    await expect(panel().locator('[name="social-compliance-publish-date"]').inputValue()).resolves.toBe(
      '2027-06-01',
    );
    await fill('publish', '2027-06-03', '10:30');
    await panel().getByRole('button', { name: 'Move to this time' }).click();
    await publish
      .getByText('Scheduled: publishes on 2027-06-03 10:30 (Europe/Madrid, UTC+02:00)')
      .waitFor({ timeout: 30_000 });
    expect(await pendingOf(documentId)).toEqual([
      { action: 'publish', status: 'pending', runAt: '2027-06-03T08:30:00.000Z' },
    ]);

    // A take-down before the publish is refused with the server's sentence; after it, it is scheduled.
    await panel().getByRole('button', { name: 'Take down at…' }).click();
    await fill('unpublish', '2027-06-02', '20:00');
    await panel().getByRole('button', { name: 'Take down then' }).click();
    await panel()
      .getByRole('alert')
      .filter({ hasText: /The take-down must come after the post is published/ })
      .waitFor({ timeout: 30_000 });
    await fill('unpublish', '2027-06-06', '20:00');
    await panel().getByRole('button', { name: 'Take down then' }).click();
    const takeDown = panel().getByTestId('schedule-unpublish');
    await takeDown
      .getByText('Take-down scheduled on 2027-06-06 20:00 (Europe/Madrid, UTC+02:00)')
      .waitFor({ timeout: 30_000 });
    await screenshot(page, 'editor-panel-publish-and-take-down');
    expect(await pendingOf(documentId)).toEqual(
      expect.arrayContaining([
        { action: 'publish', status: 'pending', runAt: '2027-06-03T08:30:00.000Z' },
        { action: 'unpublish', status: 'pending', runAt: '2027-06-06T18:00:00.000Z' },
      ]),
    );

    // Cancelled one by one: the take-down first, and the publish stays; then the publish.
    await takeDown.getByRole('button', { name: 'Cancel' }).click();
    await panel().getByText('The scheduled take-down was cancelled.').waitFor({ timeout: 30_000 });
    await takeDown.waitFor({ state: 'detached' });
    expect(await pendingOf(documentId)).toEqual([
      { action: 'publish', status: 'pending', runAt: '2027-06-03T08:30:00.000Z' },
    ]);
    await publish.getByRole('button', { name: 'Cancel' }).click();
    await panel().getByText('The scheduled publish was cancelled.').waitFor({ timeout: 30_000 });
    await panel().getByRole('button', { name: 'Schedule publishing…' }).waitFor();
    await screenshot(page, 'editor-panel-cancelled');
    expect(await pendingOf(documentId)).toEqual([]);
  });

  it('bulk publish sends only the compliant posts and says why each other one was refused', async () => {
    const ready = 'Bulk: approved and ready';
    const notReady = 'Bulk: never attested';
    const readyId = await newPost(ready);
    const notReadyId = await newPost(notReady, { approved: false });
    await page.goto(`${server.url}/admin/content-manager/collection-types/${POST}?plugins[i18n][locale]=en`);
    for (const title of [ready, notReady]) {
      const row = page.locator('tr', { hasText: title });
      await row.waitFor({ timeout: 30_000 });
      await row.getByRole('checkbox').check();
    }
    await page.getByRole('button', { name: 'Publish', exact: true }).click();

    const dialog = page.getByRole('alertdialog');
    await readyOrShow(page, 'editor-bulk-failed', () =>
      dialog.getByText(`${ready}: compliant, will be published.`).waitFor({ timeout: 30_000 }),
    );
    const refused = dialog
      .locator('div', { hasText: `${notReady}: refused, not published, because:` })
      .last();
    await refused.waitFor();
    await expect(refused.getByRole('listitem').allTextContents()).resolves.toEqual(
      expect.arrayContaining([expect.stringMatching(/attest/i)]),
    );
    await screenshot(page, 'editor-bulk-verdicts');
    await dialog.getByRole('button', { name: 'Confirm' }).click();
    await page.getByText('1 post published, 1 refused.').waitFor({ timeout: 30_000 });
    await screenshot(page, 'editor-bulk-published');

    const statusOf = async (documentId: string) =>
      (
        await editor<{ data: { status: string } }>(
          'GET',
          `/content-manager/collection-types/${POST}/${documentId}?locale=en`,
        )
      ).data.status;
    expect(await statusOf(readyId)).toBe('published');
    expect(await statusOf(notReadyId)).toBe('draft');
  });
});
