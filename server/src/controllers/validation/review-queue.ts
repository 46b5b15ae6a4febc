import { yup } from '@strapi/utils';

import { QUEUE_SORTS, REVIEW_STATES } from '../../../../shared/constants';
import type { QueueQuery } from '../../services/review-queue';
import { choices, commaList, date, locale, paging } from './fields';
import { validator } from './validator';

// The service's query, with its states still one comma list.
export const validateQueueQuery = validator<
  Omit<QueueQuery, 'state' | 'page' | 'pageSize'> & { state?: string; page: number; pageSize: number }
>(
  yup.object({
    uid: yup.string(),
    state: commaList('state', REVIEW_STATES),
    channel: yup.string().max(50),
    authorId: yup.number().integer().positive(),
    category: yup.string().max(50),
    locale,
    waitingSince: date('waitingSince', '2026-11-29T09:00:00Z'),
    sort: yup.string().oneOf([...QUEUE_SORTS], `sort must be ${choices(QUEUE_SORTS)}.`),
    ...paging(100, 25),
  }),
  { query: { unknown: 'Unknown filter: ${unknown}.' } },
);
