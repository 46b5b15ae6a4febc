import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import { getService } from '../utils';
import type { ReviewState } from '../services/records';
import type { Ctx } from './compliance';
import { validateQueueQuery } from './validation';

const createReviewQueueController = ({ strapi }: { strapi: Core.Strapi }) => ({
  async list(ctx: Ctx) {
    const { state, ...query } = await validateQueueQuery(ctx.query);
    if (query.uid && !getService('targets', { strapi }).isGoverned(query.uid)) {
      throw new errors.ValidationError(`"${query.uid}" is not a content type under the social media policy.`);
    }
    ctx.body = await getService('reviewQueue', { strapi }).list({
      ...query,
      locale: query.locale ?? undefined,
      state: state ? (state.split(',') as ReviewState[]) : undefined,
    });
  },
});

export default createReviewQueueController;
