// The text read from a picture, scanned as a picture's text: OCR gets the case of some letters wrong, reads
// a letter as a look-alike sign and breaks a date with a space, and a picture has few words around a name
// to say whose it is. Pure (no Tesseract, no Strapi): the gate's check and the reading route both scan
// pictures through here. Findings keep the offsets and the text of what was read.
import { scan } from '../scanner';
import type { Finding, ScanOptions } from '../scanner/types';

// Letters whose capital is the small letter drawn larger: OCR often reads "Chloe" as "chloe".
const SAME_SHAPE_LOWER_FIRST = /(?<![\p{L}\p{N}])([ckopsuvwxz])(\p{Ll}+)(?=[ ,]+\p{Lu}\p{Ll})/gu;
// A sign read for a letter inside a word: "Leil@", "Wi1liam", "R0sa".
const LOOK_ALIKE_IN_WORD = /(?<=\p{L}{2})[@01](?=\p{L}|(?![\p{L}\p{N}]))|(?<=\p{L})[01](?=\p{L}{2})/gu;
const LETTER_OF: Record<string, string> = { '@': 'a', '0': 'o', '1': 'l' };
// A date OCR broke with spaces: "06/16/1 988", "08/1 7/1987", "1975 - 09-04".
const BROKEN_DATE = /(?<![\p{N}])\d[\d ]{0,2}[/.-][\d ]{1,3}[/.-][\d ]{1,4}\d(?![\p{N}])/gu;

/**
 * A lower-case word that starts with a same-shape letter and stands right before a capitalised word
 * ("chloe Herrera", "patrick Whitaker") is given its capital back; a sign inside a word is given its
 * letter back. The length never changes.
 */
export const restoreLetters = (text: string): string =>
  text
    .replace(SAME_SHAPE_LOWER_FIRST, (_, first: string, rest: string) => first.toUpperCase() + rest)
    .replace(LOOK_ALIKE_IN_WORD, (sign) => LETTER_OF[sign]);

/** The text as it was written: letters restored, spaces OCR put inside dates taken out; `read[i]` is where character i was read. */
export function asWritten(text: string): { text: string; read: number[] } {
  const restored = restoreLetters(text);
  let written = '';
  const read: number[] = [];
  let from = 0;
  for (const date of restored.matchAll(BROKEN_DATE)) {
    for (let i = from; i < date.index; i += 1) read.push(i);
    written += restored.slice(from, date.index);
    [...date[0]].forEach((character, offset) => {
      if (character === ' ') return;
      written += character;
      read.push(date.index + offset);
    });
    from = date.index + date[0].length;
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
const LAID_OUT_NAMES: [RegExp, string][] = [
  [NAME_FIELD_VALUE, "a name in a name field, as a form, a label or a wristband gives a patient's"],
  [SURNAME_FIRST, "a name written surname first, as a wristband or a label prints a patient's"],
];

/**
 * The scanner's findings of a picture's text. A person's full name (or a surname after Mr, Mrs, Ms) that the
 * scanner could not place blocks here: a post's text says whose a name is, a whiteboard, a card or a
 * wristband does not, and OCR drops the few words that might have. Colleagues' names stay warnings. Names
 * laid out as pictures lay them out (a name field's value, a surname first in capitals) block too.
 */
export function scanPictureText(text: string, options: ScanOptions = {}): Finding[] {
  const written = asWritten(text);
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
  for (const [pattern, reason] of LAID_OUT_NAMES) {
    for (const match of written.text.matchAll(pattern)) {
      const { start, end } = toRead(match.index, match[0].length);
      const found = text.slice(start, end);
      if (allowed.some((term) => term.includes(found.toLowerCase()))) continue;
      const named = findings.find(
        (finding) => finding.category === 'name' && finding.start < end && start < finding.end,
      );
      if (!named) findings.push({ category: 'name', start, end, text: found, severity: 'block', reason });
      else if (named.severity !== 'block') Object.assign(named, { severity: 'block', reason });
    }
  }
  return findings.sort((a, b) => a.start - b.start);
}
