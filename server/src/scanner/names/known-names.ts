// Whether a run of capitalised words reads as a person's name by the lists of given and family names of
// many cultures (words/person-names.ts): a name found this way is a finding (a warning) whatever the text
// is about; the words around it decide whether it blocks.
import { FAMILY_NAMES, GIVEN_NAMES } from '../words/person-names';
import type { NameRun } from './runs';
import type { Token } from './tokens';

const isKnown = (word: string): boolean => GIVEN_NAMES.has(word) || FAMILY_NAMES.has(word);

/** The lower-case words of a run that are more than an initial, a hyphenated word as its parts. */
function nameWords(tokens: Token[], run: NameRun): string[] {
  const words: string[] = [];
  for (let index = run.first; index <= run.last; index += 1) {
    if (tokens[index].word.length <= 1) continue;
    const lower = tokens[index].lower;
    // A word without a hyphen is its one part: pushed as it is, not split into a list of one and spread.
    if (lower.includes('-')) words.push(...lower.split('-'));
    else words.push(lower);
  }
  return words;
}

/**
 * "Lisa Johnson", "Krisztián Szöllösy", "Mohmad R. Vizirov": two or three words, opening with a given name
 * or closing with a family name the lists know (or the other way round), or with an initial between them.
 */
export function looksLikeFullName(tokens: Token[], run: NameRun): boolean {
  const words = nameWords(tokens, run);
  let initials = 0;
  for (let index = run.first; index <= run.last; index += 1)
    if (tokens[index].word.length === 1) initials += 1;
  const wordTokens = run.last - run.first + 1 - initials;
  if (wordTokens < 2 || wordTokens > 3) return false;
  const hasInitial = initials > 0;
  const [first, last] = [words[0], words[words.length - 1]];
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
  const words = nameWords(tokens, run);
  return words.length > 0 && words.every(isKnown);
}

/**
 * One word, a given name the lists know ("Katrine", "Gaetane"), every part of it if hyphenated ("Anne-Marie"),
 * an initial after it or not ("Sarah M.").
 */
export function isGivenName(tokens: Token[], run: NameRun): boolean {
  let wordTokens = 0;
  for (let index = run.first; index <= run.last; index += 1)
    if (tokens[index].word.length > 1) wordTokens += 1;
  return wordTokens === 1 && nameWords(tokens, run).every((word) => GIVEN_NAMES.has(word));
}
