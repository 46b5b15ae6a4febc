// Which sentence a word belongs to decides whose an identifier is: "our patient Maria" in one sentence and a
// phone number in the next are not the same person's. These tests state where a sentence ends.
import { createScanContext, sentenceAt, sentenceHas, SpanIndex } from '../context';

/** The sentences of a text as the scanner cuts it, each with the white space that follows it. */
const sentences = (text: string): string[] => {
  const starts = createScanContext(text, {}).sentenceStarts;
  return starts.map((start, at) => text.slice(start, at + 1 < starts.length ? starts[at + 1] : text.length));
};

describe('where a sentence ends', () => {
  it('a full stop before white space ends a sentence', () => {
    expect(sentences('Maria went home. Call 555-0100.')).toEqual(['Maria went home. ', 'Call 555-0100.']);
  });

  it('a question mark ends a sentence', () => {
    expect(sentences('Is Maria home? Call 555-0100.')).toEqual(['Is Maria home? ', 'Call 555-0100.']);
  });

  it('an ellipsis character ends a sentence', () => {
    expect(sentences('We waited\u2026 Call 555-0100.')).toEqual(['We waited\u2026 ', 'Call 555-0100.']);
  });

  it('a run of stops after an ordinary word ends the sentence, whatever follows', () => {
    expect(sentences('We waited... then Maria came.')).toEqual(['We waited... ', 'then Maria came.']);
  });

  it('a question mark after a single capital ends the sentence (only a full stop makes an initial)', () => {
    expect(sentences('Is it plan B? Call 555-0100.')).toEqual(['Is it plan B? ', 'Call 555-0100.']);
  });

  it('a stray ellipsis between two sentences stands as a sentence of its own', () => {
    expect(sentences('We waited. ... Then Maria came.')).toEqual(['We waited. ', '... ', 'Then Maria came.']);
  });

  it.each([
    ['a straight double quote', 'She said "done." Call 555-0100.', ['She said "done." ', 'Call 555-0100.']],
    ['a straight single quote', "She said 'done.' Call 555-0100.", ["She said 'done.' ", 'Call 555-0100.']],
    [
      'a curly double quote',
      'She said \u201cdone.\u201d Call 555-0100.',
      ['She said \u201cdone.\u201d ', 'Call 555-0100.'],
    ],
    [
      'a curly single quote',
      'She said \u2018done.\u2019 Call 555-0100.',
      ['She said \u2018done.\u2019 ', 'Call 555-0100.'],
    ],
    [
      'a closing square bracket',
      '[Maria went home.] Call 555-0100.',
      ['[Maria went home.] ', 'Call 555-0100.'],
    ],
    ['a closing parenthesis', '(Maria went home.) Call 555-0100.', ['(Maria went home.) ', 'Call 555-0100.']],
  ])('a stop followed by %s ends the sentence after the closing mark', (_mark, text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });

  it.each([
    ['a tab', '\t'],
    ['a vertical tab', '\u000b'],
    ['a form feed', '\f'],
    ['a carriage return', '\r'],
    ['a space', ' '],
    ['a no-break space', '\u00a0'],
    ['an ogham space', '\u1680'],
    ['an en quad', '\u2000'],
    ['a thin space', '\u2009'],
    ['a hair space', '\u200a'],
    ['a line separator', '\u2028'],
    ['a paragraph separator', '\u2029'],
    ['a narrow no-break space', '\u202f'],
    ['a medium mathematical space', '\u205f'],
    ['an ideographic space', '\u3000'],
    ['a byte order mark', '\ufeff'],
  ])('a stop before %s ends the sentence', (_name, space) => {
    expect(sentences(`Done.${space}Next`)).toEqual([`Done.${space}`, 'Next']);
  });

  it.each([
    ['a backspace', '\u0008'],
    ['a zero width space', '\u200b'],
  ])('a stop before %s, which is not white space, does not end the sentence', (_name, mark) => {
    expect(sentences(`Done.${mark}Next`)).toEqual([`Done.${mark}Next`]);
  });

  it('a line break ends a sentence, and the next starts on the next line', () => {
    expect(sentences('Done.\nNext')).toEqual(['Done.\n', 'Next']);
    expect(sentences('Our patient Maria\n\nCall 555-0100')).toEqual([
      'Our patient Maria\n\n',
      'Call 555-0100',
    ]);
  });

  it('white space at the end of a post does not start another sentence', () => {
    expect(sentences('Done. ')).toEqual(['Done. ']);
    expect(sentences('Done!\n')).toEqual(['Done!\n']);
  });

  it('"Dr." does not end a sentence', () => {
    expect(sentences('Ask Dr. Lee. Call 555-0100.')).toEqual(['Ask Dr. Lee. ', 'Call 555-0100.']);
  });

  it('the sentence of a phone number is not the sentence naming the patient', () => {
    const text = 'Our patient Maria went home. Call 555-0100 today.';
    const ctx = createScanContext(text, {});
    const phone = text.indexOf('555');
    expect(sentenceAt(ctx, phone)).toEqual({ start: 29, end: 49 });
    expect(sentenceHas(ctx, /patient/i, phone)).toBe(false);
    expect(sentenceHas(ctx, /patient/i, text.indexOf('Maria'))).toBe(true);
  });
});

describe('allowed ranges (which spans of the text an allowed term covers)', () => {
  it('a range covers what lies within it', () => {
    const index = new SpanIndex([{ start: 0, end: 10 }]);
    expect(index.covers(2, 8)).toBe(true);
    expect(index.covers(2, 11)).toBe(false);
  });

  it('a range covers a span and more when it reaches past the span', () => {
    const index = new SpanIndex([{ start: 0, end: 10 }]);
    expect(index.coversLonger(0, 5)).toBe(true);
    expect(index.coversLonger(0, 10)).toBe(false);
    expect(index.coversLonger(3, 10)).toBe(true);
  });

  it('a range overlaps a span only when they share a character', () => {
    const index = new SpanIndex([{ start: 5, end: 8 }]);
    expect(index.overlaps(6, 12)).toBe(true);
    expect(index.overlaps(0, 6)).toBe(true);
    // Touching is not sharing: 0..5 ends where the range starts, 8..12 starts where it ends.
    expect(index.overlaps(0, 5)).toBe(false);
    expect(index.overlaps(8, 12)).toBe(false);
  });

  it('an empty range shares nothing', () => {
    const index = new SpanIndex([{ start: 0, end: 0 }]);
    expect(index.overlaps(0, 1)).toBe(false);
    expect(index.covers(0, 1)).toBe(false);
  });
});

// Equivalent mutants of context.ts (no test can tell them from the code):
// - context.ts:56 `false` (for `low === 0`): with no span before, `furthestEnds[-1]` is undefined, and undefined
//   compares false with every offset just as -1 does with every offset of a text (offsets are never negative).
// - context.ts:102 `false` (the loop over a run of line breaks): the white space read after a sentence's end
//   (line 120) reads the same line breaks, and each later line break ends at or before it, so is skipped.
// - context.ts:106 `false` (for `index > 0 && isStop(previous)`): a later stop of a run ends where the run's
//   first stop ends (same run, closers and white space); it is reached only when that first stop ended nothing.
// - context.ts:106 `true` (for `index > 0`): at index 0, `charCodeAt(-1)` is NaN, which is not a stop.
// - context.ts:106 `index >= 0`: the same as `true`: at index 0, `charCodeAt(-1)` is NaN, not a stop.
// - context.ts:106 `index <= 0`: the check then never holds (NaN at index 0), which is the `false` mutant above.
// - context.ts:109 `true` (for `end < text.length`): past the text, `charCodeAt` is NaN, which is not white space.
// - context.ts:109 `end <= text.length`: at the text's length, `charCodeAt` is NaN, not white space.
// - context.ts:129 `true` (for `readTo < text.length`): past the text, `charCodeAt` is NaN, not white space.
// - context.ts:129 `readTo <= text.length`: at the text's length, `charCodeAt` is NaN, not white space.
