// The review queue's first page (25 rows, default filter: waiting for review, longest first) with
// 10,000 and 100,000 posts, on SQLite and PostgreSQL (BENCH_DATABASES). One JSON line per figure.
// Goal: p95 ≤ 50 ms at 100,000, and p95 at 100,000 ≤ 1.5 × p95 at 10,000.
const crypto = require('crypto');
const { bootPlayground, stopPlayground, forEachDatabase } = require('./lib/playground');
const { percentile, reporter } = require('./lib/report');

const report = reporter('review-queue');
const POST = 'plugin::social-compliance.social-post';
const RECORD = 'plugin::social-compliance.compliance-record';
const GOAL_P95_MS = 50;
const GOAL_GROWTH = 1.5;
const SIZES = (process.env.BENCH_QUEUE_SIZES ?? '10000,100000').split(',').map(Number);
const RUNS = 60;
const CATEGORIES = ['event', 'health-tip', 'service-change', 'recruitment', 'fundraising'];
const CHANNELS = [['x'], ['facebook'], ['x', 'linkedin'], ['instagram', 'facebook']];
// At any moment most posts are long published; about one in ten is waiting for a reviewer.
const STATES = [
  'published',
  'published',
  'published',
  'published',
  'approved',
  'draft',
  'changes-requested',
  'published',
  'published',
  'in-review',
];

/** Rows written straight into the tables, as Strapi lays them out: seeding 100,000 posts one by one would take an hour. */
const seed = async (strapi, from, to) => {
  const knex = strapi.db.connection;
  const posts = strapi.db.metadata.get(POST).tableName;
  const records = strapi.db.metadata.get(RECORD).tableName;
  const postRows = [];
  const recordRows = [];
  const start = Date.now() - to * 60_000;
  for (let index = from; index < to; index += 1) {
    const documentId = crypto.randomBytes(12).toString('hex').slice(0, 24);
    const category = CATEGORIES[index % CATEGORIES.length];
    const channels = CHANNELS[index % CHANNELS.length];
    const at = new Date(start + index * 60_000);
    postRows.push({
      document_id: documentId,
      locale: 'en',
      title: `Post ${index}`,
      slug: `post-${index}`,
      body: 'Free flu vaccinations in the main atrium this Saturday from 9am to 1pm. No appointment needed.',
      category,
      channels: JSON.stringify(channels),
      created_at: at,
      updated_at: at,
      published_at: null,
    });
    const state = STATES[index % STATES.length];
    recordRows.push({
      target_uid: POST,
      target_document_id: documentId,
      target_locale: 'en',
      review_state: state,
      title: `Post ${index}`,
      category,
      channels: `,${channels.join(',')},`,
      author_id: 1 + (index % 7),
      submission: JSON.stringify({
        userId: 1,
        userLabel: 'Eddie Editor',
        at: at.toISOString(),
        contentHash: 'seeded',
      }),
      submitted_at: at,
      approvals: '[]',
      overrides: '[]',
      revision: 1,
      document_id: crypto.randomBytes(12).toString('hex').slice(0, 24),
      created_at: at,
      updated_at: at,
    });
  }
  await knex.batchInsert(posts, postRows, 500);
  await knex.batchInsert(records, recordRows, 500);
};

const run = async (client, database) => {
  const strapi = await bootPlayground(database);
  try {
    const queue = strapi.plugin('social-compliance').service('reviewQueue');
    const results = {};
    let seeded = 0;
    for (const size of SIZES) {
      await seed(strapi, seeded, size);
      seeded = size;
      if (client === 'postgres') await strapi.db.connection.raw('ANALYZE');
      for (let warm = 0; warm < 5; warm += 1) await queue.list();
      const times = [];
      for (let index = 0; index < RUNS; index += 1) {
        const begin = process.hrtime.bigint();
        const page = await queue.list();
        times.push(Number(process.hrtime.bigint() - begin) / 1e6);
        if (page.results.length !== 25)
          throw new Error(`expected a full first page, got ${page.results.length}`);
      }
      results[size] = { p50: percentile(times, 0.5), p95: percentile(times, 0.95) };
      const largest = size === SIZES[SIZES.length - 1];
      const unit = `ms (of ${RUNS} first pages)`;
      report({ db: client, metric: `first-page-ms:p50@${size}`, value: results[size].p50, unit });
      report({
        db: client,
        metric: `first-page-ms:p95@${size}`,
        value: results[size].p95,
        unit,
        goal: largest ? GOAL_P95_MS : null,
      });
    }
    if (SIZES.length > 1) {
      const [small, large] = [SIZES[0], SIZES[SIZES.length - 1]];
      report({
        db: client,
        metric: `growth:p95@${large}/p95@${small}`,
        value: results[large].p95 / results[small].p95,
        unit: 'x',
        goal: GOAL_GROWTH,
      });
    }
  } finally {
    await stopPlayground(strapi);
  }
};

forEachDatabase(run);
