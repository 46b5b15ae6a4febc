// What the detectors read: the text as a reader sees it, so that invisible characters, compatibility forms,
// look-alike letters of other scripts and odd dashes or spaces cannot hide a record number, a name or an
// off-limits term. Each character read remembers where it came from, so findings point at the original.
import type { Span } from './context';
import { LOOK_ALIKES } from './words/look-alikes';

export interface NormalisedText {
  readonly text: string;
  /** The span of the original text that `start..end` of the normalised text was read from. */
  original(start: number, end: number): Span;
}

// Printable ASCII and line breaks need no work: most posts are read as they are.
const PLAIN = /^[\t\n\r\x20-\x7e]*$/;
const INVISIBLE = /^\p{Default_Ignorable_Code_Point}$/u;
const MARK = /^\p{M}$/u;
const SYMBOL = /^\p{S}$/u;
const DASH = /^[\p{Pd}\u2212]$/u;
const SPACE = /^\p{Zs}$/u;
const LINE_BREAK = /^[\p{Zl}\p{Zp}]$/u;
const DIGIT = /^\p{Nd}$/u;
const LETTER = /^\p{L}$/u;
const WORD = /^[\p{L}\p{M}\p{N}]$/u;

const PASSES_FOR = new Map<number, number>();
for (const entry of LOOK_ALIKES) {
  const [latin, ...lookAlikes] = Array.from(entry);
  for (const lookAlike of lookAlikes) PASSES_FOR.set(lookAlike.codePointAt(0)!, latin.codePointAt(0)!);
}

const isAsciiLetterOrDigit = (code: number): boolean =>
  (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);

/** A decimal digit of any script as its ASCII digit: digits of one script are ten consecutive characters. */
function asciiDigit(code: number): number {
  let zero = code;
  while (zero > 0 && DIGIT.test(String.fromCodePoint(zero - 1))) zero -= 1;
  return 48 + ((code - zero) % 10);
}

// A character with the marks that follow it, as the characters it reads as; kept per cluster, since a text
// repeats few of them.
const readings = new Map<string, number[]>();

function readCluster(cluster: string): number[] {
  let read = readings.get(cluster);
  if (read) return read;
  read = [];
  const first = cluster.codePointAt(0)!;
  if (!INVISIBLE.test(String.fromCodePoint(first))) {
    // Symbols keep their form: NFKC would glue "TM" to the word before "™".
    const compatible = SYMBOL.test(String.fromCodePoint(first)) ? cluster : cluster.normalize('NFKC');
    for (const char of compatible) {
      const code = char.codePointAt(0)!;
      if (INVISIBLE.test(char)) continue;
      if (DASH.test(char)) read.push(45);
      else if (SPACE.test(char)) read.push(32);
      else if (LINE_BREAK.test(char)) read.push(10);
      else if (code > 127 && DIGIT.test(char)) read.push(asciiDigit(code));
      else read.push(code);
    }
  }
  // Clusters are few in a post but may be many in a hostile text: keep the cache bounded.
  if (readings.size > 10000) readings.clear();
  readings.set(cluster, read);
  return read;
}

/**
 * A word with a Latin letter or digit and a look-alike of another script, or made of look-alikes only, is
 * read in Latin letters, without the marks that would hide them ("МRN", "lаwsuit", "l̶a̶w̶s̶u̶i̶t̶").
 */
function foldLookAlikes(codes: number[], from: number, to: number): void {
  let latin = false;
  let lookAlikes = 0;
  let otherLetters = 0;
  let marks = 0;
  for (let index = from; index < to; index += 1) {
    const code = codes[index];
    if (isAsciiLetterOrDigit(code)) latin = true;
    else if (PASSES_FOR.has(code)) lookAlikes += 1;
    else if (MARK.test(String.fromCodePoint(code))) marks += 1;
    else if (LETTER.test(String.fromCodePoint(code))) otherLetters += 1;
  }
  const disguised = latin ? lookAlikes + marks > 0 : lookAlikes > 0 && otherLetters === 0;
  if (!disguised) return;
  for (let index = from; index < to; index += 1) {
    const code = codes[index];
    const latinCode = PASSES_FOR.get(code);
    if (latinCode !== undefined) codes[index] = latinCode;
    else if (code > 127 && MARK.test(String.fromCodePoint(code))) codes[index] = -1;
  }
}

const isWordCode = (code: number): boolean =>
  isAsciiLetterOrDigit(code) || (code > 127 && WORD.test(String.fromCodePoint(code)));

const inPlace = (start: number, end: number): Span => ({ start, end });
const NOT_PLAIN = /[^\t\n\r\x20-\x7e]/gu;

/**
 * Most posts that are not plain ASCII only hold quotes, dashes, accents and emoji: each reads as one
 * character of its own length and none hides a letter, so the text is read in place, without a map.
 */
function readInPlace(text: string): NormalisedText | undefined {
  let read = '';
  let copied = 0;
  for (const match of text.matchAll(NOT_PLAIN)) {
    const [code, ...more] = readCluster(match[0]);
    if (code === undefined || more.length > 0 || (code > 0xffff ? 2 : 1) !== match[0].length)
      return undefined;
    if (PASSES_FOR.has(code) || MARK.test(String.fromCodePoint(code))) return undefined;
    read += text.slice(copied, match.index) + String.fromCodePoint(code);
    copied = match.index + match[0].length;
  }
  return { text: read + text.slice(copied), original: inPlace };
}

export function normalise(text: string): NormalisedText {
  if (PLAIN.test(text)) return { text, original: inPlace };
  return readInPlace(text) ?? readAll(text);
}

/** Any text: each character read with its marks, then each word, with a map back to the original. */
function readAll(text: string): NormalisedText {
  // Pass 1: each character with its marks, read as NFKC with dashes, spaces and digits made plain.
  const codes: number[] = [];
  const froms: number[] = [];
  const tos: number[] = [];
  for (let index = 0; index < text.length; ) {
    const start = index;
    const first = text.codePointAt(index)!;
    index += first > 0xffff ? 2 : 1;
    if (first < 128 && !(text.charCodeAt(index) >= 0x300)) {
      codes.push(first);
      froms.push(start);
      tos.push(index);
      continue;
    }
    while (index < text.length && text.charCodeAt(index) >= 0x300) {
      const next = text.codePointAt(index)!;
      if (!MARK.test(String.fromCodePoint(next))) break;
      index += next > 0xffff ? 2 : 1;
    }
    for (const code of readCluster(text.slice(start, index))) {
      codes.push(code);
      froms.push(start);
      tos.push(index);
    }
  }

  // Pass 2: words in disguise.
  for (let index = 0; index < codes.length; ) {
    if (!isWordCode(codes[index])) {
      index += 1;
      continue;
    }
    const start = index;
    while (index < codes.length && isWordCode(codes[index])) index += 1;
    foldLookAlikes(codes, start, index);
  }

  const kept = codes.filter((code) => code >= 0);
  let read = '';
  for (let from = 0; from < kept.length; from += 4096)
    read += String.fromCodePoint(...kept.slice(from, from + 4096));
  // Where every character kept its place and length (a dash made plain, a word unmasked), offsets are
  // the same; otherwise each UTF-16 unit read remembers the original span it came from.
  let position = 0;
  const samePlaces = codes.every((code, index) => {
    const units = code < 0 ? 0 : code > 0xffff ? 2 : 1;
    const same = froms[index] === position && tos[index] - froms[index] === units;
    position += units;
    return same;
  });
  if (samePlaces && position === text.length) return { text: read, original: inPlace };
  const unitFroms: number[] = [];
  const unitTos: number[] = [];
  codes.forEach((code, index) => {
    for (let unit = code < 0 ? 0 : code > 0xffff ? 2 : 1; unit > 0; unit -= 1) {
      unitFroms.push(froms[index]);
      unitTos.push(tos[index]);
    }
  });
  return { text: read, original: (start, end) => ({ start: unitFroms[start], end: unitTos[end - 1] }) };
}
