// Plain data in, check results out: what every rule of the policy reads and returns.
import type { CheckId } from '../../../shared/constants';
import type { Finding, Severity } from '../scanner/types';
import type { Policy } from './policy';
import type { ContentManifest } from './content-hash';
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
  /** Strapi's hash of the file's name and bytes: a replaced file gets a new one. */
  hash?: string | null;
  size?: number | string | null;
  /** The resized versions (thumbnail, small, ...) a network may be sent instead. */
  formats?: Record<string, MediaFormat> | null;
  width?: number | null;
  height?: number | null;
  /**
   * When the file's row last changed. Strapi's "Replace media" keeps the file's hash and URL (only the
   * bytes, their size and formats change), and no digest of the bytes is stored: any change counts.
   */
  updatedAt?: string | Date | null;
}

export interface MediaFormat {
  hash?: string | null;
  url?: string | null;
  size?: number | string | null;
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
  /** The patients' written consent to appear in the image, as recorded by the privacy office. */
  consentReference?: string | null;
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
  /** What was attested, part by part: how the panel says what changed since. */
  manifest?: ContentManifest;
}

export interface Approval {
  userId: number;
  userLabel?: string;
  at: string;
  contentHash: string;
  /** What was approved, part by part (and `snapshot`, the post itself, for the audit). */
  manifest?: ContentManifest;
  policyVersion: number;
  policyOwner: string;
  comment?: string;
  /** The title and body approved: the review screen's "changes since the last approved version". */
  text?: ReviewedText;
}

export interface ReviewedText {
  title: string;
  body: string;
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

/** A scanner finding (PHI or off-limits topic) as the editor sees it: quoted with the words around it. */
export interface QuotedFinding {
  path: string;
  fingerprint: string;
  category: string;
  severity: Severity;
  reason: string;
  text: string;
  /** Up to five words before and after the finding in its field. */
  before: string;
  after: string;
  /** A reviewer let this finding stand, with a reason. */
  overridden: boolean;
  /** The picture the finding was read in (its words are in `GET /images/:fileId/reading`); none for text. */
  image?: { fileId: number; name: string };
}

/** A channel of the post: its length as the network counts it (X weighted), against its limit. */
export interface ChannelCount {
  channel: string;
  label: string;
  personal: boolean;
  length: number;
  /** null for a channel the policy does not have. */
  maxLength: number | null;
}

/** A media file of the post, and what it still lacks. */
export interface MediaStatus {
  id: number;
  name: string | null;
  url: string | null;
  mime: string | null;
  /** An attribution of the post covers this file. */
  attributed: boolean;
  missingAltText: boolean;
}

/** A picture of the post (its media and its attributions' media) and whether its text has been read. */
export interface PostImage {
  fileId: number;
  /** The field that holds it (`media.0`, `attributions.1.media`); its findings carry the same path. */
  path: string;
  name: string;
  url: string | null;
  alternativeText: string | null;
  status: 'read' | 'failed' | 'pending';
  /** Why it could not be read. */
  reason: string | null;
}

/** The evaluation, with what the editor's side panel quotes of it. */
export interface LiveChecklist extends Evaluation {
  findings: QuotedFinding[];
  channels: ChannelCount[];
  media: MediaStatus[];
  /** The pictures whose text is read (empty when reading pictures is off). */
  images: PostImage[];
}
