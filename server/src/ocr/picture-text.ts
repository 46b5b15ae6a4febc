// The text read from a picture, scanned as a picture's text: OCR gets the case of some letters wrong, reads
// a letter as a look-alike sign and breaks a date with a space, and a picture has few words around a name
// to say whose it is. Pure (no Tesseract, no Strapi): the gate's check and the reading route both scan
// pictures through here. Findings keep the offsets and the text of what was read.
import { scan } from '../scanner';
import { lastTen } from '../scanner/contact';
import type { Finding, ScanOptions } from '../scanner/types';
import { NOT_A_NAME } from '../scanner/words/not-a-name';
import { FAMILY_NAMES, GIVEN_NAMES } from '../scanner/words/person-names';

// Letters whose capital is the small letter drawn larger: OCR often reads "Chloe" as "chloe".
const SAME_SHAPE_LOWER_FIRST = /(?<![\p{L}\p{N}])([ckopsuvwxz])(\p{Ll}+)(?=[ ,]+\p{Lu}\p{Ll})/gu;
// A sign read for a letter inside a word: "Leil@", "Wi1liam", "R0sa".
const LOOK_ALIKE_IN_WORD = /(?<=\p{L}{2})[@01](?=\p{L}|(?![\p{L}\p{N}]))|(?<=\p{L})[01](?=\p{L}{2})/gu;
const LETTER_OF: Record<string, string> = { '@': 'a', '0': 'o', '1': 'l' };
// A date OCR broke with spaces: "06/16/1 988", "08/1 7/1987", "1975 - 09-04".
const BROKEN_DATE = /(?<![\p{N}])\d[\d ]{0,2}[/.-][\d ]{1,3}[/.-][\d ]{1,4}\d(?![\p{N}])/gu;

/**
 * A lower-case word that starts with a same-shape letter and stands right before a capitalised word
 * ("chloe Herrera", "patrick Whitaker") is given its capital back (a month read in lower case between a day
 * and a year, "25 jun 1933", the scanner reads as it is); a sign inside a word is given its letter back. The
 * length never changes.
 */
export const restoreLetters = (text: string): string =>
  text
    .replace(SAME_SHAPE_LOWER_FIRST, (_, first: string, rest: string) => first.toUpperCase() + rest)
    .replace(LOOK_ALIKE_IN_WORD, (sign) => LETTER_OF[sign]);

// "Date of birth" with "birth" read a letter wrong ("Date of bith", "pate of pirth"): the label that makes
// the date after it a patient's. One edit, in a word of 4 to 6 letters right after "of".
const BIRTH_MISREAD = /(?<![\p{L}\p{N}])of\s{1,3}(\p{Ll}{4,6})(?![\p{L}\p{N}])/gu;

// The organisation's own words read with a letter or two wrong ("Larkspur Pavikon" for "Larkspur Pavilion")
// are still its own words: a term of at least MIN_LETTERS letters may differ by one edit in LETTERS_PER_EDIT.
// Digits are never forgiven: a phone or a number one digit off the organisation's may be a patient's.
const MIN_LETTERS = 6;
const LETTERS_PER_EDIT = 6;
const WORD_CHARACTER = /[\p{L}\p{N}]/u;
const DIGIT = /\p{N}/u;

/** Lower case, character for character: a letter whose lower case is longer ("İ") is left as it is. */
const lowerInPlace = (text: string) =>
  text.replace(/./gsu, (character) => {
    const lower = character.toLowerCase();
    return lower.length === character.length ? lower : character;
  });

type Reading = { start: number; end: number; edits: number };

/**
 * Sellers' approximate matching of `wanted` in `lower` between `from` and `to`: every end at which the text
 * reads as the term with at most `allowed` edits, with where that reading starts. An edit that adds, drops
 * or changes a digit costs more than any term may have.
 */
function readings(lower: string, wanted: string, allowed: number, from: number, to: number): Reading[] {
  const never = allowed + 1;
  const editOf = (character: string) => (DIGIT.test(character) ? never : 1);
  const wantEdit = [...wanted].map(editOf);
  // cost[i]: the fewest edits that make the text ending here read as the term's first i characters;
  // begins[i]: where that reading starts.
  let cost = [0];
  for (const edit of wantEdit) cost.push(Math.min(never, cost[cost.length - 1] + edit));
  let begins = cost.map(() => from);
  const found: Reading[] = [];
  for (let j = from + 1; j <= to; j += 1) {
    const read = lower[j - 1];
    const readEdit = editOf(read);
    const next = [0];
    const nextBegins = [j];
    for (let i = 1; i <= wanted.length; i += 1) {
      const changed = wanted[i - 1] === read ? 0 : Math.max(wantEdit[i - 1], readEdit);
      let best = cost[i - 1] + changed;
      let start = begins[i - 1];
      if (cost[i] + readEdit < best) [best, start] = [cost[i] + readEdit, begins[i]];
      if (next[i - 1] + wantEdit[i - 1] < best)
        [best, start] = [next[i - 1] + wantEdit[i - 1], nextBegins[i - 1]];
      next.push(Math.min(never, best));
      nextBegins.push(start);
    }
    cost = next;
    begins = nextBegins;
    if (cost[wanted.length] <= allowed) {
      found.push({ start: begins[wanted.length], end: j, edits: cost[wanted.length] });
    }
  }
  return found;
}

/**
 * Where the picture's text holds one of the organisation's terms read with a few letters wrong (not
 * exactly: the scanner finds those itself), each place starting and ending between words.
 */
export function nearTerms(
  text: string,
  terms: readonly string[],
): { start: number; end: number; term: string }[] {
  const lower = lowerInPlace(text);
  const found: (Reading & { term: string })[] = [];
  const wordAt = (index: number) => WORD_CHARACTER.test(text[index] ?? ' ');
  for (const term of terms.map((term) => term.trim())) {
    const letters = [...term].filter((character) => /\p{L}/u.test(character)).length;
    const allowed = Math.floor(letters / LETTERS_PER_EDIT);
    if (letters < MIN_LETTERS || allowed === 0) continue;
    const wanted = lowerInPlace(term);
    // A reading with at most `allowed` edits holds at least one of `allowed + 1` pieces of the term exactly
    // (each edit spoils one piece at most): the matching runs only around where a piece is found.
    const size = Math.floor(wanted.length / (allowed + 1));
    const windows: [number, number][] = [];
    for (let piece = 0; piece <= allowed; piece += 1) {
      const offset = piece * size;
      const text = wanted.slice(offset, piece === allowed ? undefined : offset + size);
      for (let at = lower.indexOf(text); at !== -1; at = lower.indexOf(text, at + 1)) {
        windows.push([
          Math.max(0, at - offset - allowed - 1),
          Math.min(lower.length, at - offset + wanted.length + allowed + 1),
        ]);
      }
    }
    windows.sort((a, b) => a[0] - b[0]);
    for (let w = 0; w < windows.length; w += 1) {
      const from = windows[w][0];
      let to = windows[w][1];
      while (w + 1 < windows.length && windows[w + 1][0] <= to) to = Math.max(to, windows[(w += 1)][1]);
      for (const reading of readings(lower, wanted, allowed, from, to)) {
        const { start, end } = reading;
        if (!wordAt(start - 1) && !wordAt(end) && wordAt(start) && wordAt(end - 1))
          found.push({ ...reading, term });
      }
    }
  }
  // The longest term wins a place ("Riverbend Health" over "Riverbend"); of one term's readings, the closest,
  // then the shortest, which takes in fewer of the words around it.
  found.sort(
    (a, b) =>
      b.term.length - a.term.length ||
      a.edits - b.edits ||
      a.end - a.start - (b.end - b.start) ||
      a.start - b.start,
  );
  const kept: typeof found = [];
  for (const place of found) {
    if (kept.every((other) => place.end <= other.start || other.end <= place.start)) kept.push(place);
  }
  // An exact reading needs no change (the scanner finds it), but it keeps its place from a looser one.
  return kept
    .filter(({ edits }) => edits > 0)
    .sort((a, b) => a.start - b.start)
    .map(({ start, end, term }) => ({ start, end, term }));
}

/**
 * The text as it was written: letters restored, the organisation's own terms read a letter or two wrong
 * given back as written (`allowedTerms`), spaces OCR put inside dates taken out; `read[i]` is where
 * character i was read.
 */
export function asWritten(
  text: string,
  allowedTerms: readonly string[] = [],
): { text: string; read: number[] } {
  const restored = restoreLetters(text);
  // Each change: the characters written for [start, end) of what was read, each with the place it was read.
  const changes: { start: number; end: number; written: [string, number][] }[] = [];
  for (const { start, end, term } of nearTerms(restored, allowedTerms)) {
    changes.push({
      start,
      end,
      written: [...term].map((character, i) => [character, Math.min(start + i, end - 1)]),
    });
  }
  for (const match of restored.matchAll(BIRTH_MISREAD)) {
    const word = match[1];
    const end = match.index + match[0].length;
    const start = end - word.length;
    // One edit from "birth" over the whole word (Sellers' readings of the word, from its start to its end).
    const misread = readings(word, 'birth', 1, 0, word.length).some(
      (reading) => reading.start === 0 && reading.end === word.length && reading.edits === 1,
    );
    if (!misread) continue;
    if (changes.some((change) => start < change.end && change.start < end)) continue;
    changes.push({
      start,
      end,
      written: [...'birth'].map((character, i) => [character, Math.min(start + i, end - 1)]),
    });
  }
  for (const date of restored.matchAll(BROKEN_DATE)) {
    const [start, end] = [date.index, date.index + date[0].length];
    if (changes.some((change) => start < change.end && change.start < end)) continue;
    const written: [string, number][] = [...date[0]].flatMap((character, offset) =>
      character === ' ' ? [] : [[character, start + offset] as [string, number]],
    );
    changes.push({ start, end, written });
  }
  changes.sort((a, b) => a.start - b.start);
  let written = '';
  const read: number[] = [];
  let from = 0;
  for (const change of changes) {
    for (let i = from; i < change.start; i += 1) read.push(i);
    written += restored.slice(from, change.start);
    for (const [character, at] of change.written) {
      written += character;
      read.push(at);
    }
    from = change.end;
  }
  for (let i = from; i <= restored.length; i += 1) read.push(i);
  return { text: written + restored.slice(from), read };
}

// The scanner's reason for a person's name that nothing around it places (not a colleague's).
const UNPLACED = /^a person's name: is this a patient\?$/;
const HONORIFIC = /\b(?:mr|mrs|ms|miss|mx)\.?[\s:]*$/i;
// A title under a name, as a poster or a badge prints a colleague: "Helen Achterberg | Head of cardiology".
const ROLE_AFTER =
  /^\W*(?:(?:our|the)\s+)?(?:new\s+)?(?:head|chief|director|manager|lead|consultant|nurse|doctor|physician|surgeon|therapist|pharmacist|midwife|chaplain|volunteer|president|md|rn|np|phd)\b/i;
const PICTURE_NAME =
  "a person's name in a picture: a photo rarely shows whose it is, so it is treated as a patient's";

// The value of a form's or a label's name field, on the same line: "First name Siobhan", "Pt: Okafor".
// A bare "Name" or "Patient" needs its colon ("Patient Safety Week" is no field).
const NAME_FIELD_VALUE =
  /(?<=\b(?:(?:[Ff]irst|[Gg]iven|[Ll]ast|[Ff]amily|[Ff]ull|[Pp]atient(?:['’]s)?)\s+name|[Ss]urname|[Ff]orename|SURNAME)\s*[:.]?\s*|\b(?:[Nn]ame|NAME|[Pp]atient|[Pp]t)\s*:\s*)\p{Lu}\p{Ll}[\p{Ll}'’-]*(?: \p{Lu}\p{Ll}[\p{Ll}'’-]*){0,2}/gu;
// Surname first, in capitals, as wristbands, labels and boards print it: "BRZEZINSKI, Ngozi".
const SURNAME_FIRST = /(?<![\p{L}\p{N}])\p{Lu}{2,}(?:['’-]\p{Lu}+)?,\s+\p{Lu}\p{Ll}+(?![\p{L}\p{N}])/gu;
// Surname first as a bed board or a list prints it, "Thorsen, Beatriz": a capitalised word, a comma and a
// given name the lists know; the first word is no word the scanner knows is not a name ("Thanks, Maria",
// "Welcome, Maria", "Cardiology, Maria").
const CAPITALISED_SURNAME_FIRST =
  /(?<![\p{L}\p{N}])(\p{Lu}\p{Ll}{2,}(?:['’-]\p{Lu}?\p{Ll}+)?),\s+(\p{Lu}\p{Ll}+)(?![\p{L}\p{N}])/gu;
const surnameBeforeGivenName = ([, surname, given]: RegExpMatchArray) =>
  GIVEN_NAMES.has(given.toLowerCase()) && !NOT_A_NAME.has(surname.toLowerCase());
// Surname first with both words in capitals, as wristbands and pharmacy labels print it: "GARCIA, MARIA"
// anywhere, and "SHEIKH PAVEL" as a line or a cell of its own (after a label's "For:" too). The lists know
// the given name (or, with the comma, the family name), and neither word is one the scanner knows is no
// name ("LATEX, NUTS", "NURSE MARIA").
const CAPITALS_SURNAME_FIRST =
  /(?<![\p{L}\p{N}])(\p{Lu}{2,}(?:['’-]\p{Lu}+)?),\s+(\p{Lu}{2,}(?:['’-]\p{Lu}+)?)(?![\p{L}\p{N}])/gu;
const CAPITALS_NAME_LINE = /(?<=^|\n|[|:\d] )(\p{Lu}{3,}(?:['’-]\p{Lu}+)?) (\p{Lu}{3,})(?= \||\n|$)/gu;
const isNoName = (word: string) => NOT_A_NAME.has(word.toLowerCase());
const capitalsSurnameFirst = ([, surname, given]: RegExpMatchArray) =>
  (GIVEN_NAMES.has(given.toLowerCase()) || FAMILY_NAMES.has(surname.toLowerCase())) &&
  !isNoName(surname) &&
  !isNoName(given);
const capitalsNameLine = ([, surname, given]: RegExpMatchArray) =>
  GIVEN_NAMES.has(given.toLowerCase()) && !isNoName(surname) && !isNoName(given);

const LAID_OUT_NAMES: { pattern: RegExp; reason: string; accept?: (match: RegExpMatchArray) => boolean }[] = [
  {
    pattern: NAME_FIELD_VALUE,
    reason: "a name in a name field, as a form, a label or a wristband gives a patient's",
  },
  {
    pattern: SURNAME_FIRST,
    reason: "a name written surname first, as a wristband or a label prints a patient's",
  },
  {
    pattern: CAPITALISED_SURNAME_FIRST,
    reason: "a name written surname first, as a bed board or a list prints a patient's",
    accept: surnameBeforeGivenName,
  },
  {
    pattern: CAPITALS_SURNAME_FIRST,
    reason: "a name written surname first in capitals, as a wristband or a label prints a patient's",
    accept: capitalsSurnameFirst,
  },
  {
    pattern: CAPITALS_NAME_LINE,
    reason: "a name in capitals on a line of its own, as a label prints a patient's",
    accept: capitalsNameLine,
  },
];

// A date on a picture that shows a patient's record number is the patient's: a wristband's or a
// label's date of birth, a letter's date of admission, whose label OCR may have lost ("Mei F | uo
// 06/17/1937 MRN: RB-34114081").
const DATE_ON_A_RECORD = "a date on a picture that shows a patient's record number: the patient's";

// A name OCR read as unsure fragments ("TEA Ea", "Ml I Srl", "TER, Et": grain, a shape's edge or a garbled
// line, a word of it read at 32 to 35) is a warning, not a block: every word of the labelled pictures'
// names read was read at 41 or more. A name with a word read under this confidence.
const UNSURE_WORD = 38;
const UNSURE_NAME_REASON =
  'OCR read this as a name, but unsurely (fragments it was not sure of): check the picture';

// The organisation's phone read with one digit wrong by one reading of a place ("1341) 555-0100") while
// another reading of the picture gives it right: the same printed number, not a patient's. Digits are
// otherwise never forgiven: a number one digit off the organisation's, alone, may be a patient's.
// At most 20 characters between its first and last digit: a phone is no longer, and the search stays linear
// on a long run of brackets and spaces.
const PHONE_LIKE = /[\d(][\d()\s.-]{8,20}\d/g;
const MISREAD_OWN_PHONE_REASON =
  "read as the organisation's phone with one digit wrong, which the picture also shows right: check it";
const oneDigitApart = (a: string, b: string) =>
  a.length === b.length && [...a].filter((digit, i) => digit !== b[i]).length === 1;

/** The organisation's phones (their last ten digits) that the picture's text shows exactly. */
const ownPhonesShown = (text: string, phones: readonly string[]): string[] => {
  const own = new Set(phones.map(lastTen).filter((digits) => digits.length === 10));
  const shown = new Set<string>();
  for (const [candidate] of text.matchAll(PHONE_LIKE)) {
    const digits = lastTen(candidate);
    if (own.has(digits)) shown.add(digits);
  }
  return [...shown];
};

/** Where a picture's words were read, and how surely: `ImageWord` without its text and box. */
export type ReadWord = { start: number; end: number; confidence: number };

/** Whether OCR read a word of `[start, end)` with a confidence under `UNSURE_WORD`. */
const readUnsurely = (words: readonly ReadWord[], start: number, end: number): boolean =>
  words.some((word) => word.start < end && start < word.end && word.confidence < UNSURE_WORD);

/** What the whole picture tells about each of its findings. */
interface Seen {
  words: readonly ReadWord[];
  /** The organisation's phones the picture shows exactly (`ownPhonesShown`). */
  ownPhones: string[];
  /** The picture shows a record number: it is a patient's record. */
  onARecord: boolean;
}

/**
 * A finding weighed again once the whole picture is known: a name read unsurely and the organisation's
 * phone misread warn; a date on a record blocks. `null` where it stands as the scanner found it.
 */
const weighedInPicture = (finding: Finding, seen: Seen): Pick<Finding, 'severity' | 'reason'> | null => {
  if (finding.category === 'name' && finding.severity === 'block') {
    return readUnsurely(seen.words, finding.start, finding.end)
      ? { severity: 'warn', reason: UNSURE_NAME_REASON }
      : null;
  }
  if (finding.category === 'phone' && finding.severity === 'block') {
    const digits = lastTen(finding.text);
    return seen.ownPhones.some((own) => oneDigitApart(own, digits))
      ? { severity: 'warn', reason: MISREAD_OWN_PHONE_REASON }
      : null;
  }
  if (finding.category === 'date' && finding.severity !== 'block' && seen.onARecord) {
    return { severity: 'block', reason: DATE_ON_A_RECORD };
  }
  return null;
};

/**
 * The scanner's findings of a picture's text. A person's full name (or a surname after Mr, Mrs, Ms) that the
 * scanner could not place blocks here: a post's text says whose a name is, a whiteboard, a card or a
 * wristband does not, and OCR drops the few words that might have. Colleagues' names stay warnings. Names
 * laid out as pictures lay them out (a name field's value, a surname first in capitals) block too.
 */
export function scanPictureText(
  text: string,
  options: ScanOptions = {},
  words: readonly ReadWord[] = [],
): Finding[] {
  const written = asWritten(text, options.allow?.terms ?? []);
  const toRead = (start: number, length: number) => ({
    start: written.read[start],
    end: written.read[start + length - 1] + 1,
  });
  const findings: Finding[] = scan(written.text, options).map((finding) => {
    const { start, end } = toRead(finding.start, finding.end - finding.start);
    const read = { ...finding, start, end, text: text.slice(start, end) };
    if (finding.category !== 'name' || finding.severity !== 'warn' || !UNPLACED.test(finding.reason))
      return read;
    const fullName = /\p{L}[\s,]+\p{L}/u.test(finding.text.trim());
    const honoured = HONORIFIC.test(text.slice(Math.max(0, start - 6), start));
    if (ROLE_AFTER.test(text.slice(end, end + 40).replace(/^[\s,!]*\|/, ''))) return read;
    return fullName || honoured ? { ...read, severity: 'block', reason: PICTURE_NAME } : read;
  });
  const allowed = (options.allow?.terms ?? []).map((term) => term.toLowerCase());
  for (const { pattern, reason, accept } of LAID_OUT_NAMES) {
    for (const match of written.text.matchAll(pattern)) {
      if (accept && !accept(match)) continue;
      const { start, end } = toRead(match.index, match[0].length);
      const found = text.slice(start, end);
      if (allowed.some((term) => term.includes(found.toLowerCase()))) continue;
      const named = findings.filter(
        (finding) => finding.category === 'name' && finding.start < end && start < finding.end,
      );
      if (named.length === 0) {
        findings.push({ category: 'name', start, end, text: found, severity: 'block', reason });
        continue;
      }
      // The scanner's names inside the laid-out one ("Thorsen", "Beatriz") become one finding of it all.
      const [first, ...others] = named;
      const from = Math.min(start, ...named.map((finding) => finding.start));
      const to = Math.max(end, ...named.map((finding) => finding.end));
      Object.assign(first, { start: from, end: to, text: text.slice(from, to) });
      if (named.every((finding) => finding.severity !== 'block')) {
        Object.assign(first, { severity: 'block', reason });
      } else if (first.severity !== 'block') {
        const blocking = named.find((finding) => finding.severity === 'block')!;
        Object.assign(first, { severity: 'block', reason: blocking.reason });
      }
      for (const other of others) findings.splice(findings.indexOf(other), 1);
    }
  }
  const seen: Seen = {
    words,
    ownPhones: ownPhonesShown(text, options.allow?.phones ?? []),
    onARecord: findings.some(({ category, severity }) => category === 'mrn' && severity === 'block'),
  };
  for (const finding of findings) {
    const weighed = weighedInPicture(finding, seen);
    if (weighed) Object.assign(finding, weighed);
  }
  return findings.sort((a, b) => a.start - b.start);
}
