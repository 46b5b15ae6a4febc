import { Badge, Box, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { Link } from 'react-router-dom';

import type { QueueItem } from '../../../shared/contracts/review-queue';
import { useMessages } from '../services/messages';
import { ErrorState, EmptyState, LoadingState } from './StateViews';
import { ReviewStateBadge } from './ReviewStateBadge';

const HOUR = 3_600_000;

/** How long a post has waited, in the unit a person reads at a glance. */
export const waiting = (submittedAt: string | null, now: Date) => {
  if (!submittedAt) return null;
  const ms = Math.max(0, now.getTime() - new Date(submittedAt).getTime());
  if (ms < HOUR) return { id: 'queue.waiting.minutes', count: Math.floor(ms / 60_000) };
  if (ms < 48 * HOUR) return { id: 'queue.waiting.hours', count: Math.floor(ms / HOUR) };
  return { id: 'queue.waiting.days', count: Math.floor(ms / (24 * HOUR)) };
};

export interface ReviewQueueTableProps {
  items: QueueItem[] | null;
  isLoading: boolean;
  error: string | null;
  onRetry?: () => void;
  now: Date;
  channelLabels: Record<string, string>;
  /** Where a row's title leads: the post's review screen. */
  reviewPath: (item: QueueItem) => string;
}

/** The posts waiting for a decision: who wrote them, where they go, and how long they have waited. */
export const ReviewQueueTable = ({
  items,
  isLoading,
  error,
  onRetry,
  now,
  channelLabels,
  reviewPath,
}: ReviewQueueTableProps) => {
  const { t } = useMessages();
  if (error) return <ErrorState message={error} onRetry={onRetry} />;
  if (isLoading && !items) return <LoadingState label={t('queue.loading')} />;
  if (!items || items.length === 0) return <EmptyState content={t('queue.empty')} />;

  return (
    <Table colCount={7} rowCount={items.length + 1} aria-busy={isLoading}>
      <Thead>
        <Tr>
          <Th>
            <Typography variant="sigma">{t('queue.column.title')}</Typography>
          </Th>
          <Th>
            <Typography variant="sigma">{t('queue.column.author')}</Typography>
          </Th>
          <Th>
            <Typography variant="sigma">{t('queue.column.channels')}</Typography>
          </Th>
          <Th>
            <Typography variant="sigma">{t('queue.column.category')}</Typography>
          </Th>
          <Th>
            <Typography variant="sigma">{t('queue.column.locale')}</Typography>
          </Th>
          <Th>
            <Typography variant="sigma">{t('queue.column.waiting')}</Typography>
          </Th>
          <Th>
            <Typography variant="sigma">{t('queue.column.state')}</Typography>
          </Th>
        </Tr>
      </Thead>
      <Tbody>
        {items.map((item) => {
          const time = waiting(item.submittedAt, now);
          // The approval a reviewer is about to give is not a fault of the post.
          const failing =
            item.evaluation?.failing.filter((check) => !check.id.startsWith('approval')).length ?? 0;
          return (
            <Tr key={`${item.target.documentId}:${item.target.locale}`}>
              <Td>
                <Box>
                  <Link to={reviewPath(item)}>
                    <Typography textColor="primary600" fontWeight="semiBold">
                      {item.title || t('queue.untitled')}
                    </Typography>
                  </Link>
                  {item.changedSinceSubmission ? (
                    <Typography variant="pi" textColor="warning600" tag="p">
                      {t('queue.changedSinceSubmission')}
                    </Typography>
                  ) : null}
                  {failing > 0 ? (
                    <Typography variant="pi" textColor="danger600" tag="p">
                      {t('queue.failing', { count: failing })}
                    </Typography>
                  ) : null}
                </Box>
              </Td>
              <Td>
                <Typography>{item.submittedBy ?? t('common.unknown')}</Typography>
              </Td>
              <Td>
                <Typography>
                  {item.channels.map((channel) => channelLabels[channel] ?? channel).join(', ') || '—'}
                </Typography>
              </Td>
              <Td>
                <Typography>{item.category ?? '—'}</Typography>
              </Td>
              <Td>
                <Badge>{item.target.locale || '—'}</Badge>
              </Td>
              <Td>
                <Typography>{time ? t(time.id, { count: time.count }) : '—'}</Typography>
              </Td>
              <Td>
                <ReviewStateBadge state={item.reviewState} />
              </Td>
            </Tr>
          );
        })}
      </Tbody>
    </Table>
  );
};
