import { yup } from '@strapi/utils';

import { date, locale, paging } from './fields';
import { validator } from './validator';

// The content API's feed.
export const validateFeedQuery = validator<{
  channel?: string;
  locale?: string;
  publishedSince?: Date;
  page: number;
  pageSize: number;
}>(
  yup.object({
    channel: yup.string().trim().max(40),
    locale,
    publishedSince: date('publishedSince', '2027-03-01 or 2027-03-01T09:00:00Z'),
    ...paging(100, 25),
  }),
  {
    query: {
      unknown: 'Unknown parameter: ${unknown}. Use channel, locale, publishedSince, page and pageSize.',
    },
    firstProblemOnly: true,
  },
);
