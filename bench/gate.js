// The publish gate's overhead: median latency of publishing a compliant governed social post against
// publishing the same post in an ungoverned copy of the content type, side by side in one run, on
// SQLite and on PostgreSQL (BENCH_DATABASES=sqlite,postgres). Prints one JSON line per database.
const { bootPlayground, stopPlayground, compliantPost, forEachDatabase } = require('./lib/playground');

const POST = 'plugin::social-compliance.social-post';
const COPY = 'api::bench.social-post-copy';
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 80);
const WARMUP = 10;

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

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

const data = (index) => compliantPost(`Flu clinic ${index}`);

const run = async (client, database) => {
  const strapi = await boot(database);
  try {
    const { seedRolesAndUsers } = require('../playground/dist/src/seed/users.js');
    await seedRolesAndUsers(strapi);
    const user = (email) => strapi.db.query('admin::user').findOne({ where: { email }, populate: ['roles'] });
    const editor = await user('editor@riverside-health.example');
    const reviewer = await user('reviewer@riverside-health.example');
    const service = (name) => strapi.plugin('social-compliance').service(name);

    const pairs = [];
    for (let index = 0; index < SAMPLES + WARMUP; index += 1) {
      const governed = await strapi.documents(POST).create({ data: data(index), locale: 'en' });
      const copy = await strapi.documents(COPY).create({ data: data(index), locale: 'en' });
      const target = { uid: POST, documentId: governed.documentId, locale: 'en' };
      await service('attestation').attest({ ...target, user: editor });
      await service('review').submit({ ...target, user: editor });
      await service('review').approve({ ...target, user: reviewer });
      pairs.push({ governed: governed.documentId, copy: copy.documentId });
    }

    const timed = async (uid, documentId) => {
      const start = process.hrtime.bigint();
      await strapi.documents(uid).publish({ documentId, locale: 'en' });
      return Number(process.hrtime.bigint() - start) / 1e6;
    };
    const governedMs = [];
    const ungovernedMs = [];
    for (const [index, pair] of pairs.entries()) {
      // Alternate which goes first, so that drift in the machine's load falls on both alike.
      const [first, second] =
        index % 2
          ? [
              [COPY, pair.copy],
              [POST, pair.governed],
            ]
          : [
              [POST, pair.governed],
              [COPY, pair.copy],
            ];
      const a = await timed(...first);
      const b = await timed(...second);
      if (index < WARMUP) continue;
      (first[0] === POST ? governedMs : ungovernedMs).push(a);
      (second[0] === POST ? governedMs : ungovernedMs).push(b);
    }
    const governed = median(governedMs);
    const ungoverned = median(ungovernedMs);
    process.stdout.write(
      `${JSON.stringify({
        bench: 'gate',
        database: client,
        samples: SAMPLES,
        governedMedianMs: Number(governed.toFixed(2)),
        ungovernedMedianMs: Number(ungoverned.toFixed(2)),
        ratio: Number((governed / ungoverned).toFixed(3)),
        goal: 1.1,
      })}\n`,
    );
  } finally {
    await stopPlayground(strapi);
  }
};

forEachDatabase(run);
