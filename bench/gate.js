// The publish gate's price: how much slower is publishing a compliant governed social post than
// publishing the same post in an ungoverned copy of the content type (plain Strapi, the anchor)?
// Alternated pairs in one run, medians, on SQLite, PostgreSQL and MariaDB (BENCH_DATABASES), with the
// SQL queries each publish sends beside them. Then how it grows: 20 attributions, and 10 media files.
//   BENCH_SAMPLES   publishes of each kind for the headline figure (200)
//   BENCH_GROWTH_SAMPLES   the same for each growth shape (60; 0 skips them)
'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');

const { bootPlayground, stopPlayground, compliantPost, forEachDatabase } = require('./lib/playground');
const { median, reporter } = require('./lib/report');

const POST = 'plugin::social-compliance.social-post';
const COPY = 'api::bench.social-post-copy';
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 200);
const GROWTH_SAMPLES = Number(process.env.BENCH_GROWTH_SAMPLES ?? 60);
const WARMUP = 10;
// BENCH_TRACE=1 prints the SQL of the last publish of each kind (stderr).
const TRACE = Boolean(process.env.BENCH_TRACE);
const RATIO_GOAL = 1.1;
// MariaDB is reported, not held to the goal (the goal is for SQLite and PostgreSQL).
const GOAL_DATABASES = ['sqlite', 'postgres'];

const report = reporter('gate');

/** Boots the playground with one more content type: an exact, ungoverned copy of the social post. */
const boot = (database) =>
  bootPlayground(database, {
    extend: (strapi) => {
      // i18n has already added `locale` and `localizations` to the post: the copy takes them too.
      const post = strapi.contentType(POST);
      const schema = JSON.parse(JSON.stringify({ ...post.__schema__, attributes: post.attributes }));
      for (const name of ['createdAt', 'updatedAt', 'publishedAt', 'createdBy', 'updatedBy', 'documentId']) {
        delete schema.attributes[name];
      }
      schema.attributes.localizations.target = COPY;
      strapi.get('content-types').add('api::bench', {
        'social-post-copy': {
          schema: {
            ...schema,
            collectionName: 'bench_social_post_copies',
            info: {
              ...schema.info,
              singularName: 'social-post-copy',
              pluralName: 'social-post-copies',
              displayName: 'Social post copy',
            },
          },
        },
      });
    },
  });

/** Ten small files through the upload plugin, so that they exist as any editor's media would. */
const uploadMedia = async (strapi, count) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gate-bench-media-'));
  try {
    const files = [];
    for (let index = 0; index < count; index += 1) {
      const filepath = path.join(dir, `handout-${index}.txt`);
      fs.writeFileSync(filepath, `Flu clinic handout ${index}\n`.repeat(40));
      const [file] = await strapi
        .plugin('upload')
        .service('upload')
        .upload({
          data: { fileInfo: { alternativeText: `Flu clinic handout ${index}`, caption: 'Main atrium' } },
          files: {
            filepath,
            originalFilename: `handout-${index}.txt`,
            mimetype: 'text/plain',
            size: fs.statSync(filepath).size,
          },
        });
      files.push(file);
    }
    return files;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
};

const removeMedia = async (strapi, files) => {
  for (const file of files) await strapi.plugin('upload').service('upload').remove(file);
};

/** The post of each shape: the compliant one (one own-work attribution), 20 attributions, 10 media. */
const SHAPES = {
  base: () => compliantPost(),
  '20-attributions': () => ({
    ...compliantPost(),
    attributions: Array.from({ length: 20 }, (_, index) => ({
      kind: 'quote',
      description: `Quote ${index + 1} from the clinic's leaflet`,
      licence: 'permission',
      rightsHolder: 'Riverside Health',
      licenceReference: `PERM-2026-${index + 1}`,
      creditLine: '© Riverside Health',
    })),
  }),
  '10-media': (media) => ({
    ...compliantPost(),
    media: media.map((file) => file.id),
    attributions: media.map((file) => ({
      kind: 'other',
      media: file.id,
      licence: 'own-work',
      rightsHolder: 'Riverside Health',
      creditLine: '© Riverside Health',
    })),
  }),
};

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until no query has been sent for 10 ms (at most a second). */
const settle = async (counter) => {
  for (let waited = 0, last = -1; waited < 1000 && counter() !== last; waited += 10) {
    last = counter();
    await sleep(10);
  }
};

/**
 * Publishes `samples` governed posts and as many ungoverned copies, alternating which goes first so that
 * drift in the machine's load falls on both alike; returns each side's times and query counts.
 */
const measure = async (strapi, { shape, data, samples, users }) => {
  const { editor, reviewer } = users;
  const service = (name) => strapi.plugin('social-compliance').service(name);
  const pairs = [];
  for (let index = 0; index < samples + WARMUP; index += 1) {
    // The same slug on both: publishing checks a slug's uniqueness, and the plugin fills an empty one.
    const slug = `flu-clinic-${shape}-${index}`;
    // A text of its own per post, so no cache of the plugin's can carry one post's work to the next.
    const post = data();
    const body = `${post.body} (Post ${index + 1} of ${samples + WARMUP}.)`;
    const governed = await strapi.documents(POST).create({ data: { ...post, body, slug }, locale: 'en' });
    const copy = await strapi.documents(COPY).create({ data: { ...post, body, slug }, locale: 'en' });
    const target = { uid: POST, documentId: governed.documentId, locale: 'en' };
    await service('attestation').attest({ ...target, user: editor });
    await service('review').submit({ ...target, user: editor });
    await service('review').approve({ ...target, user: reviewer });
    pairs.push({ [POST]: governed.documentId, [COPY]: copy.documentId });
  }

  // Every SQL statement Strapi sends, transactions' included, is a `query` event of its knex.
  // The publish's own queries end with its COMMIT; those after it are Strapi's entry events.
  let statements = [];
  const count = (query) => statements.push(query.sql);
  strapi.db.connection.on('query', count);
  const results = {
    [POST]: { ms: [], queries: [], afterCommit: [] },
    [COPY]: { ms: [], queries: [], afterCommit: [] },
  };
  try {
    for (const [index, pair] of pairs.entries()) {
      const order = index % 2 ? [COPY, POST] : [POST, COPY];
      for (const uid of order) {
        statements = [];
        const start = process.hrtime.bigint();
        const published = await strapi.documents(uid).publish({ documentId: pair[uid], locale: 'en' });
        const ms = Number(process.hrtime.bigint() - start) / 1e6;
        if (!published?.entries?.length) throw new Error(`${uid} ${pair[uid]} was not published.`);
        // Strapi's entry events run after the commit, unawaited: let them end before the next publish,
        // so that neither their time nor their queries fall on it.
        await settle(() => statements.length);
        const inPublish = statements.findLastIndex((sql) => /^commit/i.test(sql)) + 1 || statements.length;
        const afterCommit = statements.length - inPublish;
        if (index < WARMUP) continue;
        results[uid].ms.push(ms);
        results[uid].queries.push(inPublish);
        results[uid].afterCommit.push(afterCommit);
        if (TRACE && index === pairs.length - 1) {
          process.stderr.write(
            `--- ${uid}: ${inPublish} + ${afterCommit} queries\n${statements.join('\n')}\n`,
          );
        }
      }
    }
  } finally {
    strapi.db.connection.off('query', count);
  }
  return { governed: results[POST], ungoverned: results[COPY] };
};

const run = async (client, database) => {
  const strapi = await boot(database);
  let media = [];
  try {
    const { seedRolesAndUsers } = require('../playground/dist/src/seed/users.js');
    await seedRolesAndUsers(strapi);
    const user = (email) => strapi.db.query('admin::user').findOne({ where: { email }, populate: ['roles'] });
    const users = {
      editor: await user('editor@riverside-health.example'),
      reviewer: await user('reviewer@riverside-health.example'),
    };
    const shapes = [['base', SAMPLES]];
    if (GROWTH_SAMPLES > 0) {
      media = await uploadMedia(strapi, 10);
      shapes.push(['20-attributions', GROWTH_SAMPLES], ['10-media', GROWTH_SAMPLES]);
    }

    for (const [shape, samples] of shapes) {
      const { governed, ungoverned } = await measure(strapi, {
        shape,
        data: () => SHAPES[shape](media),
        samples,
        users,
      });
      const suffix = shape === 'base' ? '' : `@${shape}`;
      const governedMs = median(governed.ms);
      const ungovernedMs = median(ungoverned.ms);
      const goal = shape === 'base' && GOAL_DATABASES.includes(client) ? RATIO_GOAL : null;
      report({
        db: client,
        metric: `publish-ms:governed${suffix}`,
        value: governedMs,
        unit: `ms (median of ${samples})`,
      });
      report({
        db: client,
        metric: `publish-ms:plain-strapi${suffix}`,
        value: ungovernedMs,
        unit: `ms (median of ${samples})`,
      });
      report({
        db: client,
        metric: `ratio:governed/plain${suffix}`,
        value: governedMs / ungovernedMs,
        unit: 'x',
        goal,
      });
      report({
        db: client,
        metric: `queries:governed${suffix}`,
        value: median(governed.queries),
        unit: 'queries per publish, through its commit (median)',
      });
      report({
        db: client,
        metric: `queries:plain-strapi${suffix}`,
        value: median(ungoverned.queries),
        unit: 'queries per publish, through its commit (median)',
      });
      if (shape === 'base') {
        report({
          db: client,
          metric: 'queries-after-commit:governed',
          value: median(governed.afterCommit),
          unit: 'queries after the commit: entry events (median)',
        });
        report({
          db: client,
          metric: 'queries-after-commit:plain-strapi',
          value: median(ungoverned.afterCommit),
          unit: 'queries after the commit: entry events (median)',
        });
      }
    }
  } finally {
    await removeMedia(strapi, media);
    await stopPlayground(strapi);
  }
};

forEachDatabase(run, 'sqlite,postgres,mysql');
