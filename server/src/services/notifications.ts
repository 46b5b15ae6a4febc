import type { Core } from '@strapi/strapi';

import type { PluginConfig } from '../config';
import { userLabel, type AdminUser } from '../utils';
import { ACTIONS } from '../../../shared/constants';
import type { ResolvedTarget } from '../../../shared/contracts/compliance';

interface Recipient {
  id: number;
  email: string;
  firstname?: string | null;
  lastname?: string | null;
}

const SUPER_ADMIN = 'strapi-super-admin';

/**
 * Rule 10, internal support: e-mails through Strapi's email plugin (any provider) to the reviewers when
 * a post is submitted, to its author when it is decided, to the policy owner when a scheduled publish
 * fails. A mail that cannot be sent is logged; it never undoes the act it tells about.
 */
const createNotificationsService = ({ strapi }: { strapi: Core.Strapi }) => {
  const enabled = () =>
    (strapi.config.get('plugin::social-compliance') as PluginConfig).notifications.enabled;

  const adminLink = (target: ResolvedTarget) => {
    const base = String(strapi.config.get('server.absoluteUrl', '') ?? '').replace(/\/$/, '');
    const locale = target.locale ? `?plugins[i18n][locale]=${target.locale}` : '';
    return `${base}/admin/content-manager/collection-types/${target.uid}/${target.documentId}${locale}`;
  };

  /** Active admins whose roles hold the permission; super admins only when no other role does. */
  const holdersOf = async (action: string): Promise<Recipient[]> => {
    const permissions = await strapi.db
      .query('admin::permission')
      .findMany({ where: { action }, populate: ['role'] });
    type Role = { id: number; code: string };
    const roles = permissions
      .map((permission: { role?: Role }) => permission.role)
      .filter((role: Role | undefined): role is Role => Boolean(role));
    const preferred = roles.filter((role: Role) => role.code !== SUPER_ADMIN);
    const roleIds = [...new Set((preferred.length ? preferred : roles).map((role: Role) => role.id))];
    if (roleIds.length === 0) return [];
    return strapi.db.query('admin::user').findMany({
      where: { isActive: true, blocked: false, roles: { id: { $in: roleIds } } },
      select: ['id', 'email', 'firstname', 'lastname'],
    });
  };

  const send = async (recipients: Recipient[], subject: string, text: string) => {
    if (!enabled()) return;
    const email = strapi.plugin('email')?.service('email');
    for (const recipient of recipients) {
      try {
        await email.send({ to: recipient.email, subject, text });
      } catch (error) {
        strapi.log.warn(
          `[social-compliance] could not e-mail ${recipient.email}: ${(error as Error).message}`,
        );
      }
    }
  };

  return {
    async submitted({
      target,
      title,
      submitter,
    }: {
      target: ResolvedTarget;
      title: string;
      submitter: AdminUser;
    }) {
      const reviewers = (await holdersOf(ACTIONS.review)).filter((user) => user.id !== submitter.id);
      await send(
        reviewers,
        `Review requested: ${title}`,
        `${userLabel(submitter)} submitted "${title}"${target.locale ? ` (${target.locale})` : ''} for review.\n\nOpen it: ${adminLink(target)}\n`,
      );
    },

    async decided({
      target,
      title,
      authorId,
      reviewer,
      decision,
      comment,
    }: {
      target: ResolvedTarget;
      title: string;
      authorId: number | null;
      reviewer: AdminUser;
      decision: 'approved' | 'changes-requested';
      comment?: string | null;
    }) {
      if (!authorId) return;
      const author = await strapi.db.query('admin::user').findOne({
        where: { id: authorId, isActive: true },
        select: ['id', 'email', 'firstname', 'lastname'],
      });
      if (!author) return;
      const verdict = decision === 'approved' ? 'approved' : 'sent back for changes';
      await send(
        [author],
        `${decision === 'approved' ? 'Approved' : 'Changes requested'}: ${title}`,
        `${userLabel(reviewer)} ${verdict} "${title}"${target.locale ? ` (${target.locale})` : ''}.${comment ? `\n\nComment: ${comment}` : ''}\n\nOpen it: ${adminLink(target)}\n`,
      );
    },

    /** A publish found too late after downtime: its author and the policy owner decide what now. */
    async scheduleMissed({
      target,
      title,
      authorId,
      reasons,
      runAt,
    }: {
      target: ResolvedTarget;
      title: string;
      authorId: number | null;
      reasons: string[];
      runAt: string;
    }) {
      const author = authorId
        ? await strapi.db.query('admin::user').findOne({
            where: { id: authorId, isActive: true },
            select: ['id', 'email', 'firstname', 'lastname'],
          })
        : null;
      const owners = await holdersOf(ACTIONS.manageSettings);
      const recipients = [...(author ? [author] : []), ...owners].filter(
        (recipient, index, all) => all.findIndex((other) => other.id === recipient.id) === index,
      );
      await send(
        recipients,
        `Scheduled publish missed: ${title}`,
        `"${title}"${target.locale ? ` (${target.locale})` : ''} was due at ${runAt} and was not published:\n\n${reasons.map((reason) => `- ${reason}`).join('\n')}\n\nPublish it now or choose a new time in the calendar: ${adminLink(target).replace(/\/content-manager\/.*$/, '/plugins/social-compliance/calendar')}\nThe post: ${adminLink(target)}\n`,
      );
    },

    async scheduleFailed({
      target,
      title,
      reasons,
      runAt,
    }: {
      target: ResolvedTarget;
      title: string;
      reasons: string[];
      runAt: string;
    }) {
      await send(
        await holdersOf(ACTIONS.manageSettings),
        `Scheduled publish failed: ${title}`,
        `"${title}"${target.locale ? ` (${target.locale})` : ''} was due at ${runAt} but was not published:\n\n${reasons.map((reason) => `- ${reason}`).join('\n')}\n\nOpen it: ${adminLink(target)}\n`,
      );
    },
  };
};

export default createNotificationsService;
