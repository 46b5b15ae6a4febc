import type { Core } from '@strapi/strapi';

import { getService } from './utils';

const bootstrap = async ({ strapi }: { strapi: Core.Strapi }) => {
  // The policy in force must exist before anything is evaluated against it.
  await getService('policy', { strapi }).current();
};

export default bootstrap;
