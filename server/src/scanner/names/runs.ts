// Candidates: runs of capitalised words that may be a person's name ("Marisol Vega-Duarte", "Doreen H.").
import { isAllowed, type ScanContext } from '../context';
import type { Severity } from '../types';
import { MONTH_ABBREVIATIONS, MONTHS } from '../words/calendar';
import { NAME_PARTICLES } from '../words/name-particles';
import { NOT_A_NAME } from '../words/not-a-name';
import { FAMILY_NAMES } from '../words/person-names';
import { isKnownNameWord } from './known-names';
import { isCapitalLetter, isInitial, type Token } from './tokens';

export interface NameRun {
  first: number;
  last: number;
  start: number;
  end: number;
  /** block: a patient or relative; warn: a colleague or an unplaced person; undefined: no evidence. */
  severity?: Severity;
  reason?: string;
  staff: boolean;
  /** Evidence of its own, as opposed to borrowed from a coordinated or repeated name. */
  own: boolean;
}

const MONTH_NAMES: ReadonlySet<string> = new Set(MONTHS);
const MONTH_SHORT_NAMES: ReadonlySet<string> = new Set(MONTH_ABBREVIATIONS);
const PARTICLES: ReadonlySet<string> = new Set(NAME_PARTICLES);
const OPENS_WITH_CAPITAL = /^\p{Lu}/u;

/** Whether the text between two tokens is exactly `gap` (read in place, not copied). */
const gapIs = (text: string, from: number, to: number, gap: string): boolean =>
  to - from === gap.length && text.startsWith(gap, from);

function isNameToken(ctx: ScanContext, tokens: Token[], index: number): boolean {
  const token = tokens[index];
  if (!token.capitalised || token.length < 2 || NOT_A_NAME.has(token.lower)) return false;
  // Its lower case holds a hyphen where the word does: lower-casing changes letters only.
  if (token.lower.includes('-')) {
    const parts = token.word.split('-');
    // "Night-shift", "Sign-on": a hyphenated name capitalises every part; "Mon-Fri" is made of non-names.
    if (parts.some((part) => !OPENS_WITH_CAPITAL.test(part))) return false;
    if (parts.every((part) => NOT_A_NAME.has(part.toLowerCase()))) return false;
  }
  if (isAllowed(ctx, token.start, token.end)) return false;
  return true;
}

/**
 * The family name after one particle or two, each followed by one space ("Maria de Souza", "Anna van der Berg",
 * "José de la Cruz"): its token, or undefined when no name follows.
 */
function nameAfterParticles(ctx: ScanContext, tokens: Token[], first: number): number | undefined {
  for (let index = first; index < first + 2 && index + 1 < tokens.length; index += 1) {
    if (!PARTICLES.has(tokens[index].lower)) return undefined;
    if (!gapIs(ctx.text, tokens[index].end, tokens[index + 1].start, ' ')) return undefined;
    if (isNameToken(ctx, tokens, index + 1)) return index + 1;
  }
  return undefined;
}

// A month is a name only before another name ("June Whitaker"), never before a day ("June 30"). A month's
// short form is a given name too ("Jun Takahashi", "Jan Kowalski"), read as one only before a family name the
// lists know: "Jun Medical Fair" stays a month.
function isMonthAsName(ctx: ScanContext, tokens: Token[], index: number): boolean {
  const token = tokens[index];
  const next = tokens[index + 1];
  if (
    !token.capitalised ||
    next === undefined ||
    !gapIs(ctx.text, token.end, next.start, ' ') ||
    !isNameToken(ctx, tokens, index + 1)
  )
    return false;
  return MONTH_NAMES.has(token.lower) || (MONTH_SHORT_NAMES.has(token.lower) && FAMILY_NAMES.has(next.lower));
}

// An initial with its stop, then a name the lists know: "K. Brennan" is one person, read from the initial on.
// Not a ward's letter before the next sentence ("Ward B. Visiting hours"), nor the last letter of an
// abbreviation ("P.O. Box").
const isInitialBeforeName = (ctx: ScanContext, tokens: Token[], index: number): boolean =>
  index + 1 < tokens.length &&
  isInitial(ctx.text, tokens[index]) &&
  ctx.text[tokens[index].start - 1] !== '.' &&
  gapIs(ctx.text, tokens[index].end, tokens[index + 1].start, '. ') &&
  isNameToken(ctx, tokens, index + 1) &&
  isKnownNameWord(tokens[index + 1].lower);

export function findRuns(ctx: ScanContext, tokens: Token[]): NameRun[] {
  const runs: NameRun[] = [];
  let index = 0;
  while (index < tokens.length) {
    if (
      !isNameToken(ctx, tokens, index) &&
      !isMonthAsName(ctx, tokens, index) &&
      !isInitialBeforeName(ctx, tokens, index)
    ) {
      index += 1;
      continue;
    }
    let last = index;
    while (last + 1 < tokens.length && !tokens[last].possessive) {
      const next = last + 1;
      const space = gapIs(ctx.text, tokens[last].end, tokens[next].start, ' ');
      // After an initial the gap holds its stop ("Kenji R. Watanabe").
      const spaced =
        space ||
        (gapIs(ctx.text, tokens[last].end, tokens[next].start, '. ') && isInitial(ctx.text, tokens[last]));
      if (spaced && isNameToken(ctx, tokens, next)) last = next;
      else if (space && isInitial(ctx.text, tokens[next])) last = next;
      else if (
        // A middle initial written without its stop ("Szabina J Gelencsér").
        space &&
        tokens[next].length <= 2 &&
        isCapitalLetter(tokens[next].word) &&
        next + 1 < tokens.length &&
        gapIs(ctx.text, tokens[next].end, tokens[next + 1].start, ' ') &&
        isNameToken(ctx, tokens, next + 1)
      ) {
        last = next + 1;
      } else {
        const family = space ? nameAfterParticles(ctx, tokens, next) : undefined;
        if (family === undefined) break;
        last = family;
      }
    }
    let end = tokens[last].end;
    if (isInitial(ctx.text, tokens[last])) end += 1;
    // Five or more words in a row are a heading or an organisation, not a person; initials and particles
    // count ("Maria del Carmen Lopez" is four).
    const words = last - index + 1;
    if (words <= 4) {
      // The judge's fields are there from the start, unset, so that setting them adds no property.
      runs.push({
        first: index,
        last,
        start: tokens[index].start,
        end,
        severity: undefined,
        reason: undefined,
        staff: false,
        own: false,
      });
    }
    index = last + 1;
  }
  return runs;
}

/** Whether a token of a run is one of its words (`runWords`): longer than an initial. */
export const isRunWord = (token: Token): boolean => token.length > 1;

/** The words of a run longer than an initial, lower case: what a later mention of the person repeats. */
export function runWords(tokens: Token[], run: NameRun): string[] {
  const words: string[] = [];
  for (let index = run.first; index <= run.last; index += 1) {
    if (isRunWord(tokens[index])) words.push(tokens[index].lower);
  }
  return words;
}

/**
 * The first of `runWords(tokens, run)` that `words` holds, by its value there; undefined if none. Read from
 * the tokens, in the same order, without building the list: every run is asked, and most hold none.
 */
export function firstRunWordIn<T>(
  tokens: Token[],
  run: NameRun,
  words: ReadonlyMap<string, T>,
): T | undefined {
  for (let index = run.first; index <= run.last; index += 1) {
    if (!isRunWord(tokens[index])) continue;
    const value = words.get(tokens[index].lower);
    if (value !== undefined) return value;
  }
  return undefined;
}

/** Whether `words` holds one of `runWords(tokens, run)`, read from the tokens without building the list. */
export function someRunWordIn(tokens: Token[], run: NameRun, words: ReadonlySet<string>): boolean {
  for (let index = run.first; index <= run.last; index += 1) {
    if (isRunWord(tokens[index]) && words.has(tokens[index].lower)) return true;
  }
  return false;
}
