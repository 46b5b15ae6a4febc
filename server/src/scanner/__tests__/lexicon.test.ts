import { scan } from '../index';

const lexicon = [
  { term: 'lawsuit', severity: 'block' as const, reason: 'legal matters go through the legal team' },
  { term: 'union negotiations', severity: 'warn' as const },
];

describe('off-limits topics', () => {
  it('reports each term as a whole word, in any case, with its own severity and reason', () => {
    const text = 'No comment on the LAWSUIT or on Union  Negotiations; lawsuits are not our topic.';
    const findings = scan(text, { lexicon });
    expect(findings.map((finding) => [finding.category, finding.text, finding.severity])).toEqual([
      ['lexicon', 'LAWSUIT', 'block'],
      ['lexicon', 'Union  Negotiations', 'warn'],
    ]);
    expect(findings[0].reason).toBe('legal matters go through the legal team');
    expect(findings[1].reason).toMatch(/union negotiations.*off-limits/);
  });

  it('does not report a term the organisation allows', () => {
    const text = 'Our Lawsuit Prevention Clinic opens Monday.';
    const options = { lexicon, allow: { terms: ['Lawsuit Prevention Clinic'] } };
    expect(scan(text, options)).toEqual([]);
    expect(scan(text, { lexicon }).map((finding) => finding.text)).toEqual(['Lawsuit']);
  });
});
