import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import { ACTIONS } from '../../../shared/constants';
import { contentManifest } from '../compliance';
import type { Target } from '../../../shared/contracts/compliance';
import { getService, userCan, userLabel, type AdminUser } from '../utils';

/** Acts need a real admin user from the session: never one named in a request body. */
export const requireUser = (user: AdminUser | null | undefined): AdminUser => {
  if (!user || typeof user.id !== 'number')
    throw new errors.UnauthorizedError('Sign in to the admin panel to do this.');
  return user;
};

// PolicyError, not ForbiddenError: Strapi replaces a ForbiddenError's message with a bare "Forbidden".
export const requirePermission = async (
  strapi: Core.Strapi,
  user: AdminUser,
  action: string,
  sentence: string,
) => {
  if (!(await userCan(strapi, user, action))) throw new errors.PolicyError(sentence);
};

const createAttestationService = ({ strapi }: { strapi: Core.Strapi }) => ({
  /**
   * Rule 9: the author attests that this exact content holds no patient information, under the
   * wording in force. Stored on the compliance record, never on the post, so no one can forge it there.
   */
  async attest({ user: actor, ...target }: Target & { user: AdminUser }) {
    const user = requireUser(actor);
    await requirePermission(strapi, user, ACTIONS.attest, 'You do not have the permission to attest posts.');
    const { target: resolved, post, evaluation } = await getService('compliance', { strapi }).inspect(target);
    const policy = await getService('policy', { strapi }).current();

    const attestation = {
      userId: user.id,
      userLabel: userLabel(user),
      at: new Date().toISOString(),
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
