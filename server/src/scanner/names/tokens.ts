// Words of a text for the name finder: letters with inner apostrophes and hyphens, a possessive 's apart.
import { NAME_PARTICLES } from '../words/name-particles';
import { ACRONYMS_ALSO_NAMES } from '../words/not-a-name';
import { isKnownNameWord } from './known-names';

/**
 * A word of the text, from `start` to `end` (a possessive 's left out). Its letters as written (`word`) are
 * sliced from the text at each read, not kept: the name finder reads most tokens by `lower` and `length` alone,
 * and a slice kept per token was a fifth of what the tokeniser allocated.
 */
export class Token {
  constructor(
    private readonly text: string,
    readonly start: number,
    readonly end: number,
    /** `word.toLowerCase()`. */
    readonly lower: string,
    readonly capitalised: boolean,
    readonly possessive: boolean,
  ) {}

  /** The word as written: a new slice of the text at each read. */
  get word(): string {
    return this.text.slice(this.start, this.end);
  }

  /** `word.length`, without the slice. */
  get length(): number {
    return this.end - this.start;
  }
}

// Only words that may be part of a name are read: those opening with a capital (titles and acronyms too,
// since they end a name) and the particles inside names ("de", "van"). A lower-case word is never part of a
// name, and leaving it out keeps the list short: two names it separates are not side by side in the text.
// Each word is matched from its first letter and only then checked not to continue another word ("x'Ab",
// "x-Ab"); the pattern is tried only where such a word may start (the first letter of a particle after no
// word character, a letter of another script), sticky, so no match is built for it. A word from a capital
// A–Z among ASCII characters is read by codes (readAsciiWord), with the pattern's answer.
const NOT_AFTER_A_WORD = "(?<![\\p{L}\\p{M}]['’-]?";
const WORD_REST = "[\\p{L}\\p{M}]*(?:['’-][\\p{L}\\p{M}]+)*";
const PARTICLE = `(?:${NAME_PARTICLES.join('|')})`;
const TOKEN = new RegExp(
  `[\\p{Lu}\\p{Lt}]${NOT_AFTER_A_WORD}.)${WORD_REST}|\\b${PARTICLE}(?![\\p{L}\\p{M}]|['’-][\\p{L}\\p{M}])${NOT_AFTER_A_WORD}${PARTICLE})`,
  'uy',
);

const isAsciiLetter = (code: number): boolean => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
const isAsciiWordCode = (code: number): boolean =>
  isAsciiLetter(code) || (code >= 48 && code <= 57) || code === 95;
/** The inner joiners of WORD_REST and NOT_AFTER_A_WORD: ' - ’ */
const isJoiner = (code: number): boolean => code === 39 || code === 45 || code === 0x2019;

// What TOKEN may read from an ASCII character: nothing (0), a capital's word (readAsciiWord), or a particle.
const CAPITAL = 1;
const PARTICLE_INITIAL = 2;
const ASCII_START = new Uint8Array(128);
for (let code = 65; code <= 90; code += 1) ASCII_START[code] = CAPITAL;
for (const particle of NAME_PARTICLES) ASCII_START[particle.charCodeAt(0)] = PARTICLE_INITIAL;

// The second half of a surrogate pair is read with the first.
const isSecondHalfOfPair = (text: string, index: number): boolean =>
  isTrailSurrogate(text.charCodeAt(index)) && index > 0 && isLeadSurrogate(text.charCodeAt(index - 1));
const isLeadSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;
const isTrailSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;

const NO_TOKEN = -1;
const ASK_THE_PATTERN = -2;

/** Where TOKEN's match from `index` ends, or NO_TOKEN. */
function matchToken(text: string, index: number): number {
  TOKEN.lastIndex = index;
  return TOKEN.test(text) ? TOKEN.lastIndex : NO_TOKEN;
}

/**
 * TOKEN's answer at a capital A–Z, read by character codes when every character it reads is ASCII (or ’):
 * the first branch only (a particle is lower case), its lookbehind on the one or two characters before
 * (an ASCII letter is the only ASCII \p{L}, no ASCII character is a \p{M}), then letters and a joiner before
 * each further letter, as WORD_REST reads them (its greedy parts never give back: a joiner is no letter).
 * Any other character where the pattern would ask whether it is a letter: ASK_THE_PATTERN, so every word of
 * another script or with an accent is read by TOKEN itself, as before.
 */
function readAsciiWord(text: string, index: number): number {
  const before = text.charCodeAt(index - 1);
  if (isAsciiLetter(before)) return NO_TOKEN;
  if (before >= 128 && before !== 0x2019) return ASK_THE_PATTERN;
  if (isJoiner(before)) {
    const twoBefore = text.charCodeAt(index - 2);
    if (isAsciiLetter(twoBefore)) return NO_TOKEN;
    if (twoBefore >= 128) return ASK_THE_PATTERN;
  }
  let end = index + 1;
  for (;;) {
    const code = text.charCodeAt(end);
    if (isAsciiLetter(code)) end += 1;
    else if (isJoiner(code)) {
      const next = text.charCodeAt(end + 1);
      if (isAsciiLetter(next)) end += 2;
      else return next >= 128 ? ASK_THE_PATTERN : end;
    } else return code >= 128 ? ASK_THE_PATTERN : end;
  }
}

const isUpperCode = (code: number): boolean =>
  code < 128 ? code >= 65 && code <= 90 : UPPER.test(String.fromCodePoint(code));
const isAsciiLowerCode = (code: number): boolean => code >= 97 && code <= 122;
const UPPER = /^[\p{Lu}\p{Lt}]$/u;
const CAPITAL_LETTER = /^\p{Lu}$/u;

/** One capital letter alone ("R" of "Kenji R. Watanabe"). */
export const isCapitalLetter = (word: string): boolean => word.length <= 2 && CAPITAL_LETTER.test(word);

/**
 * word.toLowerCase() of a word readAsciiWord read (A–Z, a–z and joiners, which toLowerCase keeps), built
 * by codes: in a text with a character beyond Latin-1 the word's slice is a two-byte string, which
 * toLowerCase sends through ICU, ten times slower than this. Used where the text in lower case is not at
 * hand (`tokenise` without it).
 */
function lowerAscii(word: string): string {
  let lower = '';
  for (let index = 0; index < word.length; index += 1) {
    const code = word.charCodeAt(index);
    lower += String.fromCharCode(code >= 65 && code <= 90 ? code + 32 : code);
  }
  return lower;
}

/**
 * The tokens of `text`. `lower` is `text.toLowerCase()` when the caller has it: a word readAsciiWord read is
 * then its slice, one string where lowerAscii builds one per letter. Lower-casing never makes a character
 * shorter, and only "İ" (U+0130) longer, so when both texts are as long every character of `lower` stands
 * where its own stands in `text`; A–Z, a–z, "'", "-" and "’" lower-case alone, with no context, so the
 * slice is lowerAscii's answer.
 */
export function tokenise(text: string, lower?: string): Token[] {
  const tokens: Token[] = [];
  const lowerInPlace = lower !== undefined && lower.length === text.length ? lower : undefined;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    let matchEnd: number;
    let ascii = false;
    if (code >= 128) {
      if (isSecondHalfOfPair(text, index)) continue;
      matchEnd = matchToken(text, index);
    } else if (ASCII_START[code] === CAPITAL) {
      matchEnd = readAsciiWord(text, index);
      ascii = matchEnd !== ASK_THE_PATTERN;
      if (!ascii) matchEnd = matchToken(text, index);
      // A particle needs \b before it (the pattern's \w is ASCII: /u without /i).
    } else if (ASCII_START[code] === PARTICLE_INITIAL && !isAsciiWordCode(text.charCodeAt(index - 1))) {
      matchEnd = matchToken(text, index);
    } else continue;
    if (matchEnd === NO_TOKEN) continue;
    const start = index;
    index = matchEnd - 1;
    // The possessive and the capitals are read from the text by codes: the word is not sliced for them.
    let end = matchEnd;
    let possessive = false;
    const last = text.charCodeAt(end - 1);
    const beforeLast = end - start >= 2 ? text.charCodeAt(end - 2) : NaN;
    if ((last === 115 || last === 83) && (beforeLast === 39 || beforeLast === 0x2019)) {
      end -= 2; // "'s", "’s" (any case): cut off the name
      possessive = true;
    } else if (last === 115 && (text.charCodeAt(matchEnd) === 39 || text.charCodeAt(matchEnd) === 0x2019)) {
      possessive = true;
    }
    // "IDs", "ICU" and other acronyms are not names, "McKay" and "O'Shea" are.
    // Read by code points: a capital of a script beyond the BMP (Adlam, Deseret) is two UTF-16 units.
    // A second letter a–z is one toUpperCase changes: the word is no acronym, no need to build its capitals.
    // Both code points lie in the word (`end - start > second`): the same ones `word.codePointAt` reads.
    const first = text.codePointAt(start) as number;
    const second = first > 0xffff ? 2 : 1;
    const secondCode = end - start > second ? (text.codePointAt(start + second) as number) : NaN;
    const lowerWord = ascii
      ? (lowerInPlace?.slice(start, end) ?? lowerAscii(text.slice(start, end)))
      : text.slice(start, end).toLowerCase();
    const capitalised = isUpperCode(first) && isCapitalised(text, start, end, secondCode, second, lowerWord);
    tokens.push(new Token(text, start, end, lowerWord, capitalised, possessive));
  }
  return tokens;
}

const isInUpperCase = (word: string): boolean => word === word.toUpperCase();

// A name written in capitals ("our patient MARIA LOPEZ", a banner, a card read from a picture) is a
// capitalised word, as "Maria Lopez" is: a word in capitals the lists of given and family names know
// ("JAMES", "O'SHEA", "MARY-KATE"). Any other word in capitals is an acronym as before ("ICU", "NHS", "CEO"),
// and so is every ordinary word no list holds as a name ("HAPPY", "NURSES"), every acronym the lists hold
// as a name too ("NICU", "IRA"), and every word of one or two letters: those are initials, or abbreviations
// far more often than names ("ED", "CA", "LA", "MA" are in the lists).
const isNameInCapitals = (lower: string): boolean =>
  !ACRONYMS_ALSO_NAMES.has(lower) && isKnownNameWord(lower);

/**
 * Whether a word that begins with a capital is capitalised: its second letter is no capital and the word is
 * not all in capitals ("Maria", "McKay"), or it is a name in capitals ("MARIA"). The word is sliced once, and
 * only when its second letter leaves the answer open.
 */
function isCapitalised(
  text: string,
  start: number,
  end: number,
  secondCode: number,
  second: number,
  lower: string,
): boolean {
  const secondIsCapital = end - start > second && isUpperCode(secondCode);
  if (!secondIsCapital && isAsciiLowerCode(secondCode)) return true;
  const inCapitals = isInUpperCase(text.slice(start, end));
  return inCapitals ? end - start >= 3 && isNameInCapitals(lower) : !secondIsCapital;
}

/** Whether a word of two letters or more is written in capitals ("MARIA", "ICU"), not "Maria" or "R". */
export const isInCapitals = (token: Token): boolean => token.length >= 2 && isInUpperCase(token.word);

export function isInitial(text: string, token: Token): boolean {
  return token.length <= 2 && isCapitalLetter(token.word) && text[token.end] === '.';
}
