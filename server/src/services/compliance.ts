import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import {
  evaluate,
  imagePhiFindings,
  postImages,
  liveChecklist,
  phiFindings,
  scanFields,
  type Evaluation,
  type LiveChecklist,
  type PostSnapshot,
} from '../compliance';
import { getService } from '../utils';
import { toSnapshot, type GateRead } from './records';
import type { ChainHead } from './audit';
import type { ResolvedTarget, Target } from '../../../shared/contracts/compliance';

const createComplianceService = ({ strapi }: { strapi: Core.Strapi }) => {
  const services = () => ({
    targets: getService('targets', { strapi }),
    snapshot: getService('snapshot', { strapi }),
    records: getService('records', { strapi }),
    policy: getService('policy', { strapi }),
  });

  /** What the rules take besides the post: the policy in force, the record, the pictures' readings. */
  const inputFor = async (post: PostSnapshot, read: GateRead) => {
    const { policy } = services();
    // The policy's content is cached by version.
    const current = read.policy ? await policy.atHead(read.policy) : await policy.current();
    const images = await getService('imageReadings', { strapi }).forPost(post);
    return { post, policy: current, record: read.record, now: new Date(), images, chainHead: read.chainHead };
  };
  // The record and the policy's version in one query.
  const readFor = async (target: ResolvedTarget, post: PostSnapshot) =>
    inputFor(post, await services().records.findForGate(target));

  const evaluateSnapshot = async (target: ResolvedTarget, post: PostSnapshot) =>
    evaluate(await readFor(target, post));

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

    /**
     * The side panel's live checklist: the evaluation of the saved draft, or of unsaved form data (nothing
     * is written), with the findings quoted, each channel's count and the media lacking an attribution.
     */
    async liveChecklist(target: Target, data?: Record<string, unknown> | null): Promise<LiveChecklist> {
      const { targets, snapshot } = services();
      if (!data) {
        const resolved = await targets.resolve(target);
        return liveChecklist(await readFor(resolved, await loadDraft(resolved)));
      }
      const resolved = await targets.resolve({ ...target, documentId: target.documentId || 'unsaved' });
      const saved = target.documentId ? await snapshot.load(resolved) : null;
      const post = await snapshot.fromData(resolved, data, saved?.authorId, saved?.template?.documentId);
      return liveChecklist(await readFor(resolved, post));
    },

    /** The evaluation with what the review screens need: the draft and its PHI findings. */
    async inspect(target: Target) {
      const { targets, policy, records } = services();
      const resolved = await targets.resolve(target);
      const post = await loadDraft(resolved);
      const current = await policy.current();
      const record = await records.find(resolved);
      const images = await getService('imageReadings', { strapi }).forPost(post);
      return {
        target: resolved,
        post,
        record,
        evaluation: evaluate({ post, policy: current, record: toSnapshot(record), now: new Date(), images }),
        findings: [
          ...phiFindings(scanFields(post, current), record?.overrides ?? []),
          ...imagePhiFindings(images, current, record?.overrides ?? []),
        ],
        images: postImages(post, images),
      };
    },

    /**
     * The gate's question for the locales being published: of their drafts, or (`published`) of the
     * published versions just written in the publish's transaction. One locale's content, record and
     * policy version are read in one query (several locales': their record each after it). It fails
     * closed: a check that cannot run refuses the publish with the reason. With `chainHead` (after
     * `audit.lockChain()`), the audit chain's last event is read along with the record.
     */
    async assertPublishable(
      uid: string,
      documentId: string,
      locales: string[],
      { published = false, chainHead = false }: { published?: boolean; chainHead?: boolean } = {},
    ) {
      const { targets, snapshot, records } = services();
      const results: { target: ResolvedTarget; evaluation: Evaluation }[] = [];
      let head: ChainHead | null | undefined;
      try {
        const resolved: ResolvedTarget[] = [];
        for (const locale of locales) resolved.push(await targets.resolve({ uid, documentId, locale }));
        const one = resolved.length === 1 ? records.gateRead(resolved[0], { chainHead }) : null;
        const { posts, alongside } = await snapshot.loadWith(uid, resolved, {
          published,
          alongside: one?.alongside,
        });
        for (const [index, target] of resolved.entries()) {
          const post = posts[index];
          if (!post) continue;
          const read = one ? one.fromRow(alongside) : await records.findForGate(target, { chainHead });
          const input = await inputFor(post, read);
          head = input.chainHead;
          results.push({ target, evaluation: evaluate(input) });
        }
      } catch (error) {
        strapi.log.error(
          `[social-compliance] the compliance checks could not run: ${(error as Error).stack}`,
        );
        throw new errors.ValidationError(
          `Publishing was refused because the compliance checks could not run (${(error as Error).message}). Try again; if it persists, ask your administrator to check the server log.`,
        );
      }
      return {
        results,
        refused: results.filter(({ evaluation }) => !evaluation.compliant),
        chainHead: head,
      };
    },
  };
};

export default createComplianceService;
