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

const contentManagerRead = (uid: string) => ({
  action: 'plugin::content-manager.explorer.read',
  subject: uid,
});

const ensureRole = async (strapi: Core.Strapi, code: string, name: string, description: string) => {
  const roles = strapi.service('admin::role');
  const existing = await roles.findOne({ code });
  if (existing) return existing;
  const role = await roles.create({ name, code, description });
  await roles.addPermissions(role.id, [
    contentManagerRead('plugin::social-compliance.social-post'),
    contentManagerRead('plugin::social-compliance.message-template'),
  ]);
  return role;
};

const grantPluginPermissions = async (strapi: Core.Strapi, roleId: number, actions: string[]) => {
  const permission = strapi.service('admin::permission');
  const existing = await permission.findMany({ where: { role: { id: roleId } } });
  const missing = actions
    .map((name) => `plugin::social-compliance.${name}`)
    .filter((action) => !existing.some((p: { action: string }) => p.action === action));
  if (missing.length)
    await strapi.service('admin::role').addPermissions(
      roleId,
      missing.map((action) => ({ action })),
    );
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
    if (role) await grantPluginPermissions(strapi, role.id, pluginPermissions[code]);
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
