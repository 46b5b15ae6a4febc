import { Box, Flex, Typography } from '@strapi/design-system';
import { Widget, useAuth } from '@strapi/strapi/admin';
import { Link } from 'react-router-dom';

import type { GetReviewQueue, QueueItem } from '../../../shared/contracts/review-queue';
import { paths, useResource } from '../services/api';
import { useMessages } from '../services/messages';
import { reviewPath } from '../pages/ReviewQueuePage';
import { waiting } from './ReviewQueueTable';

const PostList = ({
  items,
  href,
  empty,
}: {
  items: QueueItem[];
  href: (item: QueueItem) => string;
  empty: string;
}) => {
  const { t } = useMessages();
  if (items.length === 0) return <Widget.NoData>{empty}</Widget.NoData>;
  const now = new Date();
  return (
    <Flex tag="ul" direction="column" alignItems="stretch" gap={2}>
      {items.map((item) => {
        const time = waiting(item.submittedAt, now);
        return (
          <Box tag="li" key={`${item.target.documentId}:${item.target.locale}`}>
            <Link to={href(item)}>
              <Typography textColor="primary600" fontWeight="semiBold">
                {item.title || t('queue.untitled')}
              </Typography>
            </Link>
            <Typography variant="pi" textColor="neutral600" tag="p">
              {[item.submittedBy, item.target.locale, time ? t(time.id, { count: time.count }) : null]
                .filter(Boolean)
                .join(' · ')}
            </Typography>
          </Box>
        );
      })}
    </Flex>
  );
};

/** Homepage, reviewers: the oldest posts waiting for a decision. */
export const WaitingForReviewWidget = () => {
  const { t } = useMessages();
  const queue = useResource<GetReviewQueue['response']>(
    paths.reviewQueue({ state: 'in-review', pageSize: 5 }),
  );
  if (queue.error) return <Widget.Error>{queue.error}</Widget.Error>;
  if (!queue.data) return <Widget.Loading />;
  return <PostList items={queue.data.results} href={reviewPath} empty={t('widget.waiting.empty')} />;
};

/** Homepage, authors: their posts a reviewer sent back. */
export const NeedsYourChangesWidget = () => {
  const { t } = useMessages();
  const userId = useAuth('NeedsYourChangesWidget', (state) => state.user?.id);
  const queue = useResource<GetReviewQueue['response']>(
    userId ? paths.reviewQueue({ state: 'changes-requested', authorId: Number(userId), pageSize: 5 }) : null,
  );
  if (queue.error) return <Widget.Error>{queue.error}</Widget.Error>;
  if (!queue.data) return <Widget.Loading />;
  return (
    <PostList
      items={queue.data.results}
      href={(item) =>
        `/content-manager/collection-types/${item.target.uid}/${item.target.documentId}${
          item.target.locale ? `?plugins[i18n][locale]=${item.target.locale}` : ''
        }`
      }
      empty={t('widget.changes.empty')}
    />
  );
};
