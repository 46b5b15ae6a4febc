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
  /** How far Tesseract turned the picture to straighten its lines (rotateAuto); boxes are in the turned one. */
  rotateRadians?: number | null;
  blocks: { paragraphs: { lines: { words: TesseractWord[] }[] }[] }[] | null;
}

// Below this Tesseract is guessing at a smudge, an edge or a texture: such a "word" is not read.
const MIN_CONFIDENCE = 30;
const HAS_LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * A word's box in the original picture: turned back about the centre by the angle Tesseract turned the
 * picture (the box of the turned corners), then shrunk by the enlargement.
 */
const toBox = (
  { x0, y0, x1, y1 }: TesseractBox,
  { width, height, scale, angle }: { width: number; height: number; scale: number; angle: number },
): Box => {
  let corners = [
    [x0, y0],
    [x1, y0],
    [x0, y1],
    [x1, y1],
  ];
  if (angle !== 0) {
    const [cx, cy] = [(width * scale) / 2, (height * scale) / 2];
    const [cos, sin] = [Math.cos(angle), Math.sin(angle)];
    corners = corners.map(([x, y]) => [
      cx + (x - cx) * cos + (y - cy) * sin,
      cy - (x - cx) * sin + (y - cy) * cos,
    ]);
  }
  const xs = corners.map(([x]) => x / scale);
  const ys = corners.map(([, y]) => y / scale);
  const left = Math.max(0, Math.round(Math.min(...xs)));
  const top = Math.max(0, Math.round(Math.min(...ys)));
  return {
    x: left,
    y: top,
    width: Math.min(width, Math.round(Math.max(...xs))) - left,
    height: Math.min(height, Math.round(Math.max(...ys))) - top,
  };
};

// The lines of one block (a label, a card, a board) are one context, as a person reads them: a name on one
// line and "DOB" on the next belong together. Blocks are apart, a line of text each.
const LINE_SEPARATOR = ' | ';

/**
 * The words of a page in reading order: one line of text per block Tesseract found, its lines joined by
 * " | ". `scale` is how much
 * the picture was enlarged before reading: boxes are given back in the original's pixels.
 */
export function layOut(
  page: TesseractPage,
  size: { width: number; height: number; scale?: number },
): ImageText {
  const frame = {
    width: size.width,
    height: size.height,
    scale: size.scale ?? 1,
    angle: page.rotateRadians ?? 0,
  };
  const words: ImageWord[] = [];
  let text = '';
  for (const block of page.blocks ?? []) {
    let blockStarted = false;
    for (const line of block.paragraphs.flatMap((paragraph) => paragraph.lines)) {
      const kept = line.words.filter(
        (word) => word.confidence >= MIN_CONFIDENCE && HAS_LETTER_OR_DIGIT.test(word.text),
      );
      if (kept.length === 0) continue;
      if (blockStarted) text += LINE_SEPARATOR;
      else if (text !== '') text += '\n';
      blockStarted = true;
      kept.forEach((word, index) => {
        if (index > 0) text += ' ';
        const read = word.text.trim();
        words.push({
          text: read,
          start: text.length,
          end: text.length + read.length,
          confidence: Math.round(word.confidence),
          box: toBox(word.bbox, frame),
        });
        text += read;
      });
    }
  }
  return { text, words, width: size.width, height: size.height };
}
