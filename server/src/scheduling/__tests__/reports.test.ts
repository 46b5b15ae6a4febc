import { reportFailure } from '../failure';
import { reportMissed } from '../missed';
import type { Reason } from '../../../../shared/contracts/compliance';
import type { Schedule } from '../rows';
import type { ScheduleStore } from '../store';

// Rule 10, "always liaise with the central support team about corporate online activities", and DESIGN,
// scheduling: a publish refused for good is "`schedule-failed` audited, the policy owner e-mailed, review
// state back to `approved`"; one found too late after downtime is "audited as `schedule-missed`, the review
// state goes back to `approved`, and the post's author and the policy owner are e-mailed". Each way of
// telling is tried on its own: one that fails does not stop the others. The services are plain fakes; on a
// real Strapi the same reports are tests/integration/scheduling.test.ts.
const row = (overrides: Partial<Schedule> = {}): Schedule => ({
  id: 7,
  targetUid: 'plugin::social-compliance.social-post',
  targetDocumentId: 'doc1',
  targetLocale: 'en',
  action: 'publish',
  runAt: new Date('2027-03-14T16:00:00.000Z'),
  timeZone: 'America/New_York',
  status: 'failed',
  claimOwner: null,
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

const TARGET = { uid: 'plugin::social-compliance.social-post', documentId: 'doc1', locale: 'en' };
const REASONS: Reason[] = [
  { message: 'Attest it.' },
  { message: 'Add the credit line.', check: 'attribution.incomplete' },
];

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
  return { strapi: strapi as never, store, calls, errors };
};

const named = (calls: [string, unknown][], name: string) =>
  calls.filter(([called]) => called === name).map(([, args]) => args);

describe('a schedule that failed for good (rule 10)', () => {
  it('is audited as schedule-failed with its schedule, attempts and reasons, and the policy owner is e-mailed', async () => {
    const { strapi, store, calls, errors } = setUp();
    await reportFailure(strapi, store, { row: row(), reasons: REASONS, actorLabel: 'scheduler' });
    expect(named(calls, 'audit')).toEqual([
      {
        action: 'schedule-failed',
        actorLabel: 'scheduler',
        target: TARGET,
        contentHash: 'hash-1',
        details: {
          scheduleId: 7,
          scheduled: 'publish',
          runAt: '2027-03-14T16:00:00.000Z',
          timeZone: 'America/New_York',
          attempts: 3,
          reasons: REASONS,
        },
      },
    ]);
    expect(named(calls, 'scheduleFailed')).toEqual([
      {
        target: TARGET,
        title: 'Flu clinic',
        reasons: ['Attest it.', 'Add the credit line.'],
        runAt: '2027-03-14 12:00 America/New_York (2027-03-14T16:00:00.000Z)',
      },
    ]);
    expect(named(calls, 'setReviewState')).toEqual([[TARGET, 'scheduled', 'approved']]);
    expect(errors).toEqual([]);
  });

  it('names a post without a title by its document id', async () => {
    const { strapi, store, calls } = setUp({ title: null });
    await reportFailure(strapi, store, { row: row(), reasons: REASONS, actorLabel: 'scheduler' });
    expect(named(calls, 'scheduleFailed')).toEqual([expect.objectContaining({ title: 'doc1' })]);
  });

  it('leaves the review state of a failed take-down alone: the post is still published', async () => {
    const { strapi, store, calls } = setUp();
    await reportFailure(strapi, store, {
      row: row({ action: 'unpublish' }),
      reasons: REASONS,
      actorLabel: 'scheduler',
    });
    expect(named(calls, 'setReviewState')).toEqual([]);
    expect(named(calls, 'audit')).toEqual([
      expect.objectContaining({ details: expect.objectContaining({ scheduled: 'unpublish' }) }),
    ]);
  });

  it.each(['audit', 'scheduleFailed', 'setReviewState'])(
    'still tells every other way when %s fails, and logs which one failed',
    async (broken) => {
      const { strapi, store, calls, errors } = setUp({ broken: [broken] });
      await reportFailure(strapi, store, { row: row(), reasons: REASONS, actorLabel: 'scheduler' });
      expect(calls.map(([name]) => name).filter((name) => name !== 'snapshot')).toEqual([
        'audit',
        'scheduleFailed',
        'setReviewState',
      ]);
      const what = {
        audit: 'its audit event',
        scheduleFailed: 'its e-mail',
        setReviewState: 'its review state',
      };
      expect(errors).toEqual([
        `[social-compliance] schedule 7 failed, and ${what[broken as keyof typeof what]} did too: ${broken} is down`,
      ]);
    },
  );
});

describe('a missed publish (rule 10)', () => {
  const NOW = new Date('2027-03-14T19:00:00.000Z');
  const MISSED = [{ message: 'Not published: the scheduler found it 3 hours after …' }];

  it('goes back to approved, is audited as schedule-missed with when it was found, and its author and the policy owner are e-mailed', async () => {
    const { strapi, store, calls, errors } = setUp();
    await reportMissed(strapi, store, {
      row: row({ status: 'missed' }),
      now: NOW,
      allowed: 7200,
      reasons: MISSED,
      actorLabel: 'scheduler',
    });
    expect(calls.map(([name]) => name)).toEqual([
      'setReviewState',
      'audit',
      'snapshot',
      'records',
      'scheduleMissed',
    ]);
    expect(named(calls, 'setReviewState')).toEqual([[TARGET, 'scheduled', 'approved']]);
    expect(named(calls, 'audit')).toEqual([
      {
        action: 'schedule-missed',
        actorLabel: 'scheduler',
        target: TARGET,
        contentHash: 'hash-1',
        details: {
          scheduleId: 7,
          scheduled: 'publish',
          runAt: '2027-03-14T16:00:00.000Z',
          timeZone: 'America/New_York',
          foundAt: '2027-03-14T19:00:00.000Z',
          maxLateness: 7200,
          reasons: MISSED,
        },
      },
    ]);
    expect(named(calls, 'scheduleMissed')).toEqual([
      {
        target: TARGET,
        title: 'Flu clinic',
        authorId: 11,
        reasons: [MISSED[0].message],
        runAt: '2027-03-14 12:00 America/New_York (2027-03-14T16:00:00.000Z)',
      },
    ]);
    expect(errors).toEqual([]);
  });

  it('names a post without a title by its document id, and e-mails only the policy owner when no author is known', async () => {
    const { strapi, store, calls } = setUp({ title: null, author: null });
    await reportMissed(strapi, store, {
      row: row({ status: 'missed' }),
      now: NOW,
      allowed: 7200,
      reasons: MISSED,
      actorLabel: 'scheduler',
    });
    expect(named(calls, 'scheduleMissed')).toEqual([
      expect.objectContaining({ title: 'doc1', authorId: null }),
    ]);
  });

  it.each(['setReviewState', 'audit', 'scheduleMissed'])(
    'still tells every other way when %s fails, and logs which one failed',
    async (broken) => {
      const { strapi, store, calls, errors } = setUp({ broken: [broken] });
      await reportMissed(strapi, store, {
        row: row({ status: 'missed' }),
        now: NOW,
        allowed: 7200,
        reasons: MISSED,
        actorLabel: 'scheduler',
      });
      expect(named(calls, 'scheduleMissed')).toHaveLength(1);
      expect(named(calls, 'audit')).toHaveLength(1);
      expect(named(calls, 'setReviewState')).toHaveLength(1);
      const what = {
        setReviewState: 'its review state',
        audit: 'its audit event',
        scheduleMissed: 'its e-mail',
      };
      expect(errors).toEqual([
        `[social-compliance] schedule 7 was missed, and ${what[broken as keyof typeof what]} failed: ${broken} is down`,
      ]);
    },
  );
});
