// The scanner reads a post as a person sees it (invisible characters dropped, accents and ligatures read as the
// letters they show, emoji with their variation selectors read as one character) and every character it reads
// remembers the span of the original post it came from: a finding points at, and quotes, the post as written.
import { normalise } from '../normalise';

/** What the scanner reads, and the original span of each character it reads. */
function reading(post: string): { text: string; from: Array<[number, number]> } {
  const read = normalise(post);
  const from: Array<[number, number]> = [];
  for (let index = 0; index < read.text.length; index += 1) {
    const { start, end } = read.original(index, index + 1);
    from.push([start, end]);
  }
  return { text: read.text, from };
}

describe('an emoji with its variation selector is read as one character', () => {
  it('a name after a red heart points at the name as written, past the selector', () => {
    const read = normalise('❤️ Jane');
    expect(read.text).toBe('❤ Jane');
    expect(read.original(2, 6)).toEqual({ start: 3, end: 7 });
  });

  it('the heart read points at the heart and its selector together', () => {
    const read = normalise('❤️ Jane');
    expect(read.original(0, 1)).toEqual({ start: 0, end: 2 });
    expect(read.original(0, 6)).toEqual({ start: 0, end: 7 });
  });

  it('a word before an emoji keeps its own place', () => {
    const read = normalise('ab❤️');
    expect(read.text).toBe('ab❤');
    expect(read.original(0, 2)).toEqual({ start: 0, end: 2 });
    expect(read.original(1, 2)).toEqual({ start: 1, end: 2 });
  });
});

describe('an invisible character inside a record number is dropped, and the finding spans it', () => {
  it('"M<zero width space>RN" reads "MRN" and points at all four characters', () => {
    const read = normalise('M\u200BRN');
    expect(read.text).toBe('MRN');
    expect(read.original(0, 3)).toEqual({ start: 0, end: 4 });
    expect(read.original(2, 3)).toEqual({ start: 3, end: 4 });
  });

  it('a single letter followed by an invisible character reads as that letter once', () => {
    expect(normalise('J\u200B').text).toBe('J');
  });

  it('a name followed by an invisible variation selector quotes the name with its selector', () => {
    const read = normalise('Jane\uFE0F');
    expect(read.text).toBe('Jane');
    expect(read.original(0, 4)).toEqual({ start: 0, end: 5 });
  });
});

describe('a ligature is read as the letters it shows', () => {
  it('"ﬁle" reads "file" and each letter points at the ligature', () => {
    expect(reading('ﬁle')).toEqual({
      text: 'file',
      from: [
        [0, 1],
        [0, 1],
        [1, 2],
        [2, 3],
      ],
    });
  });

  it('a word after an accent written as a mark and a ligature points at the original', () => {
    // "José ﬁle" written with a combining accent is as long as what is read, yet every offset after the
    // accent has moved.
    const read = normalise('Jose\u0301 ﬁle');
    expect(read.text).toBe('José file');
    expect(read.original(5, 9)).toEqual({ start: 6, end: 9 });
    expect(read.original(0, 4)).toEqual({ start: 0, end: 5 });
  });

  it('a record number broken by an invisible character before a ligature points at the original', () => {
    // As long as what is read: the dropped character and the ligature's extra letter cancel out.
    const read = normalise('M\u200BRN ﬁle');
    expect(read.text).toBe('MRN file');
    expect(read.original(0, 3)).toEqual({ start: 0, end: 4 });
    expect(read.original(4, 8)).toEqual({ start: 5, end: 8 });
  });
});

describe('a ligature alone or after an invisible character points at the ligature', () => {
  it('"ﬁ" alone reads "fi", both letters pointing at the ligature', () => {
    expect(reading('ﬁ')).toEqual({
      text: 'fi',
      from: [
        [0, 1],
        [0, 1],
      ],
    });
  });

  it('"ﬁ" after a zero width space reads "fi", both letters pointing at the ligature', () => {
    expect(reading('\u200Bﬁ')).toEqual({
      text: 'fi',
      from: [
        [1, 2],
        [1, 2],
      ],
    });
  });
});

describe('a compatibility ideograph read as an ideograph outside the basic plane points at the one written', () => {
  // U+FA6C (one UTF-16 unit) reads as U+242EE (two units), here after a record number in disguise.
  it('after "MRN" with a Cyrillic М', () => {
    const read = normalise('\u041cRN\uFA6C');
    expect(read.text).toBe('MRN\u{242EE}');
    expect(read.original(3, 5)).toEqual({ start: 3, end: 4 });
    expect(read.original(0, 3)).toEqual({ start: 0, end: 3 });
  });

  it('after "MRN" with a Cyrillic М, before a zero width space', () => {
    const read = normalise('\u041cRN\uFA6C\u200B');
    expect(read.text).toBe('MRN\u{242EE}');
    expect(read.original(3, 5)).toEqual({ start: 3, end: 4 });
  });
});

describe('a letter written with a combining accent is read as the accented letter', () => {
  it('"Jose" with a combining acute reads "José", quoted with its accent', () => {
    expect(reading('Jose\u0301')).toEqual({
      text: 'José',
      from: [
        [0, 1],
        [1, 2],
        [2, 3],
        [3, 5],
      ],
    });
  });

  it('a combining grave accent (the first of the marks) stays on its letter: "Crème"', () => {
    expect(normalise('Cre\u0300me').text).toBe('Crème');
  });

  it('a lone accented letter points at the letter and its accent', () => {
    const read = normalise('E\u0301');
    expect(read.text).toBe('É');
    expect(read.original(0, 1)).toEqual({ start: 0, end: 2 });
  });
});

describe('a name in another script beside Latin letters is not taken for a disguise', () => {
  it('"Dr Иван" is read as written', () => {
    expect(normalise('Dr Иван').text).toBe('Dr Иван');
  });
});

describe('a strike-through mark that hides a record number is dropped', () => {
  it('a strike-through at the start of "MRN" is dropped, and the finding starts at the M', () => {
    const read = normalise('\u0336MRN');
    expect(read.text).toBe('MRN');
    expect(read.original(0, 3)).toEqual({ start: 1, end: 4 });
  });
});

describe('a control character that is not an invisible format character keeps its place', () => {
  it('a null character after an accented name is kept', () => {
    expect(normalise('Jose\u0301\u0000').text).toBe('José\u0000');
  });

  it('a record number after a null character points at the original', () => {
    const read = normalise('Jose\u0301\u0000MRN');
    expect(read.text).toBe('José\u0000MRN');
    expect(read.original(5, 8)).toEqual({ start: 6, end: 9 });
  });

  it('a name after the noncharacter U+FFFF with a variation selector points at the original', () => {
    const read = normalise('-\uFFFF\uFE0FИван');
    expect(read.text).toBe('-\uFFFFИван');
    expect(read.original(2, 6)).toEqual({ start: 3, end: 7 });
  });

  it('a name after the noncharacter U+FFFF points at the original', () => {
    const read = normalise('\uFFFFJose\u0301');
    expect(read.text).toBe('\uFFFFJosé');
    expect(read.original(1, 5)).toEqual({ start: 1, end: 6 });
  });
});

describe('an emoji before an accented name takes two places in the original', () => {
  it('"😀 José" (accent as a mark) quotes the name from the original', () => {
    const read = normalise('😀 Jose\u0301');
    expect(read.text).toBe('😀 José');
    expect(read.original(3, 7)).toEqual({ start: 3, end: 8 });
    expect(read.original(0, 2)).toEqual({ start: 0, end: 2 });
  });
});

describe('a long post is read once, in full', () => {
  it('a post of more than 4096 characters ending in an accented letter', () => {
    const read = normalise(`${'x'.repeat(4100)}e\u0301`);
    expect(read.text).toBe(`${'x'.repeat(4100)}é`);
    expect(read.original(4100, 4101)).toEqual({ start: 4100, end: 4102 });
  });
});

// Equivalent mutants (no test can tell them from the code):
// - normalise.ts:108 `index < text.length || text.charCodeAt(index) >= 0x300`: the 0x300 test only skips the MARK test for characters below U+0300, none of which is a mark; past the end charCodeAt is NaN and stops the loop.
// - normalise.ts:108 `true` (index < text.length): past the end charCodeAt is NaN, so `>= 0x300` is false and the loop stops anyway.
// - normalise.ts:108 `index <= text.length`: at index === length charCodeAt is NaN and the loop stops anyway.
// - normalise.ts:108 `true` (charCodeAt >= 0x300): characters below U+0300 are not marks, so the MARK test breaks out as the fast test did.
// - normalise.ts:164 `{}` (readClusters returns nothing): readAll reads every text readClusters accepts the same way (no look-alike, no mark read, so its word pass changes nothing, and its unit map gives the same spans).
// - normalise.ts:167 `true` (shifted from the start): the cluster map is used for every text readClusters reads; see 184 `true`.
// - normalise.ts:173 `true`: the one-pass reading is given up for readAll, which reads the text the same (see 164).
// - normalise.ts:176 `true`: the one-pass reading is given up for readAll, which reads the text the same (see 164).
// - normalise.ts:176 `reading.length >= 1`: the one-pass reading is given up for readAll, which reads the text the same (see 164).
// - normalise.ts:178 `true`: the one-pass reading is given up for readAll, which reads the text the same (see 164).
// - normalise.ts:178 `true` (look-alike or mark): the one-pass reading is given up for readAll, which reads the text the same (see 164).
// - normalise.ts:184 `true`: the cluster map of a text read in place differs from the identity only inside a character of two UTF-16 units (both halves map to the whole character); a finding never starts or ends inside a character.
// - normalise.ts:184 `end + start`: it only says "shifted" more often (codeUnits <= 2, so it can equal end + start only at start 0, where it is end - start); see 184 `true`.
// - normalise.ts:189 `false`: the cluster map is used for a text read in place; see 184 `true`.
// - normalise.ts:194 `false`: a plain ASCII text goes through readClusters, which finds nothing to read and returns it in place.
// - normalise.ts:208 `false`: a plain ASCII character read through readCluster reads as itself (NFKC keeps ASCII; no ASCII character is a dash other than "-", a Zs space other than " ", invisible or a non-ASCII digit).
// - normalise.ts:208 `first <= 128`: U+0080 (a C1 control) read through readCluster reads as itself.
// - normalise.ts:208 `start - 1`: every character goes through readCluster, which reads a lone ASCII character as itself (see 208 `false`).
// - normalise.ts:208 `{}`: the fast path no longer continues, so the character is read by readCluster, which reads it as itself (see 208 `false`).
// - normalise.ts:222 `index <= codes.length`: at index === length isWordCode(undefined) is false and the index steps past the end.
// - normalise.ts:228 `true` (index < codes.length): at index === length isWordCode(undefined) is false and the word ends.
// - normalise.ts:228 `index <= codes.length`: at index === length isWordCode(undefined) is false and the word ends.
// - normalise.ts:234 `from <= kept.length`: one more round that appends String.fromCodePoint() of nothing, "".
// - normalise.ts:239 `{}` (the callback returns nothing): every code is "not in place", so the unit map is used; see 245 `false`.
// - normalise.ts:240 `true` (code < 0): every code counts 0 units, so none is "in place" and the unit map is used; see 245 `false`.
// - normalise.ts:240 `code <= 0`: a NUL then counts 0 units and is "not in place", so the unit map is used; see 245 `false`.
// - normalise.ts:240 `code >= 0`: every character read is "not in place" (a dropped mark is never the whole text), so the unit map is used; see 245 `false`.
// - normalise.ts:241 `false`: every code is "not in place", so the unit map is used; see 245 `false`.
// - normalise.ts:241 `froms[index] !== position`: a text read all "out of place" with lengths kept cannot end where the original ends (leading dropped characters push the codes after the original's offsets, a ligature's extra letters pull them back one by one, so some code lands in place), so the unit map is used.
// - normalise.ts:241 `tos[index] - froms[index] !== units`: a code in place with another length puts the next one out of place, so only a text of one code could pass, and it ends where the original does only if a BMP character read as an astral one were followed by a dropped character that is not a mark, which readClusters reads itself.
// - normalise.ts:241 `tos[index] + froms[index]`: equals tos - froms for the first code (froms 0) and exceeds 2 for any later code in place, so it only sends texts to the unit map; see 245 `false`.
// - normalise.ts:242 `position -= units`: the second code can never be at a negative position, so only a one-code text passes, and then position is negative, not the text's length: the unit map is used.
// - normalise.ts:245 `false`: the unit map of a text read in place differs from the identity only inside a character of two UTF-16 units; a finding never starts or ends inside a character.
// - normalise.ts:245 `true` (position === text.length): a text read all in place whose original ends with dropped characters maps every unit read to itself either way.
// - normalise.ts:245 `position !== text.length`: a text read all in place is mapped by the unit map, which maps every unit read to itself (see 245 `false`).
