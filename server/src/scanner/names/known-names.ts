// Whether a run of capitalised words reads as a person's name by the lists of given and family names of
// many cultures (words/person-names.ts): a name found this way is a finding (a warning) whatever the text
// is about; the words around it decide whether it blocks.
import { FAMILY_NAMES, GIVEN_NAMES } from '../words/person-names';
import type { NameRun } from './runs';
import type { Token } from './tokens';

const isKnown = (word: string): boolean => GIVEN_NAMES.has(word) || FAMILY_NAMES.has(word);
const isGiven = (word: string): boolean => GIVEN_NAMES.has(word);

// The functions below read a run's words from its tokens: the lower-case words longer than an initial, a
// hyphenated word as its parts. Every name no words around it placed is asked, so no list of them is built,
// and a word without a hyphen is its one part, not split.

/** Whether every part of a lower-case word passes `test` (`word.split('-').every(test)`). */
const everyPart = (word: string, test: (part: string) => boolean): boolean =>
  word.includes('-') ? word.split('-').every(test) : test(word);

/** The first part of a lower-case word (`word.split('-')[0]`). */
const firstPart = (word: string): string => (word.includes('-') ? word.slice(0, word.indexOf('-')) : word);

/** The last part of a lower-case word (`word.split('-').at(-1)`). */
const lastPart = (word: string): string =>
  word.includes('-') ? word.slice(word.lastIndexOf('-') + 1) : word;

// An apostrophe after one letter opens a family name ("o'shea", "d'arcy"): the lists hold many such names
// by the name alone ("shea"), so the part after it is asked when the whole is not known.
const NAME_PREFIX = /^\p{L}['’]/u;

/** Whether a lower-case word is a name the lists know: every part of it if hyphenated, "o'shea" by "shea". */
export const isKnownNameWord = (word: string): boolean =>
  everyPart(word, (part) => isKnown(part) || (NAME_PREFIX.test(part) && isKnown(part.slice(2))));

/**
 * "Lisa Johnson", "Krisztián Szöllösy", "Mohmad R. Vizirov": two or three words, opening with a given name
 * or closing with a family name the lists know (or the other way round), or with an initial between them.
 */
export function looksLikeFullName(tokens: Token[], run: NameRun): boolean {
  let initials = 0;
  let firstWord = '';
  let lastWord = '';
  for (let index = run.first; index <= run.last; index += 1) {
    const token = tokens[index];
    if (token.length === 1) initials += 1;
    else {
      if (!firstWord) firstWord = token.lower;
      lastWord = token.lower;
    }
  }
  const wordTokens = run.last - run.first + 1 - initials;
  if (wordTokens < 2 || wordTokens > 3) return false;
  const hasInitial = initials > 0;
  const first = firstPart(firstWord);
  const last = lastPart(lastWord);
  // Family name first is the order of many cultures ("Nguyen Van Minh", "Kónya Zoltán").
  return (
    hasInitial ||
    GIVEN_NAMES.has(first) ||
    FAMILY_NAMES.has(last) ||
    (FAMILY_NAMES.has(first) && GIVEN_NAMES.has(last))
  );
}

/** One word or more, each a name the lists know ("Magnusson", "Naomi Ryan"). */
export function isKnownName(tokens: Token[], run: NameRun): boolean {
  let words = 0;
  for (let index = run.first; index <= run.last; index += 1) {
    if (tokens[index].length <= 1) continue;
    words += 1;
    if (!everyPart(tokens[index].lower, isKnown)) return false;
  }
  return words > 0;
}

/**
 * One word, a given name the lists know ("Katrine", "Gaetane"), every part of it if hyphenated ("Anne-Marie"),
 * an initial after it or not ("Sarah M.").
 */
export function isGivenName(tokens: Token[], run: NameRun): boolean {
  let word = '';
  let wordTokens = 0;
  for (let index = run.first; index <= run.last; index += 1) {
    if (tokens[index].length > 1) {
      wordTokens += 1;
      word = tokens[index].lower;
    }
  }
  return wordTokens === 1 && everyPart(word, isGiven);
}
