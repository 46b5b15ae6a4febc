import type { Core } from '@strapi/strapi';

import { ACTION_DEFINITIONS } from './constants';
import { CHANNELS_FIELD, PLUGIN_ID, TEMPLATE_VALUES_FIELD } from '../../shared/constants';
import { registerComponents } from './components';
import { fillSlug } from './document-middlewares/slug';
import { publishGate } from './document-middlewares/publish-gate';

const register = async ({ strapi }: { strapi: Core.Strapi }) => {
  // Before the content types are read: the social post's channels use it.
  strapi.customFields.register([
    { name: CHANNELS_FIELD, plugin: PLUGIN_ID, type: 'json' },
    { name: TEMPLATE_VALUES_FIELD, plugin: PLUGIN_ID, type: 'json' },
  ]);
  registerComponents(strapi);
  await strapi.service('admin::permission').actionProvider.registerMany(ACTION_DEFINITIONS);
  strapi.documents.use(fillSlug(strapi));
  strapi.documents.use(publishGate(strapi));
};

export default register;
