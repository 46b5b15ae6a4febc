import type { Core } from '@strapi/strapi';

import type services from '../services';
import { PLUGIN_ID } from '../../../shared/constants';

type Services = typeof services;
type ServiceName = keyof Services;

/** The one typed way to reach a plugin service. */
export const getService = <Name extends ServiceName>(
  name: Name,
  { strapi }: { strapi: Core.Strapi } = { strapi: global.strapi },
): ReturnType<Services[Name]> => strapi.plugin(PLUGIN_ID).service(name) as ReturnType<Services[Name]>;

/** An admin user, as the admin session gives it. */
export interface AdminUser {
  id: number;
  firstname?: string | null;
  lastname?: string | null;
  username?: string | null;
  email?: string;
  roles?: { id: number; code: string }[];
}

export const userLabel = (user: AdminUser) =>
  [user.firstname, user.lastname].filter(Boolean).join(' ') ||
  user.username ||
  user.email ||
  `user ${user.id}`;
