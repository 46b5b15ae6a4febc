import { yup } from '@strapi/utils';

import { SCHEDULE_ACTIONS, SCHEDULE_STATUSES, type ScheduleAction } from '../../../../shared/constants';
import type { ScheduleBody } from '../../../../shared/contracts/schedule';
import { commaList, date, locale, paging } from './fields';
import { validator } from './validator';

// The scheduling routes: each answers with the first problem only.

const MAX_RANGE_DAYS = 400;

const time = (name: string) =>
  yup
    .string()
    .typeError(`${name} is a date and time written as text, e.g. "2027-03-14T09:30".`)
    .max(40, `${name} is too long to be a date and time, e.g. "2027-03-14T09:30".`);

export const validateScheduleBody = validator<ScheduleBody>(
  yup
    .object({
      publishAt: time('publishAt'),
      unpublishAt: time('unpublishAt'),
      timeZone: yup
        .string()
        .typeError('timeZone is the name of a time zone, e.g. "Europe/London".')
        .max(64)
        .required('Say which time zone the time is in, e.g. "Europe/London": timeZone is missing.'),
      maxLateness: yup
        .number()
        .typeError('maxLateness is a number of seconds, e.g. 3600 for an hour.')
        .integer('maxLateness is a whole number of seconds, e.g. 3600 for an hour.')
        .min(60, 'maxLateness is at least 60 seconds.')
        .max(604800, 'maxLateness is at most 604800 seconds (a week).'),
    })
    .noUnknown(
      true,
      'Unknown field in the request: ${unknown}. Send publishAt (or unpublishAt), timeZone and optionally maxLateness.',
    )
    .test(
      'one-time',
      'Say when: send publishAt to publish the post at a time, or unpublishAt to take it down at a time (one of them, not both).',
      (value) => Boolean(value) && (value!.publishAt === undefined) !== (value!.unpublishAt === undefined),
    ),
  { firstProblemOnly: true },
);

export const validateCancelQuery = validator<{ locale?: string | null; action?: ScheduleAction }>(
  yup.object({
    locale,
    action: yup
      .string()
      .oneOf(
        [...SCHEDULE_ACTIONS],
        'action is publish (cancel the scheduled publish) or unpublish (cancel the take-down).',
      ),
  }),
  { query: { unknown: 'Unknown parameter: ${unknown}. Use locale and action.' }, firstProblemOnly: true },
);

export const validateCalendarQuery = validator<{
  from: Date;
  to: Date;
  status?: string;
  timeZone?: string;
  uid?: string;
  documentId?: string;
  locale?: string | null;
  page: number;
  pageSize: number;
}>(
  yup.object({
    from: date('from', '2027-03-01 or 2027-03-01T00:00:00Z').required(
      'Say which period to show: from is missing (e.g. 2027-03-01).',
    ),
    to: date('to', '2027-04-01 or 2027-04-01T00:00:00Z')
      .required('Say which period to show: to is missing (e.g. 2027-04-01).')
      .test('after', 'to must come after from.', function after(value) {
        const { from } = this.parent as { from?: Date };
        return !from || !value || value.getTime() > from.getTime();
      })
      .test(
        'range',
        `Show at most ${MAX_RANGE_DAYS} days at once: narrow from and to.`,
        function range(value) {
          const { from } = this.parent as { from?: Date };
          return !from || !value || value.getTime() - from.getTime() <= MAX_RANGE_DAYS * 86_400_000;
        },
      ),
    status: commaList('status', SCHEDULE_STATUSES),
    timeZone: yup.string().max(64),
    uid: yup.string().max(200),
    documentId: yup.string().max(64),
    locale,
    ...paging(500, 100),
  }),
  {
    query: {
      unknown:
        'Unknown parameter: ${unknown}. Use from, to, status, timeZone, uid, documentId, locale, page and pageSize.',
    },
    firstProblemOnly: true,
  },
);
