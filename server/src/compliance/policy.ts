// The policy as plain data (rule 2): what the policy owner configures and every check reads.
import type { LexiconTerm } from '../scanner/types';

export interface ChannelPolicy {
  label: string;
  maxLength: number;
  /** A staff member's own channel: the post must carry the disclaimer (rule 6). */
  personal?: boolean;
}

export interface CategoryPolicy {
  requiresTemplate?: boolean;
  requiresQa?: boolean;
}

export interface Policy {
  version: number;
  owner: string;
  attestation: { version: number; wording: string };
  lexicon: LexiconTerm[];
  categories: Record<string, CategoryPolicy>;
  channels: Record<string, ChannelPolicy>;
  approvalsRequired: number;
  disclaimer: string;
  /** The organisation's own contact points: never reported as patient information. */
  allow: { domains: string[]; emails: string[]; phones: string[]; terms: string[] };
  mrnPatterns: string[];
  copyrightLine: string;
}

export type PolicySettings = Omit<Policy, 'version'>;

export const DEFAULT_POLICY: PolicySettings = {
  owner: 'Head of Communications',
  attestation: {
    version: 1,
    wording:
      'I confirm that this post contains no information that could identify a patient (no names, dates, ' +
      'photos, record numbers or other identifiers), unless the patient has given written consent recorded ' +
      'with the privacy office, and that I have the authority to release everything it says.',
  },
  lexicon: [],
  categories: {},
  channels: {
    x: { label: 'X', maxLength: 280 },
    linkedin: { label: 'LinkedIn', maxLength: 3000 },
    facebook: { label: 'Facebook', maxLength: 63206 },
    instagram: { label: 'Instagram', maxLength: 2200 },
    threads: { label: 'Threads', maxLength: 500 },
  },
  approvalsRequired: 1,
  disclaimer: 'Views are my own and not those of my employer.',
  allow: { domains: [], emails: [], phones: [], terms: [] },
  mrnPatterns: [],
  copyrightLine: '',
};
