import path from 'path';
import { createStrapi, type Core } from '@strapi/strapi';
import request from 'supertest';

import { createIsolatedDatabase, type IsolatedDatabase } from '../databases';

export const APP_DIR = path.resolve(__dirname, '..', '..', 'playground');
const DIST_DIR = path.join(APP_DIR, 'dist');

export interface TestApp {
  strapi: Core.Strapi;
  database: IsolatedDatabase;
  /** Supertest agent over the app's HTTP server (admin and content API routes). */
  http: () => ReturnType<typeof request>;
  stop(): Promise<void>;
}

interface BootOptions {
  /** Extra environment for this boot (e.g. SEED_DEMO). */
  env?: Record<string, string>;
  /** Reuse a database (to boot a second instance on it); a fresh one otherwise. */
  database?: IsolatedDatabase;
}

/** Boots the playground with createStrapi on a database of its own, the way `strapi start` does. */
export const bootStrapi = async ({ env = {}, database }: BootOptions = {}): Promise<TestApp> => {
  const db = database ?? (await createIsolatedDatabase());
  const overrides = { LOG_LEVEL: 'warn', CRON_ENABLED: 'false', ...db.env, ...env };
  const previous = Object.fromEntries(Object.keys(overrides).map((key) => [key, process.env[key]]));
  Object.assign(process.env, overrides);

  const restoreEnv = () => {
    for (const [key, value] of Object.entries(previous)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  };

  let instance: Core.Strapi | undefined;
  let strapi: Core.Strapi;
  try {
    instance = createStrapi({
      appDir: APP_DIR,
      distDir: DIST_DIR,
      autoReload: false,
      serveAdminPanel: false,
    });
    strapi = await instance.load();
    await strapi.server.mount();
  } catch (error) {
    // A boot that failed half-way holds database connections that would keep Jest from exiting.
    await instance?.destroy().catch(() => undefined);
    restoreEnv();
    if (!database) await db.drop();
    throw error;
  }

  return {
    strapi,
    database: db,
    http: () => request(strapi.server.httpServer),
    async stop() {
      await strapi.destroy();
      restoreEnv();
      if (!database) await db.drop();
    },
  };
};

/** Logs an admin user in over HTTP and returns the admin JWT, as the admin panel gets it. */
export const adminToken = async (app: TestApp, email: string, password: string) => {
  const response = await app.http().post('/admin/login').send({ email, password });
  if (response.status !== 200)
    throw new Error(`Login of ${email} failed: ${response.status} ${response.text}`);
  return response.body.data.token as string;
};
