import type { Core } from '@strapi/strapi';

import { UID } from '../constants';
import { evaluate } from '../compliance';
import { getService } from '../utils';
import { toSnapshot } from './records';
import type { QueueSort, ReviewState } from '../../../shared/constants';
import type { ComplianceRecord } from '../../../shared/contracts/compliance';
import type { GetReviewQueue, QueueItem } from '../../../shared/contracts/review-queue';

export interface QueueQuery {
  uid?: string;
  state?: ReviewState[];
  channel?: string;
  authorId?: number;
  category?: string;
  locale?: string;
  /** Only posts submitted at or before this instant: "waiting since". */
  waitingSince?: Date;
  sort?: QueueSort;
  page?: number;
  pageSize?: number;
}

/**
 * The reviewers' queue. Filters and sorting run on the compliance records (indexed on type, state and
 * submission time); a page then loads its posts and evaluates them in a fixed number of queries.
 */
const createReviewQueueService = ({ strapi }: { strapi: Core.Strapi }) => ({
  async list({
    uid = UID.socialPost,
    state = ['in-review'],
    channel,
    authorId,
    category,
    locale,
    waitingSince,
    sort = 'submittedAt:asc',
    page = 1,
    pageSize = 25,
  }: QueueQuery = {}): Promise<GetReviewQueue['response']> {
    const where: Record<string, unknown> = {
      targetUid: uid,
      reviewState: state.length === 1 ? state[0] : { $in: state },
      ...(category ? { category } : {}),
      ...(authorId ? { authorId } : {}),
      ...(locale ? { targetLocale: locale } : {}),
      ...(channel ? { channels: { $contains: `,${channel},` } } : {}),
      ...(waitingSince ? { submittedAt: { $lte: waitingSince } } : {}),
    };
    const [field, direction] = sort.split(':');
    const records = strapi.db.query(UID.complianceRecord);
    const [rows, total] = await Promise.all([
      records.findMany({
        where,
        orderBy: [{ [field]: direction }, { id: 'asc' }],
        offset: (page - 1) * pageSize,
        limit: pageSize,
      }),
      records.count({ where }),
    ]);

    const targets = (rows as ComplianceRecord[]).map((record) => ({
      uid,
      documentId: record.targetDocumentId,
      locale: record.targetLocale,
    }));
    const [posts, policy] = await Promise.all([
      getService('snapshot', { strapi }).loadMany(uid, targets),
      getService('policy', { strapi }).current(),
    ]);
    const now = new Date();

    const results = (rows as ComplianceRecord[]).map((record, index): QueueItem => {
      const post = posts[index];
      const summary = post && evaluate({ post, policy, record: toSnapshot(record), now });
      return {
        target: targets[index],
        title: post?.title ?? record.title,
        category: post?.category ?? record.category,
        channels: post?.channels ?? [],
        reviewState: record.reviewState,
        authorId: record.authorId,
        submittedBy: record.submission?.userLabel ?? null,
        submittedAt: record.submittedAt,
        approvals: record.approvals.length,
        changedSinceSubmission: summary ? summary.contentHash !== record.submission?.contentHash : null,
        evaluation: summary && {
          compliant: summary.compliant,
          contentHash: summary.contentHash,
          failing: summary.checks.filter((check) => check.status === 'fail'),
          warnings: summary.checks.filter((check) => check.status === 'warn').length,
        },
      };
    });

    return { results, pagination: { page, pageSize, total, pageCount: Math.ceil(total / pageSize) } };
  },
});

export default createReviewQueueService;
