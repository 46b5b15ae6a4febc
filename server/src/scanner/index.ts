// The PHI and off-limits-topics scanner: pure, synchronous, no I/O, usable without Strapi.
import { findAddressesAndZipCodes } from './address-and-zip';
import { findContacts } from './contact';
import { createScanContext } from './context';
import { findAges, findDates } from './dates-and-ages';
import { findIdentifiers } from './identifiers';
import { findLexiconTerms } from './lexicon';
import { findNames } from './names';
import type { Category, Finding, ScanOptions } from './types';

export { fingerprint } from './fingerprint';
export type { Category, Finding, LexiconTerm, ScanAllowList, ScanOptions, Severity } from './types';

// When two findings cover the same text, the more specific one names it.
const SPECIFICITY: Category[] = [
  'ssn',
  'mrn',
  'health-plan',
  'account',
  'license',
  'vehicle',
  'device',
  'ip',
  'email',
  'url',
  'fax',
  'phone',
  'date',
  'age',
  'address',
  'zip',
  'name',
  'lexicon',
];

function outranks(a: Finding, b: Finding): boolean {
  if (a.severity !== b.severity) return a.severity === 'block';
  if (a.end - a.start !== b.end - b.start) return a.end - a.start > b.end - b.start;
  return SPECIFICITY.indexOf(a.category) < SPECIFICITY.indexOf(b.category);
}

function isSame(a: Finding, b: Finding): boolean {
  return a.start === b.start && a.end === b.end && a.category === b.category && a.severity === b.severity;
}

/**
 * Drops findings that lie inside a stronger one, and repeats of one found by two routes; lexicon findings
 * are a concern of their own and stay.
 */
function settle(findings: Finding[]): Finding[] {
  const kept = findings.filter(
    (finding, index) =>
      !findings.slice(0, index).some((earlier) => isSame(earlier, finding)) &&
      (finding.category === 'lexicon' ||
        !findings.some(
          (other) =>
            other !== finding &&
            other.category !== 'lexicon' &&
            other.start <= finding.start &&
            finding.end <= other.end &&
            outranks(other, finding),
        )),
  );
  return kept.sort((a, b) => a.start - b.start || b.end - a.end);
}

export function scan(text: string, options: ScanOptions = {}): Finding[] {
  if (typeof text !== 'string') throw new TypeError('scan() reads a string');
  const ctx = createScanContext(text, options);
  // Numbers and ages first: a name beside one is its owner's. Dates last: a date beside a patient is theirs.
  const numbersAndAges = [...findIdentifiers(ctx), ...findContacts(ctx), ...findAges(ctx)];
  const names = findNames(
    ctx,
    numbersAndAges.filter((finding) => finding.severity === 'block'),
  );
  const patients = names.filter((finding) => finding.severity === 'block');
  return settle([
    ...numbersAndAges,
    ...names,
    ...findDates(ctx, patients),
    ...findAddressesAndZipCodes(ctx, patients),
    ...findLexiconTerms(ctx),
  ]);
}
