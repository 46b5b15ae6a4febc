// The CLI's pictures: `social-compliance scan post.txt photo.jpg` reads the text in photo.jpg with one
// Tesseract worker, started at the first picture and stopped at the end.
import { createOcrPool, type OcrPool } from './pool';
import type { ImageText } from './types';

const PICTURE = /\.(?:jpe?g|png|webp|gif|tiff?|avif|heic|heif)$/i;

export const isPicture = (file: string) => PICTURE.test(file);

export function createPictureReader() {
  let pool: OcrPool | null = null;
  return {
    read(bytes: Buffer): Promise<ImageText> {
      pool ??= createOcrPool({ workers: 1, languages: ['eng'], maxPixels: 40_000_000, maxQueue: 1 });
      return pool.read(bytes);
    },
    async close() {
      await pool?.terminate();
    },
  };
}
