// Rule 9: patient confidentiality, checked by machine: the scanner's findings of the 18 HIPAA
// identifiers block publishing unless a reviewer overrode that exact finding with a reason.
import { fingerprint } from '../scanner';
import type { CheckResult, FieldScan, FindingOverride, PhiFinding } from './types';

const RULE = 9;

/** Every PHI finding of a post, with its fingerprint and the override that covers it, if any. */
export const phiFindings = (scans: FieldScan[], overrides: FindingOverride[] = []): PhiFinding[] =>
  scans.flatMap(({ path, text, findings }) =>
    findings
      .filter((finding) => finding.category !== 'lexicon')
      .map((finding) => {
        const id = fingerprint(finding, text);
        return {
          path,
          fingerprint: id,
          category: finding.category,
          text: finding.text,
          severity: finding.severity,
          reason: finding.reason,
          start: finding.start,
          end: finding.end,
          override: overrides.find((override) => override.fingerprint === id),
        };
      }),
  );

export const checkPhi = (findings: PhiFinding[]): CheckResult[] => {
  const results: CheckResult[] = findings.map((finding) => {
    if (finding.override) {
      return {
        id: 'phi.overridden',
        rule: RULE,
        status: 'warn',
        message: `"${finding.text}" (${finding.category}) was allowed by ${finding.override.userLabel ?? 'a reviewer'}: ${finding.override.reason}`,
        path: finding.path,
      };
    }
    return {
      id: finding.severity === 'block' ? 'phi.identifier' : 'phi.possible',
      rule: RULE,
      status: finding.severity === 'block' ? 'fail' : 'warn',
      message:
        finding.severity === 'block'
          ? `"${finding.text}" looks like patient information (${finding.category}: ${finding.reason}). Remove it, or ask a reviewer to override it with a reason.`
          : `Check "${finding.text}" (${finding.category}): ${finding.reason}`,
      path: finding.path,
    };
  });
  return results.length
    ? results
    : [{ id: 'phi', rule: RULE, status: 'pass', message: 'No patient identifiers in the text.' }];
};
