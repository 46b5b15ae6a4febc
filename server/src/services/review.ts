import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import { ACTIONS } from '../../../shared/constants';
import type { ComplianceRecord } from '../../../shared/contracts/compliance';
import { contentManifest, contentSnapshot as approvedContent, countingApprovals } from '../compliance';
import { getService, type AdminUser } from '../utils';
import { actingUser, signature, type Act } from '../acting-user';

type Decision = Act & { comment?: string };

const changedSinceSubmission = () =>
  new errors.ValidationError(
    'The post changed after it was submitted: its author must submit it again before it can be reviewed.',
  );

/** Review states of DESIGN.md: draft → in review → changes requested | approved → scheduled → published. */
const createReviewService = ({ strapi }: { strapi: Core.Strapi }) => {
  const services = () => ({
    compliance: getService('compliance', { strapi }),
    records: getService('records', { strapi }),
    audit: getService('audit', { strapi }),
    policy: getService('policy', { strapi }),
    notifications: getService('notifications', { strapi }),
  });

  /** Four eyes: whoever wrote, submitted or attested this post may not review it. */
  const assertNotOwnPost = (
    user: AdminUser,
    authorId: number | null | undefined,
    record: ComplianceRecord,
  ) => {
    const own = [authorId, record.authorId, record.submission?.userId, record.attestation?.userId];
    if (own.includes(user.id)) {
      throw new errors.PolicyError(
        'You cannot review a post you wrote, submitted or attested: another reviewer must do it.',
      );
    }
  };

  return {
    async submit({ user: actor, ...target }: Act) {
      const user = await actingUser(strapi, actor, ACTIONS.submit);
      const { compliance, records, audit } = services();
      const { target: resolved, post, evaluation } = await compliance.inspect(target);
      const attestation = evaluation.checks.find((check) => check.id.startsWith('attestation'));
      if (attestation?.status !== 'pass') {
        throw new errors.ValidationError(
          `Attest the post before submitting it: ${attestation?.message ?? ''}`.trim(),
        );
      }
      const record = await records.update(resolved, (current) => {
        if (current.reviewState === 'scheduled' || current.reviewState === 'published') {
          throw new errors.ValidationError(
            `The post is already ${current.reviewState}; cancel its schedule or unpublish it first.`,
          );
        }
        return {
          reviewState: 'in-review',
          submission: {
            ...signature(user),
            contentHash: evaluation.contentHash,
            // What the reviewer sent back, kept so the next review can show what changed since.
            sentBack: current.changesRequested ?? current.submission?.sentBack ?? null,
          },
          submittedAt: new Date().toISOString(),
          changesRequested: null,
          title: post.title.slice(0, 255),
          category: post.category ?? null,
          channels: post.channels?.length ? `,${post.channels.join(',')},` : null,
          authorId: current.authorId ?? user.id,
        };
      });
      await audit.append({ action: 'submit', user, target: resolved, contentHash: evaluation.contentHash });
      await services().notifications.submitted({ target: resolved, title: post.title, submitter: user });
      return record;
    },

    async approve({ user: actor, comment, ...target }: Decision) {
      const user = await actingUser(strapi, actor, ACTIONS.review);
      const { compliance, records, audit, policy } = services();
      const [{ target: resolved, post, evaluation }, current] = await Promise.all([
        compliance.inspect(target),
        policy.current(),
      ]);

      const record = await records.update(resolved, (latest) => {
        if (latest.reviewState !== 'in-review' && latest.reviewState !== 'approved') {
          throw new errors.ValidationError(
            'Only a post submitted for review can be approved; ask its author to submit it.',
          );
        }
        assertNotOwnPost(user, post.authorId, latest);
        if (latest.submission?.contentHash !== evaluation.contentHash) throw changedSinceSubmission();
        if (
          latest.approvals.some(
            (approval) => approval.userId === user.id && approval.contentHash === evaluation.contentHash,
          )
        ) {
          throw new errors.ValidationError('You have already approved this version of the post.');
        }
        const approvals = [
          ...latest.approvals,
          {
            ...signature(user),
            contentHash: evaluation.contentHash,
            manifest: contentManifest(post),
            policyVersion: current.version,
            policyOwner: current.owner,
            ...(comment ? { comment } : {}),
            text: { title: post.title, body: post.body },
          },
        ];
        const counting = countingApprovals(
          post,
          { ...latest, approvals, submittedById: latest.submission?.userId },
          evaluation.contentHash,
        );
        return {
          approvals,
          reviewState: counting.length >= current.approvalsRequired ? 'approved' : 'in-review',
        };
      });
      await audit.append({
        action: 'approve',
        user,
        target: resolved,
        contentHash: evaluation.contentHash,
        details: {
          policyVersion: current.version,
          policyOwner: current.owner,
          comment: comment ?? null,
          reviewState: record.reviewState,
          // Exactly what was approved, so the audit (and its export) can show it.
          approved: approvedContent(post),
        },
      });
      if (record.reviewState === 'approved') {
        await services().notifications.decided({
          target: resolved,
          title: post.title,
          authorId: record.authorId,
          reviewer: user,
          decision: 'approved',
          comment,
        });
      }
      return record;
    },

    async requestChanges({ user: actor, comment, ...target }: Decision) {
      const user = await actingUser(strapi, actor, ACTIONS.review);
      if (typeof comment !== 'string' || comment.trim() === '') {
        throw new errors.ValidationError(
          'Say what has to change: a comment is required when you send a post back.',
        );
      }
      const { compliance, records, audit } = services();
      const { target: resolved, post, evaluation } = await compliance.inspect(target);
      const record = await records.update(resolved, (latest) => {
        if (latest.reviewState !== 'in-review' && latest.reviewState !== 'approved') {
          throw new errors.ValidationError('Only a post submitted for review can be sent back.');
        }
        assertNotOwnPost(user, post.authorId, latest);
        return {
          reviewState: 'changes-requested',
          changesRequested: {
            ...signature(user),
            contentHash: evaluation.contentHash,
            comment: comment.trim(),
            text: { title: post.title, body: post.body },
          },
        };
      });
      await audit.append({
        action: 'request-changes',
        user,
        target: resolved,
        contentHash: evaluation.contentHash,
        details: { comment: comment.trim() },
      });
      await services().notifications.decided({
        target: resolved,
        title: post.title,
        authorId: record.authorId,
        reviewer: user,
        decision: 'changes-requested',
        comment: comment.trim(),
      });
      return record;
    },

    /** A reviewer lets one PHI finding stand, with a reason; it stops counting when that text changes. */
    async overrideFinding({
      user: actor,
      fingerprint,
      reason,
      ...target
    }: Act & { fingerprint: string; reason: string }) {
      const user = await actingUser(strapi, actor, ACTIONS.overrideFindings);
      if (typeof reason !== 'string' || reason.trim().length < 10) {
        throw new errors.ValidationError(
          'Give the reason the finding may stand (at least 10 characters), e.g. "Patient consent on file, ref. PC-2026-114".',
        );
      }
      const { compliance, records, audit } = services();
      const { target: resolved, post, findings, evaluation } = await compliance.inspect(target);
      const finding = findings.find((candidate) => candidate.fingerprint === fingerprint);
      if (!finding)
        throw new errors.NotFoundError(
          'That finding is not in the current text of the post any more; reload the review.',
        );
      const record = await records.update(resolved, (latest) => {
        assertNotOwnPost(user, post.authorId, latest);
        return {
          overrides: [
            ...latest.overrides.filter((override) => override.fingerprint !== fingerprint),
            {
              fingerprint,
              ...signature(user),
              reason: reason.trim(),
              category: finding.category,
              text: finding.text,
            },
          ],
        };
      });
      await audit.append({
        action: 'override',
        user,
        target: resolved,
        contentHash: evaluation.contentHash,
        details: {
          fingerprint,
          category: finding.category,
          text: finding.text,
          path: finding.path,
          reason: reason.trim(),
        },
      });
      return record;
    },
  };
};

export default createReviewService;
