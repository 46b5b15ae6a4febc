import Database from 'better-sqlite3';
import fs from 'fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';

import { launchChromium, screenshot } from './browser';
import { inBothThemes, readyOrShow, type AxeViolation } from './pages';
import { startStrapi, type RunningStrapi } from './server';
import { POST, apiAs, documentRoute, logInAs, type Who } from './session';
import type { Policy } from '../../shared/contracts/policy';

// Issue 12's "Done when": the editor's post goes through the reviewer's queue and review screen, is sent
// back, fixed, approved, scheduled and published by the scheduler; the calendar and the audit page show
// it; the policy owner's new wording reaches the editor; a reviewer's own post cannot be approved by them.
// The editor's side (attest, submit, edit) goes through the server routes its side panel calls.

// A title that would run script if it were ever rendered as HTML.
const TITLE = 'Flu clinic <img src=x onerror=alert(1)>';
const DISCLAIMER = 'Views are my own and not those of Riverside Health.';
const FIRST_BODY = `Free flu vaccinations in the main atrium this Saturday. No appointment needed. ${DISCLAIMER}`;
const FIXED_BODY = `Free flu vaccinations in the main atrium this Saturday from 9am to 1pm. No appointment needed. ${DISCLAIMER}`;
const COMMENT = 'Please add the opening hours.';

const postData = (title: string, body: string) => ({
  title,
  body,
  category: 'event',
  channels: ['x', 'staff-linkedin'],
  attributions: [
    {
      kind: 'text',
      licence: 'own-work',
      rightsHolder: 'Riverside Health',
      creditLine: '© Riverside Health. All rights reserved.',
    },
  ],
});

describe('review flow: editor, reviewer, scheduler, auditor and policy owner', () => {
  let server: RunningStrapi;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const violations: Record<string, Record<string, AxeViolation[]>> = {};
  let documentId = '';

  beforeAll(async () => {
    server = await startStrapi({
      env: {
        // The scheduler polls every two seconds, so a post made due by the test goes out at once.
        CRON_ENABLED: 'true',
        SOCIAL_COMPLIANCE_CONFIG: JSON.stringify({
          governedContentTypes: ['api::press-release.press-release'],
          scheduler: { rule: '*/2 * * * * *' },
        }),
      },
    });
    browser = await launchChromium();
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.stop();
  });

  const signedIn = async (who: Who) => {
    // bypassCSP: the admin's policy refuses inline scripts, and axe-core is added to the page as one.
    const context = await browser.newContext({
      viewport: { width: 1440, height: 900 },
      acceptDownloads: true,
      bypassCSP: true,
    });
    contexts.push(context);
    const page = await context.newPage();
    const alerts: string[] = [];
    page.on('dialog', (dialog) => {
      alerts.push(dialog.message());
      void dialog.dismiss();
    });
    await logInAs(page, server.url, who);
    return Object.assign(page, { alerts });
  };

  /** A user's acts over HTTP, as the Content Manager and its side panel send them. */
  const api = (who: Who) => apiAs(server.url, who);

  const plugin = (page: Page, path = '') => page.goto(`${server.url}/admin/plugins/social-compliance${path}`);
  const cm = `/content-manager/collection-types/${POST}`;

  it('puts the editor’s post in the reviewer’s queue; the reviewer sends it back with a comment', async () => {
    const editor = await api('editor');
    const created = await editor('POST', `${cm}?locale=en`, postData(TITLE, FIRST_BODY));
    documentId = created.data.documentId;
    await editor('POST', documentRoute(documentId, 'attest'));
    await editor('POST', documentRoute(documentId, 'submit'));

    const reviewer = await signedIn('reviewer');
    await plugin(reviewer);
    const row = reviewer.getByRole('link', { name: TITLE });
    await row.waitFor({ timeout: 30_000 });
    expect(await reviewer.getByTestId('queue-count').textContent()).toMatch(/^\d+$/);
    violations.queue = await inBothThemes(reviewer, 'queue', () => row.waitFor());

    await row.click();
    const xPreview = reviewer.getByRole('region', { name: 'Preview on X' });
    await xPreview.waitFor({ timeout: 30_000 });
    await expect(
      reviewer.getByRole('region', { name: 'Preview on Staff LinkedIn' }).isVisible(),
    ).resolves.toBe(true);
    expect(await reviewer.getByTestId('count-x').textContent()).toMatch(/^\d+ \/ 280 characters$/);
    await expect(reviewer.getByText(/Personal channel: carries the disclaimer/).isVisible()).resolves.toBe(
      true,
    );
    await expect(reviewer.getByRole('heading', { name: TITLE, level: 1 }).isVisible()).resolves.toBe(true);
    violations.review = await inBothThemes(reviewer, 'review-first', () => xPreview.waitFor());

    await reviewer.getByRole('button', { name: 'Request changes' }).click();
    await reviewer.getByText('Say what has to change: a comment is required to request changes.').waitFor();
    await reviewer.getByLabel('Comment').fill(COMMENT);
    await reviewer.getByRole('button', { name: 'Request changes' }).click();
    await reviewer.getByText('Sent back to its author with your comment.').waitFor({ timeout: 15_000 });
    await reviewer.getByText('Changes requested', { exact: true }).first().waitFor();
    expect(reviewer.alerts).toEqual([]);
  });

  it('shows the editor the comment; the fixed post comes back with the diff and is approved', async () => {
    const editorPage = await signedIn('editor');
    // The homepage widget lists the post sent back to its author.
    await editorPage.goto(`${server.url}/admin`);
    await editorPage.getByText('Needs your changes').waitFor({ timeout: 30_000 });
    await editorPage.getByRole('link', { name: TITLE }).waitFor({ timeout: 30_000 });
    await screenshot(editorPage, 'home-widget-editor');
    await plugin(editorPage, `/review/${encodeURIComponent(POST)}/${documentId}?locale=en`);
    await editorPage.getByText(`Last sent back by Rita Reviewer: "${COMMENT}"`).waitFor({ timeout: 30_000 });
    // An editor may read the review, not decide on it.
    await editorPage.getByText('You do not have the permission to review posts.').waitFor();

    const editor = await api('editor');
    await editor('PUT', `${cm}/${documentId}?locale=en`, postData(TITLE, FIXED_BODY));
    await editor('POST', documentRoute(documentId, 'attest'));
    await editor('POST', documentRoute(documentId, 'submit'));

    const reviewer = contexts[0].pages()[0];
    await plugin(reviewer, `/review/${encodeURIComponent(POST)}/${documentId}?locale=en`);
    const diff = reviewer.getByTestId('text-diff').first();
    await diff.waitFor({ timeout: 30_000 });
    await expect(reviewer.getByText(/^Since Rita Reviewer sent it back on/).isVisible()).resolves.toBe(true);
    expect(await diff.locator('ins').allTextContents()).toEqual(
      expect.arrayContaining([expect.stringContaining('9am')]),
    );
    await screenshot(reviewer, 'review-diff-light');

    await reviewer.getByLabel('Comment').fill('Good to go.');
    await reviewer.getByRole('button', { name: 'Approve' }).click();
    await reviewer.getByText('Approved.', { exact: true }).waitFor({ timeout: 15_000 });
  });

  it('schedules the approved post; the scheduler publishes it and the calendar shows it done', async () => {
    const reviewer = contexts[0].pages()[0];
    await screenshot(reviewer, 'review-approved-light');
    const schedule = reviewer.getByRole('heading', { name: 'Schedule', level: 2 });
    await schedule.waitFor({ timeout: 30_000 });
    const inAnHour = new Date(Date.now() + 3_600_000).toISOString().slice(0, 16);
    await reviewer.getByLabel('Publish at').fill(inAnHour);
    await reviewer.getByLabel('Time zone').fill('UTC');
    await reviewer.getByRole('button', { name: 'Schedule', exact: true }).click();
    await reviewer.getByText('Scheduled.', { exact: true }).waitFor({ timeout: 15_000 });

    await plugin(reviewer, '/calendar');
    const entry = reviewer.getByRole('button', { name: new RegExp(`Flu clinic .*, Scheduled$`) });
    await entry.waitFor({ timeout: 30_000 });
    violations.calendar = await inBothThemes(reviewer, 'calendar-scheduled', () => entry.waitFor());
    await reviewer.getByRole('button', { name: 'Week' }).click();
    await entry.waitFor();
    await screenshot(reviewer, 'calendar-week-light');

    // Run it due: the schedule's time moves to a minute ago, and the next poll publishes it.
    const db = new Database(server.databaseFile);
    const row = db
      .prepare('SELECT id, run_at FROM sc_schedules WHERE target_document_id = ?')
      .get(documentId) as {
      id: number;
      run_at: number | string;
    };
    const past = Date.now() - 60_000;
    db.prepare('UPDATE sc_schedules SET run_at = ? WHERE id = ?').run(
      typeof row.run_at === 'number' ? past : new Date(past).toISOString(),
      row.id,
    );
    db.close();

    const deadline = Date.now() + 30_000;
    for (;;) {
      await reviewer.reload();
      await reviewer.getByRole('heading', { name: 'Calendar', level: 1 }).waitFor();
      await reviewer.getByRole('button', { name: 'Month' }).click();
      if (await reviewer.getByRole('button', { name: /Flu clinic .*, Done$/ }).isVisible()) break;
      if (Date.now() > deadline) throw new Error('The scheduler did not publish the post within 30 s');
      await reviewer.waitForTimeout(2000);
    }
    await screenshot(reviewer, 'calendar-published-light');
  });

  it('lists every act on the audit page; the chain verifies intact and the CSV export downloads', async () => {
    const owner = await signedIn('policyOwner');
    await plugin(owner, `/audit?documentId=${documentId}`);
    const table = owner.locator('table');
    await owner.getByText('Published', { exact: true }).first().waitFor({ timeout: 30_000 });
    const actions = await table.locator('tbody tr td:nth-child(4)').allTextContents();
    expect(actions).toEqual([
      'Attested',
      'Submitted',
      'Requested changes',
      'Attested',
      'Submitted',
      'Approved',
      'Scheduled',
      'Published',
    ]);
    violations.audit = await inBothThemes(owner, 'audit', () =>
      owner.getByText('Published', { exact: true }).first().waitFor(),
    );

    await owner.getByRole('button', { name: 'Verify the chain' }).click();
    await owner.getByText('The chain is intact').waitFor({ timeout: 15_000 });
    expect(await owner.getByTestId('audit-verification').textContent()).toMatch(
      /^\d+ events checked; chain head [0-9a-f]{64}$/,
    );
    await screenshot(owner, 'audit-verified-light');

    const [download] = await Promise.all([
      owner.waitForEvent('download'),
      owner.getByRole('button', { name: 'Export CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^social-compliance-audit-.*\.csv$/);
    const file = await download.path();
    const csv = fs.readFileSync(file, 'utf8');
    expect(csv.split('\n')[0]).toBe(
      'seq,occurredAt,actorId,actorLabel,action,targetUid,targetDocumentId,targetLocale,contentHash,details,prevHash,hash',
    );
    expect(csv).toContain(',publish,');
    expect(csv.trim().split('\n')).toHaveLength(9);
  });

  it('lets the policy owner change the attestation wording; the editor’s next post asks for it', async () => {
    const editor = await api('editor');
    const next = await editor('POST', `${cm}?locale=en`, postData('Blood drive next week', FIRST_BODY));
    const nextId = next.data.documentId;
    await editor('POST', documentRoute(nextId, 'attest'));

    const owner = contexts[contexts.length - 1].pages()[0];
    await plugin(owner, '/policy');
    const wording = owner.getByLabel('Attestation wording');
    await readyOrShow(owner, 'settings-failed', () => wording.waitFor({ timeout: 30_000 }));
    violations.settings = await inBothThemes(owner, 'settings', () => wording.waitFor());
    await wording.fill(`${await wording.inputValue()} I have checked every photo for patient faces.`);
    await owner.getByTestId('wording-bump').waitFor();
    await owner.getByLabel('What changed and why').fill('Photos checked too');
    await owner.getByRole('button', { name: 'Save a new version' }).click();
    await owner.getByTestId('policy-saved').waitFor({ timeout: 15_000 });
    expect(await owner.getByTestId('policy-saved').textContent()).toBe('The policy is now version 3.');
    await owner.getByRole('button', { name: 'Version 2' }).click();
    await owner.getByTestId('policy-version-shown').waitFor();
    await screenshot(owner, 'settings-history-light');

    const evaluation = await editor<{ data: { checks: { id: string; status: string; message: string }[] } }>(
      'POST',
      '/social-compliance/evaluate',
      {
        uid: POST,
        documentId: nextId,
        locale: 'en',
      },
    );
    const attestation = evaluation.data.checks.find((check) => check.id.startsWith('attestation'))!;
    expect(attestation).toMatchObject({ id: 'attestation.wording', status: 'fail' });
    expect(attestation.message).toMatch(/attest again under the new wording/);
    const policy = await editor<{ data: Policy }>('GET', '/social-compliance/policy');
    expect(policy.data.attestation.wording).toMatch(/I have checked every photo for patient faces\.$/);
  });

  it('refuses a concurrent policy edit with the server’s sentence', async () => {
    const owner = contexts[contexts.length - 1].pages()[0];
    await plugin(owner, '/policy');
    const owner2 = await api('policyOwner');
    const wording = owner.getByLabel('Attestation wording');
    await wording.waitFor({ timeout: 30_000 });
    // Someone else saves first.
    const current = (await owner2<{ data: Policy }>('GET', '/social-compliance/policy')).data;
    const { version: _version, attestation, ...settings } = current;
    await owner2('PUT', '/social-compliance/policy', {
      expectedVersion: current.version,
      policy: { ...settings, attestation: { wording: attestation.wording }, approvalsRequired: 1 },
      note: 'Meanwhile',
    });
    await owner.getByLabel('Copyright line').fill('© Riverside Health 2026.');
    await owner.getByRole('button', { name: 'Save a new version' }).click();
    await owner.getByTestId('policy-refusal').waitFor({ timeout: 15_000 });
    expect(await owner.getByTestId('policy-refusal').textContent()).toBe(
      `The policy was changed by someone else (it is now version ${current.version + 1}); reload it and make your change again.`,
    );
    await screenshot(owner, 'settings-conflict-light');
  });

  it('tells a reviewer why they cannot approve their own post', async () => {
    // The super admin holds the review permission: only the four-eyes rule stops them on their own post.
    const admin = await api('superAdmin');
    const own = await admin('POST', `${cm}?locale=en`, postData('My own post', FIXED_BODY));
    const ownId = own.data.documentId;
    await admin('POST', documentRoute(ownId, 'attest'));
    await admin('POST', documentRoute(ownId, 'submit'));

    const page = await signedIn('superAdmin');
    await plugin(page, `/review/${encodeURIComponent(POST)}/${ownId}?locale=en`);
    await page.getByText('You cannot approve this post').waitFor({ timeout: 30_000 });
    await expect(
      page
        .getByText('You cannot review a post you wrote, submitted or attested: another reviewer must do it.')
        .isVisible(),
    ).resolves.toBe(true);
    await expect(page.getByRole('button', { name: 'Approve' }).count()).resolves.toBe(0);
    violations.ownPost = await inBothThemes(page, 'review-own-post', () =>
      page.getByText('You cannot approve this post').waitFor(),
    );
    await page.goto(`${server.url}/admin`);
    await page.getByText('Waiting for your review').waitFor({ timeout: 30_000 });
    await screenshot(page, 'home-widget-reviewer');
  });

  it('has no serious or critical axe violation on any of these pages, light or dark', () => {
    expect(violations).toEqual({
      queue: {},
      review: {},
      calendar: {},
      audit: {},
      settings: {},
      ownPost: {},
    });
  });
});
