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
