import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import { canonicalTimeZone } from '../scheduling/time-zone';
import { presentSchedule } from '../scheduling';
import type { ScheduleStatus } from '../../../shared/constants';
import { getService } from '../utils';
import { actOf, type Ctx } from './context';
import type {
  CancelSchedule,
  CreateSchedule,
  GetCalendar,
  UpdateSchedule,
} from '../../../shared/contracts/schedule';
import { commaItems } from './validation/fields';
import { validateCalendarQuery, validateCancelQuery, validateScheduleBody } from './validation';

const createScheduleController = ({ strapi }: { strapi: Core.Strapi }) => ({
  /** Schedules a publish (`publishAt`) or a take-down (`unpublishAt`) of one locale of a post. */
  async create(ctx: Ctx) {
    const { publishAt, unpublishAt, timeZone, maxLateness } = await validateScheduleBody(
      ctx.request.body ?? {},
    );
    const schedule = getService('schedule', { strapi });
    const row =
      publishAt !== undefined
        ? await schedule.schedule(await actOf(ctx, { publishAt, timeZone, maxLateness }))
        : await schedule.unpublishAt(await actOf(ctx, { unpublishAt: unpublishAt!, timeZone }));
    ctx.status = 201;
    ctx.body = { data: presentSchedule(row) } satisfies CreateSchedule['response'];
  },

  /** Moves the pending publish (`publishAt`) or take-down (`unpublishAt`) to another time. */
  async update(ctx: Ctx) {
    const { publishAt, unpublishAt, timeZone, maxLateness } = await validateScheduleBody(
      ctx.request.body ?? {},
    );
    const row = await getService('schedule', { strapi }).reschedule(
      await actOf(ctx, { publishAt, unpublishAt, timeZone, maxLateness }),
    );
    ctx.body = { data: presentSchedule(row) } satisfies UpdateSchedule['response'];
  },

  async cancel(ctx: Ctx) {
    const { locale, action } = await validateCancelQuery(ctx.query);
    const rows = await getService('schedule', { strapi }).cancel({
      uid: ctx.params.uid,
      documentId: ctx.params.documentId,
      locale,
      action,
      user: ctx.state.user,
    });
    ctx.body = { data: rows.map(presentSchedule) } satisfies CancelSchedule['response'];
  },

  /** What goes out when, and what failed: schedules in [from, to), optionally shown in the viewer's zone. */
  async calendar(ctx: Ctx) {
    const { from, to, status, timeZone, uid, documentId, locale, page, pageSize } =
      await validateCalendarQuery(ctx.query);
    const zone = timeZone === undefined ? undefined : canonicalTimeZone(timeZone);
    if (zone === null) {
      throw new errors.ValidationError(
        `"${timeZone}" is not a time zone: choose one such as Europe/London or America/New_York.`,
      );
    }
    const { results, pagination } = await getService('schedule', { strapi }).calendar({
      from,
      to,
      status: commaItems<ScheduleStatus>(status),
      timeZone: zone,
      uid,
      documentId,
      locale: locale ?? undefined,
      limit: pageSize,
      offset: (page - 1) * pageSize,
    });
    ctx.body = {
      data: results,
      meta: {
        pagination: {
          page,
          pageSize,
          pageCount: Math.ceil(pagination.total / pageSize),
          total: pagination.total,
        },
      },
    } satisfies GetCalendar['response'];
  },
});

export default createScheduleController;
