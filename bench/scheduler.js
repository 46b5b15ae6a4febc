// Scheduled publishing under load: BENCH_POSTS (100 and 1,000) approved posts all due at one instant,
// drained by one and by three Strapi processes (BENCH_INSTANCES=1,3) polling with the plugin's default cron
// rule (BENCH_RULE) on one PostgreSQL database. Prints one JSON line per figure: how long after their time
// the first and the last went out, and duplicates, misses and failures (all must be 0). Goal: all out
// within 60 s.
const path = require('path');
const { fork } = require('child_process');
const { compileStrapi, createStrapi } = require('@strapi/strapi');

const { createIsolatedDatabase } = require('../tests/databases');
const { compliantPost } = require('./lib/playground');
const { reporter } = require('./lib/report');

const report = reporter('scheduler');

const APP_DIR = path.resolve(__dirname, '..', 'playground');
const INSTANCE = path.resolve(__dirname, '..', 'tests', 'scheduler-instance.js');
const POST = 'plugin::social-compliance.social-post';
const SCHEDULE = 'plugin::social-compliance.schedule';
const AUDIT = 'plugin::social-compliance.audit-event';
const POST_COUNTS = (process.env.BENCH_POSTS ?? '100,1000').split(',').map(Number);
const INSTANCES = (process.env.BENCH_INSTANCES ?? '1,3').split(',').map(Number);
const RULE = process.env.BENCH_RULE ?? '* * * * *';
const GOAL_SECONDS = 60;
const WIDTH = 4;

const config = (scheduler) => ({
  governedContentTypes: ['api::press-release.press-release'],
  scheduler: { enabled: true, rule: RULE, leaseSeconds: 120, batchSize: 50, maxAttempts: 3, ...scheduler },
  notifications: { enabled: false },
});

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

const inParallel = async (items, work) => {
  let next = 0;
  await Promise.all(
    Array.from({ length: WIDTH }, async () => {
      while (next < items.length) {
        const index = next++;
        await work(items[index], index);
      }
    }),
  );
};

/** The next firing of the cron rule at least `leadMs` from now (whole minutes for the default rule). */
const nextDueAt = (leadMs) => {
  const { Cron } = require('croner');
  return new Cron(RULE, { paused: true }).nextRun(new Date(Date.now() + leadMs));
};

const startInstance = (database) =>
  new Promise((resolve, reject) => {
    const child = fork(INSTANCE, [], {
      env: {
        ...process.env,
        ...database.env,
        LOG_LEVEL: 'error',
        CRON_ENABLED: 'true',
        SOCIAL_COMPLIANCE_CONFIG: JSON.stringify(config({})),
      },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    child.on('message', (message) => message.type === 'ready' && resolve(child));
    child.on('exit', (code) => reject(new Error(`A Strapi instance exited before it was ready (${code}).`)));
  });

const run = async (instanceCount, posts) => {
  const database = await createIsolatedDatabase('postgres');
  Object.assign(process.env, database.env, {
    LOG_LEVEL: 'error',
    CRON_ENABLED: 'false',
    SOCIAL_COMPLIANCE_CONFIG: JSON.stringify(config({ enabled: false })),
  });
  const strapi = await createStrapi({
    appDir: APP_DIR,
    distDir: path.join(APP_DIR, 'dist'),
    autoReload: false,
    serveAdminPanel: false,
  }).load();
  const children = [];
  try {
    const { seedRolesAndUsers } = require('../playground/dist/src/seed/users.js');
    await seedRolesAndUsers(strapi);
    const user = (email) => strapi.db.query('admin::user').findOne({ where: { email }, populate: ['roles'] });
    const editor = await user('editor@riverside-health.example');
    const reviewer = await user('reviewer@riverside-health.example');
    const service = (name) => strapi.plugin('social-compliance').service(name);

    const setupStarted = Date.now();
    const documentIds = new Array(posts);
    await inParallel(documentIds, async (_item, index) => {
      const { documentId } = await strapi.documents(POST).create({
        data: compliantPost(`Due at once ${index + 1}`),
        locale: 'en',
      });
      const target = { uid: POST, documentId, locale: 'en' };
      await service('attestation').attest({ ...target, user: editor });
      await service('review').submit({ ...target, user: editor });
      await service('review').approve({ ...target, user: reviewer });
      documentIds[index] = documentId;
    });
    const setupSeconds = (Date.now() - setupStarted) / 1000;

    for (let index = 0; index < instanceCount; index += 1) children.push(await startInstance(database));

    // Scheduling 1,000 takes a while: the instant is the rule's next firing after that.
    const dueAt = nextDueAt(15_000 + posts * 15);
    await inParallel(documentIds, (documentId) =>
      service('schedule').schedule({
        uid: POST,
        documentId,
        locale: 'en',
        publishAt: dueAt.toISOString(),
        timeZone: 'UTC',
        user: reviewer,
      }),
    );
    if (Date.now() >= dueAt.getTime()) throw new Error('Scheduling took longer than the lead time.');

    const deadline = dueAt.getTime() + 10 * 60_000;
    for (;;) {
      const open = await strapi.db
        .query(SCHEDULE)
        .count({ where: { status: { $in: ['pending', 'claimed'] } } });
      if (open === 0) break;
      if (Date.now() > deadline)
        throw new Error(`${open} schedules were still open 10 minutes after their time.`);
      await sleep(250);
    }

    const [rows, events, failed] = await Promise.all([
      strapi.db.query(POST).findMany({
        where: { publishedAt: { $notNull: true } },
        select: ['documentId', 'publishedAt'],
      }),
      strapi.db.query(AUDIT).findMany({ where: { action: 'publish' }, select: ['targetDocumentId'] }),
      strapi.db.query(SCHEDULE).count({ where: { status: 'failed' } }),
    ]);
    const tally = (values) => {
      const counts = new Map();
      for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
      return counts;
    };
    const publishedCounts = tally(rows.map((row) => row.documentId));
    const eventCounts = tally(events.map((event) => event.targetDocumentId));
    const duplicates = documentIds.filter(
      (documentId) => (publishedCounts.get(documentId) ?? 0) > 1 || (eventCounts.get(documentId) ?? 0) > 1,
    ).length;
    const missed = documentIds.filter((documentId) => !publishedCounts.get(documentId)).length;
    const times = rows.map((row) => Date.parse(row.publishedAt) - dueAt.getTime()).sort((a, b) => a - b);
    const lastSeconds = times[times.length - 1] / 1000;
    const figure = (metric, value, unit, goal = null) =>
      report({
        db: 'postgres',
        metric: `${metric}@${posts}-due,${instanceCount}-instances`,
        value,
        unit,
        goal,
      });
    figure('setup-s', setupSeconds, 's (create, attest, submit, approve)');
    figure('first-out-s', times[0] / 1000, `s after due (rule ${RULE})`);
    figure('all-out-s', lastSeconds, `s after due (rule ${RULE})`, GOAL_SECONDS);
    figure('posts-per-s', posts / Math.max(lastSeconds, 0.001), 'posts/s');
    figure('duplicates', duplicates, 'posts', 0);
    figure('missed', missed, 'posts', 0);
    figure('failed', failed, 'schedules', 0);
  } finally {
    for (const child of children) child.kill('SIGKILL');
    await strapi.destroy();
    await database.drop();
  }
};

(async () => {
  await compileStrapi({ appDir: APP_DIR });
  for (const posts of POST_COUNTS) for (const count of INSTANCES) await run(count, posts);
})().catch((error) => {
  process.stderr.write(`${error.stack}\n`);
  process.exit(1);
});
