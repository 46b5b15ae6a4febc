import type { Core } from '@strapi/strapi';

import { UID } from '../constants';
import type { PluginConfig } from '../config';
import type { ReviewState, ScheduleAction } from '../../../shared/constants';
import type { ResolvedTarget } from '../../../shared/contracts/compliance';
import { getService } from '../utils';
import { ACTIVE, fromRow, whereTarget } from './rows';

/** What the acts, the runner and the failure report read and write beside a schedule's own fields. */
export const createScheduleStore = (strapi: Core.Strapi) => {
  const query = () => strapi.db.query(UID.schedule);

  return {
    query,

    config: () => (strapi.config.get('plugin::social-compliance') as PluginConfig).scheduler,

    /** The pending or claimed schedule of a target for one action, if any. */
    async findActive(target: ResolvedTarget, action: ScheduleAction) {
      const row = await query().findOne({
        where: { ...whereTarget(target), action, status: { $in: ACTIVE } },
      });
      return row ? fromRow(row) : null;
    },

    async isPublished(target: ResolvedTarget) {
      return (
        (await strapi.db.query(target.uid as never).count({
          where: {
            documentId: target.documentId,
            publishedAt: { $notNull: true },
            ...(target.locale ? { locale: target.locale } : {}),
          },
        })) > 0
      );
    },

    /** Moves the post's review state from `from` to `to`, and leaves any other state alone. */
    async setReviewState(
      target: ResolvedTarget,
      from: ReviewState,
      to: 'approved' | 'scheduled' | 'published',
    ) {
      const records = getService('records', { strapi });
      const record = await records.find(target);
      if (record?.reviewState !== from) return;
      await records.update(target, (latest) => (latest.reviewState === from ? { reviewState: to } : {}));
    },
  };
};

export type ScheduleStore = ReturnType<typeof createScheduleStore>;
