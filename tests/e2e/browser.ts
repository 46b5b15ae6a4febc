import fs from 'fs';
import path from 'path';
import { chromium, type Browser, type Page } from 'playwright-core';

export const SCREENSHOTS = path.resolve(__dirname, 'screenshots');

// Debian's Chromium, never a downloaded browser; the flags keep it off the (closed) network.
export const launchChromium = (): Promise<Browser> =>
  chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });

/** How far the page's longest scrolling box runs past its bottom edge, in pixels. */
const hiddenBelow = (page: Page) =>
  page.evaluate(() => {
    let most = document.documentElement.scrollHeight - window.innerHeight;
    for (const element of Array.from(document.querySelectorAll('*'))) {
      if (!/auto|scroll/.test(getComputedStyle(element).overflowY)) continue;
      most = Math.max(most, element.scrollHeight - element.clientHeight);
    }
    return Math.max(0, most);
  });

/**
 * The whole screen as a PNG under tests/e2e/screenshots/. Strapi's admin scrolls inside its content column,
 * not the window, so a full-page shot alone stops at the first screen: the viewport is made tall enough for
 * the longest scrolling box while the picture is taken, then put back.
 */
export const screenshot = async (page: Page, name: string) => {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  const file = path.join(SCREENSHOTS, `${name}.png`);
  const viewport = page.viewportSize();
  const extra = viewport ? await hiddenBelow(page) : 0;
  if (viewport && extra > 0) {
    // Chromium draws at most 16384 pixels in one picture.
    await page.setViewportSize({ ...viewport, height: Math.min(viewport.height + extra, 16_000) });
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve(null))));
  }
  try {
    // Animations finished first: a dialog caught while it fades in is unreadable in the picture.
    await page.screenshot({ path: file, fullPage: true, animations: 'disabled' });
  } finally {
    if (viewport && extra > 0) await page.setViewportSize(viewport);
  }
  return file;
};

export const logIn = async (page: Page, url: string, email: string, password: string) => {
  await page.goto(`${url}/admin/auth/login`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Login' }).click();
  await page.waitForURL((target) => !target.pathname.includes('/auth/login'), { timeout: 30_000 });
};
