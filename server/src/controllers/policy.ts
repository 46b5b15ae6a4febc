import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import { getService } from '../utils';
import type { Ctx } from './context';
import { validatePolicyBody } from './validation';
import type {
  GetPolicy,
  GetPolicyVersion,
  GetPolicyVersions,
  UpdatePolicy,
} from '../../../shared/contracts/policy';

const createPolicyController = ({ strapi }: { strapi: Core.Strapi }) => ({
  async current(ctx: Ctx) {
    ctx.body = { data: await getService('policy', { strapi }).current() } satisfies GetPolicy['response'];
  },

  async versions(ctx: Ctx) {
    ctx.body = {
      data: await getService('policy', { strapi }).versions(),
    } satisfies GetPolicyVersions['response'];
  },

  /** One version of the policy as it was: the settings page's history. */
  async version(ctx: Ctx & { params: { version?: string } }) {
    const version = Number(ctx.params.version);
    const policy =
      Number.isInteger(version) && version > 0
        ? await getService('policy', { strapi }).byVersion(version)
        : null;
    if (!policy) throw new errors.NotFoundError(`There is no version ${ctx.params.version} of the policy.`);
    ctx.body = { data: policy } satisfies GetPolicyVersion['response'];
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
