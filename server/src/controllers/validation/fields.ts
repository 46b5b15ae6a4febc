import { yup } from '@strapi/utils';

// The fields that several routes take, each written once.

export const locale = yup.string().trim().max(20).nullable();

const ISO_DATE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/** Whether text is an ISO 8601 date (and time) that exists: 2027-02-30 and 24:00 do not. */
const isRealDate = (text: string) => {
  const match = ISO_DATE.exec(text.trim());
  if (!match) return false;
  const [, year, month, day, hour = '0', minute = '0', second = '0'] = match;
  const daysInMonth = new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate();
  return (
    Number(month) >= 1 &&
    Number(month) <= 12 &&
    Number(day) >= 1 &&
    Number(day) <= daysInMonth &&
    Number(hour) < 24 &&
    Number(minute) < 60 &&
    Number(second) < 60
  );
};

/** A date in a query string; `example` shows how to write one. A date that does not exist is refused. */
export const date = (name: string, example: string) =>
  yup
    .date()
    .transform((value, original) =>
      typeof original === 'string' && !isRealDate(original) ? new Date(Number.NaN) : value,
    )
    .typeError(`${name} must be a date that exists, written as ${example}.`);

/** A whole number written in digits (a query's `page=1e300` or `page=2.5` is not one). */
const count = (name: string) =>
  yup
    .number()
    .transform((value, original) =>
      typeof original === 'string' && !/^\d{1,9}$/.test(original.trim()) ? Number.NaN : value,
    )
    .typeError(`${name} must be a whole number written in digits, e.g. ${name}=2.`);

/** One or more of `values`, separated by commas (`state=in-review,approved`). */
export const commaList = (name: string, values: readonly string[]) =>
  yup
    .string()
    .test(
      name,
      `${name} must be one or more of ${values.join(', ')}, separated by commas.`,
      (value) => !value || value.split(',').every((item) => values.includes(item)),
    );

/** The words of a comma list, as the service takes them; none when the list was not given. */
export const commaItems = <T extends string>(value: string | undefined) =>
  value ? (value.split(',') as T[]) : undefined;

/** `page` (from 1) and `pageSize` (from 1 to `max`) of a list. */
export const paging = (max: number, pageSize: number) => ({
  page: count('page').integer().min(1, 'page starts at 1.').default(1),
  pageSize: count('pageSize')
    .integer()
    .min(1, 'pageSize is at least 1.')
    .max(max, `pageSize is at most ${max}.`)
    .default(pageSize),
});

/** "a, b or c": the choices of a one-of, as a sentence says them. */
export const choices = (values: readonly string[]) => values.join(', ').replace(/, ([^,]*)$/, ' or $1');

export const UNKNOWN_FIELD = 'Unknown field in the request: ${unknown}.';
