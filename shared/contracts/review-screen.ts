// The reviewer's screen of one post: what each network will show, what changed, and whether this
// reviewer may decide on it (four eyes), in one read.
import type { NetworkCopy } from '../../server/src/compliance/types';
import type { GetDocument, ReviewedText } from './compliance';

/** An earlier version of the post a reviewer decided on, or the one that is out. */
export interface EarlierVersion extends ReviewedText {
  kind: 'approved' | 'changes-requested' | 'published';
  at: string | null;
  userLabel: string | null;
  comment: string | null;
}

export interface ReviewDecisionRights {
  /** The viewer may approve or send back this post now. */
  canDecide: boolean;
  /** Why not, as a sentence for the viewer (four eyes, permission, state); null when they may. */
  reason: string | null;
  /** The viewer wrote, submitted or attested the post. */
  ownPost: boolean;
  /** The viewer may let a PHI finding stand, with a reason. */
  canOverride: boolean;
  /** The viewer may schedule the post (once it is approved). */
  canSchedule: boolean;
}

type ReviewRead = GetDocument['response']['data'];

export interface ReviewScreen extends ReviewRead {
  /** The post as each of its networks will carry it. */
  networks: NetworkCopy[];
  template: { documentId: string; name: string; body: string; approved: boolean } | null;
  /** The last approved version (approved text, else the published version), for a diff. */
  lastApproved: EarlierVersion | null;
  /** The version last sent back with changes requested, when it is newer than the last approval. */
  sentBack: EarlierVersion | null;
  decision: ReviewDecisionRights;
  approvalsRequired: number;
}

/** GET /social-compliance/documents/:uid/:documentId/review */
export interface GetReviewScreen {
  params: { uid: string; documentId: string };
  query: { locale?: string };
  response: { data: ReviewScreen };
}
