import type { Core } from '@strapi/strapi';

import { ACTIONS } from '../../../shared/constants';
import type { ComplianceRecord, Target } from '../../../shared/contracts/compliance';
import type { EarlierVersion, ReviewScreen } from '../../../shared/contracts/review-screen';
import { networkCopies } from '../compliance/network-copy';
import { userCan } from '../acting-user';
import { getService, type AdminUser } from '../utils';

const newest = <T extends { at: string }>(items: T[]) =>
  items.reduce<T | null>((latest, item) => (!latest || item.at > latest.at ? item : latest), null);

/**
 * What the reviewer's screen shows of one post, in one read: the inspection (draft, record, checks,
 * findings), the copy per network, the earlier versions to diff against, and whether this viewer may
 * decide, with the sentence why not. The acts themselves stay in the review service, which checks again.
 */
const createReviewScreenService = ({ strapi }: { strapi: Core.Strapi }) => ({
  async read(target: Target, user: AdminUser): Promise<ReviewScreen> {
    const inspection = await getService('compliance', { strapi }).inspect(target);
    const { post, record } = inspection;
    const policy = await getService('policy', { strapi }).current();

    const approved = newest((record?.approvals ?? []).filter((approval) => approval.text));
    let lastApproved: EarlierVersion | null = approved?.text
      ? {
          kind: 'approved',
          ...approved.text,
          at: approved.at,
          userLabel: approved.userLabel ?? null,
          comment: approved.comment ?? null,
        }
      : null;
    if (!lastApproved) {
      const published = await getService('snapshot', { strapi }).load(inspection.target, { published: true });
      if (published) {
        lastApproved = {
          kind: 'published',
          title: published.title,
          body: published.body,
          at: null,
          userLabel: null,
          comment: null,
        };
      }
    }
    const back = record?.changesRequested ?? record?.submission?.sentBack;
    const sentBack: EarlierVersion | null =
      back?.text && (!approved || back.at > approved.at)
        ? {
            kind: 'changes-requested',
            ...back.text,
            at: back.at,
            userLabel: back.userLabel,
            comment: back.comment,
          }
        : null;

    return {
      ...inspection,
      networks: networkCopies(post, policy),
      template: post.template
        ? {
            documentId: post.template.documentId,
            name: post.template.name,
            body: post.template.body,
            approved: post.template.approved,
          }
        : null,
      lastApproved,
      sentBack,
      decision: await decisionRights(strapi, user, post.authorId, record),
      approvalsRequired: policy.approvalsRequired,
    };
  },
});

/** The review service's own rules, asked ahead so the screen can say why before anyone clicks. */
const decisionRights = async (
  strapi: Core.Strapi,
  user: AdminUser,
  authorId: number | null | undefined,
  record: ComplianceRecord | null,
): Promise<ReviewScreen['decision']> => {
  const ownPost = [
    authorId,
    record?.authorId,
    record?.submission?.userId,
    record?.attestation?.userId,
  ].includes(user.id);
  const [mayReview, canOverride, canSchedule] = await Promise.all([
    userCan(strapi, user, ACTIONS.review),
    userCan(strapi, user, ACTIONS.overrideFindings),
    userCan(strapi, user, ACTIONS.schedule),
  ]);
  const state = record?.reviewState ?? 'draft';
  const reason = !mayReview
    ? 'You do not have the permission to review posts.'
    : ownPost
      ? 'You cannot review a post you wrote, submitted or attested: another reviewer must do it.'
      : state !== 'in-review' && state !== 'approved'
        ? 'Only a post submitted for review can be approved or sent back; it is not waiting for review.'
        : null;
  return { canDecide: reason === null, reason, ownPost, canOverride: canOverride && !ownPost, canSchedule };
};

export default createReviewScreenService;
