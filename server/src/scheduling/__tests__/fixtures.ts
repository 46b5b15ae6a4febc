import type { Schedule } from '../rows';

export const POST = 'plugin::social-compliance.social-post';

/** The post the fixture's schedule is for, as a report names it. */
export const TARGET = { uid: POST, documentId: 'doc1', locale: 'en' };

/**
 * A publish of `doc1` (en) chosen for 12:00 in New York on 14 March 2027 (16:00 UTC, EDT), as the scheduler
 * holds it after three attempts.
 */
export const scheduleRow = (overrides: Partial<Schedule> = {}): Schedule => ({
  id: 7,
  targetUid: POST,
  targetDocumentId: 'doc1',
  targetLocale: 'en',
  action: 'publish',
  runAt: new Date('2027-03-14T16:00:00.000Z'),
  timeZone: 'America/New_York',
  status: 'claimed',
  claimOwner: 'here',
  leaseUntil: null,
  attempts: 3,
  nextAttemptAt: null,
  lastError: 'refused',
  reasons: null,
  contentHash: 'hash-1',
  scheduledById: 3,
  completedAt: null,
  maxLateness: null,
  ...overrides,
});
