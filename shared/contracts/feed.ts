// The content API's feed: the published posts as each network should carry them.
import type { NetworkCopy } from '../../server/src/compliance/types';
import type { Pagination } from './pagination';

export type { NetworkCopy };

export interface FeedPost {
  documentId: string;
  locale: string;
  title: string;
  category: string | null;
  publishedAt: string;
  /** Each network the post goes to, with exactly what to post there. */
  networks: NetworkCopy[];
  media: { url: string; mime: string | null; alternativeText: string | null; caption: string | null }[];
  contentHash: string;
}

/** GET /api/social-compliance/posts (content API, action plugin::social-compliance.feed.find) */
export interface GetPosts {
  query: { channel?: string; locale?: string; publishedSince?: string; page?: number; pageSize?: number };
  response: { data: FeedPost[]; meta: { pagination: Pagination } };
}
