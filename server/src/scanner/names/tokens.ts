// Words of a text for the name finder: letters with inner apostrophes and hyphens, a possessive 's apart.
import { NAME_PARTICLES } from '../words/name-particles';

export interface Token {
  start: number;
  end: number;
  word: string;
  lower: string;
  capitalised: boolean;
  possessive: boolean;
}

// Only words that may be part of a name are read: those opening with a capital (titles and acronyms too,
// since they end a name) and the particles inside names ("de", "van"). A lower-case word is never part of a
// name, and leaving it out keeps the list short: two names it separates are not side by side in the text.
// Each word is matched from its first letter and only then checked not to continue another word ("x'Ab",
// "x-Ab"); the pattern is tried only where such a word may start (a capital, the first letter of a
// particle, a letter of another script), sticky, so no match is built for it.
const NOT_AFTER_A_WORD = "(?<![\\p{L}\\p{M}]['’-]?";
const WORD_REST = "[\\p{L}\\p{M}]*(?:['’-][\\p{L}\\p{M}]+)*";
const PARTICLE = `(?:${NAME_PARTICLES.join('|')})`;
const TOKEN = new RegExp(
  `[\\p{Lu}\\p{Lt}]${NOT_AFTER_A_WORD}.)${WORD_REST}|\\b${PARTICLE}(?![\\p{L}\\p{M}]|['’-][\\p{L}\\p{M}])${NOT_AFTER_A_WORD}${PARTICLE})`,
  'uy',
);
const PARTICLE_INITIALS = new Set(NAME_PARTICLES.map((particle) => particle.charCodeAt(0)));

/** Whether a token may start at `index`: a capital, a particle's first letter, or a letter of another script. */
function mayStartToken(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code < 128) return (code >= 65 && code <= 90) || PARTICLE_INITIALS.has(code);
  // The second half of a surrogate pair is read with the first.
  return !(code >= 0xdc00 && code <= 0xdfff && index > 0 && isLeadSurrogate(text.charCodeAt(index - 1)));
}
const isLeadSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;

const isUpperCode = (code: number): boolean =>
  code < 128 ? code >= 65 && code <= 90 : UPPER.test(String.fromCodePoint(code));
const UPPER = /^[\p{Lu}\p{Lt}]$/u;
const CAPITAL_LETTER = /^\p{Lu}$/u;

/** One capital letter alone ("R" of "Kenji R. Watanabe"). */
export const isCapitalLetter = (word: string): boolean => word.length <= 2 && CAPITAL_LETTER.test(word);

export function tokenise(text: string): Token[] {
  const tokens: Token[] = [];
  for (let index = 0; index < text.length; index += 1) {
    if (!mayStartToken(text, index)) continue;
    TOKEN.lastIndex = index;
    if (!TOKEN.test(text)) continue;
    const start = index;
    const matchEnd = TOKEN.lastIndex;
    index = matchEnd - 1;
    let word = text.slice(start, matchEnd);
    let possessive = false;
    const last = word[word.length - 1];
    if ((last === 's' || last === 'S') && (word[word.length - 2] === "'" || word[word.length - 2] === '’')) {
      word = word.slice(0, -2);
      possessive = true;
    } else if (last === 's' && (text[matchEnd] === "'" || text[matchEnd] === '’')) {
      possessive = true;
    }
    // "IDs", "ICU" and other acronyms are not names, "McKay" and "O'Shea" are.
    // Read by code points: a capital of a script beyond the BMP (Adlam, Deseret) is two UTF-16 units.
    const first = word.codePointAt(0) as number;
    const second = first > 0xffff ? 2 : 1;
    const capitalised =
      isUpperCode(first) &&
      !(word.length > second && isUpperCode(word.codePointAt(second) as number)) &&
      word !== word.toUpperCase();
    tokens.push({
      start,
      end: start + word.length,
      word,
      lower: word.toLowerCase(),
      capitalised,
      possessive,
    });
  }
  return tokens;
}

export function isInitial(text: string, token: Token): boolean {
  return isCapitalLetter(token.word) && text[token.end] === '.';
}
