// The text read from a picture, scanned as a picture's text: OCR gets the case of some letters wrong, and a
// picture has few words around a name to say whose it is. Pure (no Tesseract, no Strapi): the gate's check
// and the reading route both scan pictures through here.
import { scan } from '../scanner';
import type { Finding, ScanOptions } from '../scanner/types';

// Letters whose capital is the small letter drawn larger: OCR often reads "Chloe" as "chloe".
const SAME_SHAPE_LOWER_FIRST = /(?<![\p{L}\p{N}])([ckopsuvwxz])(\p{Ll}+)(?=[ ,]+\p{Lu}\p{Ll})/gu;

/**
 * A lower-case word that starts with a same-shape letter and stands right before a capitalised word
 * ("chloe Herrera", "patrick Whitaker") is given its capital back. The length never changes, so every
 * offset, and every word's box, still holds.
 */
export const restoreCapitals = (text: string): string =>
  text.replace(SAME_SHAPE_LOWER_FIRST, (_, first: string, rest: string) => first.toUpperCase() + rest);

// The scanner's reason for a person's name that nothing around it places (not a colleague's).
const UNPLACED = /^a person's name: is this a patient\?$/;
const HONORIFIC = /\b(?:mr|mrs|ms|miss|mx)\.?[\s:]*$/i;
const PICTURE_NAME =
  "a person's name in a picture: a photo rarely shows whose it is, so it is treated as a patient's";

/**
 * The scanner's findings of a picture's text. A person's full name (or a surname after Mr, Mrs, Ms) that the
 * scanner could not place blocks here: a post's text says whose a name is, a whiteboard, a card or a
 * wristband does not, and OCR drops the few words that might have. Colleagues' names stay warnings.
 */
export function scanPictureText(text: string, options: ScanOptions = {}): Finding[] {
  return scan(restoreCapitals(text), options).map((finding) => {
    const read = { ...finding, text: text.slice(finding.start, finding.end) };
    if (finding.category !== 'name' || finding.severity !== 'warn' || !UNPLACED.test(finding.reason))
      return read;
    const fullName = /\p{L}[\s,]+\p{L}/u.test(finding.text.trim());
    const honoured = HONORIFIC.test(text.slice(Math.max(0, finding.start - 6), finding.start));
    return fullName || honoured ? { ...read, severity: 'block' as const, reason: PICTURE_NAME } : read;
  });
}
