import { mergeReadings } from '../merge';
import { enlargementFor, readBadly, unreadInk } from '../pool';
import type { ImageText, ImageWord } from '../types';

// A reading of blocks, each a list of [word, confidence] at a row of the picture (one block per line of text).
const reading = (blocks: { y: number; words: [string, number][] }[]): ImageText => {
  let text = '';
  const words: ImageWord[] = [];
  for (const block of blocks) {
    if (text !== '') text += '\n';
    block.words.forEach(([read, confidence], index) => {
      if (index > 0) text += ' ';
      words.push({
        text: read,
        start: text.length,
        end: text.length + read.length,
        confidence,
        box: { x: 100 + index * 150, y: block.y, width: 140, height: 30 },
      });
      text += read;
    });
  }
  return { text, words, width: 1080, height: 1080 };
};

describe('mergeReadings', () => {
  it('keeps, for each place, the reading with more sure words, and a place only the second read when it is sure', () => {
    const first = reading([
      {
        y: 100,
        words: [
          ['Ward', 95],
          ['4B', 90],
        ],
      },
      {
        y: 300,
        words: [
          ['Ee', 35],
          ['ai', 40],
        ],
      },
    ]);
    const second = reading([
      { y: 100, words: [['Wand', 50]] },
      {
        y: 300,
        words: [
          ['Bed', 90],
          ['4', 88],
          ['Chloe', 91],
          ['Herrera', 89],
        ],
      },
      {
        y: 500,
        words: [
          ['MRN', 85],
          ['RB-12345678', 80],
        ],
      },
      {
        y: 700,
        words: [
          ['Sl', 40],
          ['A', 55],
        ],
      },
    ]);
    const merged = mergeReadings(first, second);
    expect(merged.text).toBe('Ward 4B\nBed 4 Chloe Herrera\nMRN RB-12345678');
    for (const word of merged.words) expect(merged.text.slice(word.start, word.end)).toBe(word.text);
    expect(merged.words.find((word) => word.text === 'Chloe')?.box).toEqual({
      x: 400,
      y: 300,
      width: 140,
      height: 30,
    });
  });

  it('with keepFirst, keeps every line of the first reading and writes the better reading of a place beside it', () => {
    const first = reading([
      {
        y: 100,
        words: [
          ['Ward', 95],
          ['4B', 90],
        ],
      },
      { y: 300, words: [['Rm', 40]] },
    ]);
    const second = reading([
      { y: 100, words: [['Wand', 50]] },
      {
        y: 300,
        words: [
          ['Chloe', 91],
          ['Herrera', 89],
        ],
      },
      {
        y: 500,
        words: [
          ['MRN', 85],
          ['RB-12345678', 80],
        ],
      },
    ]);
    expect(mergeReadings(first, second).text).toBe('Ward 4B\nChloe Herrera\nMRN RB-12345678');
    const merged = mergeReadings(first, second, { keepFirst: true });
    expect(merged.text).toBe('Ward 4B\nRm\nChloe Herrera\nMRN RB-12345678');
    for (const word of merged.words) expect(merged.text.slice(word.start, word.end)).toBe(word.text);
  });

  it('keeps a place only the second reading found when it holds a long word read surely, not short sure fragments', () => {
    const first = reading([
      {
        y: 100,
        words: [
          ['Call', 95],
          ['back', 94],
        ],
      },
    ]);
    const second = reading([
      // Grain read as text: every fragment sure enough, none long (a name the scanner would block).
      {
        y: 300,
        words: [
          ['Es', 88],
          ['Rel', 91],
        ],
      },
      { y: 400, words: [['Ted', 93]] },
      // Long but unsure.
      { y: 500, words: [['Jadeha', 72]] },
      { y: 600, words: [['541-555-2557', 84]] },
      {
        y: 700,
        words: [
          ['Mr', 78],
          ['Lachance', 86],
        ],
      },
    ]);
    expect(mergeReadings(first, second).text).toBe('Call back\n541-555-2557\nMr Lachance');
  });

  it('with sureLines, writes a line read surely beside a longer garbled line of the same place, not an unsure one', () => {
    // The block reading ran a label's last line into a shape's edge: many fragments, a heavy line.
    const first = reading([
      {
        y: 400,
        words: [
          ['Take', 96],
          ['one', 96],
          ['capsule', 96],
          ['pu', 38],
          ['Tel', 96],
          ['ya', 57],
        ],
      },
    ]);
    const sparse = reading([
      {
        y: 400,
        words: [
          ['Tel', 96],
          ['541-555-7010', 88],
        ],
      },
      // Read no better than what is there: no line of its own.
      { y: 410, words: [['Tke', 55]] },
    ]);
    expect(mergeReadings(first, sparse, { keepFirst: true, sureLines: true }).text).toBe(
      'Take one capsule pu Tel ya\nTel 541-555-7010',
    );
    // Otherwise a place keeps its heavier reading.
    expect(mergeReadings(first, sparse, { keepFirst: true }).text).toBe('Take one capsule pu Tel ya');
    expect(mergeReadings(first, sparse).text).toBe('Take one capsule pu Tel ya');
  });
});

describe('readBadly', () => {
  it('reads again a picture with few words or many unsure ones, not a clear one', () => {
    expect(readBadly(reading([{ y: 100, words: [['Serum', 90]] }]))).toBe(true);
    const unsure = reading([
      {
        y: 100,
        words: [
          ['Bed', 90],
          ['Ea', 40],
          ['Tl', 45],
          ['Gallagher', 92],
          ['x', 50],
        ],
      },
    ]);
    expect(readBadly(unsure)).toBe(true);
    const clear = reading([
      {
        y: 100,
        words: [
          ['Flu', 92],
          ['shots', 95],
          ['this', 96],
          ['Saturday', 93],
        ],
      },
    ]);
    expect(readBadly(clear)).toBe(false);
  });
});

describe('enlargementFor', () => {
  const ofHeight = (height: number): ImageText => {
    const read = reading([
      {
        y: 100,
        words: [
          ['Haugen', 80],
          ['Tom', 80],
          ['329', 80],
        ],
      },
    ]);
    return { ...read, words: read.words.map((word) => ({ ...word, box: { ...word.box, height } })) };
  };

  it('enlarges so that the typical word is about 32 px tall, at most twice, never below the first scale', () => {
    expect(enlargementFor(ofHeight(16), 1)).toBe(2);
    expect(enlargementFor(ofHeight(8), 1)).toBe(2);
    expect(enlargementFor(ofHeight(20), 1)).toBeCloseTo(1.6);
    expect(enlargementFor(ofHeight(40), 1)).toBe(1);
    expect(enlargementFor(ofHeight(40), 2)).toBe(2);
    expect(enlargementFor(reading([]), 1)).toBe(1);
  });
});

describe('unreadInk', () => {
  // A 100 × 100 black-and-white picture at scale 1 with two inked rows of letters: y 20–29 and y 70–79.
  const page = () => {
    const ink = new Uint8Array(100 * 100).fill(255);
    for (const top of [20, 70])
      for (let y = top; y < top + 10; y += 1) ink.fill(0, y * 100 + 10, y * 100 + 60);
    return { png: Buffer.alloc(0), width: 100, height: 100, scale: 1, darkShare: 0, ink };
  };
  const word = (y: number): ImageText['words'][number] => ({
    text: 'Serum',
    start: 0,
    end: 5,
    confidence: 90,
    box: { x: 10, y, width: 50, height: 10 },
  });

  it('is the share of the ink outside every word read', () => {
    expect(unreadInk(page(), { text: '', words: [word(20), word(70)], width: 100, height: 100 })).toBe(0);
    expect(unreadInk(page(), { text: '', words: [word(20)], width: 100, height: 100 })).toBe(0.5);
    expect(unreadInk(page(), { text: '', words: [], width: 100, height: 100 })).toBe(1);
  });

  it('finds the words of an enlarged picture at their place in it', () => {
    const enlarged = page();
    // The same picture read at half the size: its boxes are in the original's (half-size) pixels.
    const half = { ...enlarged, width: 50, height: 50, scale: 2 };
    const small = (y: number) => ({ ...word(y), box: { x: 5, y: y / 2, width: 25, height: 5 } });
    expect(unreadInk(half, { text: '', words: [small(20)], width: 50, height: 50 })).toBe(0.5);
  });
});
