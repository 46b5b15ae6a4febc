// What the benchmarks share: the playground booted on a database of its own, one run per database
// (BENCH_DATABASES), and the post that meets the default policy.
const path = require('path');
const { compileStrapi, createStrapi } = require('@strapi/strapi');

const { compliantPost } = require('../../tests/compliant-post');
const { createIsolatedDatabase } = require('../../tests/databases');

const APP_DIR = path.resolve(__dirname, '..', '..', 'playground');

/**
 * Boots the playground on `database`, quietly and without cron; `extend(strapi)` runs between Strapi's
 * register and bootstrap phases (to add a content type, say). The database's environment is set for the
 * boot only, then put back: a bench that runs on MariaDB and then on PostgreSQL must not connect to
 * MariaDB's port the second time (`createIsolatedDatabase` reads DATABASE_PORT).
 */
const bootPlayground = async (database, { extend } = {}) => {
  const overrides = { LOG_LEVEL: 'error', CRON_ENABLED: 'false', ...database.env };
  const previous = Object.fromEntries(Object.keys(overrides).map((key) => [key, process.env[key]]));
  Object.assign(process.env, overrides);
  try {
    const strapi = createStrapi({
      appDir: APP_DIR,
      distDir: path.join(APP_DIR, 'dist'),
      autoReload: false,
      serveAdminPanel: false,
    });
    await strapi.register();
    if (extend) await extend(strapi);
    await strapi.bootstrap();
    return strapi;
  } finally {
    for (const [key, value] of Object.entries(previous)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  }
};

/** Strapi emits its entry events after commit without awaiting them: let them finish before the pool closes. */
const stopPlayground = async (strapi) => {
  await new Promise((resolve) => setTimeout(resolve, 1000));
  await strapi.destroy();
};

/** Compiles the playground once, then runs `bench(client)` for each database in turn; exits 1 on error. */
const forEachDatabase = (bench, defaults = 'sqlite,postgres') =>
  (async () => {
    await compileStrapi({ appDir: APP_DIR });
    for (const client of (process.env.BENCH_DATABASES ?? defaults).split(',')) {
      const database = await createIsolatedDatabase(client);
      try {
        await bench(client, database);
      } finally {
        await database.drop();
      }
    }
  })().catch((error) => {
    process.stderr.write(`${error.stack}\n`);
    process.exit(1);
  });

module.exports = { APP_DIR, bootPlayground, compliantPost, forEachDatabase, stopPlayground };
