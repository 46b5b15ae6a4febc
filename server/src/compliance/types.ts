// Plain data in, check results out: what every rule of the policy reads and returns.
import type { CheckId } from '../../../shared/constants';
import type { Finding, Severity } from '../scanner/types';
import type { Policy } from './policy';
import type { ImageReading } from './image-text';

export type CheckStatus = 'pass' | 'warn' | 'fail';

export interface CheckResult {
  /** Stable id of the check, e.g. `attribution.missing`; several results may share one. */
  id: CheckId;
  /** The number of the policy rule it enforces (seed: 10 rules for a healthcare social media policy). */
  rule: number;
  status: CheckStatus;
  /** A sentence the editor can act on. */
  message: string;
  /** The field it concerns, dot-separated as in the admin form (`attributions.0.creditLine`). */
  path?: string;
}

export type Licence =
  | 'own-work'
  | 'licensed'
  | 'permission'
  | 'cc-by'
  | 'cc-by-sa'
  | 'cc0'
  | 'public-domain'
  | 'fair-use';

export interface MediaFile {
  id: number;
  name?: string | null;
  alternativeText?: string | null;
  caption?: string | null;
  url?: string | null;
  mime?: string | null;
}

export interface Attribution {
  kind?: string | null;
  media?: MediaFile | null;
  description?: string | null;
  rightsHolder?: string | null;
  licence?: Licence | string | null;
  sourceUrl?: string | null;
  licenceReference?: string | null;
  creditLine?: string | null;
  trademarks?: string | null;
  justification?: string | null;
  /** ISO date (YYYY-MM-DD): the licence ends at the end of that day. */
  expiresAt?: string | null;
}

export interface QaPair {
  question?: string | null;
  answer?: string | null;
}

export interface TemplateSnapshot {
  documentId: string;
  name: string;
  body: string;
  /** A published version of the template exists: it is approved for use. */
  approved: boolean;
  validFrom?: string | null;
  validUntil?: string | null;
  qa: QaPair[];
}

/** What would be published: the compliance-relevant fields of one locale of a governed document. */
export interface PostSnapshot {
  uid: string;
  documentId?: string;
  locale?: string;
  title: string;
  body: string;
  /** Other text fields of a governed type that is not the social post: scanned like the body. */
  otherText?: { path: string; text: string }[];
  category?: string | null;
  channels?: string[] | null;
  media: MediaFile[];
  /** `undefined` when the content type has no attributions field. */
  attributions?: Attribution[];
  template?: TemplateSnapshot | null;
  templateValues?: Record<string, unknown> | null;
  qa?: QaPair[];
  /** The admin user who created the document. */
  authorId?: number | null;
}

export interface Attestation {
  userId: number;
  userLabel?: string;
  at: string;
  wordingVersion: number;
  contentHash: string;
}

export interface Approval {
  userId: number;
  userLabel?: string;
  at: string;
  contentHash: string;
  policyVersion: number;
  policyOwner: string;
  comment?: string;
}

export interface FindingOverride {
  fingerprint: string;
  userId: number;
  userLabel?: string;
  at: string;
  reason: string;
  category: string;
  text: string;
}

export interface ComplianceRecordSnapshot {
  attestation?: Attestation | null;
  approvals?: Approval[] | null;
  overrides?: FindingOverride[] | null;
  /** Who submitted the post for review: an author may not approve it. */
  submittedById?: number | null;
}

/** A PHI finding of one field, with its fingerprint and the override that covers it, if any. */
export interface PhiFinding {
  path: string;
  fingerprint: string;
  category: string;
  text: string;
  severity: Severity;
  reason: string;
  start: number;
  end: number;
  override?: FindingOverride;
}

/** What one network carries for a published post. */
export interface NetworkCopy {
  channel: string;
  label: string;
  /** Exactly what to post: the body, then the credits, then the disclaimer when it is due. */
  text: string;
  credits: string[];
  /** The disclaimer the policy asks for on this (personal) channel, or null. */
  disclaimer: string | null;
  /** The length as the network counts it, and its limit (null for a channel the policy no longer has). */
  length: number;
  maxLength: number | null;
}

export interface FieldScan {
  path: string;
  text: string;
  findings: Finding[];
}

export interface EvaluationInput {
  post: PostSnapshot;
  policy: Policy;
  record?: ComplianceRecordSnapshot | null;
  now: Date;
  /** What is known of the text in the post's images (OCR); none when reading pictures is off. */
  images?: ImageReading[];
}

export interface Evaluation {
  compliant: boolean;
  contentHash: string;
  checks: CheckResult[];
}
