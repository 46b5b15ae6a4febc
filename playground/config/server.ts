import type { Core } from '@strapi/strapi';

import { demoSecret } from '../src/secrets';

export default ({ env }: Core.Config.Shared.ConfigParams) => ({
  host: env('HOST', '0.0.0.0'),
  port: env.int('PORT', 1337),
  app: {
    // From the environment, or generated on first run into playground/.env (gitignored).
    keys: env.array('APP_KEYS', demoSecret('APP_KEYS', 2).split(',')),
  },
  cron: { enabled: env.bool('CRON_ENABLED', true) },
});
