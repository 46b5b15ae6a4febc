import type { Core } from '@strapi/strapi';

import { getService } from '../utils';
import type { Ctx } from './compliance';
import { validatePolicyBody } from './validation';

const createPolicyController = ({ strapi }: { strapi: Core.Strapi }) => ({
  async current(ctx: Ctx) {
    ctx.body = { data: await getService('policy', { strapi }).current() };
  },

  async versions(ctx: Ctx) {
    ctx.body = { data: await getService('policy', { strapi }).versions() };
  },

  async update(ctx: Ctx) {
    const { policy, expectedVersion, note } = await validatePolicyBody(ctx.request.body ?? {});
    ctx.body = {
      data: await getService('policy', { strapi }).update(policy, {
        expectedVersion,
        note,
        user: ctx.state.user,
      }),
    };
  },
});

export default createPolicyController;
