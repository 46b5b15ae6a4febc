import os from 'os';
import { randomBytes } from 'crypto';
import type { Core } from '@strapi/strapi';

import type { Reason, ResolvedTarget } from '../../../shared/contracts/compliance';
import { contentHash } from '../compliance';
import { refusalReasons } from '../refusal';
import { getService } from '../utils';
import { expectingContent } from '../document-middlewares/gate-context';
import { lockDrafts } from '../document-middlewares/publish-gate';
import { claimStrategyFor } from './claim';
import { reportFailure } from './failure';
import { missedBy, missedReasons, reportMissed } from './missed';
import { fromRow, scheduleTarget, type Schedule } from './rows';
import type { ScheduleStore } from './store';

export interface PollResult {
  /** Schedules fulfilled by a publish (or found already published with the approved content). */
  published: number;
  unpublished: number;
  /** Schedules that failed for good: refused by the policy, or out of attempts. */
  failed: number;
  /** Schedules put back for another attempt after a transient error. */
  retrying: number;
  /** Publishes found later than their allowed lateness (after downtime): not published, people told. */
  missed: number;
}

type Outcome = keyof PollResult | 'lost';

const RETRY_BASE_MS = 30_000;
const RETRY_MAX_MS = 10 * 60_000;

/** A refusal that no retry can change: the policy said no, or there is nothing to publish any more. */
class PermanentFailure extends Error {
  constructor(readonly reasons: Reason[]) {
    super(reasons.map((reason) => reason.message).join(' '));
  }
}

/**
 * The runner: every instance polls; a poll claims due rows atomically under a lease, and completes each
 * one in the same transaction as the publish, with a compare-and-set on its claim, so that N instances on
 * one database publish each post exactly once. A transient error is retried with backoff; a refusal fails
 * the schedule for good.
 */
export const createRunner = (strapi: Core.Strapi, store: ScheduleStore) => {
  // Who holds a claim: this host and process, plus a random part for two Strapi apps in one process.
  const owner = `${os.hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
  const actorLabel = `scheduler (${owner})`;
  const { query, config, setReviewState, isPublished } = store;

  let polling: Promise<PollResult | null> | null = null;
  let stopping = false;

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
    await reportFailure(strapi, store, { row, reasons, actorLabel });
    return 'failed';
  };

  const miss = async (row: Schedule, now: Date, allowed: number): Promise<Outcome> => {
    const reasons = missedReasons(row, now, allowed);
    const released = await release(row, {
      status: 'missed',
      reasons,
      lastError: 'missed',
      leaseUntil: null,
      completedAt: now,
    });
    if (!released) return 'lost';
    await reportMissed(strapi, store, { row, now, allowed, reasons, actorLabel });
    return 'missed';
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
    const snapshot = getService('snapshot', { strapi });
    // Published already with the approved content (by hand, or by a claim this one took over): once is enough.
    const published = row.contentHash ? await snapshot.load(target, { published: true }) : null;
    if (published && contentHash(published) === row.contentHash) {
      await setReviewState(target, 'scheduled', 'published');
      return 'published';
    }
    await setReviewState(target, 'scheduled', 'published');
    // The document service runs the gate, which refuses any content but the one approved for this time.
    const publish = () =>
      strapi
        .documents(target.uid as never)
        .publish({ documentId: target.documentId, ...(target.locale ? { locale: target.locale } : {}) });
    const result = row.contentHash
      ? await expectingContent({ [target.locale]: row.contentHash }, publish)
      : await publish();
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
    // A publish of this locale waits for the take-down to commit (the gate locks the same drafts).
    await lockDrafts(strapi, target.uid, target.documentId, [target.locale]);
    const result = await strapi
      .documents(target.uid as never)
      .unpublish({ documentId: target.documentId, ...(target.locale ? { locale: target.locale } : {}) });
    if (await isPublished(target)) {
      throw new Error('a published version was written while the post was being taken down');
    }
    await setReviewState(target, 'published', 'approved');
    await getService('audit', { strapi }).append({
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
    const allowed = missedBy(row, now, config().maxLateness);
    if (allowed !== null) return miss(row, now, allowed);
    const target = scheduleTarget(row);
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

  /** Claims up to `limit` due schedules for this instance, under a lease. */
  const claim = async ({ now = new Date(), limit }: { now?: Date; limit?: number } = {}): Promise<
    Schedule[]
  > => {
    const { leaseSeconds, batchSize } = config();
    const leaseUntil = new Date(now.getTime() + leaseSeconds * 1000);
    const take = limit ?? batchSize;
    const ids = await claimStrategyFor(strapi.db.dialect.client)(strapi, {
      now,
      leaseUntil,
      limit: take,
      owner,
    });
    if (ids.length === 0) return [];
    const rows = await query().findMany({
      where: { id: { $in: ids }, claimOwner: owner, status: 'claimed' },
      orderBy: [{ runAt: 'asc' }, { id: 'asc' }],
    });
    return rows.map(fromRow);
  };

  // runDue and poll reach claim and runDue through the service (`this`): whatever wraps the service's
  // claim (the scheduling tests stall it there) is what a poll runs.
  return {
    owner,
    claim,

    /**
     * One poll: claims what is due in batches and runs it until nothing due is left, so a backlog
     * (posts that came due while every instance was down) drains in one poll.
     */
    async runDue(this: { claim: typeof claim }, { now }: { now?: Date } = {}): Promise<PollResult> {
      const totals: PollResult = { published: 0, unpublished: 0, failed: 0, retrying: 0, missed: 0 };
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
    poll(this: { runDue: () => Promise<PollResult> }): Promise<PollResult | null> {
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
  };
};
