import type { ImageReading } from '../image-text';
import type { FindingOverride } from '../types';
import { NOW } from './fixtures';

// The pictures of a post as the image-text check receives them, and a reviewer's override of one of their
// findings: shared by image-text.test.ts and image-text-messages.test.ts.

/** The text read from the post's first picture (ward-team.jpg unless named). */
export const read = (text: string, name = 'ward-team.jpg'): ImageReading => ({
  path: 'media.0',
  name,
  status: 'read',
  contentHash: 'abc',
  text,
});

/** A picture that could not be read: its content hash is known, its text is not. */
export const unreadable = (overrides: Partial<ImageReading> = {}): ImageReading => ({
  path: 'media.1',
  name: 'scan.jpg',
  status: 'failed',
  contentHash: 'f00',
  reason: 'the picture is damaged',
  ...overrides,
});

/** A reviewer (user 2) allowing the finding with this fingerprint, with a reason. */
export const override = (fingerprint: string, overrides: Partial<FindingOverride> = {}): FindingOverride => ({
  fingerprint,
  userId: 2,
  at: NOW.toISOString(),
  reason: 'Consent on file, ref. PC-2026-114',
  category: 'name',
  text: 'Maria Gonzalez',
  ...overrides,
});
