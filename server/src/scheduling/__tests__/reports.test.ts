import { reportFailure } from '../failure';
import { reportMissed } from '../missed';
import type { Reason } from '../../../../shared/contracts/compliance';
import type { Schedule } from '../rows';
import type { ScheduleStore } from '../store';
import { scheduleRow, TARGET } from './fixtures';

// Rule 10, "always liaise with the central support team about corporate online activities", and DESIGN,
// scheduling: a publish refused for good is "`schedule-failed` audited, the policy owner e-mailed, review
// state back to `approved`"; one found too late after downtime is "audited as `schedule-missed`, the review
// state goes back to `approved`, and the post's author and the policy owner are e-mailed". Each way of
// telling is tried on its own: one that fails does not stop the others. The services are plain fakes; on a
// real Strapi the same reports are tests/integration/scheduling.test.ts.
const REASONS: Reason[] = [
  { message: 'Attest it.' },
  { message: 'Add the credit line.', check: 'attribution.incomplete' },
];
const NOW = new Date('2027-03-14T19:00:00.000Z');
const MISSED = [{ message: 'Not published: the scheduler found it 3 hours after …' }];

/** Fakes that record what was asked of them; `broken` names the steps that throw. */
const setUp = ({
  broken = [] as string[],
  title = 'Flu clinic' as string | null,
  author = 11 as number | null,
} = {}) => {
  const calls: [string, unknown][] = [];
  const errors: string[] = [];
  const step =
    (name: string, value?: unknown) =>
    async (...args: unknown[]) => {
      calls.push([name, args.length === 1 ? args[0] : args]);
      if (broken.includes(name)) throw new Error(`${name} is down`);
      return value;
    };
  const services: Record<string, unknown> = {
    audit: { append: step('audit') },
    notifications: { scheduleFailed: step('scheduleFailed'), scheduleMissed: step('scheduleMissed') },
    snapshot: { load: step('snapshot', title === null ? null : { title }) },
    records: { find: step('records', author === null ? null : { authorId: author }) },
  };
  const strapi = {
    plugin: () => ({ service: (name: string) => services[name] }),
    log: { error: (message: string) => errors.push(message) },
  };
  const store = { setReviewState: step('setReviewState') } as unknown as ScheduleStore;
  const fakes = { strapi: strapi as never, store };
  return {
    calls,
    errors,
    /** The scheduler reports the fixture's schedule failed for good, with REASONS. */
    reportFailed: (overrides: Partial<Schedule> = {}) =>
      reportFailure(fakes.strapi, fakes.store, {
        row: scheduleRow({ status: 'failed', ...overrides }),
        reasons: REASONS,
        actorLabel: 'scheduler',
      }),
    /** The scheduler finds the fixture's publish at NOW, three hours late where two are allowed. */
    reportMissedAtNow: () =>
      reportMissed(fakes.strapi, fakes.store, {
        row: scheduleRow({ status: 'missed' }),
        now: NOW,
        allowed: 7200,
        reasons: MISSED,
        actorLabel: 'scheduler',
      }),
  };
};

const named = (calls: [string, unknown][], name: string) =>
  calls.filter(([called]) => called === name).map(([, args]) => args);

/** An audit event of the scheduler about the fixture's schedule: what every such event says, and `details`. */
const scheduleEvent = (action: string, details: Record<string, unknown>) => ({
  action,
  actorLabel: 'scheduler',
  target: TARGET,
  contentHash: 'hash-1',
  details: {
    scheduleId: 7,
    scheduled: 'publish',
    runAt: '2027-03-14T16:00:00.000Z',
    timeZone: 'America/New_York',
    ...details,
  },
});

/** The e-mail's time: the editor's wall clock and zone, then UTC. */
const RUN_AT = '2027-03-14 12:00 America/New_York (2027-03-14T16:00:00.000Z)';

/** What the log names for each way of telling, when it fails. */
const WAY = {
  audit: 'its audit event',
  scheduleFailed: 'its e-mail',
  scheduleMissed: 'its e-mail',
  setReviewState: 'its review state',
};

describe('a schedule that failed for good (rule 10)', () => {
  it('is audited as schedule-failed with its schedule, attempts and reasons, and the policy owner is e-mailed', async () => {
    const { reportFailed, calls, errors } = setUp();
    await reportFailed();
    expect(named(calls, 'audit')).toEqual([
      scheduleEvent('schedule-failed', { attempts: 3, reasons: REASONS }),
    ]);
    expect(named(calls, 'scheduleFailed')).toEqual([
      { target: TARGET, title: 'Flu clinic', reasons: ['Attest it.', 'Add the credit line.'], runAt: RUN_AT },
    ]);
    expect(named(calls, 'setReviewState')).toEqual([[TARGET, 'scheduled', 'approved']]);
    expect(errors).toEqual([]);
  });

  it('names a post without a title by its document id', async () => {
    const { reportFailed, calls } = setUp({ title: null });
    await reportFailed();
    expect(named(calls, 'scheduleFailed')).toEqual([expect.objectContaining({ title: 'doc1' })]);
  });

  it('leaves the review state of a failed take-down alone: the post is still published', async () => {
    const { reportFailed, calls } = setUp();
    await reportFailed({ action: 'unpublish' });
    expect(named(calls, 'setReviewState')).toEqual([]);
    expect(named(calls, 'audit')).toEqual([
      expect.objectContaining({ details: expect.objectContaining({ scheduled: 'unpublish' }) }),
    ]);
  });

  it.each(['audit', 'scheduleFailed', 'setReviewState'] as const)(
    'still tells every other way when %s fails, and logs which one failed',
    async (broken) => {
      const { reportFailed, calls, errors } = setUp({ broken: [broken] });
      await reportFailed();
      expect(calls.map(([name]) => name).filter((name) => name !== 'snapshot')).toEqual([
        'audit',
        'scheduleFailed',
        'setReviewState',
      ]);
      expect(errors).toEqual([
        `[social-compliance] schedule 7 failed, and ${WAY[broken]} did too: ${broken} is down`,
      ]);
    },
  );
});

describe('a missed publish (rule 10)', () => {
  it('goes back to approved, is audited as schedule-missed with when it was found, and its author and the policy owner are e-mailed', async () => {
    const { reportMissedAtNow, calls, errors } = setUp();
    await reportMissedAtNow();
    expect(calls.map(([name]) => name)).toEqual([
      'setReviewState',
      'audit',
      'snapshot',
      'records',
      'scheduleMissed',
    ]);
    expect(named(calls, 'setReviewState')).toEqual([[TARGET, 'scheduled', 'approved']]);
    expect(named(calls, 'audit')).toEqual([
      scheduleEvent('schedule-missed', {
        foundAt: '2027-03-14T19:00:00.000Z',
        maxLateness: 7200,
        reasons: MISSED,
      }),
    ]);
    expect(named(calls, 'scheduleMissed')).toEqual([
      { target: TARGET, title: 'Flu clinic', authorId: 11, reasons: [MISSED[0].message], runAt: RUN_AT },
    ]);
    expect(errors).toEqual([]);
  });

  it('names a post without a title by its document id, and e-mails only the policy owner when no author is known', async () => {
    const { reportMissedAtNow, calls } = setUp({ title: null, author: null });
    await reportMissedAtNow();
    expect(named(calls, 'scheduleMissed')).toEqual([
      expect.objectContaining({ title: 'doc1', authorId: null }),
    ]);
  });

  it.each(['setReviewState', 'audit', 'scheduleMissed'] as const)(
    'still tells every other way when %s fails, and logs which one failed',
    async (broken) => {
      const { reportMissedAtNow, calls, errors } = setUp({ broken: [broken] });
      await reportMissedAtNow();
      expect(named(calls, 'scheduleMissed')).toHaveLength(1);
      expect(named(calls, 'audit')).toHaveLength(1);
      expect(named(calls, 'setReviewState')).toHaveLength(1);
      expect(errors).toEqual([
        `[social-compliance] schedule 7 was missed, and ${WAY[broken]} failed: ${broken} is down`,
      ]);
    },
  );
});
