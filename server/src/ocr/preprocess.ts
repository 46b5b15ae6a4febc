// A picture made ready for Tesseract with sharp: turned upright (EXIF), grey, and enlarged when small so
// that its letters are tall enough to read. The original is read, never a thumbnail. Its grey levels
// are stretched from its darkest to its lightest pixel: a dim monitor or pale ink gains contrast, a sharp
// picture stays as it is. (Percentile stretching, sharp's default, blew the JPEG noise of sparse text up.)
import sharp, { type Metadata, type Sharp } from 'sharp';

import { binarise } from './binarise';
import { UnreadableImageError } from './types';

export interface PreparedImage {
  /** Lossless PNG of the prepared picture. */
  png: Buffer;
  /** The original's size, upright. */
  width: number;
  height: number;
  /** How much the prepared picture is larger than the original. */
  scale: number;
  /** The share of its pixels that are dark, 0 to 1: a dark picture's light text is read once more. */
  darkShare: number;
  /** With `binarise`: its pixels, one byte each, 0 ink and 255 paper (the PNG's). */
  ink?: Uint8Array;
}

// Letters of a small picture are a few pixels tall; Tesseract reads them well from about 20 px.
const SMALL_SIDE = 1000;
// The light around a letter, for the flattened picture: wide enough to span a letter, narrow enough to
// stay on the card or the screen the letter is on.
const LIGHT_SIGMA = 20;
// Dark surroundings are not divided by their darkness: that would make grain in the shadows into letters.
const LIGHT_FLOOR = 96;
// A pixel within this share of its surroundings' light is the surface, not ink: white. The stretch after
// flattening would otherwise blow a wall's or a card's grain up into a field of specks that Tesseract reads
// as letters (slowly) and that hides the real lines from its page layout.
const SURFACE = 0.95;
// Surroundings darker than this hold light text (a monitor's header bar, a dark screen): the flattened
// picture turns them negative first, so that every letter is dark on light.
const DARK_SURROUNDINGS = 128;
// A pixel this dark counts towards the picture's dark share.
const DARK_PIXEL = 96;

export interface PrepareOptions {
  maxPixels: number;
  /**
   * Divide each pixel by the light around it (a heavily blurred copy), then stretch: pale ink on a white
   * card beside a dark room, or a lamp on one side, comes out as dark letters on an even white. The
   * second reading of a picture the first read badly. Where the surroundings are dark, the picture is
   * turned negative first: light letters on a dark band come out dark on white too.
   */
  flatten?: boolean;
  /**
   * Black and white by each neighbourhood's own threshold, light letters on dark places turned dark, long
   * ruled lines taken out (binarise.ts): pale names in a ruled table, a patient's line on a coloured bar.
   * The third reading of a picture the first two read badly. Not with `flatten`.
   */
  binarise?: boolean;
  /**
   * Enlarge by this much (at most to `maxPixels`) instead of by the small-picture rule: a reading that
   * found small letters is read again with them about 30 px tall.
   */
  scale?: number;
}

/**
 * The picture divided by its own light: every pixel over the mean of its surroundings (a blur as wide, in
 * the original's pixels, at any enlargement), 0 to 255, the surface itself white.
 */
async function flattened(grey: Sharp, scale: number): Promise<Sharp> {
  const { data, info } = await grey.raw().toBuffer({ resolveWithObject: true });
  const raw = { raw: { width: info.width, height: info.height, channels: 1 as const } };
  const light = await sharp(data, raw)
    .blur(LIGHT_SIGMA * scale)
    .extractChannel(0)
    .raw()
    .toBuffer();
  const even = Buffer.alloc(data.length);
  for (let i = 0; i < data.length; i += 1) {
    const negative = light[i] < DARK_SURROUNDINGS;
    const pixel = negative ? 255 - data[i] : data[i];
    const around = negative ? 255 - light[i] : light[i];
    even[i] = Math.min(255, Math.round((pixel * 255) / (SURFACE * Math.max(LIGHT_FLOOR, around))));
  }
  return sharp(even, raw).normalise({ lower: 1, upper: 100 });
}

const darkShareOf = (grey: Buffer): number => {
  let dark = 0;
  for (const pixel of grey) if (pixel < DARK_PIXEL) dark += 1;
  return dark / Math.max(1, grey.length);
};

export async function prepareImage(
  input: Buffer,
  { maxPixels, flatten = false, binarise: blackAndWhite = false, scale: wanted }: PrepareOptions,
): Promise<PreparedImage> {
  let metadata: Metadata;
  try {
    metadata = await sharp(input).metadata();
  } catch (error) {
    throw new UnreadableImageError(
      `the file is not a picture that can be opened (${(error as Error).message})`,
    );
  }
  const { width, height } = metadata;
  if (!width || !height) throw new UnreadableImageError('the picture has no size: it may be corrupt');
  if (width * height > maxPixels) {
    throw new UnreadableImageError(
      `the picture is too large to read (${width}×${height} pixels, more than ${maxPixels.toLocaleString('en')}); upload a smaller copy`,
    );
  }
  // EXIF orientations 5 to 8 turn the picture a quarter: its upright size is the other way round.
  const upright = (metadata.orientation ?? 1) >= 5 ? { width: height, height: width } : { width, height };
  const longer = Math.max(upright.width, upright.height);
  const largest = Math.sqrt(maxPixels / (width * height));
  const scale =
    wanted !== undefined
      ? Math.max(1, Math.min(wanted, largest))
      : longer < SMALL_SIDE
        ? Math.max(1, Math.min(2, Math.floor(largest)))
        : 1;
  try {
    let grey = sharp(input, { limitInputPixels: maxPixels, failOn: 'error' })
      .rotate()
      .flatten({ background: '#ffffff' })
      .grayscale()
      .normalise({ lower: 0, upper: 100 });
    if (flatten || blackAndWhite) {
      // Grain is taken out at the original's size: once enlarged, a speck is wider than a 3-pixel median.
      const { data, info } = await grey
        .median(3)
        .toColourspace('b-w')
        .raw()
        .toBuffer({ resolveWithObject: true });
      grey = sharp(data, { raw: { width: info.width, height: info.height, channels: info.channels } });
    }
    grey = grey
      .resize(scale > 1 ? { width: Math.round(upright.width * scale), kernel: 'lanczos3' } : undefined)
      .toColourspace('b-w');
    if (flatten) grey = await flattened(grey, scale);
    const { data, info } = await grey.raw().toBuffer({ resolveWithObject: true });
    const ink = blackAndWhite
      ? binarise({ data, width: info.width, height: info.height }, info.width / upright.width)
      : undefined;
    const png = await sharp(ink ?? data, {
      raw: { width: info.width, height: info.height, channels: info.channels },
    })
      .toColourspace('b-w')
      .png({ compressionLevel: 1 })
      .toBuffer();
    return { png, ...upright, scale: info.width / upright.width, darkShare: darkShareOf(data), ink };
  } catch (error) {
    throw new UnreadableImageError(`the picture is damaged and cannot be read (${(error as Error).message})`);
  }
}
