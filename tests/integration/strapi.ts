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
  // Strapi's log is quiet in tests (errors only) unless a suite asks for more with env.LOG_LEVEL.
  const overrides = { LOG_LEVEL: 'error', CRON_ENABLED: 'false', ...db.env, ...env };
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
      await settled(strapi);
      await strapi.destroy();
      restoreEnv();
      if (!database) await db.drop();
    },
  };
};

/**
 * Waits (up to 10 s) until no query is running or waiting for a connection. Strapi emits its document
 * events after commit without awaiting them; destroying the pool under them aborts those queries.
 */
const settled = async (strapi: Core.Strapi) => {
  const pool = (strapi.db.connection.client as { pool?: Pool }).pool;
  if (!pool) return;
  const deadline = Date.now() + 10_000;
  while (pool.numUsed() + pool.numPendingAcquires() + pool.numPendingCreates() > 0 && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
};

interface Pool {
  numUsed(): number;
  numPendingAcquires(): number;
  numPendingCreates(): number;
}

/** Logs an admin user in over HTTP and returns the admin JWT, as the admin panel gets it. */
export const adminToken = async (app: TestApp, email: string, password: string) => {
  const response = await app.http().post('/admin/login').send({ email, password });
  if (response.status !== 200)
    throw new Error(`Login of ${email} failed: ${response.status} ${response.text}`);
  return response.body.data.token as string;
};
