// A picture made ready for Tesseract with sharp: turned upright (EXIF), grey, and enlarged when small so
// that its letters are tall enough to read. The original is read, never a thumbnail. Its grey levels
// are stretched from its darkest to its lightest pixel: a dim monitor or pale ink gains contrast, a sharp
// picture stays as it is. (Percentile stretching, sharp's default, blew the JPEG noise of sparse text up.)
import sharp, { type Metadata } from 'sharp';

import { UnreadableImageError } from './types';

export interface PreparedImage {
  /** Lossless PNG of the prepared picture. */
  png: Buffer;
  /** The original's size, upright. */
  width: number;
  height: number;
  /** How much the prepared picture is larger than the original. */
  scale: number;
}

// Letters of a small picture are a few pixels tall; Tesseract reads them well from about 20 px.
const SMALL_SIDE = 1000;

export async function prepareImage(
  input: Buffer,
  { maxPixels }: { maxPixels: number },
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
  const scale =
    longer < SMALL_SIDE ? Math.max(1, Math.min(2, Math.floor(Math.sqrt(maxPixels / (width * height))))) : 1;
  try {
    const png = await sharp(input, { limitInputPixels: maxPixels, failOn: 'error' })
      .rotate()
      .flatten({ background: '#ffffff' })
      .grayscale()
      .normalise({ lower: 0, upper: 100 })
      .resize(scale > 1 ? { width: upright.width * scale, kernel: 'lanczos3' } : undefined)
      .toColourspace('b-w')
      .png({ compressionLevel: 1 })
      .toBuffer();
    return { png, ...upright, scale };
  } catch (error) {
    throw new UnreadableImageError(`the picture is damaged and cannot be read (${(error as Error).message})`);
  }
}
