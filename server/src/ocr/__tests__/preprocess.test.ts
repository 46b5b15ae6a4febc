import sharp from 'sharp';

import { prepareImage } from '../preprocess';
import { isUnreadable } from '../types';

const picture = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: '#c0c0c0' } })
    .jpeg()
    .toBuffer();

const refusal = async (promise: Promise<unknown>) => {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('the picture was read');
};

describe('prepareImage', () => {
  it('turns a picture grey and keeps its size', async () => {
    const prepared = await prepareImage(await picture(1200, 800), { maxPixels: 10_000_000 });
    const metadata = await sharp(prepared.png).metadata();
    expect([prepared.width, prepared.height, prepared.scale]).toEqual([1200, 800, 1]);
    expect([metadata.width, metadata.height, metadata.channels]).toEqual([1200, 800, 1]);
  });

  it('enlarges a small picture so that its letters are tall enough to read', async () => {
    const prepared = await prepareImage(await picture(400, 300), { maxPixels: 10_000_000 });
    expect(prepared.scale).toBe(2);
    expect((await sharp(prepared.png).metadata()).width).toBe(800);
    expect(prepared.width).toBe(400);
  });

  it('enlarges by the scale asked for, never past ocr.maxPixels', async () => {
    const asked = await prepareImage(await picture(1000, 500), { maxPixels: 10_000_000, scale: 1.5 });
    expect(asked.scale).toBe(1.5);
    expect((await sharp(asked.png).metadata()).width).toBe(1500);
    const bounded = await prepareImage(await picture(1000, 1000), { maxPixels: 2_250_000, scale: 2 });
    expect(bounded.scale).toBe(1.5);
  });

  it('says how much of the picture is dark', async () => {
    const dark = sharp({ create: { width: 400, height: 400, channels: 3, background: '#202020' } })
      .composite([{ input: await picture(400, 100), top: 300, left: 0 }])
      .png()
      .toBuffer();
    const prepared = await prepareImage(await dark, { maxPixels: 10_000_000, scale: 1 });
    expect(prepared.darkShare).toBeCloseTo(0.75, 1);
    expect((await prepareImage(await picture(400, 400), { maxPixels: 10_000_000 })).darkShare).toBe(0);
  });

  it('flattened, turns light letters on a dark band dark on light, and leaves dark letters on a light card dark', async () => {
    // A blue band with a white bar (a letter's stroke) across it, above a light card with a dark bar.
    const band = await sharp({ create: { width: 600, height: 400, channels: 3, background: '#d8d8d8' } })
      .composite([
        {
          input: { create: { width: 600, height: 200, channels: 3, background: '#2e5cb8' } },
          top: 0,
          left: 0,
        },
        {
          input: { create: { width: 300, height: 6, channels: 3, background: '#ffffff' } },
          top: 97,
          left: 150,
        },
        {
          input: { create: { width: 300, height: 6, channels: 3, background: '#303030' } },
          top: 297,
          left: 150,
        },
      ])
      .png()
      .toBuffer();
    const prepared = await prepareImage(band, { maxPixels: 10_000_000, scale: 1, flatten: true });
    const data = await sharp(prepared.png).extractChannel(0).raw().toBuffer();
    const at = (x: number, y: number) => data[y * 600 + x];
    // On the band: the stroke darker than the band around it; on the card: the same.
    expect(at(300, 100)).toBeLessThan(at(300, 60) - 100);
    expect(at(300, 300)).toBeLessThan(at(300, 260) - 100);
  });

  it('flattened and enlarged, leaves a grainy surface white and a pale stroke on it dark', async () => {
    // A wall photographed with a camera's grain, a pale grey bar (a thin letter's stroke) across it.
    const grain = await sharp({
      create: {
        width: 400,
        height: 400,
        channels: 3,
        background: '#808080',
        noise: { type: 'gaussian', mean: 128, sigma: 24 },
      },
    })
      .png()
      .toBuffer();
    const wall = await sharp({ create: { width: 400, height: 400, channels: 3, background: '#c8c4b8' } })
      .composite([
        {
          input: { create: { width: 200, height: 4, channels: 3, background: '#8c8c86' } },
          top: 98,
          left: 100,
        },
        { input: grain, blend: 'soft-light' },
      ])
      .jpeg({ quality: 40 })
      .toBuffer();
    const prepared = await prepareImage(wall, { maxPixels: 10_000_000, scale: 2, flatten: true });
    const data = await sharp(prepared.png).extractChannel(0).raw().toBuffer();
    const at = (x: number, y: number) => data[y * 800 + x];
    let specks = 0;
    // The lower half of the wall (y 400 to 800 when enlarged) holds no ink.
    for (let i = 400 * 800; i < data.length; i += 1) if (data[i] < 128) specks += 1;
    expect(specks / (400 * 800)).toBeLessThan(0.05);
    expect(at(400, 200)).toBeLessThan(128);
  }, 60_000);

  it('refuses a picture larger than ocr.maxPixels, saying so', async () => {
    const error = await refusal(prepareImage(await picture(1000, 1000), { maxPixels: 999_999 }));
    expect(isUnreadable(error)).toBe(true);
    expect((error as Error).message).toMatch(/too large to read \(1000×1000 pixels/);
  });

  it('refuses a file that is not a picture, saying so', async () => {
    const error = await refusal(prepareImage(Buffer.from('not a picture'), { maxPixels: 10_000_000 }));
    expect(isUnreadable(error)).toBe(true);
    expect((error as Error).message).toMatch(/not a picture that can be opened/);
  });

  it('refuses a truncated JPEG as damaged', async () => {
    const whole = await picture(600, 600);
    const error = await refusal(prepareImage(whole.subarray(0, whole.length / 2), { maxPixels: 10_000_000 }));
    expect(isUnreadable(error)).toBe(true);
  });
});
