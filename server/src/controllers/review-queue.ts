import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import { getService } from '../utils';
import type { ReviewState } from '../../../shared/constants';
import type { Ctx } from './compliance';
import { validateQueueQuery } from './validation';
import type { GetReviewQueue } from '../../../shared/contracts/review-queue';

const createReviewQueueController = ({ strapi }: { strapi: Core.Strapi }) => ({
  async list(ctx: Ctx) {
    const { state, ...query } = await validateQueueQuery(ctx.query);
    if (query.uid && !getService('targets', { strapi }).isGoverned(query.uid)) {
      throw new errors.ValidationError(`"${query.uid}" is not a content type under the social media policy.`);
    }
    ctx.body = (await getService('reviewQueue', { strapi }).list({
      ...query,
      locale: query.locale ?? undefined,
      state: state ? (state.split(',') as ReviewState[]) : undefined,
    })) satisfies GetReviewQueue['response'];
  },
});

export default createReviewQueueController;
