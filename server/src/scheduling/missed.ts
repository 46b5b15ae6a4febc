import type { Core } from '@strapi/strapi';

import type { Reason } from '../../../shared/contracts/compliance';
import { getService } from '../utils';
import { auditedSchedule, scheduleTarget, whenText, type Schedule } from './rows';
import type { ScheduleStore } from './store';

// Missed schedules (issue 12): after downtime, a publish found later than it may run is not published
// behind everyone's back; its author and the policy owner decide: publish now, or a new time.

const lateText = (ms: number) => {
  const minutes = Math.round(ms / 60_000);
  return minutes < 120 ? `${minutes} minutes` : `${Math.round(minutes / 60)} hours`;
};

/** The seconds a publish may run late: its own, or `scheduler.maxLateness`; null when it may still go out. */
export const missedBy = (row: Schedule, now: Date, configured: number) => {
  const allowed = row.maxLateness ?? configured;
  return row.action === 'publish' && now.getTime() - row.runAt.getTime() > allowed * 1000 ? allowed : null;
};

export const missedReasons = (row: Schedule, now: Date, allowed: number): Reason[] => [
  {
    message: `Not published: the scheduler found it ${lateText(now.getTime() - row.runAt.getTime())} after ${whenText(row.runAt, row.timeZone)}, later than the ${lateText(allowed * 1000)} allowed. Publish it now or choose a new time.`,
  },
];

/**
 * Tells about a missed publish, already recorded on the schedule: the post back to approved, an audit
 * event, an e-mail to its author and the policy owner; each tried on its own.
 */
export const reportMissed = async (
  strapi: Core.Strapi,
  store: ScheduleStore,
  {
    row,
    now,
    allowed,
    reasons,
    actorLabel,
  }: { row: Schedule; now: Date; allowed: number; reasons: Reason[]; actorLabel: string },
) => {
  const target = scheduleTarget(row);
  const report = async (what: string, step: () => Promise<unknown>) => {
    try {
      await step();
    } catch (error) {
      strapi.log.error(
        `[social-compliance] schedule ${row.id} was missed, and ${what} failed: ${(error as Error).message}`,
      );
    }
  };
  await report('its review state', () => store.setReviewState(target, 'scheduled', 'approved'));
  await report('its audit event', () =>
    getService('audit', { strapi }).append({
      action: 'schedule-missed',
      actorLabel,
      target,
      contentHash: row.contentHash,
      details: { ...auditedSchedule(row), foundAt: now.toISOString(), maxLateness: allowed, reasons },
    }),
  );
  await report('its e-mail', async () =>
    getService('notifications', { strapi }).scheduleMissed({
      target,
      title: (await getService('snapshot', { strapi }).load(target))?.title || target.documentId,
      authorId: (await getService('records', { strapi }).find(target))?.authorId ?? null,
      reasons: reasons.map((reason) => reason.message),
      runAt: `${whenText(row.runAt, row.timeZone)} (${row.runAt.toISOString()})`,
    }),
  );
};
