import type { Core } from '@strapi/strapi';

import { UID } from '../constants';
import type { ScheduleStatus } from '../../../shared/constants';
import type { CalendarEntry } from '../../../shared/contracts/schedule';
import { getService, userLabel, type AdminUser } from '../utils';
import { fromRow, presentSchedule, type Schedule } from './rows';
import { inTimeZone } from './time-zone';

/** The calendar: schedules whose time falls in [from, to), each with its time in its zone and in `timeZone`. */
export const readCalendar = async (
  strapi: Core.Strapi,
  {
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
  },
): Promise<{ results: CalendarEntry[]; pagination: { total: number; limit: number; offset: number } }> => {
  const where = {
    runAt: { $gte: from, $lt: to },
    ...(status?.length ? { status: { $in: status } } : {}),
    ...(uid ? { targetUid: uid } : {}),
    ...(documentId ? { targetDocumentId: documentId } : {}),
    ...(locale ? { targetLocale: locale } : {}),
  };
  const [rows, total] = await Promise.all([
    strapi.db
      .query(UID.schedule)
      .findMany({ where, orderBy: [{ runAt: 'asc' }, { id: 'asc' }], limit, offset }),
    strapi.db.query(UID.schedule).count({ where }),
  ]);
  const schedules = rows.map(fromRow);
  const [titles, people] = await Promise.all([titlesOf(strapi, schedules), peopleOf(strapi, schedules)]);
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
};

/** The draft titles of the posts in a page of the calendar, in one query per content type. */
async function titlesOf(strapi: Core.Strapi, rows: Schedule[]) {
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
      select: [
        'documentId',
        field,
        ...(getService('targets', { strapi }).isLocalized(uid) ? ['locale'] : []),
      ],
    });
    for (const entry of found as Record<string, string>[]) {
      titles.set(`${uid}|${entry.documentId}|${entry.locale ?? ''}`, entry[field]);
    }
  }
  return titles;
}

async function peopleOf(strapi: Core.Strapi, rows: Schedule[]) {
  const ids = [...new Set(rows.map((row) => row.scheduledById).filter((id): id is number => Boolean(id)))];
  const users: AdminUser[] = ids.length
    ? await strapi.db.query('admin::user').findMany({
        where: { id: { $in: ids } },
        select: ['id', 'firstname', 'lastname', 'username', 'email'],
      })
    : [];
  return new Map(users.map((user) => [user.id, userLabel(user)]));
}
