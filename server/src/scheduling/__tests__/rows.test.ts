import { auditedSchedule, fromRow, presentSchedule, scheduleTarget, whenText, whereTarget } from '../rows';

// DESIGN, scheduling: "a schedule row per post, locale and action, with the UTC instant and the IANA zone
// it was chosen in": read back from any database (dates as text, counts as text) and shown in its zone.
const row = {
  id: 4,
  targetUid: 'plugin::social-compliance.social-post',
  targetDocumentId: 'doc1',
  targetLocale: 'en',
  action: 'publish',
  runAt: '2027-03-14T16:00:00.000Z',
  timeZone: 'America/New_York',
  status: 'failed',
  claimOwner: null,
  leaseUntil: '2027-03-14T16:02:00.000Z',
  attempts: '2',
  nextAttemptAt: null,
  lastError: 'refused',
  reasons: [{ message: 'Attest it.' }],
  contentHash: 'h',
  scheduledById: 3,
  completedAt: '2027-03-14T16:00:05.000Z',
};

describe('a schedule row', () => {
  it('is read with its instants as dates and its attempts as a number, whatever the database gave', () => {
    const schedule = fromRow(row);
    expect(schedule.runAt).toEqual(new Date('2027-03-14T16:00:00.000Z'));
    expect(schedule.leaseUntil).toEqual(new Date('2027-03-14T16:02:00.000Z'));
    expect(schedule.completedAt).toEqual(new Date('2027-03-14T16:00:05.000Z'));
    expect(schedule.nextAttemptAt).toBeNull();
    expect(schedule.attempts).toBe(2);
    expect(schedule.reasons).toEqual([{ message: 'Attest it.' }]);
    const fresh = fromRow({
      ...row,
      leaseUntil: undefined,
      completedAt: null,
      attempts: null,
      reasons: undefined,
    });
    expect(fresh).toMatchObject({ leaseUntil: null, completedAt: null, attempts: 0, reasons: null });
  });

  it("keeps a schedule's own lateness as a number of seconds, and none when it has none (scheduler.maxLateness applies)", () => {
    expect(fromRow({ ...row, maxLateness: '600' }).maxLateness).toBe(600);
    expect(fromRow({ ...row, maxLateness: 86_400 }).maxLateness).toBe(86_400);
    expect(fromRow({ ...row, maxLateness: null }).maxLateness).toBeNull();
    expect(fromRow(row).maxLateness).toBeNull();
  });

  it('is shown with its instant in UTC and on the wall clock of its zone', () => {
    expect(presentSchedule(fromRow(row))).toEqual({
      id: 4,
      target: { uid: 'plugin::social-compliance.social-post', documentId: 'doc1', locale: 'en' },
      action: 'publish',
      status: 'failed',
      runAt: '2027-03-14T16:00:00.000Z',
      timeZone: 'America/New_York',
      local: expect.objectContaining({ local: '2027-03-14T12:00' }),
      attempts: 2,
      nextAttemptAt: null,
      lastError: 'refused',
      reasons: [{ message: 'Attest it.' }],
      completedAt: '2027-03-14T16:00:05.000Z',
      // No lateness of its own: the scheduler's maxLateness applies.
      maxLateness: null,
    });
    const pending = presentSchedule(
      fromRow({ ...row, reasons: null, completedAt: null, nextAttemptAt: '2027-03-14T16:00:30.000Z' }),
    );
    expect(pending).toMatchObject({
      reasons: [],
      completedAt: null,
      nextAttemptAt: '2027-03-14T16:00:30.000Z',
    });
  });

  it('names its target, is found by it, and says in the audit trail what was scheduled when', () => {
    const schedule = fromRow(row);
    const target = { uid: 'plugin::social-compliance.social-post', documentId: 'doc1', locale: 'en' };
    expect(scheduleTarget(schedule)).toEqual(target);
    expect(whereTarget(target)).toEqual({
      targetUid: 'plugin::social-compliance.social-post',
      targetDocumentId: 'doc1',
      targetLocale: 'en',
    });
    expect(auditedSchedule(schedule)).toEqual({
      scheduleId: 4,
      scheduled: 'publish',
      runAt: '2027-03-14T16:00:00.000Z',
      timeZone: 'America/New_York',
    });
    expect(whenText(schedule.runAt, schedule.timeZone)).toBe('2027-03-14 12:00 America/New_York');
  });
});
