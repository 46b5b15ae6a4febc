// Two readings of one picture made one: where they read the same place, the reading of it with more sure
// words wins; a place only one of them read is kept when its words are sure enough not to be a texture.
import type { Box, ImageText, ImageWord } from './types';

interface Block {
  text: string;
  words: ImageWord[];
  box: Box;
  /** The sum of its words' confidences: more words read surely is a better reading of a place. */
  weight: number;
}

// A block found by the second reading alone: below this mean confidence it is grain or a pattern read as letters.
const MIN_NEW_BLOCK_CONFIDENCE = 70;
// ...and it holds a word of at least this many letters or digits read surely: grain read as text gives short
// capitalised fragments ("Es Rel", "Ted") that the scanner would take for a name; a name, a record number or
// a phone number has a long word.
const SURE_WORD_LENGTH = 4;
const SURE_WORD_CONFIDENCE = 80;
// Two blocks are one place when they share this much of the smaller one's area.
const SAME_PLACE = 0.3;

const union = (boxes: Box[]): Box => {
  const x = Math.min(...boxes.map((box) => box.x));
  const y = Math.min(...boxes.map((box) => box.y));
  const right = Math.max(...boxes.map((box) => box.x + box.width));
  const bottom = Math.max(...boxes.map((box) => box.y + box.height));
  return { x, y, width: right - x, height: bottom - y };
};

const shared = (a: Box, b: Box): number => {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  if (width <= 0 || height <= 0) return 0;
  return (width * height) / Math.max(1, Math.min(a.width * a.height, b.width * b.height));
};

const alphanumerics = (text: string): number => text.match(/[\p{L}\p{N}]/gu)?.length ?? 0;

/** A place only the second reading found is text, not a texture read as letters. */
const newPlaceIsText = ({ words, weight }: Block): boolean =>
  weight / words.length >= MIN_NEW_BLOCK_CONFIDENCE &&
  words.some(
    (word) => word.confidence >= SURE_WORD_CONFIDENCE && alphanumerics(word.text) >= SURE_WORD_LENGTH,
  );

/** The blocks of a reading: each line of its text (layout.ts writes a block per line). */
const blocksOf = ({ text, words }: ImageText): Block[] => {
  const blocks: Block[] = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    const end = offset + line.length;
    const inside = words.filter((word) => word.start >= offset && word.end <= end);
    if (inside.length > 0) {
      blocks.push({
        text: line,
        words: inside.map((word) => ({ ...word, start: word.start - offset, end: word.end - offset })),
        box: union(inside.map((word) => word.box)),
        weight: inside.reduce((sum, word) => sum + word.confidence, 0),
      });
    }
    offset = end + 1;
  }
  return blocks;
};

export interface MergeOptions {
  /**
   * Every line of the first reading is kept as it is; the second's better reading of a place is written
   * beside it, not instead. For an extra reading (pool.ts, in black and white) that must not lose a word the
   * readings before it found: it can only add text.
   */
  keepFirst?: boolean;
  /**
   * With `keepFirst`: a line of the second reading read surely (`newPlaceIsText`) is written beside the
   * place it overlaps even when that place's reading outweighs it. For a reading whose lines are short
   * and each on its own (Tesseract's sparse text): "Tel 541-555-7010" beside "… capsule pu Tel ya", a
   * line a shape's edge garbled in the block reading. Not for a block reading: one of its lines can span
   * the page, and a digit it misread would stand beside the right one.
   */
  sureLines?: boolean;
}

export function mergeReadings(
  first: ImageText,
  second: ImageText,
  { keepFirst = false, sureLines = false }: MergeOptions = {},
): ImageText {
  let kept = blocksOf(first);
  for (const block of blocksOf(second)) {
    const same = kept.filter((other) => shared(block.box, other.box) >= SAME_PLACE);
    if (same.length === 0) {
      if (newPlaceIsText(block)) kept.push(block);
    } else if (
      block.weight > same.reduce((sum, other) => sum + other.weight, 0) ||
      (keepFirst && sureLines && newPlaceIsText(block))
    ) {
      kept = keepFirst ? [...kept, block] : [...kept.filter((other) => !same.includes(other)), block];
    }
  }
  // Top to bottom, then left to right, as a person reads the picture.
  kept.sort((a, b) => a.box.y - b.box.y || a.box.x - b.box.x);
  let text = '';
  const words: ImageWord[] = [];
  for (const block of kept) {
    if (text !== '') text += '\n';
    for (const word of block.words) {
      words.push({ ...word, start: word.start + text.length, end: word.end + text.length });
    }
    text += block.text;
  }
  return { text, words, width: first.width, height: first.height };
}
