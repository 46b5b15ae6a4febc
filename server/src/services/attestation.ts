import type { Core } from '@strapi/strapi';

import { ACTIONS } from '../../../shared/constants';
import { contentManifest } from '../compliance';
import { actingUser, signature, type Act } from '../acting-user';
import { getService } from '../utils';

const createAttestationService = ({ strapi }: { strapi: Core.Strapi }) => ({
  /**
   * Rule 9: the author attests that this exact content holds no patient information, under the
   * wording in force. Stored on the compliance record, never on the post, so no one can forge it there.
   */
  async attest({ user: actor, ...target }: Act) {
    const user = await actingUser(strapi, actor, ACTIONS.attest);
    const { target: resolved, post, evaluation } = await getService('compliance', { strapi }).inspect(target);
    const policy = await getService('policy', { strapi }).current();

    const attestation = {
      ...signature(user),
      wordingVersion: policy.attestation.version,
      contentHash: evaluation.contentHash,
      manifest: contentManifest(post),
    };
    const record = await getService('records', { strapi }).update(resolved, (current) => ({
      attestation,
      authorId: current.authorId ?? user.id,
    }));
    await getService('audit', { strapi }).append({
      action: 'attest',
      user,
      target: resolved,
      contentHash: evaluation.contentHash,
      details: { wordingVersion: policy.attestation.version, wording: policy.attestation.wording },
    });
    return record;
  },
});

export default createAttestationService;
