// Issue 11's script: an editor gets a post out through the Content Manager alone.
import type { Browser, BrowserContext, Page } from 'playwright-core';

import { launchChromium, logIn, screenshot } from './browser';
import { startStrapi, type RunningStrapi } from './server';

const PASSWORD = 'Compliance-Demo-1';
const EDITOR = 'editor@riverside-health.example';
const POST = 'plugin::social-compliance.social-post';

describe('the editor in the Content Manager', () => {
  let server: RunningStrapi;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    server = await startStrapi();
    browser = await launchChromium();
    context = await browser.newContext({
      viewport: { width: 1440, height: 1000 },
      timezoneId: 'Europe/Madrid',
    });
    page = await context.newPage();
    await logIn(page, server.url, EDITOR, PASSWORD);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('sees the failing checks and the quoted findings before saving', async () => {
    await page.goto(
      `${server.url}/admin/content-manager/collection-types/${POST}/create?plugins[i18n][locale]=en`,
    );
    await page.getByLabel(/^title/i).fill('Best wishes to a brave patient');
    await page
      .getByLabel(/^body/i)
      .fill(
        'Best wishes to our patient Jane Doe, record RH-4471203, who went home today after heart surgery.',
      );
    const panel = page.getByTestId('social-compliance-panel');
    await panel.getByText('Jane Doe', { exact: true }).waitFor({ timeout: 30_000 });
    await screenshot(page, 'editor-01-findings-light');
  });
});
