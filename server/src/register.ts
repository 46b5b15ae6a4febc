import type { Core } from '@strapi/strapi';

import { ACTION_DEFINITIONS } from './constants';
import { registerComponents } from './components';
import { fillSlug } from './document-middlewares/slug';
import { publishGate } from './document-middlewares/publish-gate';

const register = async ({ strapi }: { strapi: Core.Strapi }) => {
  registerComponents(strapi);
  await strapi.service('admin::permission').actionProvider.registerMany(ACTION_DEFINITIONS);
  strapi.documents.use(fillSlug(strapi));
  strapi.documents.use(publishGate(strapi));
};

export default register;
