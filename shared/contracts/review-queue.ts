// The reviewers' queue: the posts waiting for a decision, with what still fails.
import type { QueueSort, ReviewState } from '../constants';
import type { CheckResult, ResolvedTarget } from './compliance';
import type { Pagination } from './pagination';

export interface QueueItem {
  target: ResolvedTarget;
  title: string | null;
  category: string | null;
  channels: string[];
  reviewState: ReviewState;
  authorId: number | null;
  submittedBy: string | null;
  submittedAt: string | null;
  /** How many approvals the post has, counting or not. */
  approvals: number;
  /** The draft is no longer what was submitted; null when the draft is gone. */
  changedSinceSubmission: boolean | null;
  evaluation: { compliant: boolean; contentHash: string; failing: CheckResult[]; warnings: number } | null;
}

/** GET /social-compliance/review-queue */
export interface GetReviewQueue {
  query: {
    uid?: string;
    /** One or more review states, separated by commas; `in-review` by default. */
    state?: string;
    channel?: string;
    authorId?: number;
    category?: string;
    locale?: string;
    /** Only posts submitted at or before this instant. */
    waitingSince?: string;
    sort?: QueueSort;
    page?: number;
    pageSize?: number;
  };
  response: { results: QueueItem[]; pagination: Pagination };
}
