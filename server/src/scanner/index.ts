// The PHI and off-limits-topics scanner: pure, synchronous, no I/O, usable without Strapi.
import { findAddressesAndZipCodes } from './address-and-zip';
import { findContacts } from './contact';
import { createScanContext, SpanIndex } from './context';
import { findAges, findDates } from './dates-and-ages';
import { findIdentifiers } from './identifiers';
import { findLexiconTerms } from './lexicon';
import { findNames } from './names';
import { normalise } from './normalise';
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

/** Whether a finding of the same category and severity comes before `index` among `from..index`. */
function repeatsOneBefore(findings: Finding[], from: number, index: number): boolean {
  for (let other = from; other < index; other += 1) {
    if (
      findings[other].category === findings[index].category &&
      findings[other].severity === findings[index].severity
    )
      return true;
  }
  return false;
}

/**
 * Drops findings that lie inside a stronger one, and repeats of one found by two routes; lexicon findings
 * are a concern of their own and stay.
 */
function settle(findings: Finding[]): Finding[] {
  const bySpan = [...findings].sort((a, b) => a.start - b.start || a.end - b.end);
  // Read from `bySpan`, already in order of start: each index is built without a sorted copy of its own
  // (of spans with one start, it reads only the furthest end of all, so their order among them is no matter).
  const identifiers = bySpan.some((finding) => finding.category === 'lexicon')
    ? bySpan.filter((finding) => finding.category !== 'lexicon')
    : bySpan;
  // A longer finding outranks what it holds unless it only warns and that blocks.
  const longerOutranking = {
    warn: new SpanIndex(identifiers),
    block: new SpanIndex(identifiers.filter((finding) => finding.severity === 'block')),
  };
  // Which of `bySpan` are kept, by index: a list of flags, not a Set of the findings (no hash table per scan).
  const kept: boolean[] = new Array<boolean>(bySpan.length).fill(false);
  for (let first = 0; first < bySpan.length; ) {
    let last = first;
    while (
      last + 1 < bySpan.length &&
      bySpan[last + 1].start === bySpan[first].start &&
      bySpan[last + 1].end === bySpan[first].end
    ) {
      last += 1;
    }
    // Of the findings of one span: the first of each repeat, and of the identifiers only the strongest.
    let strongest = -1;
    for (let index = first; index <= last; index += 1) {
      const finding = bySpan[index];
      if (repeatsOneBefore(bySpan, first, index)) continue;
      if (finding.category === 'lexicon') kept[index] = true;
      else if (strongest === -1 || outranks(finding, bySpan[strongest])) strongest = index;
    }
    const strong = strongest === -1 ? undefined : bySpan[strongest];
    if (strong && !longerOutranking[strong.severity].coversLonger(strong.start, strong.end)) {
      kept[strongest] = true;
    }
    first = last + 1;
  }
  // In the order of `bySpan`, not of `findings`: the findings of one span stand in both as in `findings` (the
  // sort is stable), and the stable sort below orders findings of different spans by their span alone.
  const settled: Finding[] = [];
  for (let index = 0; index < bySpan.length; index += 1) if (kept[index]) settled.push(bySpan[index]);
  return settled.sort((a, b) => a.start - b.start || b.end - a.end);
}

/**
 * The longest text, in UTF-16 code units, that one scanned field (a body, a caption, an answer) may hold.
 * The plugin's schema and routes refuse longer ones; scan() itself reads any length in linear time.
 */
export const MAX_SCANNED_TEXT_LENGTH = 100_000;

export function scan(text: string, options: ScanOptions = {}): Finding[] {
  if (typeof text !== 'string') throw new TypeError('scan() reads a string');
  const normalised = normalise(text);
  const ctx = createScanContext(normalised.text, options);
  // Numbers and ages first: a name beside one is its owner's. Dates last: a date beside a patient is theirs.
  const numbersAndAges = [...findIdentifiers(ctx), ...findContacts(ctx), ...findAges(ctx)];
  const names = findNames(
    ctx,
    numbersAndAges.filter((finding) => finding.severity === 'block'),
  );
  const patients = names.filter((finding) => finding.severity === 'block');
  const findings = settle([
    ...numbersAndAges,
    ...names,
    ...findDates(ctx, patients),
    ...findAddressesAndZipCodes(ctx, patients),
    ...findLexiconTerms(ctx),
  ]);
  // The context is not read again: its tables serve the next scan.
  ctx.cuePlaces.release();
  if (normalised.text === text) return findings;
  return findings.map((finding) => {
    const { start, end } = normalised.original(finding.start, finding.end);
    // A finding read where it stands, from the same characters, is already as the copy would be.
    if (start === finding.start && end === finding.end && text.startsWith(finding.text, start))
      return finding;
    return { ...finding, start, end, text: text.slice(start, end) };
  });
}
