// What every detector needs to judge a match by its surroundings: sentences, allowed ranges, windows.
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
  readonly allowedRanges: Span[];
}

const NEVER_ENDS = new Set(NEVER_ENDS_SENTENCE);
const MONTH_ABBREVIATION = new Set(MONTH_ABBREVIATIONS);

const SENTENCE_END = /[.!?…]+["'”’)\]]*(?=\s)|\n+/g;

function findSentenceStarts(text: string): number[] {
  const starts = [0];
  for (const match of text.matchAll(SENTENCE_END)) {
    const end = match.index + match[0].length;
    if (match[0][0] === '.' && !endsSentence(text, match.index, end)) continue;
    let next = end;
    while (next < text.length && /\s/.test(text[next])) next += 1;
    if (next < text.length) starts.push(next);
  }
  return starts;
}

function endsSentence(text: string, dot: number, end: number): boolean {
  const word = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, dot - 12), dot));
  if (!word) return true;
  const lower = word[1].toLowerCase();
  if (NEVER_ENDS.has(lower)) return false;
  // A single capital is an initial ("Doreen H. in Lebanon").
  if (/^\p{Lu}$/u.test(word[1])) return false;
  // Other abbreviations ("a.m.", "Jan.") end a sentence only when a capitalised word follows.
  if (lower.includes('.') || MONTH_ABBREVIATION.has(lower)) {
    return /^\s+\p{Lu}/u.test(text.slice(end, end + 3));
  }
  return true;
}

function escapeForRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const phrasePatterns = new Map<string, RegExp>();

/** A whole-word, case-insensitive pattern for a phrase, tolerant of spacing; compiled once per phrase. */
export function phrasePattern(phrase: string): RegExp {
  let pattern = phrasePatterns.get(phrase);
  if (!pattern) {
    const body = phrase.trim().split(/\s+/).map(escapeForRegExp).join('\\s+');
    pattern = new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, 'giu');
    // Policies change rarely: keep the phrases in use, not every phrase ever seen.
    if (phrasePatterns.size > 1000) phrasePatterns.clear();
    phrasePatterns.set(phrase, pattern);
  }
  return pattern;
}

function findAllowedRanges(text: string, terms: string[]): Span[] {
  const ranges: Span[] = [];
  for (const term of terms) {
    if (!term.trim()) continue;
    for (const match of text.matchAll(phrasePattern(term))) {
      ranges.push({ start: match.index, end: match.index + match[0].length });
    }
  }
  return ranges;
}

export function createScanContext(text: string, options: ScanOptions): ScanContext {
  return {
    text,
    options,
    sentenceStarts: findSentenceStarts(text),
    allowedRanges: findAllowedRanges(text, options.allow?.terms ?? []),
  };
}

/** The sentence holding `index`. */
export function sentenceAt(ctx: ScanContext, index: number): Span {
  const starts = ctx.sentenceStarts;
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle] <= index) low = middle;
    else high = middle - 1;
  }
  return { start: starts[low], end: low + 1 < starts.length ? starts[low + 1] : ctx.text.length };
}

/** The whole sentence around a span. */
export function sentenceText(ctx: ScanContext, start: number): string {
  const sentence = sentenceAt(ctx, start);
  return ctx.text.slice(sentence.start, sentence.end);
}

export function isAllowed(ctx: ScanContext, start: number, end: number): boolean {
  return ctx.allowedRanges.some((range) => range.start <= start && end <= range.end);
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

export function sameSentence(ctx: ScanContext, a: Span, b: Span): boolean {
  return sentenceAt(ctx, a.start).start === sentenceAt(ctx, b.start).start;
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
