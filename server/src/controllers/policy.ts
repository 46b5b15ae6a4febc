import type { Core } from '@strapi/strapi';

import { getService } from '../utils';

const createPolicyController = ({ strapi }: { strapi: Core.Strapi }) => ({
  async current(ctx: { body: unknown }) {
    ctx.body = { data: await getService('policy', { strapi }).current() };
  },
});

export default createPolicyController;
