import { PLUGIN_ID } from '../../../shared/constants';

/** Prefixes each key with the plugin id, as Strapi's admin expects of plugin translations. */
export const prefixTranslations = (messages: Record<string, string>) =>
  Object.fromEntries(Object.entries(messages).map(([key, value]) => [`${PLUGIN_ID}.${key}`, value]));
