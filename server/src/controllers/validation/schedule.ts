import { errors, yup, validateYupSchema } from '@strapi/utils';

import { SCHEDULE_ACTIONS, SCHEDULE_STATUSES } from '../../../../shared/constants';
import type { ScheduleBody } from '../../../../shared/contracts/schedule';

// Input of the scheduling routes and the content API feed. The acting user is never read from here.
type Validator<T> = (input: unknown) => Promise<T>;

// The first problem, as its own sentence (not "2 errors occurred"); query strings are cast from text.
const fromBody = <T>(schema: Parameters<typeof validateYupSchema>[0]) =>
  validateYupSchema(schema, { abortEarly: true }) as Validator<T>;
const fromQuery = <T>(schema: Parameters<typeof validateYupSchema>[0], unknownSentence: string) => {
  const validate = validateYupSchema(schema, { abortEarly: true, strict: false }) as Validator<T>;
  const known = Object.keys((schema as unknown as { fields: Record<string, unknown> }).fields);
  // Casting (strict off) would drop unknown parameters silently: name them instead.
  return async (input: unknown) => {
    const unknown = Object.keys((input as object | null) ?? {}).filter((key) => !known.includes(key));
    if (unknown.length)
      throw new errors.ValidationError(unknownSentence.replace('${unknown}', unknown.join(', ')));
    return validate(input);
  };
};

const MAX_RANGE_DAYS = 400;

const time = (name: string) =>
  yup
    .string()
    .typeError(`${name} is a date and time written as text, e.g. "2027-03-14T09:30".`)
    .max(40, `${name} is too long to be a date and time, e.g. "2027-03-14T09:30".`);

const locale = yup.string().trim().max(20).nullable();

export const validateScheduleBody = fromBody<ScheduleBody>(
  yup
    .object({
      publishAt: time('publishAt'),
      unpublishAt: time('unpublishAt'),
      timeZone: yup
        .string()
        .typeError('timeZone is the name of a time zone, e.g. "Europe/London".')
        .max(64)
        .required('Say which time zone the time is in, e.g. "Europe/London": timeZone is missing.'),
    })
    .noUnknown(
      true,
      'Unknown field in the request: ${unknown}. Send publishAt (or unpublishAt) and timeZone.',
    )
    .test(
      'one-time',
      'Say when: send publishAt to publish the post at a time, or unpublishAt to take it down at a time (one of them, not both).',
      (value) => Boolean(value) && (value!.publishAt === undefined) !== (value!.unpublishAt === undefined),
    ),
);

export const validateCancelQuery = fromQuery<{ locale?: string | null; action?: 'publish' | 'unpublish' }>(
  yup.object({
    locale,
    action: yup
      .string()
      .oneOf(
        [...SCHEDULE_ACTIONS],
        'action is publish (cancel the scheduled publish) or unpublish (cancel the take-down).',
      ),
  }),
  'Unknown parameter: ${unknown}. Use locale and action.',
);

export const validateCalendarQuery = fromQuery<{
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
    from: yup
      .date()
      .typeError('from must be a date, e.g. 2027-03-01 or 2027-03-01T00:00:00Z.')
      .required('Say which period to show: from is missing (e.g. 2027-03-01).'),
    to: yup
      .date()
      .typeError('to must be a date, e.g. 2027-04-01 or 2027-04-01T00:00:00Z.')
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
    status: yup
      .string()
      .test(
        'statuses',
        `status must be one or more of ${SCHEDULE_STATUSES.join(', ')}, separated by commas.`,
        (value) =>
          !value ||
          value.split(',').every((status) => (SCHEDULE_STATUSES as readonly string[]).includes(status)),
      ),
    timeZone: yup.string().max(64),
    uid: yup.string().max(200),
    documentId: yup.string().max(64),
    locale,
    page: yup.number().typeError('page must be a number.').integer().min(1, 'page starts at 1.').default(1),
    pageSize: yup
      .number()
      .typeError('pageSize must be a number.')
      .integer()
      .min(1, 'pageSize is at least 1.')
      .max(500, 'pageSize is at most 500.')
      .default(100),
  }),
  'Unknown parameter: ${unknown}. Use from, to, status, timeZone, uid, documentId, locale, page and pageSize.',
);

export const validateFeedQuery = fromQuery<{
  channel?: string;
  locale?: string;
  publishedSince?: Date;
  page: number;
  pageSize: number;
}>(
  yup.object({
    channel: yup.string().trim().max(40),
    locale: yup.string().trim().max(20),
    publishedSince: yup
      .date()
      .typeError('publishedSince must be a date, e.g. 2027-03-01 or 2027-03-01T09:00:00Z.'),
    page: yup.number().typeError('page must be a number.').integer().min(1, 'page starts at 1.').default(1),
    pageSize: yup
      .number()
      .typeError('pageSize must be a number.')
      .integer()
      .min(1, 'pageSize is at least 1.')
      .max(100, 'pageSize is at most 100.')
      .default(25),
  }),
  'Unknown parameter: ${unknown}. Use channel, locale, publishedSince, page and pageSize.',
);
