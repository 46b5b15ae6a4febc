import { yup } from '@strapi/utils';

// The fields that several routes take, each written once.

export const locale = yup.string().trim().max(20).nullable();

/** A date in a query string; `example` shows how to write one. */
export const date = (name: string, example: string) =>
  yup.date().typeError(`${name} must be a date, e.g. ${example}.`);

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
  page: yup.number().typeError('page must be a number.').integer().min(1, 'page starts at 1.').default(1),
  pageSize: yup
    .number()
    .typeError('pageSize must be a number.')
    .integer()
    .min(1, 'pageSize is at least 1.')
    .max(max, `pageSize is at most ${max}.`)
    .default(pageSize),
});

/** "a, b or c": the choices of a one-of, as a sentence says them. */
export const choices = (values: readonly string[]) => values.join(', ').replace(/, ([^,]*)$/, ' or $1');

export const UNKNOWN_FIELD = 'Unknown field in the request: ${unknown}.';
