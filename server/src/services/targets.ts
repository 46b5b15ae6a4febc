import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import { UID } from '../constants';
import type { PluginConfig } from '../config';
import type { ResolvedTarget, Target } from '../../../shared/contracts/compliance';

const createTargetsService = ({ strapi }: { strapi: Core.Strapi }) => ({
  /** The social post and every content type the app put under the gate in `governedContentTypes`. */
  governed(): string[] {
    const config = strapi.config.get('plugin::social-compliance') as PluginConfig;
    return [UID.socialPost, ...config.governedContentTypes];
  },

  isGoverned(uid: string) {
    return this.governed().includes(uid);
  },

  isLocalized(uid: string) {
    return Boolean(
      (strapi.contentType(uid as never)?.pluginOptions?.i18n as { localized?: boolean })?.localized,
    );
  },

  async defaultLocale(): Promise<string> {
    return strapi.plugin('i18n').service('locales').getDefaultLocale();
  },

  /** Validates a target and fills in the default locale; a bad one is a 4xx with a sentence. */
  async resolve({ uid, documentId, locale }: Target): Promise<ResolvedTarget> {
    if (!this.isGoverned(uid)) {
      throw new errors.ValidationError(`"${uid}" is not a content type under the social media policy.`);
    }
    if (typeof documentId !== 'string' || documentId === '') {
      throw new errors.ValidationError('Say which document: documentId is missing.');
    }
    if (!this.isLocalized(uid)) return { uid, documentId, locale: '' };
    return { uid, documentId, locale: locale || (await this.defaultLocale()) };
  },
});

export default createTargetsService;
