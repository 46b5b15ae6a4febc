// The policy's off-limits topics (rule 4): whole words, any case, each with the severity the policy gives it.
import { isAllowed, makeFinding, matchesOf, phrasePattern, type ScanContext } from './context';
import type { Finding, LexiconTerm } from './types';

export function findLexiconTerms(ctx: ScanContext): Finding[] {
  const findings: Finding[] = [];
  for (const entry of ctx.options.lexicon ?? []) {
    if (!entry.term.trim()) continue;
    for (const match of matchesOf(phrasePattern(entry.term), ctx.text)) {
      const start = match.index;
      const end = start + match[0].length;
      if (isAllowed(ctx, start, end)) continue;
      findings.push(makeFinding(ctx, 'lexicon', start, end, entry.severity, lexiconReason(entry)));
    }
  }
  return findings;
}

function lexiconReason(entry: LexiconTerm): string {
  return entry.reason?.trim() || `"${entry.term}" is an off-limits topic in the social media policy`;
}
