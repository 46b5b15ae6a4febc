// Issue 13, "the admin shows where": the playground with pictures read (OCR on), a whiteboard photo with a
// patient's name and record number attached to a post; the side panel and the review screen draw boxes on
// those words. Screenshots, light and dark, in tests/e2e/screenshots/pictures-*.png.
import fs from 'fs';
import path from 'path';
import type { Browser, BrowserContext, Locator } from 'playwright-core';
import sharp from 'sharp';

import { WARD_BOARD, wardBoardPicture } from '../../playground/src/seed/pictures';
import { SCREENSHOTS, launchChromium, screenshot } from './browser';
import { inBothThemes, seriousViolations, setTheme, type AxeViolation } from './pages';
import { startStrapi, type RunningStrapi } from './server';
import { POST, apiAs, logInAs, tokenOf, type Api, type Who } from './session';
const TITLE = 'Our Ward 7 huddle';

/** The whiteboard (1080 × 720) is read; a 1300 × 1000 photo is too large. */
const MAX_PIXELS = 1_000_000;

/** Reading a picture on a busy two-core machine: a worker starts, then reads (seconds, not minutes). */
const READ_TIMEOUT = 120_000;

describe('the admin shows where in a picture the patient information is', () => {
  let server: RunningStrapi;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const violations: Record<string, Record<string, AxeViolation[]>> = {};
  let documentId = '';
  // The editor logs in once for the whole suite: the admin's login is rate-limited per user.
  let editorToken = '';
  let editor: Api;

  beforeAll(async () => {
    server = await startStrapi({
      env: {
        // Pictures are read; more than a million pixels is too large (the state "could not be read").
        SOCIAL_COMPLIANCE_CONFIG: JSON.stringify({
          governedContentTypes: ['api::press-release.press-release'],
          ocr: { enabled: true, maxPixels: MAX_PIXELS },
        }),
      },
    });
    browser = await launchChromium();
    editorToken = await tokenOf(server.url, 'editor');
    editor = await apiAs(server.url, 'editor');
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.stop();
  });

  const signedIn = async (who: Who) => {
    // bypassCSP: the admin's policy refuses inline scripts, and axe-core is added to the page as one.
    const context = await browser.newContext({ viewport: { width: 1440, height: 1000 }, bypassCSP: true });
    contexts.push(context);
    const page = await context.newPage();
    await logInAs(page, server.url, who);
    return page;
  };

  /**
   * Each box over the picture as drawn on screen, and the picture's displayed box: the boxes must sit on the
   * picture, scaled from its 1080 × 720 pixels to the size it is shown at.
   */
  const drawnBoxes = (pictures: Locator) =>
    pictures.first().evaluate((list) => {
      const image = list.querySelector('img')!.getBoundingClientRect();
      const rects = [...list.querySelectorAll('[data-testid="picture-boxes"] rect')].map((rect) => {
        const drawn = rect.getBoundingClientRect();
        return {
          x: drawn.x - image.x,
          y: drawn.y - image.y,
          width: drawn.width,
          height: drawn.height,
          pixels: ['x', 'y', 'width', 'height'].map((name) => Number(rect.getAttribute(name))),
        };
      });
      return { image: { width: image.width, height: image.height }, rects };
    });

  const expectBoxesOnThePicture = async (pictures: Locator) => {
    const { image, rects } = await drawnBoxes(pictures);
    // The name's two words and the record number.
    expect(rects.length).toBeGreaterThanOrEqual(3);
    const scale = image.width / 1080;
    expect(image.height / 720).toBeCloseTo(scale, 2);
    for (const rect of rects) {
      const [x, y, width, height] = rect.pixels;
      expect(rect.x).toBeCloseTo(x * scale, 0);
      expect(rect.y).toBeCloseTo(y * scale, 0);
      expect(rect.width).toBeCloseTo(width * scale, 0);
      expect(rect.height).toBeCloseTo(height * scale, 0);
      expect(rect.x + rect.width).toBeLessThanOrEqual(image.width + 1);
      expect(rect.y + rect.height).toBeLessThanOrEqual(image.height + 1);
    }
  };

  /** The editor uploads a picture (multipart, so with the session's token rather than the JSON client). */
  const upload = async (bytes: Buffer, name: string, alternativeText?: string) => {
    const form = new FormData();
    form.append('files', new Blob([new Uint8Array(bytes)], { type: 'image/png' }), name);
    if (alternativeText) form.append('fileInfo', JSON.stringify({ alternativeText }));
    const uploaded = await fetch(`${server.url}/upload`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${editorToken}` },
      body: form,
    });
    expect(uploaded.status).toBe(201);
    return ((await uploaded.json()) as { id: number }[])[0].id;
  };

  const createPost = async (title: string, files: number[]) => {
    const created = await editor('POST', `/content-manager/collection-types/${POST}?locale=en`, {
      title,
      body: 'Our Ward 7 team at this morning’s huddle: thank you for a wonderful year of care.',
      category: 'staff-spotlight',
      channels: ['facebook'],
      media: files,
      attributions: files.map((file) => ({
        kind: 'image',
        licence: 'own-work',
        media: file,
        description: 'The Ward 7 team at the morning huddle',
        rightsHolder: 'Riverside Health',
        creditLine: '© Riverside Health. All rights reserved.',
      })),
    });
    return created.data.documentId;
  };

  /** A plain picture: no text on it. */
  const plain = (width: number, height: number) =>
    sharp({ create: { width, height, channels: 3, background: '#7fa7c9' } })
      .png()
      .toBuffer();

  it('uploads a whiteboard photo with a patient on it and attaches it to a post', async () => {
    const file = await upload(await wardBoardPicture(), WARD_BOARD.name, WARD_BOARD.alternativeText);
    documentId = await createPost(TITLE, [file]);
  });

  it('shows the editor the picture with boxes on the name and the record number, and the words read', async () => {
    const page = await signedIn('editor');
    await page.goto(
      `${server.url}/admin/content-manager/collection-types/${POST}/${documentId}?plugins[i18n][locale]=en`,
    );
    const panel = page.getByTestId('social-compliance-panel');
    const pictures = panel.getByTestId('post-pictures');
    await pictures.getByTestId('picture-boxes').waitFor({ timeout: READ_TIMEOUT });

    await expect(panel.getByRole('img', { name: WARD_BOARD.alternativeText }).isVisible()).resolves.toBe(
      true,
    );
    await expect(
      pictures.getByText(`The image ${WARD_BOARD.name} shows a patient name (Maria G…)`).isVisible(),
    ).resolves.toBe(true);
    await expect(
      panel.getByText(`Person's name · blocks publishing · in the picture ${WARD_BOARD.name}`).isVisible(),
    ).resolves.toBe(true);
    await expect(
      panel
        .getByText(`Medical record number · blocks publishing · in the picture ${WARD_BOARD.name}`)
        .isVisible(),
    ).resolves.toBe(true);
    await expect(page.getByRole('button', { name: 'Publish', exact: true }).isDisabled()).resolves.toBe(true);
    await expectBoxesOnThePicture(pictures);

    await pictures.getByText('Text read from this picture').click();
    const text = await pictures.getByTestId('picture-text').textContent();
    expect(text).toContain(WARD_BOARD.patient);
    expect(text).toContain(WARD_BOARD.recordNumber);

    // The panel is this plugin's; the rest of the edit view is Strapi's own (its media field's carousel
    // has violations of its own, written to pictures-edit-view-axe.json for the record).
    violations.panel = {};
    const elsewhere: Record<string, AxeViolation[]> = {};
    for (const theme of ['light', 'dark'] as const) {
      await setTheme(page, theme);
      await pictures.getByTestId('picture-boxes').waitFor({ timeout: READ_TIMEOUT });
      await pictures.getByText('Text read from this picture').click();
      await pictures.getByTestId('picture-text').waitFor();
      // Tall enough for the whole edit view and its panel (the admin scrolls inside its own layout).
      await page.setViewportSize({ width: 1440, height: 2600 });
      await page.waitForTimeout(300);
      await screenshot(page, `pictures-panel-${theme}`);
      await page.setViewportSize({ width: 1440, height: 1000 });
      await pictures.scrollIntoViewIfNeeded();
      await pictures.screenshot({ path: path.join(SCREENSHOTS, `pictures-panel-detail-${theme}.png`) });
      const found = await seriousViolations(page, '[data-testid="social-compliance-panel"]');
      if (found.length) violations.panel[theme] = found;
      elsewhere[theme] = await seriousViolations(page);
    }
    fs.writeFileSync(
      path.join(SCREENSHOTS, 'pictures-edit-view-axe.json'),
      JSON.stringify(elsewhere, null, 2),
    );
    await setTheme(page, 'light');
  });

  it('shows the reviewer the same picture, boxes and words on the review screen', async () => {
    const page = await signedIn('reviewer');
    await page.goto(
      `${server.url}/admin/plugins/social-compliance/review/${encodeURIComponent(POST)}/${documentId}?locale=en`,
    );
    const pictures = page.getByTestId('post-pictures');
    await pictures.getByTestId('picture-boxes').waitFor({ timeout: READ_TIMEOUT });
    await expect(page.getByRole('heading', { name: 'Pictures' }).isVisible()).resolves.toBe(true);
    await expect(
      pictures.getByText(`The image ${WARD_BOARD.name} shows a record number (RH-4471…)`).isVisible(),
    ).resolves.toBe(true);
    await expectBoxesOnThePicture(pictures);

    violations.review = await inBothThemes(page, 'pictures-review', async () => {
      await pictures.getByTestId('picture-boxes').waitFor({ timeout: READ_TIMEOUT });
      await pictures.getByText('Text read from this picture').click();
      await pictures.getByTestId('picture-text').waitFor();
      await pictures.scrollIntoViewIfNeeded();
    });
  });

  it('says when a picture could not be read, with the reason, and when a picture holds no text', async () => {
    const sky = await upload(await plain(600, 400), 'sky.png');
    const large = await upload(await plain(1300, 1000), 'atrium-panorama.png');
    const other = await createPost('Spring in the atrium', [sky, large]);

    const page = await signedIn('editor');
    await page.goto(
      `${server.url}/admin/content-manager/collection-types/${POST}/${other}?plugins[i18n][locale]=en`,
    );
    const pictures = page.getByTestId('social-compliance-panel').getByTestId('post-pictures');
    await pictures.getByText('No text was found in this picture.').waitFor({ timeout: READ_TIMEOUT });
    await pictures
      .getByText(
        /^This picture could not be read \(the picture is too large to read \(1300×1000 pixels, more than 1,000,000\); upload a smaller copy\), so nobody has checked it for patient information\.$/,
      )
      .waitFor({ timeout: READ_TIMEOUT });
    await expect(pictures.getByTestId('picture-boxes').count()).resolves.toBe(0);
    await pictures.scrollIntoViewIfNeeded();
    await pictures.screenshot({ path: path.join(SCREENSHOTS, 'pictures-panel-states.png') });
  });

  it('seeds the demo (pictures read) with a post whose photo shows a patient', async () => {
    const { results } = await editor<{ results: { documentId: string }[] }>(
      'GET',
      `/content-manager/collection-types/${POST}?locale=en&filters[title][$eq]=${encodeURIComponent('Thank you, Ward 7')}`,
    );
    expect(results).toHaveLength(1);
    const deadline = Date.now() + READ_TIMEOUT;
    let checklist: { images: { status: string; name: string }[]; findings: { image?: { name: string } }[] };
    do {
      ({ data: checklist } = await editor<{ data: typeof checklist }>('POST', '/social-compliance/evaluate', {
        uid: POST,
        documentId: results[0].documentId,
        locale: 'en',
      }));
      if (checklist.images.every((image) => image.status !== 'pending')) break;
      await new Promise((resolve) => setTimeout(resolve, 1000));
    } while (Date.now() < deadline);
    expect(checklist.images).toEqual([expect.objectContaining({ name: WARD_BOARD.name, status: 'read' })]);
    expect(checklist.findings.filter((finding) => finding.image?.name === WARD_BOARD.name).length).toBe(2);
  });

  it('has no serious or critical accessibility violation on either screen, light or dark', () => {
    expect(violations).toEqual({ panel: {}, review: {} });
  });
});
