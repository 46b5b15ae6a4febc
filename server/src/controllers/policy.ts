import type { Core } from '@strapi/strapi';

import { getService } from '../utils';
import type { Ctx } from './context';
import { validatePolicyBody } from './validation';
import type { GetPolicy, GetPolicyVersions, UpdatePolicy } from '../../../shared/contracts/policy';

const createPolicyController = ({ strapi }: { strapi: Core.Strapi }) => ({
  async current(ctx: Ctx) {
    ctx.body = { data: await getService('policy', { strapi }).current() } satisfies GetPolicy['response'];
  },

  async versions(ctx: Ctx) {
    ctx.body = {
      data: await getService('policy', { strapi }).versions(),
    } satisfies GetPolicyVersions['response'];
  },

  async update(ctx: Ctx) {
    const { policy, expectedVersion, note } = await validatePolicyBody(ctx.request.body ?? {});
    ctx.body = {
      data: await getService('policy', { strapi }).update(policy, {
        expectedVersion,
        note,
        user: ctx.state.user,
      }),
    } satisfies UpdatePolicy['response'];
  },
});

export default createPolicyController;
