import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import { ACTIONS, type ReviewState, type ScheduleAction } from '../../../shared/constants';
import type { ResolvedTarget, Target } from '../../../shared/contracts/compliance';
import { actingUser, type Act } from '../acting-user';
import { refusal } from '../refusal';
import { getService, type AdminUser } from '../utils';
import {
  ACTIVE,
  auditedSchedule,
  fromRow,
  scheduleTarget,
  whenText,
  whereTarget,
  type Schedule,
} from './rows';
import type { ScheduleStore } from './store';
import { inTimeZone, parsePublishTime } from './time-zone';

/**
 * The editor's acts: schedule a publish, set a take-down, move either, cancel them. Each is checked
 * against the post's other schedule and its review state under the compliance record's compare-and-set,
 * so two editors acting at once take turns.
 */
export const createSchedulingActs = (strapi: Core.Strapi, store: ScheduleStore) => {
  const { query, findActive, isPublished, setReviewState } = store;
  const services = () => ({
    targets: getService('targets', { strapi }),
    records: getService('records', { strapi }),
  });

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

  const auditSchedule = (
    action: 'schedule' | 'schedule-cancelled',
    user: AdminUser,
    row: Schedule,
    details: Record<string, unknown> = {},
  ) =>
    getService('audit', { strapi }).append({
      action,
      user,
      target: scheduleTarget(row),
      contentHash: row.contentHash,
      details: { ...auditedSchedule(row), local: inTimeZone(row.runAt, row.timeZone).local, ...details },
    });

  /** A new pending schedule, audited; a publish carries the approved content's hash. */
  const createPending = async (
    target: ResolvedTarget,
    action: ScheduleAction,
    { runAt, timeZone }: { runAt: Date; timeZone: string },
    actor: AdminUser,
    contentHash?: string,
    maxLateness?: number,
  ) => {
    const row = fromRow(
      await query().create({
        data: {
          ...whereTarget(target),
          action,
          runAt,
          timeZone,
          status: 'pending',
          attempts: 0,
          ...(contentHash ? { contentHash } : {}),
          scheduledById: actor.id,
          maxLateness: maxLateness ?? null,
        },
      }),
    );
    await auditSchedule('schedule', actor, row);
    return row;
  };

  const assertSchedulable = async (target: Target) => {
    const { target: resolved, evaluation } = await getService('compliance', { strapi }).inspect(target);
    if (!evaluation.compliant) throw refusal([{ target: resolved, evaluation }], 'schedule');
    return { resolved, evaluation };
  };

  const stateSentence: Partial<Record<ReviewState, string>> = {
    draft: 'Only an approved post can be scheduled: submit it for review and have it approved first.',
    'changes-requested':
      'A reviewer asked for changes to this post: make them, submit it again and have it approved before scheduling it.',
    'in-review': 'This post is still waiting for review: it can be scheduled once it is approved.',
    published:
      'This post is already published: edit it and have the new version approved to schedule it again.',
  };

  return {
    /** Schedules an approved, compliant post to publish at `publishAt`, read in `timeZone`. */
    async schedule({
      user,
      publishAt,
      timeZone,
      maxLateness,
      ...target
    }: Act & { publishAt: string; timeZone: string; maxLateness?: number }) {
      const actor = await actingUser(strapi, user, ACTIONS.schedule);
      const { runAt, timeZone: zone } = instantFrom(publishAt, timeZone);
      const { resolved, evaluation } = await assertSchedulable(target);
      const records = getService('records', { strapi });

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
            throw new errors.ValidationError(stateSentence[record.reviewState] ?? stateSentence.draft!);
          }
          return { reviewState: 'scheduled' };
        });
        return createPending(
          resolved,
          'publish',
          { runAt, timeZone: zone },
          actor,
          evaluation.contentHash,
          maxLateness,
        );
      });
    },

    /** Sets a published (or scheduled) post to be taken down at `unpublishAt`, read in `timeZone`. */
    async unpublishAt({
      user,
      unpublishAt,
      timeZone,
      ...target
    }: Act & { unpublishAt: string; timeZone: string }) {
      const actor = await actingUser(strapi, user, ACTIONS.schedule);
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
        return createPending(resolved, 'unpublish', { runAt, timeZone: zone }, actor);
      });
    },

    /** Moves a pending publish (`publishAt`) or take-down (`unpublishAt`) to another time. */
    async reschedule({
      user,
      publishAt,
      unpublishAt,
      timeZone,
      maxLateness,
      ...target
    }: Act & { publishAt?: string; unpublishAt?: string; timeZone: string; maxLateness?: number }) {
      const actor = await actingUser(strapi, user, ACTIONS.schedule);
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
            ...(maxLateness !== undefined ? { maxLateness } : {}),
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
      const actor = await actingUser(strapi, user, ACTIONS.schedule);
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
  };
};
