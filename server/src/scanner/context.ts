// What every detector needs to judge a match by its surroundings: sentences, allowed ranges, windows.
// Everything here answers in constant or logarithmic time, so detectors stay linear in the text.
import { normalise } from './normalise';
import type { Category, Finding, ScanOptions, Severity } from './types';
import { NEVER_ENDS_SENTENCE } from './words/abbreviations';
import { MONTH_ABBREVIATIONS } from './words/calendar';

export interface Span {
  start: number;
  end: number;
}

export interface ScanContext {
  readonly text: string;
  readonly options: ScanOptions;
  /** Offsets where sentences start, ascending; the first is 0. */
  readonly sentenceStarts: number[];
  /** Occurrences of the organisation's allowed terms: nothing inside them is a finding. */
  readonly allowed: SpanIndex;
  /** Per cue pattern, the sentences (by start) already read for it, and whether they hold it. */
  readonly cuesBySentence: Map<RegExp, Map<number, boolean>>;
  /**
   * Whether the text has a digit at all: read once, before the detectors, so that a post without numbers
   * skips every detector of numbers (identifiers, phone numbers, IP addresses, streets, ZIP codes).
   */
  readonly hasDigit: boolean;
  /** The text in lower case, for `mayHold`. */
  readonly lower: string;
  /** Where in `lower` each pair of characters stands, for `mayHold`. */
  readonly cuePlaces: PairPlaces;
  /** Where each run of digits starts, ascending, for `matchesAtDigitRuns`: found when first asked. */
  digitRunStarts?: number[];
}

function isSortedByStart(spans: readonly Span[]): boolean {
  for (let index = 1; index < spans.length; index += 1) {
    if (spans[index - 1].start > spans[index].start) return false;
  }
  return true;
}

/** Spans sorted by start, with the furthest end reached so far: which of them cover a span, in log time. */
export class SpanIndex {
  private readonly starts: number[];
  private readonly furthestEnds: number[];

  constructor(spans: readonly Span[]) {
    // Spans already in order are read as they are: a stable sort would leave them so.
    const sorted = isSortedByStart(spans) ? spans : [...spans].sort((a, b) => a.start - b.start);
    this.starts = sorted.map((span) => span.start);
    let furthest = -1;
    this.furthestEnds = sorted.map((span) => (furthest = Math.max(furthest, span.end)));
  }

  /** The furthest end among the spans that start at or before `index` (`strictly`: before it); -1 if none. */
  private furthestEnd(index: number, strictly: boolean): number {
    let low = 0;
    let high = this.starts.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (this.starts[middle] < index || (!strictly && this.starts[middle] === index)) low = middle + 1;
      else high = middle;
    }
    return low === 0 ? -1 : this.furthestEnds[low - 1];
  }

  /** Whether one of the spans holds all of start..end. */
  covers(start: number, end: number): boolean {
    return this.furthestEnd(start, false) >= end;
  }

  /** Whether one of the spans holds all of start..end and more. */
  coversLonger(start: number, end: number): boolean {
    return this.furthestEnd(start, false) > end || this.furthestEnd(start, true) >= end;
  }

  /** Whether one of the spans shares a character with start..end. */
  overlaps(start: number, end: number): boolean {
    return this.furthestEnd(end, true) > start;
  }
}

const NEVER_ENDS = new Set(NEVER_ENDS_SENTENCE);
const MONTH_ABBREVIATION = new Set(MONTH_ABBREVIATIONS);

// Sentences end at stops (with the quotes and brackets that close them) before white space, and at line
// breaks. Read by character code: a post has many, and a pattern's match would be built for each.
const isStop = (code: number): boolean => code === 46 || code === 33 || code === 63 || code === 0x2026;
const isCloser = (code: number): boolean =>
  code === 34 || code === 39 || code === 0x201d || code === 0x2019 || code === 41 || code === 93;
/** What `\s` matches in a pattern. */
export const isWhiteSpace = (code: number): boolean =>
  (code >= 9 && code <= 13) ||
  code === 32 ||
  code === 0xa0 ||
  code === 0x1680 ||
  (code >= 0x2000 && code <= 0x200a) ||
  code === 0x2028 ||
  code === 0x2029 ||
  code === 0x202f ||
  code === 0x205f ||
  code === 0x3000 ||
  code === 0xfeff;

/** Where a sentence's end that starts at `index` ends (its stops and closers, or its line breaks); -1 if none. */
function sentenceEndAt(text: string, index: number): number {
  const code = text.charCodeAt(index);
  let end = index + 1;
  if (code === 10) {
    while (text.charCodeAt(end) === 10) end += 1;
    return end;
  }
  // A run of stops is read from its first character only, so a long run is read once, not once per stop.
  if (!isStop(code) || (index > 0 && isStop(text.charCodeAt(index - 1)))) return -1;
  while (isStop(text.charCodeAt(end))) end += 1;
  while (isCloser(text.charCodeAt(end))) end += 1;
  return end < text.length && isWhiteSpace(text.charCodeAt(end)) ? end : -1;
}

// Where a sentence's end may start (`sentenceEndAt` gives -1 anywhere else): found by the pattern, which
// skips the characters between faster than a loop reading each.
const SENTENCE_END_START = /[\n.!?\u2026]/g;

/** `lower` is the text in lower case, when it stands where the text does (see `endsSentence`). */
function findSentenceStarts(text: string, lower: string | undefined): number[] {
  const starts = [0];
  let readTo = 0;
  SENTENCE_END_START.lastIndex = 0;
  // `test`, not `exec`: no match array is built; the pattern matches one character, so it stands right
  // before where the search left off.
  while (SENTENCE_END_START.test(text)) {
    const first = SENTENCE_END_START.lastIndex - 1;
    const end = sentenceEndAt(text, first);
    if (end === -1) continue;
    SENTENCE_END_START.lastIndex = end;
    // White space already read up to the next sentence's start: that start is already known.
    if (end <= readTo) continue;
    if (text.charCodeAt(first) === 46 && !endsSentence(text, lower, first, end)) continue;
    readTo = end;
    while (readTo < text.length && isWhiteSpace(text.charCodeAt(readTo))) readTo += 1;
    if (readTo < text.length) starts.push(readTo);
  }
  return starts;
}

const WORD_AT_END = /([\p{L}.]+)$/u;
const CAPITAL_LETTER = /^\p{Lu}$/u;
const CAPITALISED_WORD_NEXT = /^\s+\p{Lu}/u;
const isAsciiLetterOrStop = (code: number): boolean =>
  (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 46;

const isAsciiWord = (word: string): boolean => {
  for (let index = 0; index < word.length; index += 1) if (word.charCodeAt(index) > 127) return false;
  return true;
};

/**
 * Whether the stop at `dot` ends its sentence. The word before it is its letters and stops (at most twelve
 * characters back), ending at `dot`; in ASCII its lower case is its slice of `lowerText` (the text in lower
 * case, where each character stands where its own does), as ASCII letters and stops lower-case alone; a word
 * of other letters is lower-cased on its own, as before.
 */
function endsSentence(text: string, lowerText: string | undefined, dot: number, end: number): boolean {
  const from = Math.max(0, dot - 12);
  let start = dot;
  while (start > from && isAsciiLetterOrStop(text.charCodeAt(start - 1))) start -= 1;
  // Letters of other scripts count too: for them, the pattern reads the stretch.
  if (start > from && text.charCodeAt(start - 1) > 127) {
    const word = WORD_AT_END.exec(text.slice(from, dot))?.[1];
    if (!word) return true;
    const lower =
      lowerText !== undefined && isAsciiWord(word)
        ? lowerText.slice(dot - word.length, dot)
        : word.toLowerCase();
    return wordEndsSentence(text, lower, CAPITAL_LETTER.test(word), end);
  }
  if (start === dot) return true;
  // An ASCII word, read in place: not sliced for its case. One character, CAPITAL_LETTER matches A–Z alone.
  const lower = lowerText !== undefined ? lowerText.slice(start, dot) : text.slice(start, dot).toLowerCase();
  const first = text.charCodeAt(start);
  return wordEndsSentence(text, lower, dot - start === 1 && first >= 65 && first <= 90, end);
}

/** Whether a stop after the word (`lower`, its lower case) ends the sentence; `end` is where the stops end. */
function wordEndsSentence(text: string, lower: string, isCapitalLetter: boolean, end: number): boolean {
  if (NEVER_ENDS.has(lower)) return false;
  // A single capital is an initial ("Doreen H. in Lebanon").
  if (isCapitalLetter) return false;
  // Other abbreviations ("a.m.", "Jan.") end a sentence only when a capitalised word follows.
  if (lower.includes('.') || MONTH_ABBREVIATION.has(lower)) {
    return CAPITALISED_WORD_NEXT.test(text.slice(end, end + 3));
  }
  return true;
}

/** Where the search goes on after an empty match at `index` (a whole code point with the u flag). */
function advance(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1;
  const code = text.charCodeAt(index);
  const next = text.charCodeAt(index + 1);
  return code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff ? index + 2 : index + 1;
}

/**
 * Every match of a global pattern in the text, one at a time, as `text.matchAll(pattern)` gives them, but
 * read with the pattern itself: matchAll copies the pattern on each call, and the detectors search each
 * text some sixty times. Where the search stands is kept here, so a search may use the pattern meanwhile.
 */
export function matchesOf(pattern: RegExp, text: string): IterableIterator<RegExpExecArray> {
  return new MatchesOf(pattern, text);
}

// The iterators below are written out, not generators: a generator builds a new result per match, while
// these fill one result in again at each step (for-of, spread and Array.from read it before the next step).
const DONE: IteratorReturnResult<undefined> = { done: true, value: undefined };

class MatchesOf implements IterableIterator<RegExpExecArray> {
  private from = 0;
  private readonly step: IteratorYieldResult<RegExpExecArray> = {
    done: false,
    value: undefined as unknown as RegExpExecArray,
  };

  constructor(
    private readonly pattern: RegExp,
    private readonly text: string,
  ) {}

  next(): IteratorResult<RegExpExecArray, undefined> {
    const { pattern, text } = this;
    pattern.lastIndex = this.from;
    const match = pattern.exec(text);
    if (!match) return DONE;
    this.from = match[0] === '' ? advance(text, pattern.lastIndex, pattern.unicode) : pattern.lastIndex;
    this.step.value = match;
    return this.step;
  }

  [Symbol.iterator](): IterableIterator<RegExpExecArray> {
    return this;
  }
}

const DIGIT_RUN = /\d+/g;

const isDigitCode = (code: number): boolean => code >= 48 && code <= 57;

/** How many digits 0–9 `value` holds: `value.replace(/\D/g, '').length`, without building the string. */
export function countDigits(value: string): number {
  let digits = 0;
  for (let index = 0; index < value.length; index += 1) if (isDigitCode(value.charCodeAt(index))) digits += 1;
  return digits;
}

/**
 * Where each run of digits in the text starts, ascending; found once per post. The run's end is where the
 * search leaves off (`test` builds no match), and its start is found by reading its digits back: a run is
 * read twice at most, and the runs are those `matchesOf(DIGIT_RUN, text)` finds, as `\d+` takes each run
 * whole and `\d` is 0–9.
 */
export function digitRunStarts(ctx: ScanContext): number[] {
  if (ctx.digitRunStarts) return ctx.digitRunStarts;
  const text = ctx.text;
  const starts: number[] = [];
  DIGIT_RUN.lastIndex = 0;
  while (DIGIT_RUN.test(text)) {
    let start = DIGIT_RUN.lastIndex - 1;
    while (start > 0 && isDigitCode(text.charCodeAt(start - 1))) start -= 1;
    starts.push(start);
  }
  return (ctx.digitRunStarts = starts);
}

/**
 * Every match of a sticky pattern that can only start where a run of digits starts (its first character a
 * digit that no digit precedes: after `\b`, `(?<!\d)` or white space), one at a time, as a global search
 * with the same pattern finds them: it is tried at those places only, in order, each after the last match.
 * A post holds a few dozen such places, so the patterns that need them are not tried at every character.
 */
export function matchesAtDigitRuns(ctx: ScanContext, pattern: RegExp): IterableIterator<RegExpExecArray> {
  return new MatchesAtDigitRuns(ctx.text, digitRunStarts(ctx), pattern);
}

class MatchesAtDigitRuns implements IterableIterator<RegExpExecArray> {
  /** Where the search stands: the end of the last match. */
  private from = 0;
  /** The next of `starts` to try. */
  private at = 0;
  private readonly step: IteratorYieldResult<RegExpExecArray> = {
    done: false,
    value: undefined as unknown as RegExpExecArray,
  };

  constructor(
    private readonly text: string,
    private readonly starts: readonly number[],
    private readonly pattern: RegExp,
  ) {}

  next(): IteratorResult<RegExpExecArray, undefined> {
    const { starts, pattern } = this;
    while (this.at < starts.length) {
      const start = starts[this.at];
      this.at += 1;
      if (start < this.from) continue;
      pattern.lastIndex = start;
      const match = pattern.exec(this.text);
      if (!match) continue;
      this.from = pattern.lastIndex;
      this.step.value = match;
      return this.step;
    }
    return DONE;
  }

  [Symbol.iterator](): IterableIterator<RegExpExecArray> {
    return this;
  }
}

function escapeForRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

interface Phrase {
  pattern: RegExp;
  /** Its words in lower case when all are ASCII: a text lacking one of them cannot match (`mayHoldPhrase`). */
  asciiWords?: string[];
}

const phrases = new Map<string, Phrase>();

function phraseOf(phrase: string): Phrase {
  let compiled = phrases.get(phrase);
  if (!compiled) {
    // Read as the text is read, so a term typed with a soft hyphen or in full width still matches.
    const words = normalise(phrase).text.trim().split(/\s+/);
    const body = words.map(escapeForRegExp).join('\\s+');
    compiled = {
      pattern: new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, 'giu'),
      asciiWords: words.every((word) => /^[\x20-\x7e]+$/.test(word))
        ? words.map((word) => word.toLowerCase())
        : undefined,
    };
    // Policies change rarely: keep the phrases in use, not every phrase ever seen.
    if (phrases.size > 1000) phrases.clear();
    phrases.set(phrase, compiled);
  }
  return compiled;
}

/** A whole-word, case-insensitive pattern for a phrase, tolerant of spacing; compiled once per phrase. */
export function phrasePattern(phrase: string): RegExp {
  return phraseOf(phrase).pattern;
}

/**
 * Whether a text may hold a phrase's pattern, read from its lower-case form (`PairPlaces`): each word of a
 * phrase written in ASCII must be there. Case-insensitive, a pattern's ASCII letter matches only that letter
 * in either case, the Kelvin sign (lower case "k") and the long s "ſ" (U+017F); the long s alone has no
 * lower case of an ASCII letter, so a text holding one may hold any such phrase.
 */
function mayHoldPhrase(phrase: Phrase, lower: PairPlaces, hasLongS: boolean): boolean {
  if (!phrase.asciiWords || hasLongS) return true;
  // A loop, not `every(...)`: its callback would be a new closure at each call.
  for (const word of phrase.asciiWords) if (!lower.includes(word)) return false;
  return true;
}

function findAllowedRanges(text: string, terms: string[], lower: PairPlaces): SpanIndex {
  const ranges: Span[] = [];
  const hasLongS = terms.length > 0 && text.includes('\u017f');
  for (const term of terms) {
    if (!term.trim()) continue;
    const phrase = phraseOf(term);
    if (!mayHoldPhrase(phrase, lower, hasLongS)) continue;
    for (const match of matchesOf(phrase.pattern, text)) {
      ranges.push({ start: match.index, end: match.index + match[0].length });
    }
  }
  return new SpanIndex(ranges);
}

const PAIRS = 32 * 32;

// Tables of a PairPlaces that a scan has finished with (`release`), kept for the next scan: the memory of a
// typed array lies outside the JavaScript heap, and each one given up is swept at the next scavenge, in its
// pause (two per scan, dozens per scavenge). A PairPlaces takes them if they are there (and the text's is
// long enough), so no two hold the same; a text's table is kept up to SPARE_LENGTH places.
let spareLast: Int32Array | undefined;
let sparePrevious: Int32Array | undefined;
const SPARE_LENGTH = 16_384;

/**
 * Where each pair of characters stands in a text, by the pair's last five bits each (a to z and most
 * punctuation apart): for each such pair its last place, and for each place the previous place of the same
 * pair. Built in one pass, so that whether the text holds a cue reads only the places of pairs like the
 * cue's first two characters, not the whole text once per cue.
 */
export class PairPlaces {
  /** Per pair of five-bit codes, 1 + the last place it starts at; 0 for none. */
  private readonly last: Int32Array;
  /** Per place, 1 + the previous place the same pair starts at; 0 for none. */
  private readonly previous: Int32Array;
  private released = false;

  constructor(private readonly text: string) {
    // Tables handed back hold another text's places: `last` is cleared, and `previous` needs no clearing,
    // as each of its places is written below before any is read (only the places of this text's pairs are).
    const last = (this.last = spareLast?.fill(0) ?? new Int32Array(PAIRS));
    spareLast = undefined;
    const reuse = sparePrevious !== undefined && sparePrevious.length >= text.length;
    const previous = (this.previous = reuse ? sparePrevious! : new Int32Array(text.length));
    if (reuse) sparePrevious = undefined;
    let first = text.charCodeAt(0) & 31;
    for (let index = 1; index < text.length; index += 1) {
      const second = text.charCodeAt(index) & 31;
      const pair = first * 32 + second;
      previous[index - 1] = last[pair];
      last[pair] = index;
      first = second;
    }
  }

  /** Hands the tables back for the next text (see `spareLast`): these places are not read again. */
  release(): void {
    if (this.released) return;
    this.released = true;
    spareLast = this.last;
    if (this.previous.length <= SPARE_LENGTH) sparePrevious = this.previous;
  }

  /**
   * Whether the text holds `cue`, as `text.includes(cue)`: every place the cue could start at holds its first
   * two characters, so it is among the places of their pair, and each of those is read in full.
   */
  includes(cue: string): boolean {
    if (this.released) throw new Error('PairPlaces read after its tables were handed back');
    if (cue.length < 2) return this.text.includes(cue);
    const pair = (cue.charCodeAt(0) & 31) * 32 + (cue.charCodeAt(1) & 31);
    for (let place = this.last[pair]; place > 0; place = this.previous[place - 1]) {
      if (this.text.startsWith(cue, place - 1)) return true;
    }
    return false;
  }
}

export function createScanContext(text: string, options: ScanOptions): ScanContext {
  const lower = text.toLowerCase();
  const cuePlaces = new PairPlaces(lower);
  return {
    text,
    options,
    // Lower-casing never shortens a character, and only "İ" lengthens one: as long, each stands in place.
    sentenceStarts: findSentenceStarts(text, lower.length === text.length ? lower : undefined),
    allowed: findAllowedRanges(text, options.allow?.terms ?? [], cuePlaces),
    cuesBySentence: new Map(),
    hasDigit: /\d/.test(text),
    lower,
    cuePlaces,
  };
}

/**
 * Whether the text may hold a match of a pattern that cannot match without one of `cues` (its keywords,
 * lower case): the pre-filter that lets a detector skip a pattern whose keywords the text lacks. For
 * patterns with the i flag and without u, whose keywords are ASCII: those match ASCII letters of either case
 * only, and the lower-case text keeps every ASCII letter in its place.
 */
export function mayHold(ctx: ScanContext, cues: readonly string[]): boolean {
  // A loop, not `cues.some(...)`: its callback would be a new closure at each call.
  for (const cue of cues) if (ctx.cuePlaces.includes(cue)) return true;
  return false;
}

/** Where in `starts` (ascending, the first at most `index`) the last one at or before `index` is. */
export function lastStartAtOrBefore(starts: readonly number[], index: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle] <= index) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** Where the sentence holding `index` starts: `sentenceAt(ctx, index).start`, without building the span. */
export function sentenceStartAt(ctx: ScanContext, index: number): number {
  return ctx.sentenceStarts[lastStartAtOrBefore(ctx.sentenceStarts, index)];
}

/** The sentence holding `index`. */
export function sentenceAt(ctx: ScanContext, index: number): Span {
  const starts = ctx.sentenceStarts;
  const at = lastStartAtOrBefore(starts, index);
  return { start: starts[at], end: at + 1 < starts.length ? starts[at + 1] : ctx.text.length };
}

/**
 * Whether the sentence holding `index` contains `cue` (a pattern without the g flag). Each sentence is
 * read once per cue, however many findings ask about it.
 */
export function sentenceHas(ctx: ScanContext, cue: RegExp, index: number): boolean {
  let sentences = ctx.cuesBySentence.get(cue);
  if (!sentences) ctx.cuesBySentence.set(cue, (sentences = new Map()));
  const sentence = sentenceAt(ctx, index);
  let holds = sentences.get(sentence.start);
  if (holds === undefined) {
    holds = cue.test(ctx.text.slice(sentence.start, sentence.end));
    sentences.set(sentence.start, holds);
  }
  return holds;
}

/** The sentences (by their start) that hold one of the spans. */
export function sentencesOf(ctx: ScanContext, spans: readonly Span[]): Set<number> {
  const sentences = new Set<number>();
  for (const span of spans) sentences.add(sentenceStartAt(ctx, span.start));
  return sentences;
}

/** Whether the span lies in one of the sentences of `sentencesOf`. */
export function inSentences(ctx: ScanContext, sentences: Set<number>, span: Span): boolean {
  return sentences.size > 0 && sentences.has(sentenceStartAt(ctx, span.start));
}

export function isAllowed(ctx: ScanContext, start: number, end: number): boolean {
  return ctx.allowed.covers(start, end);
}

export function makeFinding(
  ctx: ScanContext,
  category: Category,
  start: number,
  end: number,
  severity: Severity,
  reason: string,
): Finding {
  return { category, start, end, text: ctx.text.slice(start, end), severity, reason };
}
