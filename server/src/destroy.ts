import type { Core } from '@strapi/strapi';

import { getService } from './utils';

const destroy = async ({ strapi }: { strapi: Core.Strapi }) => {
  // A poll in progress finishes the schedule it holds before the database closes under it.
  await getService('schedule', { strapi }).stop();
  await getService('imageReadings', { strapi }).destroy();
};

export default destroy;
