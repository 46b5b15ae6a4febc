// Rule 4: publicly private: the topics the policy puts off limits, each term warning or blocking.
import type { CheckResult, FieldScan } from './types';

const RULE = 4;

export const checkRestrictedTopics = (scans: FieldScan[]): CheckResult[] => {
  const results: CheckResult[] = scans.flatMap(({ path, findings }) =>
    findings
      .filter((finding) => finding.category === 'lexicon')
      .map((finding) => ({
        id: 'topics.off-limits',
        rule: RULE,
        status: finding.severity === 'block' ? ('fail' as const) : ('warn' as const),
        message:
          finding.severity === 'block'
            ? `"${finding.text}" is an off-limits topic: ${finding.reason} Remove it before publishing.`
            : `"${finding.text}" is a sensitive topic: ${finding.reason}`,
        path,
      })),
  );
  return results.length
    ? results
    : [{ id: 'topics', rule: RULE, status: 'pass', message: 'Mentions no off-limits topic.' }];
};
