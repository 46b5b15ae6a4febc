import type { Core } from '@strapi/strapi';

import { ensureLocale, seedDemo } from './seed';

export default {
  register() {},

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await ensureLocale(strapi, 'es', 'Spanish (es)');
    if (process.env.SEED_DEMO !== 'true') return;
    const logins = await seedDemo(strapi);
    const url = strapi.config.get(
      'server.absoluteUrl',
      `http://localhost:${strapi.config.get('server.port')}`,
    );
    const lines = [
      '',
      'Social compliance demo',
      `Admin: ${url}/admin`,
      ...logins.map((login) => `  ${login.role.padEnd(14)} ${login.email.padEnd(34)} ${login.password}`),
      '',
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
  },
};
