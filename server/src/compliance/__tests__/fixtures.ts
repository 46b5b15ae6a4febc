import { contentHash } from '../content-hash';
import { DEFAULT_POLICY, type Policy } from '../policy';
import type { ComplianceRecordSnapshot, PostSnapshot } from '../types';

export const NOW = new Date('2026-11-29T12:00:00Z');

export const policy = (overrides: Partial<Policy> = {}): Policy => ({
  ...DEFAULT_POLICY,
  version: 3,
  copyrightLine: '© Riverside Health',
  allow: {
    domains: ['riverside-health.example'],
    emails: [],
    phones: ['+1 555 010 4400'],
    terms: ['Riverside Health'],
  },
  ...overrides,
});

/** A post that passes every check once attested and approved. */
export const post = (overrides: Partial<PostSnapshot> = {}): PostSnapshot => ({
  uid: 'plugin::social-compliance.social-post',
  documentId: 'doc1',
  locale: 'en',
  title: 'Flu clinic on Saturday',
  body: 'Free flu vaccinations at the main atrium this Saturday from 9am. No appointment needed.',
  category: 'event',
  channels: ['x', 'facebook'],
  media: [],
  attributions: [
    {
      kind: 'text',
      licence: 'own-work',
      rightsHolder: 'Riverside Health',
      creditLine: '© Riverside Health',
    },
  ],
  template: null,
  templateValues: {},
  qa: [],
  authorId: 1,
  ...overrides,
});

/** The record of a post attested by its author (1) and approved by a reviewer (2). */
export const record = (snapshot: PostSnapshot, wordingVersion = 1): ComplianceRecordSnapshot => {
  const hash = contentHash(snapshot);
  return {
    submittedById: 1,
    attestation: { userId: 1, at: '2026-11-28T10:00:00Z', wordingVersion, contentHash: hash },
    approvals: [
      {
        userId: 2,
        at: '2026-11-28T11:00:00Z',
        contentHash: hash,
        policyVersion: 3,
        policyOwner: 'Head of Comms',
      },
    ],
    overrides: [],
  };
};
