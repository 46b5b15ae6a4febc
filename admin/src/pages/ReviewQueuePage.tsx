import { Layouts, Page } from '@strapi/strapi/admin';
import { useMemo, useRef } from 'react';

import { QUEUE_SORTS, REVIEW_STATES, type QueueSort } from '../../../shared/constants';
import type { GetPolicy } from '../../../shared/contracts/policy';
import type { GetReviewQueue, QueueItem } from '../../../shared/contracts/review-queue';
import { FilterBar, type Filter } from '../components/FilterBar';
import { Pager } from '../components/Pager';
import { PluginNav } from '../components/PluginNav';
import { ReviewQueueTable } from '../components/ReviewQueueTable';
import { paths, useResource } from '../services/api';
import { useMessages } from '../services/messages';
import { usePluginPermissions } from '../services/permissions';
import { useUrlFilters } from '../services/url-filters';
import { POST_CATEGORIES } from './categories';

const WAITING = { '1h': 3_600_000, '1d': 86_400_000, '3d': 3 * 86_400_000 } as const;
const PAGE_SIZES = ['10', '25', '50', '100'];
const DEFAULTS = { state: 'in-review', sort: 'submittedAt:asc', pageSize: '25' };

export const reviewPath = (item: Pick<QueueItem, 'target'>) =>
  `/plugins/social-compliance/review/${encodeURIComponent(item.target.uid)}/${encodeURIComponent(
    item.target.documentId,
  )}${item.target.locale ? `?locale=${encodeURIComponent(item.target.locale)}` : ''}`;

/** The reviewers' main page: what waits for a decision, oldest first. */
export const ReviewQueuePage = () => {
  const { t } = useMessages();
  const permissions = usePluginPermissions();
  const { value: filter, set, page } = useUrlFilters(DEFAULTS);
  const pageSize = Number(filter('pageSize')) || Number(DEFAULTS.pageSize);
  const waitingFilter = filter('waiting') as keyof typeof WAITING | '';

  const query: GetReviewQueue['query'] = {
    state: filter('state'),
    channel: filter('channel') || undefined,
    category: filter('category') || undefined,
    locale: filter('locale') || undefined,
    authorId: Number(filter('authorId')) || undefined,
    sort: filter('sort') as QueueSort,
    // Rounded to the minute, so that one filter is one request.
    waitingSince: waitingFilter
      ? new Date(Math.floor((Date.now() - WAITING[waitingFilter]) / 60_000) * 60_000).toISOString()
      : undefined,
    page,
    pageSize,
  };
  const queue = useResource<GetReviewQueue['response']>(paths.reviewQueue(query));
  const policy = useResource<GetPolicy['response']>(paths.policy());
  const channels = policy.data?.data.channels ?? {};
  const channelLabels = Object.fromEntries(Object.entries(channels).map(([key, c]) => [key, c.label]));

  // Authors met so far: the route filters by id, and a reviewer may not list the admin users.
  const authors = useRef(new Map<number, string>());
  for (const item of queue.data?.results ?? []) {
    if (item.authorId) authors.current.set(item.authorId, item.submittedBy ?? `#${item.authorId}`);
  }

  const now = useMemo(() => new Date(), [queue.data]); // eslint-disable-line react-hooks/exhaustive-deps
  const pagination = queue.data?.pagination;
  const filters: Filter[] = [
    {
      name: 'state',
      label: t('filter.state'),
      options: REVIEW_STATES.map((state) => ({ value: state, label: t(`state.${state}`) })),
    },
    {
      name: 'channel',
      label: t('filter.channel'),
      any: true,
      options: Object.entries(channelLabels).map(([value, label]) => ({ value, label })),
    },
    {
      name: 'category',
      label: t('filter.category'),
      any: true,
      options: POST_CATEGORIES.map((value) => ({ value, label: value })),
    },
    {
      name: 'locale',
      label: t('filter.locale'),
      any: true,
      options: ['en', 'es'].map((value) => ({ value, label: value })),
    },
    {
      name: 'authorId',
      label: t('filter.author'),
      any: true,
      options: [...authors.current].map(([id, label]) => ({ value: String(id), label })),
    },
    {
      name: 'waiting',
      label: t('filter.waiting'),
      any: true,
      options: Object.keys(WAITING).map((value) => ({ value, label: t(`filter.waiting.${value}`) })),
    },
    {
      name: 'sort',
      label: t('filter.sort'),
      options: QUEUE_SORTS.map((value) => ({ value, label: t(`sort.${value}`) })),
    },
    {
      name: 'pageSize',
      label: t('filter.pageSize'),
      options: PAGE_SIZES.map((value) => ({ value, label: value })),
    },
  ];

  return (
    <Page.Main>
      <Page.Title>{t('queue.title')}</Page.Title>
      <Layouts.Header
        title={t('queue.title')}
        subtitle={pagination ? t('queue.subtitle', { count: pagination.total }) : t('queue.subtitle.loading')}
      />
      <Layouts.Content>
        <PluginNav
          canReadAudit={permissions.canReadAudit}
          canManageSettings={permissions.canManageSettings}
        />
        <FilterBar filters={filters} value={filter} onChange={set} />
        <ReviewQueueTable
          items={queue.data?.results ?? null}
          isLoading={queue.isLoading}
          error={queue.error}
          onRetry={queue.reload}
          now={now}
          channelLabels={channelLabels}
          reviewPath={reviewPath}
        />
        {pagination ? (
          <Pager
            page={page}
            pageCount={pagination.pageCount}
            hasNext={page < pagination.pageCount}
            onPage={(next) => set('page', String(next))}
          />
        ) : null}
      </Layouts.Content>
    </Page.Main>
  );
};
