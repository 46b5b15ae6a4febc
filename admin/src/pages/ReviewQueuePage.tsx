import { Box, Button, Flex, Grid, Typography } from '@strapi/design-system';
import { Layouts, Page } from '@strapi/strapi/admin';
import { useMemo, useRef } from 'react';
import { useSearchParams } from 'react-router-dom';

import { QUEUE_SORTS, REVIEW_STATES, type QueueSort } from '../../../shared/constants';
import type { GetPolicy } from '../../../shared/contracts/policy';
import type { GetReviewQueue, QueueItem } from '../../../shared/contracts/review-queue';
import { FilterSelect } from '../components/FilterSelect';
import { PluginNav } from '../components/PluginNav';
import { ReviewQueueTable } from '../components/ReviewQueueTable';
import { paths, useResource } from '../services/api';
import { useMessages } from '../services/messages';
import { usePluginPermissions } from '../services/permissions';
import { POST_CATEGORIES } from './categories';

const WAITING = { '1h': 3_600_000, '1d': 86_400_000, '3d': 3 * 86_400_000 } as const;
const PAGE_SIZES = ['10', '25', '50', '100'];

export const reviewPath = (item: Pick<QueueItem, 'target'>) =>
  `/plugins/social-compliance/review/${encodeURIComponent(item.target.uid)}/${encodeURIComponent(
    item.target.documentId,
  )}${item.target.locale ? `?locale=${encodeURIComponent(item.target.locale)}` : ''}`;

/** The reviewers' main page: what waits for a decision, oldest first. */
export const ReviewQueuePage = () => {
  const { t } = useMessages();
  const permissions = usePluginPermissions();
  const [params, setParams] = useSearchParams();
  const filter = (key: string) => params.get(key) ?? '';
  const page = Number(params.get('page') ?? 1) || 1;
  const pageSize = Number(params.get('pageSize') ?? 25) || 25;
  const waitingFilter = filter('waiting') as keyof typeof WAITING | '';

  const query: GetReviewQueue['query'] = {
    state: filter('state') || 'in-review',
    channel: filter('channel') || undefined,
    category: filter('category') || undefined,
    locale: filter('locale') || undefined,
    authorId: Number(filter('authorId')) || undefined,
    sort: (filter('sort') || 'submittedAt:asc') as QueueSort,
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

  const set = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    if (key !== 'page') next.delete('page');
    setParams(next);
  };
  const now = useMemo(() => new Date(), [queue.data]); // eslint-disable-line react-hooks/exhaustive-deps
  const pagination = queue.data?.pagination;
  const any = { value: '', label: t('filter.any') };

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
        <Box background="neutral0" padding={4} marginBottom={4} hasRadius shadow="filterShadow">
          <Grid.Root gap={3}>
            <Grid.Item col={3} s={6} xs={12} direction="column" alignItems="stretch">
              <FilterSelect
                label={t('filter.state')}
                name="state"
                value={filter('state') || 'in-review'}
                options={REVIEW_STATES.map((state) => ({ value: state, label: t(`state.${state}`) }))}
                onChange={(value) => set('state', value === 'in-review' ? '' : value)}
              />
            </Grid.Item>
            <Grid.Item col={3} s={6} xs={12} direction="column" alignItems="stretch">
              <FilterSelect
                label={t('filter.channel')}
                name="channel"
                value={filter('channel')}
                options={[any, ...Object.entries(channelLabels).map(([value, label]) => ({ value, label }))]}
                onChange={(value) => set('channel', value)}
              />
            </Grid.Item>
            <Grid.Item col={3} s={6} xs={12} direction="column" alignItems="stretch">
              <FilterSelect
                label={t('filter.category')}
                name="category"
                value={filter('category')}
                options={[any, ...POST_CATEGORIES.map((value) => ({ value, label: value }))]}
                onChange={(value) => set('category', value)}
              />
            </Grid.Item>
            <Grid.Item col={3} s={6} xs={12} direction="column" alignItems="stretch">
              <FilterSelect
                label={t('filter.locale')}
                name="locale"
                value={filter('locale')}
                options={[any, { value: 'en', label: 'en' }, { value: 'es', label: 'es' }]}
                onChange={(value) => set('locale', value)}
              />
            </Grid.Item>
            <Grid.Item col={3} s={6} xs={12} direction="column" alignItems="stretch">
              <FilterSelect
                label={t('filter.author')}
                name="authorId"
                value={filter('authorId')}
                options={[any, ...[...authors.current].map(([id, label]) => ({ value: String(id), label }))]}
                onChange={(value) => set('authorId', value)}
              />
            </Grid.Item>
            <Grid.Item col={3} s={6} xs={12} direction="column" alignItems="stretch">
              <FilterSelect
                label={t('filter.waiting')}
                name="waiting"
                value={waitingFilter}
                options={[
                  any,
                  ...Object.keys(WAITING).map((value) => ({ value, label: t(`filter.waiting.${value}`) })),
                ]}
                onChange={(value) => set('waiting', value)}
              />
            </Grid.Item>
            <Grid.Item col={3} s={6} xs={12} direction="column" alignItems="stretch">
              <FilterSelect
                label={t('filter.sort')}
                name="sort"
                value={filter('sort') || 'submittedAt:asc'}
                options={QUEUE_SORTS.map((value) => ({ value, label: t(`sort.${value}`) }))}
                onChange={(value) => set('sort', value === 'submittedAt:asc' ? '' : value)}
              />
            </Grid.Item>
            <Grid.Item col={3} s={6} xs={12} direction="column" alignItems="stretch">
              <FilterSelect
                label={t('filter.pageSize')}
                name="pageSize"
                value={String(pageSize)}
                options={PAGE_SIZES.map((value) => ({ value, label: value }))}
                onChange={(value) => set('pageSize', value === '25' ? '' : value)}
              />
            </Grid.Item>
          </Grid.Root>
        </Box>
        <ReviewQueueTable
          items={queue.data?.results ?? null}
          isLoading={queue.isLoading}
          error={queue.error}
          onRetry={queue.reload}
          now={now}
          channelLabels={channelLabels}
          reviewPath={reviewPath}
        />
        {pagination && pagination.pageCount > 1 ? (
          <Flex justifyContent="space-between" paddingTop={4}>
            <Button variant="tertiary" disabled={page <= 1} onClick={() => set('page', String(page - 1))}>
              {t('common.previous')}
            </Button>
            <Typography>{t('common.pageOf', { page, pageCount: pagination.pageCount })}</Typography>
            <Button
              variant="tertiary"
              disabled={page >= pagination.pageCount}
              onClick={() => set('page', String(page + 1))}
            >
              {t('common.next')}
            </Button>
          </Flex>
        ) : null}
      </Layouts.Content>
    </Page.Main>
  );
};
