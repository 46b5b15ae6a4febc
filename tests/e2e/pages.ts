// Helpers of the reviewer's browser suite: both themes of a screen, each photographed and checked by axe.
import type { Page } from 'playwright-core';

import { screenshot } from './browser';

type Theme = 'light' | 'dark';

const AXE = require.resolve('axe-core/axe.min.js');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** axe-core's serious and critical violations on the page as it is now (or in the element `within` selects). */
export const seriousViolations = async (page: Page, within?: string): Promise<AxeViolation[]> => {
  await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(async (selector) => {
    const axe = (
      window as unknown as { axe: { run: (context: unknown) => Promise<{ violations: AxeViolation[] }> } }
    ).axe;
    return (await axe.run(selector ? document.querySelector(selector) : document)).violations;
  }, within);
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(({ id, impact, help, nodes }) => ({
      id,
      impact,
      help,
      nodes: nodes.map(({ target }) => ({ target })),
    }));
};

/** Waits for the screen; if it never comes, a screenshot of what came instead, then the error. */
export const readyOrShow = async (page: Page, name: string, ready: () => Promise<unknown>) => {
  try {
    await ready();
  } catch (error) {
    await screenshot(page, name);
    throw error;
  }
};

/** Strapi keeps the theme in localStorage; a reload applies it. */
export const setTheme = async (page: Page, theme: Theme) => {
  await page.evaluate((value) => localStorage.setItem('STRAPI_THEME', value), theme);
  await page.reload();
};

/**
 * The screen in light and in dark: a screenshot of each under tests/e2e/screenshots/, and axe's serious or
 * critical violations of each (returned, so the test can say which). `ready` waits for the screen's content.
 */
export const inBothThemes = async (page: Page, name: string, ready: () => Promise<unknown>) => {
  const found: Record<string, AxeViolation[]> = {};
  for (const theme of ['light', 'dark'] as const) {
    await setTheme(page, theme);
    await readyOrShow(page, `${name}-${theme}-failed`, ready);
    await page.waitForTimeout(300);
    await screenshot(page, `${name}-${theme}`);
    const violations = await seriousViolations(page);
    if (violations.length) found[theme] = violations;
  }
  await setTheme(page, 'light');
  await readyOrShow(page, `${name}-after`, ready);
  return found;
};
