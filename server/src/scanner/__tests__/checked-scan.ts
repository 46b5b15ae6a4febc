// What the scanner tests share: a scan that also checks the offsets contract on every call.
import { scan } from '../index';
import type { Category, Finding, ScanOptions } from '../types';

export const RIVERBEND: ScanOptions = {
  allow: {
    domains: ['riverbendhealth.org'],
    emails: ['media@riverbendhealth.org'],
    phones: ['(541) 555-0100', '1-866-555-0134'],
    terms: ['Riverbend Regional Medical Center', 'Riverbend', '1400 Larkspur Avenue', 'Millbrook, OR 97321'],
  },
};

export function scanChecked(text: string, options: ScanOptions = RIVERBEND): Finding[] {
  const findings = scan(text, options);
  for (const finding of findings) expect(text.slice(finding.start, finding.end)).toBe(finding.text);
  return findings;
}

/** The texts the scanner blocks in that category. */
export function blocked(text: string, category: Category, options?: ScanOptions): string[] {
  return scanChecked(text, options)
    .filter((finding) => finding.category === category && finding.severity === 'block')
    .map((finding) => finding.text);
}

/** The texts the scanner reports in that category, whatever the severity. */
export function reported(text: string, category: Category, options?: ScanOptions): Finding[] {
  return scanChecked(text, options).filter((finding) => finding.category === category);
}
