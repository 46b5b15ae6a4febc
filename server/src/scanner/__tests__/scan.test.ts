import { scan } from '../index';

describe('scan', () => {
  it('returns findings in text order whose offsets index the input', () => {
    const text =
      'Pt: Harold Jenkins DOB 04/17/1958 MRN 00729841 — email tgrady1962@gmail.com 😬 call 541-382-6619';
    const findings = scan(text);
    expect(findings.map((finding) => finding.category)).toEqual(['name', 'date', 'mrn', 'email', 'phone']);
    for (const finding of findings) expect(text.slice(finding.start, finding.end)).toBe(finding.text);
    expect(findings.every((finding) => finding.severity === 'block' && finding.reason.length > 0)).toBe(true);
  });

  it('finds nothing in a clean post', () => {
    const text =
      'October is Breast Cancer Awareness Month. Women 40 and older: book your mammogram at riverbendhealth.org.';
    expect(scan(text, { allow: { domains: ['riverbendhealth.org'] } })).toEqual([]);
  });

  it('never reports what lies inside an allowed term', () => {
    const text =
      'Visit the Millbrook Family Clinic, 200 Oak Street, Millbrook, OR 97321 — pray for our patients.';
    expect(
      scan(text, { allow: { terms: ['Millbrook Family Clinic, 200 Oak Street, Millbrook, OR 97321'] } }),
    ).toEqual([]);
  });

  it('reports a number once, under its most specific category', () => {
    const findings = scan('NHS no. 943 476 5919 for the visiting patient');
    expect(findings.map((finding) => [finding.category, finding.text])).toEqual([
      ['health-plan', '943 476 5919'],
    ]);
  });
});
