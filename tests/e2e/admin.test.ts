import type { Browser, Page } from 'playwright-core';

import { launchChromium, screenshot } from './browser';
import { startStrapi, type RunningStrapi } from './server';
import { logInAs } from './session';

describe('the admin panel in Chromium', () => {
  let server: RunningStrapi;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    server = await startStrapi();
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('shows the plugin in the menu to a reviewer, opens the review queue, and shows the policy in force', async () => {
    await logInAs(page, server.url, 'reviewer');

    const menuLink = page.getByRole('link', { name: 'Social compliance' });
    await menuLink.waitFor({ state: 'visible', timeout: 30_000 });
    await screenshot(page, 'menu-link');

    await menuLink.click();
    await page.getByRole('heading', { name: 'Review queue', level: 1 }).waitFor({ timeout: 30_000 });
    await page.getByRole('link', { name: 'Policy', exact: true }).click();
    await page.getByRole('heading', { name: 'Policy in force' }).waitFor({ timeout: 30_000 });
    await expect(
      page.getByText('Version 2, owned by Maria Callow, Head of Communications').isVisible(),
    ).resolves.toBe(true);
    await screenshot(page, 'overview');
  });

  it('lists the seeded posts in the Content Manager for an editor', async () => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const editorPage = await context.newPage();
    await logInAs(editorPage, server.url, 'editor');
    await editorPage.goto(
      `${server.url}/admin/content-manager/collection-types/plugin::social-compliance.social-post?plugins[i18n][locale]=en`,
    );
    await editorPage.getByText('Flu clinic at the Riverside atrium').waitFor({ timeout: 30_000 });
    await expect(editorPage.getByText('Welcome to our new cardiac nurses').isVisible()).resolves.toBe(true);
    await screenshot(editorPage, 'content-manager-posts');
    await context.close();
  });
});
