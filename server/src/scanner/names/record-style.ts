// "Winters, Jordan (DOB 2/2/1990)": a name written as in a record, last name first, before a record keyword.
import { isAllowed, makeFinding, matchesOf, type ScanContext } from '../context';
import type { Finding } from '../types';
import { NOT_A_NAME } from '../words/not-a-name';
import { isKnownNameWord } from './known-names';

// Read backwards from each record keyword, so the text is searched for the few keywords and not for every
// capitalised pair.
const RECORD_KEYWORD = /\b(?:DOB|D\.O\.B|MRN|MR#|DOS\b|age\b)/g;
const RECORD_STYLE_NAME_BEFORE = /(\p{Lu}[\p{Ll}'’-]+),[ \t]+(\p{Lu}[\p{Ll}'’-]+)\s*(?:[—–(:-]\s*)?$/u;

const REASON =
  "a patient's name written as in a record (last, first) next to a date of birth or record number";

// "Bed 12: Jones, Harold", "Pt name: Okafor, Ngozi", "Room 4 - GARCIA, MARIA": a record's label, then a name last
// name first (its words capitalised, or in capitals). Without the label a word and a comma before a name is
// prose ("Thank you, Maria"). After a patient's label one of the two words must be a name the lists know,
// after a bed's or a room's both ("Room A: Yoga, Pilates" is a timetable).
const RECORD_LABEL =
  /\b(?:(patient(?:'s| name)?|pt(?: name)?)|bed\s*#?\s*[A-Z0-9]{1,4}|room\s*#?\s*[A-Z0-9]{1,5}|rm\.?\s*#?\s*[A-Z0-9]{1,5})\s*[:\-–—]\s*/gi;
const NAME_LAST_FIRST_AT =
  /(\p{Lu}[\p{Ll}'’-]+|\p{Lu}{2,}(?:['’-]\p{Lu}+)*),[ \t]+(\p{Lu}[\p{Ll}'’-]+|\p{Lu}{2,}(?:['’-]\p{Lu}+)*)(?![\p{L}\p{M}])/uy;
const LABELLED_REASON = "a patient's name written as in a record (last, first) after a record's label";

function lastFirstName(
  ctx: ScanContext,
  start: number,
  last: string,
  first: string,
  reason: string,
): Finding | null {
  if (NOT_A_NAME.has(last.toLowerCase()) || NOT_A_NAME.has(first.toLowerCase())) return null;
  const end = ctx.text.indexOf(first, start + last.length) + first.length;
  return isAllowed(ctx, start, end) ? null : makeFinding(ctx, 'name', start, end, 'block', reason);
}

export function findRecordStyleNames(ctx: ScanContext): Finding[] {
  const findings: Finding[] = [];
  for (const keyword of matchesOf(RECORD_KEYWORD, ctx.text)) {
    const from = Math.max(0, keyword.index - 80);
    const match = RECORD_STYLE_NAME_BEFORE.exec(ctx.text.slice(from, keyword.index));
    if (!match) continue;
    const found = lastFirstName(ctx, from + match.index, match[1], match[2], REASON);
    if (found) findings.push(found);
  }
  for (const label of matchesOf(RECORD_LABEL, ctx.text)) {
    NAME_LAST_FIRST_AT.lastIndex = label.index + label[0].length;
    const match = NAME_LAST_FIRST_AT.exec(ctx.text);
    if (!match) continue;
    const [, last, first] = match;
    const known = [last, first].filter((word) => isKnownNameWord(word.toLowerCase())).length;
    if (known < (label[1] ? 1 : 2)) continue;
    const found = lastFirstName(ctx, match.index, last, first, LABELLED_REASON);
    if (found) findings.push(found);
  }
  return findings;
}
