// "Winters, Jordan (DOB 2/2/1990)": a name written as in a record, last name first, before a record keyword.
import { isAllowed, makeFinding, type ScanContext } from '../context';
import type { Finding } from '../types';
import { NOT_A_NAME } from '../words/not-a-name';

const RECORD_STYLE_NAME =
  /(\p{Lu}[\p{Ll}'’-]+),[ \t]+(\p{Lu}[\p{Ll}'’-]+)(?=\s*(?:[—–(:-]\s*)?(?:DOB|D\.O\.B|MRN|MR#|DOS\b|age\b))/gu;
const RECORD_KEYWORD = /\b(?:DOB|D\.O\.B|MRN|MR#|DOS|age)\b/;

const REASON =
  "a patient's name written as in a record (last, first) next to a date of birth or record number";

export function findRecordStyleNames(ctx: ScanContext): Finding[] {
  const findings: Finding[] = [];
  if (!RECORD_KEYWORD.test(ctx.text)) return findings;
  for (const match of ctx.text.matchAll(RECORD_STYLE_NAME)) {
    const [, last, first] = match;
    if (NOT_A_NAME.has(last.toLowerCase()) || NOT_A_NAME.has(first.toLowerCase())) continue;
    if (isAllowed(ctx, match.index, match.index + match[0].length)) continue;
    findings.push(makeFinding(ctx, 'name', match.index, match.index + match[0].length, 'block', REASON));
  }
  return findings;
}
