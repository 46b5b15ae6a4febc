// Every UID the plugin's server speaks, in one place; the plugin id and its permissions are in shared/.
import { ACTIONS, PLUGIN_ID, type Action } from '../../shared/constants';

export const UID = {
  socialPost: 'plugin::social-compliance.social-post',
  messageTemplate: 'plugin::social-compliance.message-template',
  complianceRecord: 'plugin::social-compliance.compliance-record',
  schedule: 'plugin::social-compliance.schedule',
  auditEvent: 'plugin::social-compliance.audit-event',
  policy: 'plugin::social-compliance.policy',
  imageReading: 'plugin::social-compliance.image-reading',
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

// Strapi names a plugin's action by its part after `plugin::<id>.`.
const action = (name: Action, displayName: string, subCategory: string) => ({
  section: 'plugins' as const,
  pluginName: PLUGIN_ID,
  uid: name.slice(`plugin::${PLUGIN_ID}.`.length),
  displayName,
  subCategory,
});

export const ACTION_DEFINITIONS = [
  action(ACTIONS.read, 'Open the compliance pages', 'general'),
  action(ACTIONS.submit, 'Submit posts for review', 'drafting'),
  action(ACTIONS.attest, 'Attest that a post contains no patient information', 'drafting'),
  action(ACTIONS.review, 'Approve or send back posts', 'review'),
  action(ACTIONS.overrideFindings, 'Override a PHI finding with a reason', 'review'),
  action(ACTIONS.schedule, 'Schedule approved posts', 'publishing'),
  action(ACTIONS.readAudit, 'Read and export the audit trail', 'audit'),
  action(ACTIONS.manageSettings, 'Change the social media policy', 'settings'),
];
