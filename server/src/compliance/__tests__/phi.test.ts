import { fingerprint } from '../../scanner';
import type { Finding } from '../../scanner/types';
import { checkPhi, phiFindings } from '../phi';
import type { FieldScan, FindingOverride } from '../types';

// Rule 9, "be clear that staff cannot release confidential information about patients ... without
// authority": a finding of the scanner blocks publishing unless a reviewer overrode that exact finding
// with a reason (the authority); a possible identifier only warns; off-limits terms are rule 4's.
const text = 'Get well soon, Jane Doe, from Ward 7. Call 555 0100.';
const finding = (fragment: string, category: Finding['category'], severity: Finding['severity']): Finding => {
  const start = text.indexOf(fragment);
  return { category, start, end: start + fragment.length, text: fragment, severity, reason: `a ${category}` };
};
const name = finding('Jane Doe', 'name', 'block');
const phone = finding('555 0100', 'phone', 'warn');
const topic = finding('Ward', 'lexicon', 'block');
const scans: FieldScan[] = [{ path: 'body', text, findings: [name, phone, topic] }];
const override = (of: Finding, userLabel?: string): FindingOverride => ({
  fingerprint: fingerprint(of, text),
  userId: 2,
  ...(userLabel ? { userLabel } : {}),
  at: '2026-11-28T10:00:00Z',
  reason: 'Consent on file, ref. PC-2026-114',
  category: of.category,
  text: of.text,
});

describe('patient information (rule 9)', () => {
  it('lists every finding but off-limits terms, with where it is, its fingerprint and its override', () => {
    const [first, second, ...rest] = phiFindings(scans, [override(name)]);
    expect(rest).toEqual([]);
    expect(first).toEqual({
      path: 'body',
      fingerprint: fingerprint(name, text),
      category: 'name',
      text: 'Jane Doe',
      severity: 'block',
      reason: 'a name',
      start: 15,
      end: 23,
      override: override(name),
    });
    expect(second).toMatchObject({ category: 'phone', text: '555 0100', override: undefined });
    expect(phiFindings(scans)[0].override).toBeUndefined();
  });

  it('fails a blocking finding, asking to remove it or have it overridden', () => {
    expect(checkPhi(phiFindings(scans)).filter((check) => check.status === 'fail')).toEqual([
      {
        id: 'phi.identifier',
        rule: 9,
        status: 'fail',
        message:
          '"Jane Doe" looks like patient information (name: a name). Remove it, or ask a reviewer to override it with a reason.',
        path: 'body',
      },
    ]);
  });

  it('warns on a possible identifier', () => {
    expect(checkPhi(phiFindings(scans))[1]).toEqual({
      id: 'phi.possible',
      rule: 9,
      status: 'warn',
      message: 'Check "555 0100" (phone): a phone',
      path: 'body',
    });
  });

  it('turns a finding a reviewer overrode into a warning naming the reviewer and the reason', () => {
    const [overridden] = checkPhi(phiFindings(scans, [override(name, 'Rita Reviewer')]));
    expect(overridden).toEqual({
      id: 'phi.overridden',
      rule: 9,
      status: 'warn',
      message: '"Jane Doe" (name) was allowed by Rita Reviewer: Consent on file, ref. PC-2026-114',
      path: 'body',
    });
    expect(checkPhi(phiFindings(scans, [override(name)]))[0].message).toBe(
      '"Jane Doe" (name) was allowed by a reviewer: Consent on file, ref. PC-2026-114',
    );
  });

  it('does not let an override of one finding cover another', () => {
    const other = { ...override(name), fingerprint: 'f'.repeat(16) };
    expect(checkPhi(phiFindings(scans, [other]))[0]).toMatchObject({ id: 'phi.identifier', status: 'fail' });
  });

  it('passes a post without findings', () => {
    const expected = [{ id: 'phi', rule: 9, status: 'pass', message: 'No patient identifiers in the text.' }];
    expect(checkPhi([])).toEqual(expected);
    expect(checkPhi(phiFindings([{ path: 'title', text: 'Ward', findings: [topic] }]))).toEqual(expected);
  });
});
