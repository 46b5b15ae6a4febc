import type { Core } from '@strapi/strapi';

export interface DemoLogin {
  role: string;
  email: string;
  password: string;
  firstname: string;
  lastname: string;
}

// Known passwords for a local demo only: never run this seed against a real deployment.
export const DEMO_PASSWORD = 'Compliance-Demo-1';

export const DEMO_USERS: Record<'superAdmin' | 'editor' | 'reviewer' | 'policyOwner', DemoLogin> = {
  superAdmin: {
    role: 'Super Admin',
    email: 'admin@riverside-health.example',
    password: DEMO_PASSWORD,
    firstname: 'Ada',
    lastname: 'Admin',
  },
  editor: {
    role: 'Editor',
    email: 'editor@riverside-health.example',
    password: DEMO_PASSWORD,
    firstname: 'Eddie',
    lastname: 'Editor',
  },
  reviewer: {
    role: 'Reviewer',
    email: 'reviewer@riverside-health.example',
    password: DEMO_PASSWORD,
    firstname: 'Rita',
    lastname: 'Reviewer',
  },
  policyOwner: {
    role: 'Policy owner',
    email: 'policy@riverside-health.example',
    password: DEMO_PASSWORD,
    firstname: 'Maria',
    lastname: 'Callow',
  },
};

const pluginPermissions: Record<string, string[]> = {
  'strapi-editor': ['read', 'submit', 'attest'],
  'strapi-author': ['read', 'submit', 'attest'],
  reviewer: ['read', 'review', 'override-findings', 'schedule'],
  'policy-owner': ['read', 'review', 'audit.read', 'settings.manage'],
};

const GOVERNED = ['plugin::social-compliance.social-post', 'plugin::social-compliance.message-template'];
const LOCALES = ['en', 'es'];

interface Grant {
  action: string;
  subject?: string | null;
  properties?: Record<string, unknown>;
  conditions?: string[];
}

// Editors draft and publish (publishing itself is gated by the plugin); authors draft their own posts;
// reviewers and the policy owner read.
const contentManagerVerbs: Record<string, { verbs: string[]; conditions?: string[] }> = {
  'strapi-editor': { verbs: ['create', 'read', 'update', 'delete', 'publish'] },
  'strapi-author': { verbs: ['create', 'read', 'update'], conditions: ['admin::is-creator'] },
  reviewer: { verbs: ['read'] },
  'policy-owner': { verbs: ['read'] },
};

/** Content Manager permissions on the governed types, with every field and both locales. */
const contentManagerGrants = (strapi: Core.Strapi, code: string): Grant[] => {
  const { verbs, conditions = [] } = contentManagerVerbs[code];
  const { actionProvider } = strapi.service('admin::permission');
  const actions = verbs.map((verb) => ({
    ...actionProvider.get(`plugin::content-manager.explorer.${verb}`),
    subjects: GOVERNED,
  }));
  return strapi
    .service('admin::content-type')
    .getPermissionsWithNestedFields(actions)
    .map((permission: Grant) => ({
      ...permission,
      properties: { ...permission.properties, locales: LOCALES },
      conditions,
    }));
};

const ensureRole = async (strapi: Core.Strapi, code: string, name: string, description: string) => {
  const roles = strapi.service('admin::role');
  return (await roles.findOne({ code })) ?? roles.create({ name, code, description });
};

/** Sets the role's permissions on the governed types and the plugin, keeping its others as they are. */
const grantPermissions = async (strapi: Core.Strapi, roleId: number, grants: Grant[]) => {
  const existing: Grant[] = await strapi
    .service('admin::permission')
    .findMany({ where: { role: { id: roleId } } });
  const kept = existing
    .filter((p) => !GOVERNED.includes(p.subject ?? '') && !p.action.startsWith('plugin::social-compliance.'))
    .map(({ action, subject, properties, conditions }) => ({ action, subject, properties, conditions }));
  await strapi.service('admin::role').assignPermissions(roleId, [...kept, ...grants]);
};

/** The demo's roles and users; idempotent, so every boot of the demo may run it. */
export const seedRolesAndUsers = async (strapi: Core.Strapi) => {
  const roles = strapi.service('admin::role');
  const users = strapi.service('admin::user');

  const superAdmin = await roles.getSuperAdmin();
  const editor = await roles.findOne({ code: 'strapi-editor' });
  const author = await roles.findOne({ code: 'strapi-author' });
  const reviewer = await ensureRole(
    strapi,
    'reviewer',
    'Reviewer',
    'Reviews social posts: approves or sends them back (four-eyes).',
  );
  const policyOwner = await ensureRole(
    strapi,
    'policy-owner',
    'Policy owner',
    'Owns the social media policy and reads the audit trail.',
  );

  for (const [code, role] of [
    ['strapi-editor', editor],
    ['strapi-author', author],
    ['reviewer', reviewer],
    ['policy-owner', policyOwner],
  ] as const) {
    if (!role) continue;
    await grantPermissions(strapi, role.id, [
      ...pluginPermissions[code].map((name) => ({ action: `plugin::social-compliance.${name}` })),
      ...contentManagerGrants(strapi, code),
    ]);
  }

  const roleOf = { superAdmin, editor, reviewer, policyOwner };
  for (const [key, login] of Object.entries(DEMO_USERS) as [keyof typeof DEMO_USERS, DemoLogin][]) {
    if (await users.findOneByEmail(login.email)) continue;
    await users.create({
      email: login.email,
      firstname: login.firstname,
      lastname: login.lastname,
      password: login.password,
      isActive: true,
      registrationToken: null,
      roles: [roleOf[key].id],
    });
  }
  return Object.values(DEMO_USERS);
};
