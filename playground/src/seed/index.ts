import type { Core } from '@strapi/strapi';

import { seedContent } from './content';
import { seedRolesAndUsers } from './users';

export { DEMO_USERS, DEMO_PASSWORD } from './users';

/** The demo's data: roles, users with known passwords, the policy, templates and posts. Idempotent. */
export const seedDemo = async (strapi: Core.Strapi) => {
  const logins = await seedRolesAndUsers(strapi);
  await seedContent(strapi);
  return logins;
};

/** The playground runs in two locales, en (the default) and es. */
export const ensureLocale = async (strapi: Core.Strapi, code: string, name: string) => {
  const locales = strapi.plugin('i18n').service('locales');
  if (!(await locales.findByCode(code))) await locales.create({ code, name });
};
