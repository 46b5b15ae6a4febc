// The plugin's vocabulary, shared by the server and the admin: ids, permissions and every list of values
// that a route takes or returns. Values only, no imports, so both bundles can inline them.

export const PLUGIN_ID = 'social-compliance';

/** The Channels custom field: `plugin::social-compliance.channels`, stored as JSON (an array of keys). */
export const CHANNELS_FIELD = 'channels';

/** The Template values custom field: `plugin::social-compliance.template-values`, a JSON object. */
export const TEMPLATE_VALUES_FIELD = 'template-values';

/** RBAC actions (rule 7): who may draft, attest, review, schedule and configure. */
export const ACTIONS = {
  read: 'plugin::social-compliance.read',
  submit: 'plugin::social-compliance.submit',
  attest: 'plugin::social-compliance.attest',
  review: 'plugin::social-compliance.review',
  overrideFindings: 'plugin::social-compliance.override-findings',
  schedule: 'plugin::social-compliance.schedule',
  readAudit: 'plugin::social-compliance.audit.read',
  manageSettings: 'plugin::social-compliance.settings.manage',
} as const;

export type Action = (typeof ACTIONS)[keyof typeof ACTIONS];

/** draft → in review → changes requested | approved → scheduled → published. */
export const REVIEW_STATES = [
  'draft',
  'in-review',
  'changes-requested',
  'approved',
  'scheduled',
  'published',
] as const;

export type ReviewState = (typeof REVIEW_STATES)[number];

/** What a schedule does at its time: publish the post, or take it down. */
export const SCHEDULE_ACTIONS = ['publish', 'unpublish'] as const;

export type ScheduleAction = (typeof SCHEDULE_ACTIONS)[number];

/** pending → claimed → done | failed, or cancelled; missed when found later than its allowed lateness. */
export const SCHEDULE_STATUSES = ['pending', 'claimed', 'done', 'failed', 'cancelled', 'missed'] as const;

export type ScheduleStatus = (typeof SCHEDULE_STATUSES)[number];

/** How the review queue can be ordered. */
export const QUEUE_SORTS = ['submittedAt:asc', 'submittedAt:desc', 'title:asc', 'title:desc'] as const;

export type QueueSort = (typeof QUEUE_SORTS)[number];

/** How a lexicon term (an off-limits topic) or a finding weighs: a warning, or a block. */
export const SEVERITIES = ['warn', 'block'] as const;

export type Severity = (typeof SEVERITIES)[number];

/** The files the audit trail exports to. */
export const AUDIT_FORMATS = ['csv', 'json'] as const;

export type AuditFormat = (typeof AUDIT_FORMATS)[number];

/** Every act the audit trail records. */
export const AUDIT_ACTIONS = [
  'attest',
  'submit',
  'approve',
  'request-changes',
  'override',
  'publish',
  'publish-refused',
  'unpublish',
  'schedule',
  'schedule-cancelled',
  'schedule-failed',
  'schedule-missed',
  'policy-changed',
  'media-changed',
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** The id of each check result: `<check>` when it passes, `<check>.<what failed>` otherwise. */
export const CHECK_IDS = [
  'attribution',
  'attribution.missing',
  'attribution.licence',
  'attribution.incomplete',
  'attribution.source-url',
  'attribution.copyright-line',
  'attribution.expired',
  'attribution.own-work',
  'attestation',
  'attestation.missing',
  'attestation.wording',
  'attestation.stale',
  'template',
  'template.required',
  'template.unapproved',
  'template.not-yet-valid',
  'template.expired',
  'template.variable',
  'template.locked',
  'qa.required',
  'qa.incomplete',
  'topics',
  'topics.off-limits',
  'disclaimer',
  'disclaimer.missing',
  'channels',
  'channels.none',
  'channels.unknown',
  'channels.too-long',
  'phi',
  'phi.identifier',
  'phi.possible',
  'phi.overridden',
  'images.reading',
  'images.unreadable',
  'images.accepted',
  'images.consent',
  'approval',
  'approval.missing',
] as const;

export type CheckId = (typeof CHECK_IDS)[number];
