import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import { getService } from '../utils';
import type { ReviewState } from '../../../shared/constants';
import type { Ctx } from './context';
import { validateQueueQuery } from './validation';
import { commaItems } from './validation/fields';
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
      state: commaItems<ReviewState>(state),
    })) satisfies GetReviewQueue['response'];
  },
});

export default createReviewQueueController;
