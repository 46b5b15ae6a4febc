// "#JaxonStrong", "#PrayForAva": a support hashtag built on a patient's first name.
import { makeFinding, matchesOf, type ScanContext } from '../context';
import type { Finding } from '../types';
import { NOT_A_NAME } from '../words/not-a-name';

const PATIENT_HASHTAG =
  /#(?:(?:PrayFor|Pray4|PrayingFor|Team|Love4|LoveFor)(\p{Lu}\p{Ll}+)|(\p{Lu}\p{Ll}+)(?:Strong|Fights|Fight|Warrior|Tough|Army|sJourney|Journey|Brave))\b/gu;

const REASON = "a support hashtag carrying a patient's name";

export function findPatientHashtags(ctx: ScanContext): Finding[] {
  const findings: Finding[] = [];
  for (const match of matchesOf(PATIENT_HASHTAG, ctx.text)) {
    const name = match[1] ?? match[2];
    if (NOT_A_NAME.has(name.toLowerCase())) continue;
    findings.push(makeFinding(ctx, 'name', match.index, match.index + match[0].length, 'block', REASON));
  }
  return findings;
}
