import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import { evaluate, phiFindings, scanFields, type Evaluation, type PostSnapshot } from '../compliance';
import { getService } from '../utils';
import { toSnapshot } from './records';
import type { ResolvedTarget, Target } from '../../../shared/contracts/compliance';

/** A refused publish: each failing check is an error on its field, as the admin form shows them. */
export const refusal = (evaluations: { target: ResolvedTarget; evaluation: Evaluation }[]) => {
  const failing = evaluations.flatMap(({ target, evaluation }) =>
    evaluation.checks
      .filter((check) => check.status === 'fail')
      .map((check) => ({
        path: check.path ? check.path.split('.') : [],
        message:
          evaluations.length > 1 && target.locale ? `[${target.locale}] ${check.message}` : check.message,
        name: 'ComplianceError',
        value: { check: check.id, rule: check.rule, locale: target.locale || null },
      })),
  );
  const count = failing.length;
  return new errors.ValidationError(
    `This cannot be published yet: ${count} requirement${count === 1 ? '' : 's'} of the social media policy ${count === 1 ? 'is' : 'are'} not met. ${failing[0]?.message ?? ''}`.trim(),
    { errors: failing },
  );
};

const createComplianceService = ({ strapi }: { strapi: Core.Strapi }) => {
  const services = () => ({
    targets: getService('targets', { strapi }),
    snapshot: getService('snapshot', { strapi }),
    records: getService('records', { strapi }),
    policy: getService('policy', { strapi }),
  });

  const evaluateSnapshot = async (target: ResolvedTarget, post: PostSnapshot) => {
    const { policy, records } = services();
    // The record and the policy's version in one query; the policy's content is cached by version.
    const read = await records.findForGate(target);
    const current = read.policy ? await policy.atHead(read.policy) : await policy.current();
    return evaluate({ post, policy: current, record: read.record, now: new Date() });
  };

  const loadDraft = async (target: ResolvedTarget) => {
    const post = await services().snapshot.load(target);
    if (!post) {
      throw new errors.NotFoundError(
        `There is no draft of document ${target.documentId}${target.locale ? ` in locale "${target.locale}"` : ''}.`,
      );
    }
    return post;
  };

  return {
    /** Every check of the policy over the draft of one locale of a governed document. */
    async evaluate(target: Target): Promise<Evaluation> {
      const resolved = await services().targets.resolve(target);
      return evaluateSnapshot(resolved, await loadDraft(resolved));
    },

    /**
     * The same over unsaved form data (the live checklist); nothing is written. A document not saved yet
     * has no documentId, and so no attestation or approval.
     */
    async evaluateData(target: Target, data: Record<string, unknown>): Promise<Evaluation> {
      const { targets, snapshot } = services();
      const resolved = await targets.resolve({ ...target, documentId: target.documentId || 'unsaved' });
      const saved = target.documentId ? await snapshot.load(resolved) : null;
      return evaluateSnapshot(resolved, await snapshot.fromData(resolved, data, saved?.authorId));
    },

    /** The evaluation with what the review screens need: the draft and its PHI findings. */
    async inspect(target: Target) {
      const { targets, policy, records } = services();
      const resolved = await targets.resolve(target);
      const post = await loadDraft(resolved);
      const current = await policy.current();
      const record = await records.find(resolved);
      return {
        target: resolved,
        post,
        record,
        evaluation: evaluate({ post, policy: current, record: toSnapshot(record), now: new Date() }),
        findings: phiFindings(scanFields(post, current), record?.overrides ?? []),
      };
    },

    /**
     * The gate's question for the locales about to be published. It fails closed: a check that cannot
     * run refuses the publish with the reason.
     */
    async assertPublishable(uid: string, documentId: string, locales: string[]) {
      const { targets, snapshot } = services();
      const results: { target: ResolvedTarget; evaluation: Evaluation }[] = [];
      try {
        for (const locale of locales) {
          const target = await targets.resolve({ uid, documentId, locale });
          const post = await snapshot.load(target);
          if (post) results.push({ target, evaluation: await evaluateSnapshot(target, post) });
        }
      } catch (error) {
        strapi.log.error(
          `[social-compliance] the compliance checks could not run: ${(error as Error).stack}`,
        );
        throw new errors.ValidationError(
          `Publishing was refused because the compliance checks could not run (${(error as Error).message}). Try again; if it persists, ask your administrator to check the server log.`,
        );
      }
      return { results, refused: results.filter(({ evaluation }) => !evaluation.compliant) };
    },
  };
};

export default createComplianceService;
