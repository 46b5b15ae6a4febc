import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import { getService } from '../utils';
import type { Ctx } from './context';
import type { GetImageReading } from '../../../shared/contracts/images';

const createImagesController = ({ strapi }: { strapi: Core.Strapi }) => ({
  /** GET /images/:fileId/reading: what was read in a picture and where its patient information is. */
  async reading(ctx: Ctx) {
    const { fileId } = ctx.params as unknown as GetImageReading['params'];
    if (!/^[1-9]\d{0,9}$/.test(fileId ?? '')) {
      throw new errors.ValidationError(
        `"${fileId}" is not a file: give the id of an uploaded file, a whole number such as 42.`,
      );
    }
    ctx.body = {
      data: await getService('imageReadings', { strapi }).describe(Number(fileId)),
    } satisfies GetImageReading['response'];
  },
});

export default createImagesController;
