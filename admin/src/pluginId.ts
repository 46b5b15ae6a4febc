export const PLUGIN_ID = 'social-compliance';

export const ACTIONS = {
  read: 'plugin::social-compliance.read',
} as const;
