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
// Without the u flag, which makes the search several times slower: it stops at the first code unit of a
// character, and the character is read whole from there (`codePointAt`, `clusterEnd`).
const NOT_PLAIN = /[^\t\n\r\x20-\x7e]/g;

const codeUnits = (code: number | undefined): number => (code === undefined ? 0 : code > 0xffff ? 2 : 1);

/** Where a character with the marks that follow it ends (marks after a plain character are its own). */
function clusterEnd(text: string, start: number): number {
  let index = start + codeUnits(text.codePointAt(start));
  while (index < text.length && text.charCodeAt(index) >= 0x300) {
    const next = text.codePointAt(index)!;
    if (!MARK.test(String.fromCodePoint(next))) break;
    index += codeUnits(next);
  }
  return index;
}

/**
 * Where the offsets of a text read cluster by cluster part from the original's: for each cluster that is not
 * plain ASCII, where its reading starts, how long it is, and the original span it was read from. Plain
 * characters between keep their own offsets, shifted by what the clusters before them gained or lost.
 */
class ClusterOffsets {
  private readonly readAt: number[] = [];
  private readonly units: number[] = [];
  private readonly froms: number[] = [];
  private readonly tos: number[] = [];

  add(readAt: number, units: number, from: number, to: number): void {
    this.readAt.push(readAt);
    this.units.push(units);
    this.froms.push(from);
    this.tos.push(to);
  }

  /** The original span of the one UTF-16 unit at `unit` of the reading. */
  private unitSpan(unit: number): Span {
    // The last cluster that starts at or before the unit (of several at one place, the last: a dropped
    // character reads as nothing, so only the last of them can hold the unit).
    let low = 0;
    let high = this.readAt.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (this.readAt[middle] <= unit) low = middle + 1;
      else high = middle;
    }
    const cluster = low - 1;
    if (cluster < 0) return { start: unit, end: unit + 1 };
    const past = this.readAt[cluster] + this.units[cluster];
    if (unit < past) return { start: this.froms[cluster], end: this.tos[cluster] };
    const start = this.tos[cluster] + unit - past;
    return { start, end: start + 1 };
  }

  original(start: number, end: number): Span {
    return { start: this.unitSpan(start).start, end: this.unitSpan(end - 1).end };
  }
}

/**
 * Most posts that are not plain ASCII only hold quotes, dashes, accents and emoji (with their variation
 * selectors and joiners): each character with its marks reads as one character or none, and none hides a
 * letter, so no word needs unmasking. They are read in one pass; where a reading is not as long as what
 * it was read from, the offsets remember it.
 */
function readClusters(text: string): NormalisedText | undefined {
  let read = '';
  let copied = 0;
  let shifted = false;
  const offsets = new ClusterOffsets();
  NOT_PLAIN.lastIndex = 0;
  for (let match = NOT_PLAIN.exec(text); match; match = NOT_PLAIN.exec(text)) {
    const start = match.index;
    // A mark on a plain letter makes one character with it: read in full.
    if (MARK.test(String.fromCodePoint(text.codePointAt(start)!))) return undefined;
    const end = clusterEnd(text, start);
    const reading = readCluster(text.slice(start, end));
    if (reading.length > 1) return undefined;
    const code = reading[0];
    if (code !== undefined && (PASSES_FOR.has(code) || MARK.test(String.fromCodePoint(code)))) {
      return undefined;
    }
    read += text.slice(copied, start);
    offsets.add(read.length, codeUnits(code), start, end);
    if (code !== undefined) read += String.fromCodePoint(code);
    if (codeUnits(code) !== end - start) shifted = true;
    copied = end;
    NOT_PLAIN.lastIndex = end;
  }
  read += text.slice(copied);
  if (!shifted) return { text: read, original: inPlace };
  return { text: read, original: (start, end) => offsets.original(start, end) };
}

export function normalise(text: string): NormalisedText {
  if (PLAIN.test(text)) return { text, original: inPlace };
  return readClusters(text) ?? readAll(text);
}

/** Any text: each character read with its marks, then each word, with a map back to the original. */
function readAll(text: string): NormalisedText {
  // Pass 1: each character with its marks, read as NFKC with dashes, spaces and digits made plain.
  const codes: number[] = [];
  const froms: number[] = [];
  const tos: number[] = [];
  for (let index = 0; index < text.length; ) {
    const start = index;
    index = clusterEnd(text, start);
    const first = text.charCodeAt(start);
    if (first < 128 && index === start + 1) {
      codes.push(first);
      froms.push(start);
      tos.push(index);
      continue;
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
