import type { Core } from '@strapi/strapi';

import type { Reason } from '../../../shared/contracts/compliance';
import { getService } from '../utils';
import { auditedSchedule, scheduleTarget, whenText, type Schedule } from './rows';
import type { ScheduleStore } from './store';

/**
 * Tells about a schedule that failed for good: an audit event, an e-mail to the people concerned, and a
 * publish's post back to approved. The failure is already recorded on the schedule; each way of telling
 * is tried on its own, so one that fails does not stop the others.
 */
export const reportFailure = async (
  strapi: Core.Strapi,
  store: ScheduleStore,
  { row, reasons, actorLabel }: { row: Schedule; reasons: Reason[]; actorLabel: string },
) => {
  const target = scheduleTarget(row);
  const audit = getService('audit', { strapi });
  const snapshot = getService('snapshot', { strapi });
  const notifications = getService('notifications', { strapi });
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
      details: { ...auditedSchedule(row), attempts: row.attempts, reasons },
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
    await report('its review state', () => store.setReviewState(target, 'scheduled', 'approved'));
  }
};
