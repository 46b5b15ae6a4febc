// "Winters, Jordan (DOB 2/2/1990)": a name written as in a record, last name first, before a record keyword.
import { isAllowed, makeFinding, matchesOf, type ScanContext } from '../context';
import type { Finding } from '../types';
import { NOT_A_NAME } from '../words/not-a-name';

// Read backwards from each record keyword, so the text is searched for the few keywords and not for every
// capitalised pair.
const RECORD_KEYWORD = /\b(?:DOB|D\.O\.B|MRN|MR#|DOS\b|age\b)/g;
const RECORD_STYLE_NAME_BEFORE = /(\p{Lu}[\p{Ll}'’-]+),[ \t]+(\p{Lu}[\p{Ll}'’-]+)\s*(?:[—–(:-]\s*)?$/u;

const REASON =
  "a patient's name written as in a record (last, first) next to a date of birth or record number";

export function findRecordStyleNames(ctx: ScanContext): Finding[] {
  const findings: Finding[] = [];
  for (const keyword of matchesOf(RECORD_KEYWORD, ctx.text)) {
    const from = Math.max(0, keyword.index - 80);
    const match = RECORD_STYLE_NAME_BEFORE.exec(ctx.text.slice(from, keyword.index));
    if (!match) continue;
    const [, last, first] = match;
    if (NOT_A_NAME.has(last.toLowerCase()) || NOT_A_NAME.has(first.toLowerCase())) continue;
    const start = from + match.index;
    const end = start + match[0].indexOf(first, last.length) + first.length;
    if (isAllowed(ctx, start, end)) continue;
    findings.push(makeFinding(ctx, 'name', start, end, 'block', REASON));
  }
  return findings;
}
