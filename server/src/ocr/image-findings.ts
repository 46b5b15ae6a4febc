// The text read from a picture goes through the same scanner as a post's text (same allow list, lexicon
// and record-number formats); each finding carries the boxes of the words it lies in.
import { scan } from '../scanner';
import type { ScanOptions } from '../scanner/types';
import type { ImageFinding, ImageText } from './types';

export function scanImageText(
  image: Pick<ImageText, 'text' | 'words'>,
  options: ScanOptions = {},
): ImageFinding[] {
  return scan(image.text, options).map((finding) => ({
    ...finding,
    boxes: image.words
      .filter((word) => word.start < finding.end && finding.start < word.end)
      .map((word) => word.box),
  }));
}
