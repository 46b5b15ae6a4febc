import type { Core } from '@strapi/strapi';

import { getService } from '../utils';
import { actOf, targetOf, type Ctx } from './context';
import {
  validateApproveBody,
  validateEmptyBody,
  validateEvaluateBody,
  validateOverrideBody,
  validateRequestChangesBody,
} from './validation';
import type {
  Approve,
  Attest,
  Evaluate,
  GetDocument,
  GetGovernedContentTypes,
  OverrideFinding,
  RequestChanges,
  Submit,
} from '../../../shared/contracts/compliance';
import type { GetReviewScreen } from '../../../shared/contracts/review-screen';

const createComplianceController = ({ strapi }: { strapi: Core.Strapi }) => ({
  /** Which content types the policy governs: where the admin shows the side panel and gates Publish. */
  async governedContentTypes(ctx: Ctx) {
    ctx.body = {
      data: getService('targets', { strapi }).governed(),
    } satisfies GetGovernedContentTypes['response'];
  },

  /** The side panel's live checklist: a saved draft, or unsaved form data (nothing is written). */
  async evaluate(ctx: Ctx) {
    const { uid, documentId, locale, data } = await validateEvaluateBody(ctx.request.body ?? {});
    const target = { uid, documentId: documentId ?? '', locale };
    ctx.body = {
      data: await getService('compliance', { strapi }).liveChecklist(target, data),
    } satisfies Evaluate['response'];
  },

  async inspect(ctx: Ctx) {
    const { target, post, record, evaluation, findings, images } = await getService('compliance', {
      strapi,
    }).inspect(await targetOf(ctx));
    ctx.body = {
      data: { target, post, record, evaluation, findings, images },
    } satisfies GetDocument['response'];
  },

  /** The reviewer's screen: the inspection, each network's copy, earlier versions, four-eyes rights. */
  async review(ctx: Ctx) {
    ctx.body = {
      data: await getService('reviewScreen', { strapi }).read(await targetOf(ctx), ctx.state.user),
    } satisfies GetReviewScreen['response'];
  },

  async attest(ctx: Ctx) {
    await validateEmptyBody(ctx.request.body ?? {});
    ctx.body = {
      data: await getService('attestation', { strapi }).attest(await actOf(ctx)),
    } satisfies Attest['response'];
  },

  async submit(ctx: Ctx) {
    await validateEmptyBody(ctx.request.body ?? {});
    ctx.body = {
      data: await getService('review', { strapi }).submit(await actOf(ctx)),
    } satisfies Submit['response'];
  },

  async approve(ctx: Ctx) {
    const { comment } = await validateApproveBody(ctx.request.body ?? {});
    ctx.body = {
      data: await getService('review', { strapi }).approve(await actOf(ctx, { comment })),
    } satisfies Approve['response'];
  },

  async requestChanges(ctx: Ctx) {
    const { comment } = await validateRequestChangesBody(ctx.request.body ?? {});
    ctx.body = {
      data: await getService('review', { strapi }).requestChanges(await actOf(ctx, { comment })),
    } satisfies RequestChanges['response'];
  },

  async overrideFinding(ctx: Ctx) {
    const { fingerprint, reason } = await validateOverrideBody(ctx.request.body ?? {});
    ctx.body = {
      data: await getService('review', { strapi }).overrideFinding(await actOf(ctx, { fingerprint, reason })),
    } satisfies OverrideFinding['response'];
  },
});

export default createComplianceController;
