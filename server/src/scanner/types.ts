// The scanner's public shapes: what a check, the gate and the CLI read.
import type { Severity } from '../../../shared/constants';

export type { Severity };

export type Category =
  | 'name'
  | 'address'
  | 'zip'
  | 'date'
  | 'age'
  | 'phone'
  | 'fax'
  | 'email'
  | 'ssn'
  | 'mrn'
  | 'health-plan'
  | 'account'
  | 'license'
  | 'vehicle'
  | 'device'
  | 'url'
  | 'ip'
  | 'lexicon';

export interface Finding {
  category: Category;
  /** Offset of the first character in the scanned text. */
  start: number;
  /** Offset just past the last character: `text === input.slice(start, end)`. */
  end: number;
  text: string;
  severity: Severity;
  reason: string;
}

export interface LexiconTerm {
  term: string;
  severity: Severity;
  reason?: string;
}

export interface ScanAllowList {
  /** The organisation's own domains; their subdomains are allowed too. */
  domains?: string[];
  emails?: string[];
  phones?: string[];
  /** Names, addresses and phrases of the organisation that are never findings. */
  terms?: string[];
}

export interface ScanOptions {
  allow?: ScanAllowList;
  /** The policy's off-limits topics, matched as whole words regardless of case. */
  lexicon?: LexiconTerm[];
  /** Regular expression sources of the organisation's medical record number formats. */
  mrnPatterns?: string[];
  /** libphonenumber country for numbers written without a country code; 'US' by default. */
  defaultCountry?: string;
}
