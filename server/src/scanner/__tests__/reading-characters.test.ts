// How the scanner reads a post's characters as a person sees them (policy rule 9: no identifier may slip
// through because it is written in other digits, hidden by invisible characters, spaced with odd spaces or
// spelt with look-alike letters of another script), and how findings still point at what was written.
import { scan } from '..';
import { normalise } from '../normalise';

describe('Digits of other scripts read as the digits they are', () => {
  it('a record number written in Arabic-Indic digits reads as the same digits, each in its own place', () => {
    const read = normalise('MRN ٠١٢٣٤٥٦٧٨٩');
    expect(read.text).toBe('MRN 0123456789');
    expect(read.original(4, 14)).toEqual({ start: 4, end: 14 });
  });

  it('a record number in Arabic-Indic digits is found, and the finding shows it as written', () => {
    const findings = scan('Update: MRN ٤٤-٧١٩٢٨ goes home today.');
    expect(findings).toEqual([
      expect.objectContaining({ category: 'mrn', start: 12, end: 20, text: '٤٤-٧١٩٢٨' }),
    ]);
  });
});

describe('Invisible characters are not read', () => {
  it('an invisible character reads as nothing, together with an accent written on it', () => {
    expect(normalise('x \u200b\u0301 y').text).toBe('x  y');
  });

  it("an emoji's variation selector is invisible, and the emoji still points at both characters", () => {
    const read = normalise('I \u2764\ufe0f it');
    expect(read.text).toBe('I \u2764 it');
    expect(read.original(2, 3)).toEqual({ start: 2, end: 4 });
  });
});

describe('Odd spaces and line breaks read as plain ones', () => {
  it('an Ogham space mark between "MRN" and its number reads as a space', () => {
    expect(normalise('MRN\u16801234').text).toBe('MRN 1234');
  });

  it('a Unicode line separator reads as a line break', () => {
    expect(normalise('a\u2028b').text).toBe('a\nb');
  });
});

describe('Look-alike letters of other scripts cannot disguise a word', () => {
  it('a word made only of look-alikes is read in Latin letters ("НІѴ" in Cyrillic is HIV)', () => {
    expect(normalise('НІѴ').text).toBe('HIV');
  });

  it('a numeral of another script does not stop a word of look-alikes from being read in Latin', () => {
    expect(normalise('ѕох\u1369').text).toBe('sox\u1369');
  });

  it('a Russian word with letters of its own is left as written', () => {
    expect(normalise('мир').text).toBe('мир');
  });

  it.each([
    ['after a number and a space', '5 мир'],
    ['before an exclamation mark', 'мир!'],
    ['between guillemets after a Latin word', 'Ok«мир»'],
  ])('a Russian word %s is a word of its own, left as written', (_where, text) => {
    expect(normalise(text).text).toBe(text);
  });

  it.each([
    ['0мир', '0mиp'],
    ['мир9', 'mиp9'],
    ['Aмир', 'Amиp'],
    ['Zмир', 'Zmиp'],
    ['aмир', 'amиp'],
    ['zмир', 'zmиp'],
  ])(
    'a word mixing a Latin letter or digit with look-alikes is read in Latin letters: %s reads %s',
    (text, read) => {
      expect(normalise(text).text).toBe(read);
    },
  );

  it('a disguised name keeps its own accented letters: "Müllеr" with a Cyrillic е reads "Müller"', () => {
    expect(normalise('Müllеr').text).toBe('Müller');
  });

  it('an accent standing alone between words hides no letter and is kept', () => {
    expect(normalise('x \u0301 y').text).toBe('x \u0301 y');
  });
});

describe('Characters outside the Basic Multilingual Plane are read whole', () => {
  it.each([
    ['Plan \u{11001} ok', 'Plan \u{11001} ok'],
    // Marks of the supplementary planes on a plain letter are marks too: the word is read without them.
    ['e\u{1D165}x “quoted” 🎉', 'ex “quoted” 🎉'],
    ['a\u{11000}b — c', 'ab - c'],
    ['\uD800 lone', '\uD800 lone'],
    ['x\uDC00y ’', 'x\uDC00y ’'],
  ])('%p reads as %p', (text, read) => {
    expect(normalise(text).text).toBe(read);
  });
});

describe('Findings point at the original text', () => {
  it('a noncharacter (U+FFFF) is one unit long: the letter after it keeps its own place', () => {
    const read = normalise('a\uffffb');
    expect(read.text).toBe('a\uffffb');
    expect(read.original(2, 3)).toEqual({ start: 2, end: 3 });
  });
});

// Equivalent mutants (no test can tell them from the original):
// - normalise.ts:37 `true` (for `zero > 0`): the walk down a script's digits stops at the character before its
//   zero, which is never a digit, so it never reaches code point 0.
// - normalise.ts:37 `zero >= 0`: same reason; zero is never 0 at the test.
// - normalise.ts:47 `false` (cache hit not returned): the cluster is read again to the same reading.
// - normalise.ts:59 `true` (for `code > 127`): an ASCII digit given to asciiDigit comes back as itself.
// - normalise.ts:59 `code >= 127`: code 127 (DEL) is not a digit.
// - normalise.ts:64 `true`: clearing the cache on every cluster only costs time.
// - normalise.ts:64 `false`: a cache never cleared only costs memory.
// - normalise.ts:64 `readings.size >= 10000`: clearing the bounded cache one entry earlier changes no reading.
// - normalise.ts:64 `readings.size <= 10000`: a cache cleared while small changes no reading, only time.
// - normalise.ts:83 `otherLetters -= 1`: the count is only compared with 0, and -n is as far from 0 as n.
// - normalise.ts:85 `true` (for `lookAlikes + marks > 0`): folding a Latin word with no look-alike and no
//   mark changes nothing (look-alikes are all non-ASCII letters, and marks are all non-ASCII).
// - normalise.ts:85 `lookAlikes + marks >= 0`: same reason.
// - normalise.ts:87 `index <= to`: the code just past a word is not a word character, so neither a
//   look-alike (all letters) nor a mark, or it is past the end (undefined); folding leaves it alone.
// - normalise.ts:91 `true` (for `code > 127`): no mark is ASCII.
// - normalise.ts:91 `code >= 127`: code 127 (DEL) is not a mark.
// - normalise.ts:96 `true` (for `code > 127`): ASCII letters and digits are caught before, and no other
//   ASCII character is a letter, mark or number; dropped characters (-1) are never asked about.
// - normalise.ts:96 `code >= 127`: code 127 (DEL) is not a letter, mark or number.
