import { missedBy, missedReasons } from '../missed';
import type { Schedule } from '../rows';

const row = (overrides: Partial<Schedule> = {}): Schedule => ({
  id: 1,
  targetUid: 'plugin::social-compliance.social-post',
  targetDocumentId: 'doc1',
  targetLocale: 'en',
  action: 'publish',
  runAt: new Date('2027-03-14T16:00:00.000Z'),
  timeZone: 'America/New_York',
  status: 'claimed',
  claimOwner: 'here',
  leaseUntil: null,
  attempts: 1,
  nextAttemptAt: null,
  lastError: null,
  reasons: null,
  contentHash: 'h',
  scheduledById: 3,
  completedAt: null,
  maxLateness: null,
  ...overrides,
});

const at = (iso: string) => new Date(iso);

describe('a missed publish', () => {
  it('is one found later than the configured lateness; at the limit it still goes out', () => {
    expect(missedBy(row(), at('2027-03-14T18:00:00.000Z'), 7200)).toBeNull();
    expect(missedBy(row(), at('2027-03-14T18:00:00.001Z'), 7200)).toBe(7200);
  });

  it("takes the schedule's own lateness over the configured one", () => {
    expect(missedBy(row({ maxLateness: 600 }), at('2027-03-14T16:10:01Z'), 7200)).toBe(600);
    expect(missedBy(row({ maxLateness: 86_400 }), at('2027-03-14T20:00:00Z'), 7200)).toBeNull();
  });

  it('never applies to a take-down, which is never published late', () => {
    expect(missedBy(row({ action: 'unpublish' }), at('2027-03-20T00:00:00Z'), 7200)).toBeNull();
  });

  it("says when it was due on the editor's clock, how late it was found and what to do", () => {
    expect(missedReasons(row(), at('2027-03-14T16:45:00Z'), 600)).toEqual([
      {
        message:
          'Not published: the scheduler found it 45 minutes after 2027-03-14 12:00 America/New_York, later than the 10 minutes allowed. Publish it now or choose a new time.',
      },
    ]);
  });
});
