import type { Core } from '@strapi/strapi';

import type services from '../services';
import { PLUGIN_ID } from '../constants';

type Services = typeof services;
type ServiceName = keyof Services;

/** The one typed way to reach a plugin service. */
export const getService = <Name extends ServiceName>(
  name: Name,
  { strapi }: { strapi: Core.Strapi } = { strapi: global.strapi },
): ReturnType<Services[Name]> => strapi.plugin(PLUGIN_ID).service(name) as ReturnType<Services[Name]>;
