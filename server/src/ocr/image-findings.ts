// The text read from a picture goes through the same scanner as a post's text (same allow list, lexicon
// and record-number formats, read as a picture's text: picture-text.ts); each finding carries the boxes of
// the words it lies in.
import type { ScanOptions } from '../scanner/types';
import { scanPictureText } from './picture-text';
import type { ImageFinding, ImageText } from './types';

export function scanImageText(
  image: Pick<ImageText, 'text' | 'words'>,
  options: ScanOptions = {},
): ImageFinding[] {
  return scanPictureText(image.text, options, image.words).map((finding) => ({
    ...finding,
    boxes: image.words
      .filter((word) => word.start < finding.end && finding.start < word.end)
      .map((word) => word.box),
  }));
}
