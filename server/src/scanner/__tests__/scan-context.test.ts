import {
  createScanContext,
  digitRunStarts,
  isAllowed,
  matchesAtDigitRuns,
  matchesOf,
  mayHold,
  PairPlaces,
  phrasePattern,
  sentenceHas,
} from '../context';

/** Where the sentences of a post start, as the scanner reads them. */
const sentenceStarts = (text: string): number[] => createScanContext(text, {}).sentenceStarts;

/** Where a pattern matches, stopping after 20 matches so that a search that never advances cannot hang. */
function matchIndices(pattern: RegExp, text: string): number[] {
  const indices: number[] = [];
  for (const match of matchesOf(pattern, text)) {
    indices.push(match.index);
    if (indices.length > 20) break;
  }
  return indices;
}

describe('where a stop ends a sentence', () => {
  it('a stop after an ordinary word ends the sentence, whatever came earlier on the line', () => {
    // "Done" is the word before the stop, not "p.m" nor the characters before it.
    expect(sentenceStarts('At 5 p.m Done. then rest.')).toEqual([0, 15]);
  });

  it('"Dr." right after a symbol is still the title Dr. and does not end the sentence', () => {
    expect(sentenceStarts('See~Dr. Lee now.')).toEqual([0]);
  });

  it.each(['Doreen A. Smith went home.', 'Doreen Z. Smith went home.'])(
    'an initial (a single capital, A to Z) does not end the sentence: %j',
    (text) => {
      expect(sentenceStarts(text)).toEqual([0]);
    },
  );

  it('a word with a stop inside, ending in any letter a to z, ends the sentence only before a capital', () => {
    expect(sentenceStarts('Seen by Dr.Ruiz. then home.')).toEqual([0]);
  });

  it('only the last twelve characters before a stop are read as its word', () => {
    // The word read is "cdefghijklmn": not an abbreviation, so the stop ends the sentence.
    expect(sentenceStarts('ab.cdefghijklmn. then more')).toEqual([0, 17]);
  });

  it('a word with letters of another script is read whole: "İst." is not the abbreviation "St."', () => {
    expect(sentenceStarts('We flew to İst. Then home.')).toEqual([0, 16]);
  });

  it.each([
    ['İpek saw Dr. Lee today.', [0]],
    ['İpek met Mrs. Lee. Then home.', [0, 19]],
    ['Dr. İpek is here. Then home.', [0, 18]],
  ])(
    'a title after a character that lower-cases longer ("İ") is still read as a title: %p',
    (text, starts) => {
      expect(sentenceStarts(text)).toEqual(starts);
    },
  );

  it('a stop after an emoji ends the sentence, even before a lower-case word', () => {
    expect(sentenceStarts('We won 🎉. then we ate.')).toEqual([0, 11]);
  });

  it('a stop after a number ends the sentence', () => {
    expect(sentenceStarts('Bed 5. then we left.')).toEqual([0, 7]);
  });

  it('a stop after an ordinary word ends the sentence even when a lower-case word follows', () => {
    expect(sentenceStarts('We ate. then we left.')).toEqual([0, 8]);
  });
});

describe('every match of a pattern, and an empty match never loops', () => {
  it('finds matches that follow each other directly', () => {
    expect(matchIndices(/a/g, 'aab')).toEqual([0, 1]);
  });

  it('an empty match moves on by one character without the u flag', () => {
    expect(matchIndices(/(?:)/g, 'a😀b')).toEqual([0, 1, 2, 3, 4]);
  });

  it('an empty match moves on by a whole code point with the u flag, lone surrogates one at a time', () => {
    // a, U+10000, U+10FFFF, two lone low surrogates, a lone high one before "b", a lone high one before "Ａ".
    const text = 'a\u{10000}\u{10FFFF}\uDC00\uDC00\uD83Db\uD83D\uFF21';
    expect(matchIndices(/(?:)/gu, text)).toEqual([0, 1, 3, 5, 6, 7, 8, 9, 10, 11]);
    // A lone low surrogate after a letter is a code point of its own.
    expect(matchIndices(/(?:)/gu, 'a\uDC00b')).toEqual([0, 1, 2, 3]);
  });
});

describe("the organisation's allowed terms", () => {
  it('a term typed with spaces around it still matches', () => {
    const ctx = createScanContext('Thanks St. Jude!', { allow: { terms: ['  St. Jude  '] } });
    expect(isAllowed(ctx, 7, 15)).toBe(true);
  });

  it('a term matches whatever the spacing between its words', () => {
    const ctx = createScanContext('Mercy General Hospital', { allow: { terms: ['Mercy  General'] } });
    expect(isAllowed(ctx, 0, 13)).toBe(true);
  });

  it('a blank entry in the allow list allows nothing', () => {
    const ctx = createScanContext('Call us  -  today', { allow: { terms: ['', '   '] } });
    expect(ctx.allowed.overlaps(0, 17)).toBe(false);
  });

  it('without an allow list, nothing in the post is allowed', () => {
    const ctx = createScanContext('Stryker was here', {});
    expect(isAllowed(ctx, 0, 16)).toBe(false);
  });

  it('a phrase in use is compiled once, even when other phrases are compiled meanwhile', () => {
    const pattern = phrasePattern('Mercy General');
    phrasePattern('Riverbend');
    expect(phrasePattern('Mercy General')).toBe(pattern);
  });
});

describe('each kind of sentence end, one after another', () => {
  it.each([
    ['Wow! Yes? No. Ok\u2026 Then\n\nnext line.', [0, 5, 10, 18, 24]],
    ['...Hi. \n ok!! "Yes." Then', [0, 9, 14, 21]],
    ['Dr. Lee. a.m. Then. Jan. 5 went.', [0, 9, 14, 20]],
  ])('%p', (text, starts) => {
    expect(sentenceStarts(text)).toEqual(starts);
  });
});

describe('what the scanner reads once per post', () => {
  it('a post without digits is known to have none', () => {
    expect(createScanContext('No numbers here', {}).hasDigit).toBe(false);
    expect(createScanContext('Room 12', {}).hasDigit).toBe(true);
  });

  it('a cue is looked for in the sentence of the finding only', () => {
    const ctx = createScanContext('The nurse came. Anna smiled.', {});
    expect(sentenceHas(ctx, /nurse/, 20)).toBe(false);
    expect(sentenceHas(ctx, /nurse/, 4)).toBe(true);
  });

  it('each sentence is read once per cue, however many findings ask about it', () => {
    const ctx = createScanContext('The nurse came. Anna smiled.', {});
    const cue = /anna/i;
    const test = jest.spyOn(cue, 'test');
    expect(sentenceHas(ctx, cue, 16)).toBe(true);
    expect(sentenceHas(ctx, cue, 18)).toBe(true);
    expect(sentenceHas(ctx, cue, 2)).toBe(false);
    expect(sentenceHas(ctx, cue, 4)).toBe(false);
    expect(test).toHaveBeenCalledTimes(2);
  });
});

describe('the keyword pre-filter reads the places of each pair of characters', () => {
  const text = 'Héllo wörld: the MRN is 00482913 — s/n 7 (a/c) İstanbul 🎉 ab';
  const lower = text.toLowerCase();
  it.each([
    'mrn',
    's/n',
    'a/c',
    'ab',
    'b',
    'héllo',
    'wörld',
    '— s',
    '🎉',
    'i̇stanbul',
    'istanbul',
    'mrm',
    'rn is 0',
    'the mrn is 00482913 x',
    'zz',
    'é',
    'öw',
    // Characters whose last five bits are those of a cue's (" " and "@", "r" and "2") are read, not taken.
    '@the',
    'm2n',
  ])('holds %p exactly when the text does', (cue) => {
    expect(new PairPlaces(lower).includes(cue)).toBe(lower.includes(cue));
  });

  it('a cue at the very start or the very end is found', () => {
    expect(new PairPlaces('abcd').includes('ab')).toBe(true);
    expect(new PairPlaces('abcd').includes('cd')).toBe(true);
    expect(new PairPlaces('abcd').includes('abcde')).toBe(false);
    expect(new PairPlaces('').includes('ab')).toBe(false);
  });

  it('tables handed back serve one later text at a time, and the text that gave them up is not read again', () => {
    const first = new PairPlaces('xx mrn 00482913');
    first.release();
    const next = new PairPlaces('yy ssn');
    const meanwhile = new PairPlaces('zz mrn');
    expect(next.includes('ssn')).toBe(true);
    expect(next.includes('mrn')).toBe(false);
    expect(meanwhile.includes('mrn')).toBe(true);
    expect(meanwhile.includes('ssn')).toBe(false);
    expect(() => first.includes('mrn')).toThrow();
  });

  it('tables handed back by a shorter text are not read for a longer one', () => {
    new PairPlaces('ab').release();
    // "mr" stands twice: "mrn" is found by going back from the last "mr" to the first.
    expect(new PairPlaces('mrn and mrx').includes('mrn')).toBe(true);
  });

  it('tables handed back twice still serve one later text only', () => {
    const first = new PairPlaces('abcdefghijklmnop');
    first.release();
    const next = new PairPlaces('mrn mrx');
    first.release();
    const later = new PairPlaces('abcdefg');
    expect(next.includes('mrn')).toBe(true);
    expect(later.includes('mrn')).toBe(false);
  });

  it('tables taken by one text are not handed to the next text too', () => {
    new PairPlaces('abcdefghijklmnop').release();
    const next = new PairPlaces('mrn mrx');
    const meanwhile = new PairPlaces('abcdefg');
    expect(next.includes('mrn')).toBe(true);
    expect(meanwhile.includes('mrn')).toBe(false);
  });

  it('reading tables after handing them back fails, saying so', () => {
    const places = new PairPlaces('mrn');
    places.release();
    expect(() => places.includes('mrn')).toThrow('PairPlaces read after its tables were handed back');
  });

  it('mayHold answers whether one of the cues is in the lower-case text', () => {
    const ctx = createScanContext('Her MRN: 00482913', {});
    expect(mayHold(ctx, ['ssn', 'mrn'])).toBe(true);
    expect(mayHold(ctx, ['ssn', 'soc'])).toBe(false);
  });
});

describe('an allowed term is looked for only in a text that holds its words', () => {
  /** `allowed`, where the text writes it, is one of the organisation's allowed terms (`term`). */
  const expectAllowed = (term: string, text: string, allowed: string) => {
    const ctx = createScanContext(text, { allow: { terms: [term] } });
    const start = text.indexOf(allowed);
    expect(isAllowed(ctx, start, start + allowed.length)).toBe(true);
  };

  it('the only other characters an ASCII letter matches case-insensitively are the long s and the Kelvin sign', () => {
    const letter = /[a-z]/iu;
    const others: number[] = [];
    for (let code = 128; code <= 0x10ffff; code += 1) {
      if (letter.test(String.fromCodePoint(code))) others.push(code);
    }
    expect(others).toEqual([0x17f, 0x212a]);
    // The Kelvin sign reads as "k" in lower case; the long s keeps its form.
    expect('\u212a'.toLowerCase()).toBe('k');
    expect('\u017f'.toLowerCase()).toBe('\u017f');
  });

  it.each([
    ['Larkspur Pavilion', 'At the LARKSPUR\npavilion today', 'LARKSPUR\npavilion'],
    ['Larkspur Pavilion', 'At the Lark\u017fpur Pavilion today', 'Lark\u017fpur Pavilion'],
    ['Kirk Hall', 'In \u212airk Hall now', '\u212airk Hall'],
    ['Millbrook, OR 97321', 'Sent to millbrook, or 97321.', 'millbrook, or 97321'],
    ['Zoë Centre', 'At the ZOË CENTRE', 'ZOË CENTRE'],
  ])('%p is allowed in %p', expectAllowed);

  // Case-insensitive matching reads Σ, σ and ς as one letter, while lower-casing picks σ or ς by the letters
  // around: a text that writes σ where the term has ς (or the other way) still holds the term.
  it.each([
    ['Άγιος Σάββας', 'Στο Άγιοσ Σάββασ σήμερα', 'Άγιοσ Σάββασ'],
    ['Άγιος Σάββας Hospital', 'At Άγιοσ Σάββασ Hospital today', 'Άγιοσ Σάββασ Hospital'],
    ['@Σάββας', 'Thanks @Σάββασ!', '@Σάββασ'],
    ['Σάββας.gr', 'See Σάββασ.gr now', 'Σάββασ.gr'],
  ])('a Greek term is allowed whichever sigma the text writes: %p in %p', expectAllowed);

  it('a term whose words the text lacks allows nothing', () => {
    const ctx = createScanContext('At the Larkspur today', { allow: { terms: ['Larkspur Pavilion'] } });
    expect(isAllowed(ctx, 7, 15)).toBe(false);
  });
});

describe('patterns that start where a run of digits starts', () => {
  const cases: [RegExp, string][] = [
    [
      /(?<![\d-])\d{3}[ -]?\d{3}[ -]?\d{4}(?![\d-])/,
      '123 456 7890 and 1234567890, 9876543210x 12-3456789012 555 555 5555',
    ],
    [/\b(\d{1,3})\s?(?:y\/o|yo)(?!\w)/i, '31 y/o 45yo 7yo a12yo 1234yo 88 YO 5y/o'],
    [/(?=\d)(?<=\p{Lu}[\p{Ll}'’-]+,\s)(\d{2,3})(?=,|\.)/u, 'Walt, 91, and Émile, 90. Ann, 1234, Bo, 77.'],
  ];
  it.each(cases)('%p finds what a global search finds', (source, text) => {
    const global = new RegExp(source.source, `${source.flags}g`);
    const sticky = new RegExp(source.source, `${source.flags}y`);
    const ctx = createScanContext(text, {});
    const found = Array.from(matchesAtDigitRuns(ctx, sticky), (match) => [match.index, match[0]]);
    expect(found.length).toBeGreaterThan(0);
    expect(found).toEqual(Array.from(matchesOf(global, text), (match) => [match.index, match[0]]));
  });

  it.each([
    ['Bed 12, room 305', [4, 13]],
    ['12345 and 6', [0, 10]],
    ['No numbers here', []],
    ['x9', [1]],
  ])('where each run of digits starts, and nowhere else: %p', (text, starts) => {
    expect(digitRunStarts(createScanContext(text, {}))).toEqual(starts);
  });

  it('where the runs of digits start is found once per post', () => {
    const ctx = createScanContext('Bed 12, room 305', {});
    expect(digitRunStarts(ctx)).toBe(digitRunStarts(ctx));
  });

  it('stepped by hand, each match comes as not done, and the end as done, as matchAll gives them', () => {
    const matches = matchesAtDigitRuns(createScanContext('Bed 12', {}), /\d+/y);
    const first = matches.next();
    expect(first.done).toBe(false);
    expect(first.value?.[0]).toBe('12');
    expect(matches.next()).toEqual({ done: true, value: undefined });
  });

  it('a match that runs over the next run of digits is not followed by one inside it', () => {
    const ctx = createScanContext('1 2 3 4 5', {});
    const found = Array.from(matchesAtDigitRuns(ctx, /\d \d \d/y), (match) => match.index);
    expect(found).toEqual([0]);
  });
});

// Equivalent mutants of context.ts (no test can tell them from the original):
// - context.ts:147 `true` (the whole condition): the pattern then reads the word the ASCII loop reads, since the loop stopped at `from` or at an ASCII character that is neither a letter nor a stop.
// - context.ts:147 `true` (for `start > from`): the pattern runs only when the loop reached `from`, on a slice of ASCII letters and stops it reads whole, as the loop does.
// - context.ts:147 `start > from || text.charCodeAt(start - 1) > 127`: the extra cases give the pattern a slice whose word is the loop's word.
// - context.ts:147 `start >= from`: the extra case, start === from, gives the pattern an all-ASCII slice it reads whole, as the loop does.
// - context.ts:147 `true` (for `text.charCodeAt(start - 1) > 127`): after an ASCII character that is not a letter or a stop, the pattern stops where the loop stops.
// - context.ts:147 `text.charCodeAt(start - 1) >= 127`: code 127 is not a letter, so the pattern stops where the loop stops.
// - context.ts:148 `false`: no word gives "" instead of undefined, and `endsSentence` treats both as no word.
// - context.ts:167 `false`: the shortcut at the end of the text; there charCodeAt gives NaN, which is no surrogate, so the general path also returns index + 1.
// - context.ts:167 `index + 1 > text.length`: as above, the general path returns index + 1 at the last character.
// - context.ts:167 `index - 1 >= text.length`: as above, the general path returns index + 1 near the end.
// - context.ts:346 `false`: only the cache of phrases is never emptied (memory); every phrase's pattern is the same.
// - context.ts:346 `phrases.size >= 1000`: the cache is emptied one phrase earlier (memory); every phrase's pattern is the same.
// - context.ts:479 `starts.length + 1`: the search looks past the last start, reads undefined, which is never at or before the index, and narrows back to the same answer.
// - context.ts:525 `true` (for `sentences.size > 0`): with no sentences, `sentences.has` is false anyway.
// - context.ts:525 `sentences.size >= 0`: as above.
// - context.ts:268 `true` (for `start > 0`): at 0, charCodeAt(-1) is NaN, no digit, so the loop stops there anyway.
// - context.ts:268 `start >= 0`: as above.
// - context.ts:341 `/^[\x20-\x7e]$/`: only phrases of one-character ASCII words keep the word pre-filter, which answers for them as before; the others are searched, finding the same.
// - context.ts:341 `() => undefined`: no phrase gets the word pre-filter; each is searched, finding the same.
// - context.ts:364 `true` (for `!phrase.asciiWords || hasLongS`): the pre-filter never skips; it only skips phrases whose search would find nothing.
// - context.ts:366 `false`: as above, the pre-filter never skips.
// - context.ts:372 `true` (the whole condition, or for `text.includes('\u017f')`), `||`, `terms.length >= 0`, `''`: each only turns the pre-filter off more often; with no terms the loop does not run.
// - context.ts:376 `false`: as 364, the pre-filter never skips.
// - context.ts:412 `sparePrevious.length > text.length`: a spare exactly as long as the text is not reused, a new table is built (memory only).
// - context.ts:414 `true`: a spare not taken is dropped (memory only).
// - context.ts:416 `index <= text.length`: one more place, the last character paired with NaN & 31 = 0, tops its pair's chain; no cue of two or more characters starts at the last character, and the chain goes on to the same places.
// - context.ts:430 `true`, `this.previous.length < SPARE_LENGTH`, `this.previous.length > SPARE_LENGTH`: which tables are kept as spares (memory); a spare serves only a text no longer than it, each of whose places is written before read.
// - context.ts:439 `true`, `cue.length <= 2`: `text.includes(cue)` is what the pair places answer for any cue, so the shortcut taken more often answers the same.
