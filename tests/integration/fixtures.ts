import type { Core } from '@strapi/strapi';

import { DEMO_USERS, seedRolesAndUsers } from '../../playground/src/seed/users';
import type { TestApp } from './strapi';
import { compliantPost } from '../compliant-post';

export const POST = 'plugin::social-compliance.social-post';
export const TEMPLATE = 'plugin::social-compliance.message-template';
export const PASSWORD = DEMO_USERS.editor.password;

export interface Users {
  editor: AdminUser;
  reviewer: AdminUser;
  secondReviewer: AdminUser;
  policyOwner: AdminUser;
  superAdmin: AdminUser;
  /** An admin with a role that holds no permission of the plugin. */
  outsider: AdminUser;
}

export interface AdminUser {
  id: number;
  email: string;
  firstname: string;
  lastname: string;
  roles: { id: number; code: string }[];
}

const findUser = async (strapi: Core.Strapi, email: string): Promise<AdminUser> =>
  strapi.db.query('admin::user').findOne({ where: { email }, populate: ['roles'] });

/** The playground's roles and users (the demo's seed), plus a second reviewer and an outsider. */
export const seedUsers = async (strapi: Core.Strapi): Promise<Users> => {
  await seedRolesAndUsers(strapi);
  const roles = strapi.service('admin::role');
  const reviewerRole = await roles.findOne({ code: 'reviewer' });
  const outsiderRole =
    (await roles.findOne({ code: 'outsider' })) ??
    (await roles.create({ name: 'Outsider', code: 'outsider', description: 'No plugin permission' }));
  const users = strapi.service('admin::user');
  for (const [email, roleId] of [
    ['second.reviewer@riverside-health.example', reviewerRole.id],
    ['outsider@riverside-health.example', outsiderRole.id],
  ] as const) {
    if (!(await users.findOneByEmail(email))) {
      await users.create({
        email,
        firstname: email.split('@')[0],
        lastname: 'Test',
        password: PASSWORD,
        isActive: true,
        registrationToken: null,
        roles: [roleId],
      });
    }
  }
  return {
    editor: await findUser(strapi, DEMO_USERS.editor.email),
    reviewer: await findUser(strapi, DEMO_USERS.reviewer.email),
    secondReviewer: await findUser(strapi, 'second.reviewer@riverside-health.example'),
    policyOwner: await findUser(strapi, DEMO_USERS.policyOwner.email),
    superAdmin: await findUser(strapi, DEMO_USERS.superAdmin.email),
    outsider: await findUser(strapi, 'outsider@riverside-health.example'),
  };
};

/** A post that meets every rule of the default policy once attested and approved. */
export const compliantData = (overrides: Record<string, unknown> = {}) => ({
  ...compliantPost(),
  ...overrides,
});

/** A compliant post showing the uploaded picture `fileId`, credited as the policy asks of every image. */
export const compliantDataShowing = (fileId: number) => {
  const post = compliantData();
  return {
    ...post,
    media: [fileId],
    attributions: [
      ...post.attributions,
      {
        kind: 'image',
        media: fileId,
        licence: 'own-work',
        rightsHolder: 'Riverside Health',
        creditLine: '© Riverside Health',
      },
    ],
  };
};

export const createDraft = async (app: TestApp, users: Users, data = compliantData(), locale = 'en') => {
  const document = await app.strapi.documents(POST).create({ data: data as never, locale });
  // The Content Manager records who created a draft; the document service leaves it to the caller.
  const rows = await app.strapi.db
    .query(POST)
    .findMany({ where: { documentId: document.documentId }, select: ['id'] });
  for (const row of rows)
    await app.strapi.db.query(POST).update({ where: { id: row.id }, data: { createdBy: users.editor.id } });
  return document;
};

export const addLocale = async (
  app: TestApp,
  documentId: string,
  locale: string,
  data: Record<string, unknown>,
) => app.strapi.documents(POST).update({ documentId, locale, data: data as never });

const service = (app: TestApp, name: string) => app.strapi.plugin('social-compliance').service(name);

/** Attested by the editor, submitted by the editor, approved by the reviewer: everything the gate asks. */
export const makeCompliant = async (app: TestApp, users: Users, documentId: string, locale = 'en') => {
  const target = { uid: POST, documentId, locale };
  await service(app, 'attestation').attest({ ...target, user: users.editor });
  await service(app, 'review').submit({ ...target, user: users.editor });
  await service(app, 'review').approve({ ...target, user: users.reviewer });
};

export const publishedRows = (app: TestApp, documentId: string, locale?: string) =>
  app.strapi.db
    .query(POST)
    .count({ where: { documentId, publishedAt: { $notNull: true }, ...(locale ? { locale } : {}) } });

export const draftRow = (app: TestApp, documentId: string, locale = 'en') =>
  app.strapi.db.query(POST).findOne({ where: { documentId, locale, publishedAt: null } });

/** Events written after a transaction ends are not awaited by the caller: wait for them a little. */
export const waitForAudit = async (app: TestApp, action: string, documentId: string, timeoutMs = 5000) => {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const events = await app.strapi.db
      .query('plugin::social-compliance.audit-event')
      .findMany({ where: { action, targetDocumentId: documentId } });
    if (events.length || Date.now() > deadline) return events;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
};
