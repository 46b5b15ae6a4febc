// Tesseract's page (blocks → paragraphs → lines → words) as plain text with each word's place in it, so a
// scanner finding in the text points back at the words, and their boxes, that hold it.
import type { Box, ImageText, ImageWord } from './types';

export interface TesseractBox {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface TesseractWord {
  text: string;
  confidence: number;
  bbox: TesseractBox;
}

export interface TesseractPage {
  blocks: { paragraphs: { lines: { words: TesseractWord[] }[] }[] }[] | null;
}

// Below this Tesseract is guessing at a smudge, an edge or a texture: such a "word" is not read.
const MIN_CONFIDENCE = 30;
const HAS_LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

const toBox = ({ x0, y0, x1, y1 }: TesseractBox, scale: number): Box => ({
  x: Math.round(x0 / scale),
  y: Math.round(y0 / scale),
  width: Math.round((x1 - x0) / scale),
  height: Math.round((y1 - y0) / scale),
});

/**
 * The words of a page in reading order, one line of text per line Tesseract found. `scale` is how much
 * the picture was enlarged before reading: boxes are given back in the original's pixels.
 */
export function layOut(
  page: TesseractPage,
  size: { width: number; height: number; scale?: number },
): ImageText {
  const scale = size.scale ?? 1;
  const words: ImageWord[] = [];
  const lines: string[] = [];
  let offset = 0;
  for (const block of page.blocks ?? []) {
    for (const paragraph of block.paragraphs) {
      for (const line of paragraph.lines) {
        const kept = line.words.filter(
          (word) => word.confidence >= MIN_CONFIDENCE && HAS_LETTER_OR_DIGIT.test(word.text),
        );
        if (kept.length === 0) continue;
        const parts: string[] = [];
        for (const word of kept) {
          const text = word.text.trim();
          const start = offset + parts.reduce((length, part) => length + part.length + 1, 0);
          parts.push(text);
          words.push({
            text,
            start,
            end: start + text.length,
            confidence: Math.round(word.confidence),
            box: toBox(word.bbox, scale),
          });
        }
        const joined = parts.join(' ');
        lines.push(joined);
        offset += joined.length + 1;
      }
    }
  }
  return { text: lines.join('\n'), words, width: size.width, height: size.height };
}
