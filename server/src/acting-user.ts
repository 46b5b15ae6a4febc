import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import { ACTIONS, type Action } from '../../shared/constants';
import type { Target } from '../../shared/contracts/compliance';
import { userLabel, type AdminUser } from './utils';

// Every act begins here: who acts (the session's admin user) and whether they may. The routes check the
// permission too; the services check it again, whoever calls them.

/** An act on one locale of a document, by the session's user. */
export interface Act extends Target {
  user: AdminUser;
}

/** What a user without the permission is told, per act. */
const REFUSED: Partial<Record<Action, string>> = {
  [ACTIONS.attest]: 'You do not have the permission to attest posts.',
  [ACTIONS.submit]: 'You do not have the permission to submit posts for review.',
  [ACTIONS.review]: 'You do not have the permission to review posts.',
  [ACTIONS.overrideFindings]: 'You do not have the permission to override findings.',
  [ACTIONS.schedule]: 'You do not have the permission to schedule posts.',
};

/** Acts need a real admin user from the session: never one named in a request body. */
const requireUser = (user: AdminUser | null | undefined): AdminUser => {
  if (!user || typeof user.id !== 'number')
    throw new errors.UnauthorizedError('Sign in to the admin panel to do this.');
  return user;
};

/** Whether an admin user holds a plugin permission. */
export const userCan = async (strapi: Core.Strapi, user: AdminUser, action: string) => {
  const ability = await strapi.service('admin::permission').engine.generateUserAbility(user);
  return ability.can(action);
};

/**
 * The preamble of every act: the session's user, who must hold `action`; otherwise the sentence that says
 * which permission is missing.
 */
export const actingUser = async (
  strapi: Core.Strapi,
  user: AdminUser | null | undefined,
  action: Action,
): Promise<AdminUser> => {
  const actor = requireUser(user);
  // PolicyError, not ForbiddenError: Strapi replaces a ForbiddenError's message with a bare "Forbidden".
  if (!(await userCan(strapi, actor, action))) {
    throw new errors.PolicyError(REFUSED[action] ?? 'You do not have the permission to do this.');
  }
  return actor;
};

/** Who acted and when, as the compliance record keeps it beside what they did. */
export const signature = (user: AdminUser) => ({
  userId: user.id,
  userLabel: userLabel(user),
  at: new Date().toISOString(),
});
