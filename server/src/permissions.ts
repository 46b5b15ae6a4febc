import type { Core } from '@strapi/strapi';

import { ACTIONS } from '../../shared/constants';

// Editors and authors draft posts: out of the box they may open the plugin, attest and submit.
// Reviewing, scheduling and the policy are given to roles that an administrator chooses.
const DEFAULT_GRANTS: Record<string, string[]> = {
  'strapi-editor': [ACTIONS.read, ACTIONS.submit, ACTIONS.attest],
  'strapi-author': [ACTIONS.read, ACTIONS.submit, ACTIONS.attest],
};

const grant = async (strapi: Core.Strapi, role: { id: number }, actions: string[]) => {
  const existing = await strapi.service('admin::permission').findMany({ where: { role: { id: role.id } } });
  const missing = actions.filter(
    (action) => !existing.some((permission: { action: string }) => permission.action === action),
  );
  if (missing.length)
    await strapi.service('admin::role').addPermissions(
      role.id,
      missing.map((action) => ({ action })),
    );
};

/**
 * Grants the default permissions once: now, to an app whose roles exist, or when the admin creates its
 * default roles on a fresh database (after the plugins' bootstrap). An administrator who later takes
 * them away is not overruled on the next boot.
 */
export const grantDefaultPermissions = async (strapi: Core.Strapi) => {
  const store = strapi.store({ type: 'plugin', name: 'social-compliance' });
  const granted = async (code: string) => Boolean(await store.get({ key: `default-permissions:${code}` }));
  const remember = (code: string) => store.set({ key: `default-permissions:${code}`, value: true });

  for (const [code, actions] of Object.entries(DEFAULT_GRANTS)) {
    const role = await strapi.service('admin::role').findOne({ code });
    if (role && !(await granted(code))) {
      await grant(strapi, role, actions);
      await remember(code);
    }
  }

  strapi.db.lifecycles.subscribe({
    models: ['admin::role'],
    async afterCreate(event) {
      const result = event.result as { id: number; code: string };
      const actions = DEFAULT_GRANTS[result.code];
      if (!actions || (await granted(result.code))) return;
      await grant(strapi, result, actions);
      await remember(result.code);
    },
  });
};
