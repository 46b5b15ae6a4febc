// Every UID and name the plugin speaks, in one place.
export const PLUGIN_ID = 'social-compliance';

export const UID = {
  socialPost: 'plugin::social-compliance.social-post',
  messageTemplate: 'plugin::social-compliance.message-template',
  complianceRecord: 'plugin::social-compliance.compliance-record',
  schedule: 'plugin::social-compliance.schedule',
  auditEvent: 'plugin::social-compliance.audit-event',
  policy: 'plugin::social-compliance.policy',
} as const;

export const COMPONENT_UID = {
  attribution: 'social-compliance.attribution',
  qaPair: 'social-compliance.qa-pair',
} as const;

/** Content types whose documents carry a human-readable title that makes their slug. */
export const SLUGGED_TYPES: Record<string, string> = {
  [UID.socialPost]: 'title',
  [UID.messageTemplate]: 'name',
};

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

const action = (uid: string, displayName: string, subCategory: string) => ({
  section: 'plugins' as const,
  pluginName: PLUGIN_ID,
  uid,
  displayName,
  subCategory,
});

export const ACTION_DEFINITIONS = [
  action('read', 'Open the compliance pages', 'general'),
  action('submit', 'Submit posts for review', 'drafting'),
  action('attest', 'Attest that a post contains no patient information', 'drafting'),
  action('review', 'Approve or send back posts', 'review'),
  action('override-findings', 'Override a PHI finding with a reason', 'review'),
  action('schedule', 'Schedule approved posts', 'publishing'),
  action('audit.read', 'Read and export the audit trail', 'audit'),
  action('settings.manage', 'Change the social media policy', 'settings'),
];
