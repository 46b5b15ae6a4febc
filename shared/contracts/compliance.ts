// The compliance of one document: the live checklist, the review screen's read, and the acts on its
// compliance record (attest, submit, approve, request changes, override a finding).
import type {
  Approval,
  Attestation,
  Evaluation,
  FindingOverride,
  LiveChecklist,
  PhiFinding,
  PostImage,
  PostSnapshot,
  ReviewedText,
} from '../../server/src/compliance/types';
import type { CheckId, ReviewState } from '../constants';

export type {
  Approval,
  Attestation,
  ChannelCount,
  CheckResult,
  Evaluation,
  FindingOverride,
  LiveChecklist,
  MediaStatus,
  PhiFinding,
  PostImage,
  PostSnapshot,
  QuotedFinding,
  ReviewedText,
} from '../../server/src/compliance/types';

/** One locale of one document of a governed content type: what a compliance record is about. */
export interface Target {
  uid: string;
  documentId: string;
  locale?: string | null;
}

export interface ResolvedTarget {
  uid: string;
  documentId: string;
  /** The locale, or '' for a content type that is not localised. */
  locale: string;
}

/** Why a post may not go out: a failing check of the policy, or what went wrong. */
export interface Reason {
  message: string;
  check?: CheckId;
  rule?: number;
  /** The field it concerns, dot-separated (`attributions.0.creditLine`). */
  path?: string;
}

/** One unmet requirement in a refusal's `details.errors`, placed on its field as the admin form shows it. */
export interface RefusalError {
  path: string[];
  message: string;
  name: 'ComplianceError';
  value: { check?: CheckId; rule?: number; locale: string | null };
}

export interface Submission {
  userId: number;
  userLabel: string;
  at: string;
  contentHash: string;
  /** The last request for changes before this submission, if any. */
  sentBack?: ReviewDecision | null;
}

export interface ReviewDecision {
  userId: number;
  userLabel: string;
  at: string;
  contentHash: string;
  comment: string;
  /** The title and body sent back: the review screen diffs the resubmitted post against it. */
  text?: ReviewedText;
}

/** What the plugin records about one target: attestation, review and overrides. */
export interface ComplianceRecord {
  id: number;
  targetUid: string;
  targetDocumentId: string;
  targetLocale: string;
  reviewState: ReviewState;
  /** The post's title, category and channels (`,x,facebook,`) when last submitted: the queue's filters. */
  title: string | null;
  category: string | null;
  channels: string | null;
  authorId: number | null;
  attestation: Attestation | null;
  submission: Submission | null;
  submittedAt: string | null;
  approvals: Approval[];
  changesRequested: ReviewDecision | null;
  overrides: FindingOverride[];
  revision: number;
}

interface DocumentRoute {
  params: { uid: string; documentId: string };
  query: { locale?: string };
}

/** GET /social-compliance/governed-content-types: the UIDs of the content types under the policy. */
export interface GetGovernedContentTypes {
  response: { data: string[] };
}

/**
 * POST /social-compliance/evaluate: the live checklist of a saved draft, or of unsaved form data (nothing
 * is written): the evaluation, the findings quoted with their context, each channel's count, the media.
 */
export interface Evaluate {
  body: {
    uid: string;
    documentId?: string | null;
    locale?: string | null;
    data?: Record<string, unknown> | null;
  };
  response: { data: LiveChecklist };
}

/** GET /social-compliance/documents/:uid/:documentId: what the review screen shows. */
export interface GetDocument extends DocumentRoute {
  response: {
    data: {
      target: ResolvedTarget;
      post: PostSnapshot;
      record: ComplianceRecord | null;
      evaluation: Evaluation;
      findings: PhiFinding[];
      /** The post's pictures and whether their text has been read (empty when reading pictures is off). */
      images: PostImage[];
    };
  };
}

interface RecordAct<Body> extends DocumentRoute {
  body: Body;
  response: { data: ComplianceRecord };
}

/** POST /social-compliance/documents/:uid/:documentId/attest */
export type Attest = RecordAct<Record<string, never>>;

/** POST /social-compliance/documents/:uid/:documentId/submit */
export type Submit = RecordAct<Record<string, never>>;

/** POST /social-compliance/documents/:uid/:documentId/approve */
export type Approve = RecordAct<{ comment?: string }>;

/** POST /social-compliance/documents/:uid/:documentId/request-changes */
export type RequestChanges = RecordAct<{ comment: string }>;

/** POST /social-compliance/documents/:uid/:documentId/overrides */
export type OverrideFinding = RecordAct<{ fingerprint: string; reason: string }>;
