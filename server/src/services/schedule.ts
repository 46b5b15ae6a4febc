import os from 'os';
import { randomBytes } from 'crypto';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import { UID } from '../constants';
import { ACTIONS, type ScheduleAction, type ScheduleStatus } from '../../../shared/constants';
import type { Reason, ResolvedTarget, Target } from '../../../shared/contracts/compliance';
import type { CalendarEntry, ScheduleView } from '../../../shared/contracts/schedule';
import type { PluginConfig } from '../config';
import { contentHash } from '../compliance';
import { inTimeZone, parsePublishTime } from '../scheduling/time-zone';
import { getService, userLabel, type AdminUser } from '../utils';
import { actingUser, type Act } from '../acting-user';
import { refusal, refusalReasons } from '../refusal';

export interface Schedule {
  id: number;
  targetUid: string;
  targetDocumentId: string;
  targetLocale: string;
  action: ScheduleAction;
  runAt: Date;
  timeZone: string;
  status: ScheduleStatus;
  claimOwner: string | null;
  leaseUntil: Date | null;
  attempts: number;
  nextAttemptAt: Date | null;
  lastError: string | null;
  reasons: Reason[] | null;
  contentHash: string | null;
  scheduledById: number | null;
  completedAt: Date | null;
}

export interface PollResult {
  /** Schedules fulfilled by a publish (or found already published with the approved content). */
  published: number;
  unpublished: number;
  /** Schedules that failed for good: refused by the policy, or out of attempts. */
  failed: number;
  /** Schedules put back for another attempt after a transient error. */
  retrying: number;
}

type Outcome = keyof PollResult | 'lost';

const ACTIVE: ScheduleStatus[] = ['pending', 'claimed'];
const RETRY_BASE_MS = 30_000;
const RETRY_MAX_MS = 10 * 60_000;

/** A refusal that no retry can change: the policy said no, or there is nothing to publish any more. */
class PermanentFailure extends Error {
  constructor(readonly reasons: Reason[]) {
    super(reasons.map((reason) => reason.message).join(' '));
  }
}

const toDate = (value: unknown) => (value == null ? null : new Date(value as string));

const fromRow = (row: Record<string, unknown>): Schedule => ({
  ...(row as unknown as Schedule),
  runAt: new Date(row.runAt as string),
  leaseUntil: toDate(row.leaseUntil),
  nextAttemptAt: toDate(row.nextAttemptAt),
  completedAt: toDate(row.completedAt),
  attempts: Number(row.attempts ?? 0),
  reasons: (row.reasons as Reason[] | null) ?? null,
});

const targetOf = (row: Schedule): ResolvedTarget => ({
  uid: row.targetUid,
  documentId: row.targetDocumentId,
  locale: row.targetLocale,
});

/** A schedule as the admin shows it: its instant in UTC and on the wall clock of its zone. */
export const presentSchedule = (row: Schedule): ScheduleView => ({
  id: row.id,
  target: targetOf(row),
  action: row.action,
  status: row.status,
  runAt: row.runAt.toISOString(),
  timeZone: row.timeZone,
  local: inTimeZone(row.runAt, row.timeZone),
  attempts: row.attempts,
  nextAttemptAt: row.nextAttemptAt?.toISOString() ?? null,
  lastError: row.lastError,
  reasons: row.reasons ?? [],
  completedAt: row.completedAt?.toISOString() ?? null,
});

/** "2027-03-14 12:00 America/New_York": a time as the editor chose it. */
const whenText = (instant: Date, timeZone: string) =>
  `${inTimeZone(instant, timeZone).local.replace('T', ' ')} ${timeZone}`;

/**
 * Scheduled publishing (and taking down): a schedule row per post, locale and action, with the UTC
 * instant and the IANA zone it was chosen in. Every instance polls; a poll claims due rows atomically
 * under a lease, and completes each one in the same transaction as the publish, with a compare-and-set
 * on its claim, so that N instances on one database publish each post exactly once.
 */
const createScheduleService = ({ strapi }: { strapi: Core.Strapi }) => {
  // Who holds a claim: this host and process, plus a random part for two Strapi apps in one process.
  const owner = `${os.hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
  const actorLabel = `scheduler (${owner})`;
  const query = () => strapi.db.query(UID.schedule);
  const config = () => (strapi.config.get('plugin::social-compliance') as PluginConfig).scheduler;
  const services = () => ({
    targets: getService('targets', { strapi }),
    compliance: getService('compliance', { strapi }),
    records: getService('records', { strapi }),
    snapshot: getService('snapshot', { strapi }),
    audit: getService('audit', { strapi }),
    notifications: getService('notifications', { strapi }),
  });

  let polling: Promise<PollResult | null> | null = null;
  let stopping = false;

  /** The instant an editor's time names; a time that has passed or cannot be read is a 400. */
  const instantFrom = (input: unknown, timeZone: unknown, now = new Date()) => {
    const parsed = parsePublishTime(input, timeZone);
    if (!parsed.ok) throw new errors.ValidationError(parsed.reason);
    if (parsed.instant.getTime() <= now.getTime()) {
      throw new errors.ValidationError(
        `${whenText(parsed.instant, parsed.timeZone)} has already passed (it is now ${whenText(now, parsed.timeZone)}): choose a later time.`,
      );
    }
    return { runAt: parsed.instant, timeZone: parsed.timeZone };
  };

  const whereTarget = (target: ResolvedTarget) => ({
    targetUid: target.uid,
    targetDocumentId: target.documentId,
    targetLocale: target.locale,
  });

  const findActive = async (target: ResolvedTarget, action: ScheduleAction) => {
    const row = await query().findOne({
      where: { ...whereTarget(target), action, status: { $in: ACTIVE } },
    });
    return row ? fromRow(row) : null;
  };

  const isPublished = async (target: ResolvedTarget) =>
    (await strapi.db.query(target.uid as never).count({
      where: {
        documentId: target.documentId,
        publishedAt: { $notNull: true },
        ...(target.locale ? { locale: target.locale } : {}),
      },
    })) > 0;

  const setReviewState = async (
    target: ResolvedTarget,
    from: string,
    to: 'approved' | 'scheduled' | 'published',
  ) => {
    const { records } = services();
    const record = await records.find(target);
    if (record?.reviewState !== from) return;
    await records.update(target, (latest) => (latest.reviewState === from ? { reviewState: to } : {}));
  };

  const auditSchedule = (
    action: 'schedule' | 'schedule-cancelled',
    user: AdminUser,
    row: Schedule,
    details: Record<string, unknown> = {},
  ) =>
    services().audit.append({
      action,
      user,
      target: targetOf(row),
      contentHash: row.contentHash,
      details: {
        scheduleId: row.id,
        scheduled: row.action,
        runAt: row.runAt.toISOString(),
        timeZone: row.timeZone,
        local: inTimeZone(row.runAt, row.timeZone).local,
        ...details,
      },
    });

  const dueWhere = (now: Date) => ({
    $or: [
      {
        status: 'pending',
        runAt: { $lte: now },
        $or: [{ nextAttemptAt: null }, { nextAttemptAt: { $lte: now } }],
      },
      // A claim whose holder died (or stalled past its lease) is taken over.
      { status: 'claimed', leaseUntil: { $lt: now } },
    ],
  });

  /** PostgreSQL: one statement; rows another instance is claiming right now are skipped, not waited for. */
  const claimOnPostgres = async (now: Date, leaseUntil: Date, limit: number): Promise<number[]> => {
    const knex = strapi.db.connection;
    const meta = strapi.db.metadata.get(UID.schedule);
    const column = (name: string) => (meta.attributes[name] as { columnName?: string }).columnName ?? name;
    const due = knex(meta.tableName)
      .select('id')
      .where((where) =>
        where
          .where((pending) =>
            pending
              .where(column('status'), 'pending')
              .where(column('runAt'), '<=', now)
              .where((retry) =>
                retry.whereNull(column('nextAttemptAt')).orWhere(column('nextAttemptAt'), '<=', now),
              ),
          )
          .orWhere((expired) =>
            expired.where(column('status'), 'claimed').where(column('leaseUntil'), '<', now),
          ),
      )
      .orderBy([column('runAt'), 'id'])
      .limit(limit)
      .forUpdate()
      .skipLocked();
    const rows: { id: number }[] = await knex(meta.tableName)
      .whereIn('id', due)
      .update({
        [column('status')]: 'claimed',
        [column('claimOwner')]: owner,
        [column('leaseUntil')]: leaseUntil,
        [column('attempts')]: knex.raw('?? + 1', [column('attempts')]),
      })
      .returning('id');
    return rows.map((row) => row.id);
  };

  /** Elsewhere: a conditional update per due row; the affected-row count says who won it. */
  const claimRowByRow = async (now: Date, leaseUntil: Date, limit: number): Promise<number[]> => {
    const candidates: { id: number; attempts: number }[] = await query().findMany({
      where: dueWhere(now),
      select: ['id', 'attempts'],
      orderBy: [{ runAt: 'asc' }, { id: 'asc' }],
      limit,
    });
    const claimed: number[] = [];
    for (const candidate of candidates) {
      const { count } = await query().updateMany({
        where: { $and: [{ id: candidate.id, attempts: candidate.attempts }, dueWhere(now)] },
        data: {
          status: 'claimed',
          claimOwner: owner,
          leaseUntil,
          attempts: Number(candidate.attempts ?? 0) + 1,
        },
      });
      if (count === 1) claimed.push(candidate.id);
    }
    return claimed;
  };

  /** Writes the end of a claim only if this instance still holds it; false when it was taken over. */
  const release = async (row: Schedule, data: Record<string, unknown>) => {
    const { count } = await query().updateMany({
      where: { id: row.id, claimOwner: owner, status: 'claimed' },
      data,
    });
    return count === 1;
  };

  const fail = async (row: Schedule, reasons: Reason[], lastError: string): Promise<Outcome> => {
    const released = await release(row, {
      status: 'failed',
      reasons,
      lastError,
      leaseUntil: null,
      completedAt: new Date(),
    });
    if (!released) return 'lost';
    const target = targetOf(row);
    const { audit, snapshot, notifications } = services();
    // The failure is recorded on the schedule; each way of telling about it is tried on its own.
    const report = async (what: string, step: () => Promise<unknown>) => {
      try {
        await step();
      } catch (error) {
        strapi.log.error(
          `[social-compliance] schedule ${row.id} failed, and ${what} did too: ${(error as Error).message}`,
        );
      }
    };
    await report('its audit event', () =>
      audit.append({
        action: 'schedule-failed',
        actorLabel,
        target,
        contentHash: row.contentHash,
        details: {
          scheduleId: row.id,
          scheduled: row.action,
          runAt: row.runAt.toISOString(),
          timeZone: row.timeZone,
          attempts: row.attempts,
          reasons,
        },
      }),
    );
    await report('its e-mail', async () =>
      notifications.scheduleFailed({
        target,
        title: (await snapshot.load(target))?.title || target.documentId,
        reasons: reasons.map((reason) => reason.message),
        runAt: `${whenText(row.runAt, row.timeZone)} (${row.runAt.toISOString()})`,
      }),
    );
    if (row.action === 'publish') {
      await report('its review state', () => setReviewState(target, 'scheduled', 'approved'));
    }
    return 'failed';
  };

  const retryLater = async (row: Schedule, error: Error, now: Date): Promise<Outcome> => {
    const verb = row.action === 'publish' ? 'Publishing' : 'Taking it down';
    if (row.attempts >= config().maxAttempts) {
      return fail(
        row,
        [
          {
            message: `${verb} failed ${row.attempts} times because of a server error (${error.message}). Schedule it again, and if it fails again ask your administrator to check the server log.`,
          },
        ],
        error.message,
      );
    }
    const delay = Math.min(RETRY_BASE_MS * 2 ** Math.max(row.attempts - 1, 0), RETRY_MAX_MS);
    const released = await release(row, {
      status: 'pending',
      claimOwner: null,
      leaseUntil: null,
      nextAttemptAt: new Date(now.getTime() + delay),
      lastError: error.message,
    });
    return released ? 'retrying' : 'lost';
  };

  const publishNow = async (row: Schedule, target: ResolvedTarget): Promise<Outcome> => {
    const { snapshot } = services();
    // Published already with the approved content (by hand, or by a claim this one took over): once is enough.
    const published = row.contentHash ? await snapshot.load(target, { published: true }) : null;
    if (published && contentHash(published) === row.contentHash) {
      await setReviewState(target, 'scheduled', 'published');
      return 'published';
    }
    await setReviewState(target, 'scheduled', 'published');
    // The document service runs the publish gate again: what was approved is what goes out.
    const result = await strapi
      .documents(target.uid as never)
      .publish({ documentId: target.documentId, ...(target.locale ? { locale: target.locale } : {}) });
    if (!result?.entries?.length) {
      throw new PermanentFailure([
        {
          message: `There is no draft of this post${target.locale ? ` in "${target.locale}"` : ''} to publish any more: it was deleted.`,
        },
      ]);
    }
    return 'published';
  };

  const unpublishNow = async (row: Schedule, target: ResolvedTarget): Promise<Outcome> => {
    const result = await strapi
      .documents(target.uid as never)
      .unpublish({ documentId: target.documentId, ...(target.locale ? { locale: target.locale } : {}) });
    await setReviewState(target, 'published', 'approved');
    await services().audit.append({
      action: 'unpublish',
      actorLabel,
      target,
      details: {
        scheduleId: row.id,
        runAt: row.runAt.toISOString(),
        timeZone: row.timeZone,
        removed: result?.entries?.length ?? 0,
      },
    });
    return 'unpublished';
  };

  /**
   * One claimed schedule. Marking it done, with a compare-and-set on the claim, and publishing happen in
   * one transaction: a takeover or a cancel in between makes this instance stand down, and whatever
   * ends the transaction early leaves neither a publish nor a "done".
   */
  const execute = async (row: Schedule, now: Date): Promise<Outcome> => {
    if (row.attempts > config().maxAttempts) {
      return fail(
        row,
        [
          {
            message: `The scheduler was stopped ${row.attempts - 1} times while it was publishing this post; it was not published. Schedule it again.`,
          },
        ],
        'too many attempts',
      );
    }
    const target = targetOf(row);
    try {
      return await strapi.db.transaction(async () => {
        const done = await release(row, {
          status: 'done',
          leaseUntil: null,
          lastError: null,
          reasons: null,
          completedAt: new Date(),
        });
        if (!done) return 'lost';
        return row.action === 'publish' ? publishNow(row, target) : unpublishNow(row, target);
      });
    } catch (error) {
      const reasons = error instanceof PermanentFailure ? error.reasons : refusalReasons(error);
      if (reasons) return fail(row, reasons, (error as Error).message);
      strapi.log.warn(
        `[social-compliance] schedule ${row.id} (${row.action} ${row.targetDocumentId}) will be retried: ${(error as Error).message}`,
      );
      return retryLater(row, error as Error, now);
    }
  };

  const resolveAct = (user: AdminUser | null | undefined) => actingUser(strapi, user, ACTIONS.schedule);

  const assertSchedulable = async (target: Target) => {
    const { target: resolved, evaluation } = await services().compliance.inspect(target);
    if (!evaluation.compliant) throw refusal([{ target: resolved, evaluation }], 'schedule');
    return { resolved, evaluation };
  };

  const stateSentence: Record<string, string> = {
    draft: 'Only an approved post can be scheduled: submit it for review and have it approved first.',
    'changes-requested':
      'A reviewer asked for changes to this post: make them, submit it again and have it approved before scheduling it.',
    'in-review': 'This post is still waiting for review: it can be scheduled once it is approved.',
    published:
      'This post is already published: edit it and have the new version approved to schedule it again.',
  };

  return {
    owner,

    /** Schedules an approved, compliant post to publish at `publishAt`, read in `timeZone`. */
    async schedule({ user, publishAt, timeZone, ...target }: Act & { publishAt: string; timeZone: string }) {
      const actor = await resolveAct(user);
      const { runAt, timeZone: zone } = instantFrom(publishAt, timeZone);
      const { resolved, evaluation } = await assertSchedulable(target);
      const { records } = services();

      return strapi.db.transaction(async () => {
        await records.update(resolved, async (record) => {
          const active = await findActive(resolved, 'publish');
          if (active) {
            throw new errors.ValidationError(
              `This post is already scheduled to publish at ${whenText(active.runAt, active.timeZone)}: reschedule or cancel that first.`,
            );
          }
          const takeDown = await findActive(resolved, 'unpublish');
          if (takeDown && takeDown.runAt.getTime() <= runAt.getTime()) {
            throw new errors.ValidationError(
              `This post is set to be taken down at ${whenText(takeDown.runAt, takeDown.timeZone)}: choose a publish time before that, or change the take-down first.`,
            );
          }
          if (record.reviewState !== 'approved' && record.reviewState !== 'scheduled') {
            throw new errors.ValidationError(stateSentence[record.reviewState] ?? stateSentence.draft);
          }
          return { reviewState: 'scheduled' };
        });
        const row = fromRow(
          await query().create({
            data: {
              ...whereTarget(resolved),
              action: 'publish',
              runAt,
              timeZone: zone,
              status: 'pending',
              attempts: 0,
              contentHash: evaluation.contentHash,
              scheduledById: actor.id,
            },
          }),
        );
        await auditSchedule('schedule', actor, row);
        return row;
      });
    },

    /** Sets a published (or scheduled) post to be taken down at `unpublishAt`, read in `timeZone`. */
    async unpublishAt({
      user,
      unpublishAt,
      timeZone,
      ...target
    }: Act & { unpublishAt: string; timeZone: string }) {
      const actor = await resolveAct(user);
      const { runAt, timeZone: zone } = instantFrom(unpublishAt, timeZone);
      const { targets, records } = services();
      const resolved = await targets.resolve(target);

      return strapi.db.transaction(async () => {
        // The record's compare-and-set makes two editors setting a take-down at once take turns.
        await records.update(resolved, async () => {
          const active = await findActive(resolved, 'unpublish');
          if (active) {
            throw new errors.ValidationError(
              `This post is already set to be taken down at ${whenText(active.runAt, active.timeZone)}: reschedule or cancel that first.`,
            );
          }
          const publishing = await findActive(resolved, 'publish');
          if (!publishing && !(await isPublished(resolved))) {
            throw new errors.ValidationError(
              'Only a published post, or one scheduled to publish, can be set to be taken down.',
            );
          }
          if (publishing && publishing.runAt.getTime() >= runAt.getTime()) {
            throw new errors.ValidationError(
              `The take-down must come after the post is published, at ${whenText(publishing.runAt, publishing.timeZone)}: choose a later time.`,
            );
          }
          return {};
        });
        const row = fromRow(
          await query().create({
            data: {
              ...whereTarget(resolved),
              action: 'unpublish',
              runAt,
              timeZone: zone,
              status: 'pending',
              attempts: 0,
              scheduledById: actor.id,
            },
          }),
        );
        await auditSchedule('schedule', actor, row);
        return row;
      });
    },

    /** Moves a pending publish (`publishAt`) or take-down (`unpublishAt`) to another time. */
    async reschedule({
      user,
      publishAt,
      unpublishAt,
      timeZone,
      ...target
    }: Act & { publishAt?: string; unpublishAt?: string; timeZone: string }) {
      const actor = await resolveAct(user);
      const action: ScheduleAction = publishAt !== undefined ? 'publish' : 'unpublish';
      const { runAt, timeZone: zone } = instantFrom(publishAt ?? unpublishAt, timeZone);
      const { targets, records } = services();
      // A publish moved to another time is checked again: it must still be the approved, compliant post.
      const { resolved, evaluation } =
        action === 'publish'
          ? await assertSchedulable(target)
          : { resolved: await targets.resolve(target), evaluation: null };

      return strapi.db.transaction(async () => {
        const found: { current?: Schedule | null } = {};
        await records.update(resolved, async () => {
          found.current = await findActive(resolved, action);
          if (!found.current) {
            throw new errors.NotFoundError(
              action === 'publish'
                ? 'This post is not scheduled to publish: schedule it instead.'
                : 'This post is not set to be taken down: set a take-down time instead.',
            );
          }
          const other = await findActive(resolved, action === 'publish' ? 'unpublish' : 'publish');
          if (other && action === 'publish' && other.runAt.getTime() <= runAt.getTime()) {
            throw new errors.ValidationError(
              `This post is set to be taken down at ${whenText(other.runAt, other.timeZone)}: choose a publish time before that, or change the take-down first.`,
            );
          }
          if (other && action === 'unpublish' && other.runAt.getTime() >= runAt.getTime()) {
            throw new errors.ValidationError(
              `The take-down must come after the post is published, at ${whenText(other.runAt, other.timeZone)}: choose a later time.`,
            );
          }
          return {};
        });
        const previous = found.current!;
        const { count } = await query().updateMany({
          where: { id: previous.id, status: 'pending' },
          data: {
            runAt,
            timeZone: zone,
            attempts: 0,
            nextAttemptAt: null,
            lastError: null,
            ...(evaluation ? { contentHash: evaluation.contentHash } : {}),
          },
        });
        if (count !== 1) {
          throw new errors.ValidationError(
            `This post is being ${action === 'publish' ? 'published' : 'taken down'} right now, so its time can no longer be changed.`,
          );
        }
        const row = fromRow(await query().findOne({ where: { id: previous.id } }));
        await auditSchedule('schedule', actor, row, {
          rescheduledFrom: previous.runAt.toISOString(),
          previousTimeZone: previous.timeZone,
        });
        return row;
      });
    },

    /** Cancels the post's pending publish and take-down (or only the one `action` names). */
    async cancel({ user, action, ...target }: Act & { action?: ScheduleAction }) {
      const actor = await resolveAct(user);
      const resolved = await services().targets.resolve(target);
      return strapi.db.transaction(async () => {
        const rows = (
          await query().findMany({
            where: {
              ...whereTarget(resolved),
              status: { $in: ACTIVE },
              ...(action ? { action } : {}),
            },
          })
        ).map(fromRow);
        if (rows.length === 0) {
          throw new errors.NotFoundError(
            action === 'unpublish'
              ? 'This post is not set to be taken down: there is nothing to cancel.'
              : action === 'publish'
                ? 'This post is not scheduled to publish: there is nothing to cancel.'
                : 'Nothing is scheduled for this post: there is nothing to cancel.',
          );
        }
        const cancelled: Schedule[] = [];
        for (const row of rows) {
          // A claimed row is cancelled too: its instance then loses the compare-and-set and stands down.
          const { count } = await query().updateMany({
            where: { id: row.id, status: { $in: ACTIVE } },
            data: { status: 'cancelled', claimOwner: null, leaseUntil: null, completedAt: new Date() },
          });
          if (count !== 1) {
            throw new errors.ValidationError(
              `This post was ${row.action === 'publish' ? 'published' : 'taken down'} a moment ago, so that can no longer be cancelled.`,
            );
          }
          if (row.action === 'publish') await setReviewState(resolved, 'scheduled', 'approved');
          const after = { ...row, status: 'cancelled' as const };
          await auditSchedule('schedule-cancelled', actor, after);
          cancelled.push(after);
        }
        return cancelled;
      });
    },

    /** Claims up to `limit` due schedules for this instance, under a lease. */
    async claim({ now = new Date(), limit }: { now?: Date; limit?: number } = {}): Promise<Schedule[]> {
      const { leaseSeconds, batchSize } = config();
      const leaseUntil = new Date(now.getTime() + leaseSeconds * 1000);
      const take = limit ?? batchSize;
      const ids =
        strapi.db.dialect.client === 'postgres'
          ? await claimOnPostgres(now, leaseUntil, take)
          : await claimRowByRow(now, leaseUntil, take);
      if (ids.length === 0) return [];
      const rows = await query().findMany({
        where: { id: { $in: ids }, claimOwner: owner, status: 'claimed' },
        orderBy: [{ runAt: 'asc' }, { id: 'asc' }],
      });
      return rows.map(fromRow);
    },

    /**
     * One poll: claims what is due in batches and runs it until nothing due is left, so a backlog
     * (posts that came due while every instance was down) drains in one poll.
     */
    async runDue({ now }: { now?: Date } = {}): Promise<PollResult> {
      const totals: PollResult = { published: 0, unpublished: 0, failed: 0, retrying: 0 };
      const { batchSize } = config();
      for (;;) {
        const at = now ?? new Date();
        const claimed = await this.claim({ now: at });
        for (const row of claimed) {
          const outcome = await execute(row, at);
          if (outcome !== 'lost') totals[outcome] += 1;
        }
        if (claimed.length < batchSize || stopping) return totals;
      }
    },

    /** What the cron task calls: a poll, unless the previous one on this instance is still running. */
    poll(): Promise<PollResult | null> {
      if (polling || stopping) return Promise.resolve(null);
      polling = this.runDue()
        .catch((error: Error) => {
          strapi.log.error(`[social-compliance] the scheduler's poll failed: ${error.stack}`);
          return null;
        })
        .finally(() => {
          polling = null;
        });
      return polling;
    },

    /** Lets a poll in progress finish its schedule, and starts no other (Strapi is shutting down). */
    async stop() {
      stopping = true;
      await polling;
    },

    /** The calendar: schedules whose time falls in [from, to), each with its time in its zone and in `timeZone`. */
    async calendar({
      from,
      to,
      status,
      timeZone,
      uid,
      documentId,
      locale,
      limit = 200,
      offset = 0,
    }: {
      from: Date;
      to: Date;
      status?: ScheduleStatus[];
      timeZone?: string;
      uid?: string;
      documentId?: string;
      locale?: string;
      limit?: number;
      offset?: number;
    }): Promise<{ results: CalendarEntry[]; pagination: { total: number; limit: number; offset: number } }> {
      const where = {
        runAt: { $gte: from, $lt: to },
        ...(status?.length ? { status: { $in: status } } : {}),
        ...(uid ? { targetUid: uid } : {}),
        ...(documentId ? { targetDocumentId: documentId } : {}),
        ...(locale ? { targetLocale: locale } : {}),
      };
      const [rows, total] = await Promise.all([
        query().findMany({ where, orderBy: [{ runAt: 'asc' }, { id: 'asc' }], limit, offset }),
        query().count({ where }),
      ]);
      const schedules = rows.map(fromRow);
      const [titles, people] = await Promise.all([titlesOf(schedules), peopleOf(schedules)]);
      return {
        results: schedules.map((row) => ({
          ...presentSchedule(row),
          title: titles.get(`${row.targetUid}|${row.targetDocumentId}|${row.targetLocale}`) ?? null,
          ...(timeZone ? { inViewerZone: inTimeZone(row.runAt, timeZone) } : {}),
          scheduledBy: row.scheduledById
            ? { id: row.scheduledById, label: people.get(row.scheduledById) ?? null }
            : null,
        })),
        pagination: { total, limit, offset },
      };
    },
  };

  /** The draft titles of the posts in a page of the calendar, in one query per content type. */
  async function titlesOf(rows: Schedule[]) {
    const titles = new Map<string, string>();
    for (const uid of new Set(rows.map((row) => row.targetUid))) {
      const contentType = strapi.contentType(uid as never);
      const attributes = contentType?.attributes as Record<string, unknown> | undefined;
      const field = ['title', 'name'].find((name) => attributes?.[name]);
      if (!field) continue;
      const found = await strapi.db.query(uid as never).findMany({
        where: {
          documentId: {
            $in: [...new Set(rows.filter((row) => row.targetUid === uid).map((r) => r.targetDocumentId))],
          },
          ...(contentType?.options?.draftAndPublish ? { publishedAt: null } : {}),
        },
        select: ['documentId', field, ...(services().targets.isLocalized(uid) ? ['locale'] : [])],
      });
      for (const entry of found as Record<string, string>[]) {
        titles.set(`${uid}|${entry.documentId}|${entry.locale ?? ''}`, entry[field]);
      }
    }
    return titles;
  }

  async function peopleOf(rows: Schedule[]) {
    const ids = [...new Set(rows.map((row) => row.scheduledById).filter((id): id is number => Boolean(id)))];
    const users: AdminUser[] = ids.length
      ? await strapi.db.query('admin::user').findMany({
          where: { id: { $in: ids } },
          select: ['id', 'firstname', 'lastname', 'username', 'email'],
        })
      : [];
    return new Map(users.map((user) => [user.id, userLabel(user)]));
  }
};

export default createScheduleService;
