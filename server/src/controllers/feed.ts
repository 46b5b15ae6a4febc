import type { Core } from '@strapi/strapi';

import { getService } from '../utils';
import { validateFeedQuery } from './validation';
import type { Ctx } from './context';
import type { GetPosts } from '../../../shared/contracts/feed';

const createFeedController = ({ strapi }: { strapi: Core.Strapi }) => ({
  /** GET /api/social-compliance/posts: the published posts as each network should carry them. */
  async find(ctx: Ctx) {
    ctx.body = (await getService('feed', { strapi }).list(
      await validateFeedQuery(ctx.query),
    )) satisfies GetPosts['response'];
  },
});

export default createFeedController;
