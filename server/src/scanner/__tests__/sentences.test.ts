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

  it.each([
    [
      'after a guillemet',
      'Ask \u00abDr. Lee\u00bb now. Call 555-0100.',
      ['Ask \u00abDr. Lee\u00bb now. ', 'Call 555-0100.'],
    ],
    [
      'after an em dash',
      'Ask\u2014Dr. Lee now. Call 555-0100.',
      ['Ask\u2014Dr. Lee now. ', 'Call 555-0100.'],
    ],
    [
      'after a curly quote',
      'Ask \u201cMrs. Lee\u201d now. Call 555-0100.',
      ['Ask \u201cMrs. Lee\u201d now. ', 'Call 555-0100.'],
    ],
  ])('"Dr." right %s (a character past ASCII) still does not end a sentence', (_mark, text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });

  // "İ" lower-cases to two characters, so the text's lower case no longer stands where the text does.
  it.each([
    [
      'Dr. in plain text',
      '\u0130lknur asked Dr. Lee too. Call 555-0100.',
      ['\u0130lknur asked Dr. Lee too. ', 'Call 555-0100.'],
    ],
    [
      '"Dr." after a guillemet',
      '\u0130lknur asked \u00abDr. Lee\u00bb too. Call 555-0100.',
      ['\u0130lknur asked \u00abDr. Lee\u00bb too. ', 'Call 555-0100.'],
    ],
    [
      '"Mrs." in plain text',
      'Mrs. \u0130nce came. Call 555-0100.',
      ['Mrs. \u0130nce came. ', 'Call 555-0100.'],
    ],
  ])('in a text holding a dotted capital I, %s does not end a sentence', (_case, text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });

  it.each([
    ['b', 'Is it plan b. Call 555-0100.', ['Is it plan b. ', 'Call 555-0100.']],
    ['z', 'We sang from a to z. Call 555-0100.', ['We sang from a to z. ', 'Call 555-0100.']],
  ])(
    'a full stop after a single %s ends the sentence (only a capital makes an initial)',
    (_name, text, expected) => {
      expect(sentences(text)).toEqual(expected);
    },
  );

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

  // Spans come from each allowed term in turn, so a later term's span may start before an earlier one's.
  it.each([
    ['covers', 2, 4, true],
    ['covers', 12, 14, false],
    ['covers', 21, 29, true],
    ['overlaps', 13, 15, false],
    ['overlaps', 4, 11, true],
    ['overlaps', 6, 8, false],
    ['coversLonger', 0, 4, true],
    ['coversLonger', 10, 12, false],
  ] as const)(
    'spans given out of order are read in order of their start: %s(%d, %d) is %s',
    (query, start, end, expected) => {
      const index = new SpanIndex([
        { start: 20, end: 30 },
        { start: 10, end: 12 },
        { start: 0, end: 5 },
      ]);
      expect(index[query](start, end)).toBe(expected);
    },
  );

  it('two spans out of order are read in order of their start', () => {
    const index = new SpanIndex([
      { start: 8, end: 9 },
      { start: 0, end: 3 },
    ]);
    expect(index.covers(1, 2)).toBe(true);
    expect(index.overlaps(4, 6)).toBe(false);
  });

  it('an empty range shares nothing', () => {
    const index = new SpanIndex([{ start: 0, end: 0 }]);
    expect(index.overlaps(0, 1)).toBe(false);
    expect(index.covers(0, 1)).toBe(false);
  });
});

// Equivalent mutants of context.ts (no test can tell them from the code):
// - context.ts:64 `false` (for `low === 0`): with no span before, `furthestEnds[-1]` is undefined, and undefined
//   compares false with every offset just as -1 does with every offset of a text (offsets are never negative).
// - context.ts:110 `false` (the loop over a run of line breaks): the white space read after a sentence's end
//   (line 140) reads the same line breaks, and each later line break ends at or before it, so is skipped.
// - context.ts:114 `false` (for `index > 0 && isStop(previous)`): a later stop of a run ends where the run's
//   first stop ends (same run, closers and white space); it is reached only when that first stop ended nothing.
// - context.ts:114 `true` (for `index > 0`): at index 0, `charCodeAt(-1)` is NaN, which is not a stop.
// - context.ts:114 `index >= 0`: the same as `true`: at index 0, `charCodeAt(-1)` is NaN, not a stop.
// - context.ts:114 `index <= 0`: the check then never holds (NaN at index 0), which is the `false` mutant above.
// - context.ts:117 `true` (for `end < text.length`): past the text, `charCodeAt` is NaN, which is not white space.
// - context.ts:117 `end <= text.length`: at the text's length, `charCodeAt` is NaN, not white space.
// - context.ts:140 `true` (for `readTo < text.length`): past the text, `charCodeAt` is NaN, not white space.
// - context.ts:140 `readTo <= text.length`: at the text's length, `charCodeAt` is NaN, not white space.
// - context.ts:35 `{}`, :37 `true`, :37 `>=`, :39 `false` (isSortedByStart says "not sorted" more often): the
//   spans are then sorted, and a stable sort leaves spans already in order as they were.
// - context.ts:114 `!isStop(code) && ...` (for `||`): only newlines and stops reach this line (the pattern finds
//   nothing else), so the check never holds, which is the `false` mutant of line 114 above.
// - context.ts:152 `{}`; :153 `false`, `<=`, `>=` (loop test); :153 `true`, `false`, `>= 127`, `<= 127`
//   (character test); :153 `true` (return); :154 `false`; :172 `false` (which words take the slice of `lowerText`):
//   with `lowerText` given, its slice and `word.toLowerCase()` differ at most in a final sigma, which is not ASCII,
//   so no list of abbreviations holds either.
// - context.ts:168 `true`, `||`; :168 `true` (for `start > from`), `>= 127`: when the character before the word is
//   ASCII (127 is no letter) or the word reaches `from`, the pattern reads the word the loop reads, and lower-cases
//   it alike.
// - context.ts:177 `false` (for `start === dot`): the empty word is in no list and is no capital, so the stop ends
//   the sentence, as the early return says.
// - context.ts:179 `false` (for `lowerText !== undefined`): `text.slice(...).toLowerCase()` is what the slice of
//   `lowerText` holds (a fast path).
// - context.ts:181 `true` (for `first >= 65`): a one-character word before the first stop of a run is a letter (a
//   stop there would make this stop not the first), and the ASCII letters up to 90 are the capitals from 65.
// - context.ts:198 `false`, `index + 1 > text.length`, `index - 1 >= text.length`: past the text, `charCodeAt` is NaN,
//   which is no low surrogate, so the search goes on at `index + 1` either way.
