import { bootStrapi, type TestApp } from './strapi';
import { POST, createDraft, makeCompliant, seedUsers, type Users } from './fixtures';

// Named prepared statements are PostgreSQL's; elsewhere the gate's reads are plain queries.
const onPostgres = process.env.DATABASE_CLIENT === 'postgres';
const describeOnPostgres = onPostgres ? describe : describe.skip;
if (!onPostgres) {
  process.stdout.write('prepared-statements: skipped, PostgreSQL only (DATABASE_CLIENT=postgres).\n');
}

type Prepared = { name: string; statement: string };

/**
 * The gate's content read and its read of the record take longer for PostgreSQL to plan than to run: they
 * are named prepared statements, planned once per connection. A publish inside the test's own transaction
 * runs on its connection, whose prepared statements PostgreSQL lists.
 */
describeOnPostgres("the gate's reads on PostgreSQL", () => {
  let app: TestApp;
  let users: Users;

  beforeAll(async () => {
    app = await bootStrapi();
    users = await seedUsers(app.strapi);
  });

  afterAll(async () => {
    await app?.stop();
  });

  const compliantDraft = async () => {
    const { documentId } = await createDraft(app, users);
    await makeCompliant(app, users, documentId);
    return documentId;
  };

  /** Publishes each document on one connection; the statements prepared on it, after each publish. */
  const publishOnOneConnection = (documentIds: string[]) =>
    app.strapi.db.transaction(async ({ trx }) => {
      const after: Prepared[][] = [];
      for (const documentId of documentIds) {
        await app.strapi.documents(POST).publish({ documentId, locale: 'en' });
        const { rows } = (await trx.raw(
          "SELECT name, statement FROM pg_prepared_statements WHERE name LIKE 'sc\\_%' ORDER BY name",
        )) as { rows: Prepared[] };
        after.push(rows);
      }
      return after;
    });

  it('prepares the content read and the record read, and reuses them at the next publish', async () => {
    const [first, second] = await publishOnOneConnection([await compliantDraft(), await compliantDraft()]);

    // The connection may hold others too (the drafts' reads of the checks run before, on it).
    const statements = first.map(({ statement }) => statement);
    expect(statements.filter((sql) => /pg_advisory_xact_lock/.test(sql))).toHaveLength(1);
    expect(
      statements.filter((sql) => /sc_compliance_records/.test(sql) && /sc_audit_events/.test(sql)),
    ).toHaveLength(1);
    // The second publish binds other values to the same two statements.
    expect(second).toEqual(first);
    expect(await app.strapi.db.query(POST).count({ where: { publishedAt: { $notNull: true } } })).toBe(2);
  });
});

/**
 * Behind a pooler that hands each transaction another server connection (PgBouncer in transaction mode
 * before 1.21), a statement prepared on one connection is missing on the next: the policy owner turns them
 * off, and the gate's reads are plain queries again.
 */
describeOnPostgres("the gate's reads on PostgreSQL with preparedStatements: false", () => {
  let app: TestApp;
  let users: Users;

  beforeAll(async () => {
    app = await bootStrapi({
      env: { SOCIAL_COMPLIANCE_CONFIG: JSON.stringify({ preparedStatements: false }) },
    });
    users = await seedUsers(app.strapi);
  });

  afterAll(async () => {
    await app?.stop();
  });

  it('publishes a compliant post without preparing a statement', async () => {
    const { documentId } = await createDraft(app, users);
    await makeCompliant(app, users, documentId);

    const prepared = await app.strapi.db.transaction(async ({ trx }) => {
      await app.strapi.documents(POST).publish({ documentId, locale: 'en' });
      const { rows } = (await trx.raw(
        "SELECT name FROM pg_prepared_statements WHERE name LIKE 'sc\\_%'",
      )) as { rows: Prepared[] };
      return rows;
    });

    expect(prepared).toEqual([]);
    expect(await app.strapi.db.query(POST).count({ where: { publishedAt: { $notNull: true } } })).toBe(1);
  });
});
