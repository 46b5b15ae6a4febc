import { expectingContent, isGateWriting } from '../gate-context';
import { publishGate } from '../publish-gate';

// The gate's decisions, with the services it asks replaced by plain fakes; the same gate on a real
// Strapi and database is tests/integration/publish-gate.test.ts. Rule 9, "staff cannot release
// confidential information about patients ... without authority", and DESIGN's "nothing of a governed
// content type is published unless every check of the policy passes, whichever path asks".
const POST = 'plugin::social-compliance.social-post';
const OTHER = 'api::article.article';

interface Fakes {
  /** The locales whose evaluation fails. */
  refused?: string[];
  localized?: boolean;
  drafts?: string[];
  /** Locales whose published rows fail although their drafts pass (they changed while publishing). */
  changed?: string[];
  /** Locales whose published rows fail, the draft passing a moment later with the same content. */
  outside?: string[];
  /** The database (`strapi.db.dialect.client`). */
  client?: string;
  /** What the publish itself returns. */
  written?: unknown;
  /** The message of the failing check on the rows written as published (the drafts' says 'Attest it.'). */
  writtenReason?: string;
}

const setUp = ({
  refused = [],
  localized = true,
  drafts = ['en', 'es'],
  changed = [],
  outside = [],
  client = 'sqlite',
  written = { documentId: 'doc1', locale: 'en', entries: [{}] },
  writtenReason = 'Attest it.',
}: Fakes = {}) => {
  const log: string[] = [];
  // What the gate asked the database for, besides the locks: the drafts of a '*' publish.
  const draftQueries: unknown[] = [];
  const locks: { uid: string; select: unknown; where: unknown }[] = [];
  const appended: { action: string; target: { locale: string } }[] = [];
  // The chain head each append was given (read with the record once the chain was locked).
  const heads: unknown[] = [];
  const afterTransaction: { input: { action: string; target: { locale: string } }; options: unknown }[] = [];
  const services: Record<string, unknown> = {
    targets: {
      isGoverned: (uid: string) => uid === POST,
      isLocalized: () => localized,
      defaultLocale: async () => 'en',
    },
    compliance: {
      assertPublishable: async (
        uid: string,
        documentId: string,
        locales: string[],
        { published = false, chainHead = false } = {},
      ) => {
        // The gate judges the published rows it wrote; the drafts only for a refusal's reasons.
        log.push(`check ${locales.join(',')}${published ? ' as published' : ''}`);
        const fails = (locale: string) =>
          refused.includes(locale) || (published && (changed.includes(locale) || outside.includes(locale)));
        const results = locales.map((locale) => ({
          target: { uid, documentId, locale },
          evaluation: {
            compliant: !fails(locale),
            // What was written differs from the draft only where it changed while being published.
            contentHash: published && changed.includes(locale) ? `hash-${locale}-written` : `hash-${locale}`,
            checks: fails(locale)
              ? [
                  {
                    id: 'attestation.missing',
                    rule: 9,
                    status: 'fail',
                    message: published ? writtenReason : 'Attest it.',
                  },
                  { id: 'approval', rule: 4, status: 'pass', message: 'Approved.' },
                ]
              : [{ id: 'attestation', rule: 9, status: 'pass', message: 'Attested.' }],
          },
        }));
        return {
          results,
          refused: results.filter(({ evaluation }) => !evaluation.compliant),
          chainHead: chainHead ? { seq: 41, hash: 'head-41' } : undefined,
        };
      },
    },
    audit: {
      // The chain's lock taken with the drafts' is PostgreSQL's SQL: tests/integration/prepared-statements.
      chainLockSql: () => null,
      chainLocked: async () => undefined,
      lockChain: async () => {
        log.push('lock chain');
        return { headReadable: true };
      },
      appendAll: async (
        inputs: { action: string; target: { locale: string } }[],
        { head }: { head?: unknown },
      ) => {
        appended.push(...inputs);
        heads.push(head);
      },
      appendAfterTransaction: async (
        input: { action: string; target: { locale: string } },
        options: unknown,
      ) => {
        afterTransaction.push({ input, options });
      },
    },
  };
  // The values a statement written once leaves as markers (strings starting with NUL), in their order.
  const markersIn = (where: unknown): unknown[] =>
    Object.values(where as Record<string, unknown>).flatMap((value) =>
      value && typeof value === 'object'
        ? (value as { $in: unknown[] }).$in.filter((item) => String(item).startsWith('\u0000'))
        : String(value).startsWith('\u0000')
          ? [value]
          : [],
    );
  const strapi = {
    plugin: () => ({ service: (name: string) => services[name] }),
    config: { get: () => ({ preparedStatements: true }) },
    db: {
      dialect: { client },
      queryBuilder: (uid: string) => {
        const lock = { uid, select: undefined as unknown, where: undefined as unknown };
        const builder = {
          select: (columns: unknown) => {
            lock.select = columns;
            return builder;
          },
          where: (where: unknown) => {
            lock.where = where;
            return builder;
          },
          forUpdate: () => builder,
          // The gate writes the lock's SQL once, with markers where the values go, and runs it with the
          // values bound (`connection.raw` below puts them back into what it records).
          getKnexQuery: () => ({
            toSQL: () => ({ sql: JSON.stringify(lock), bindings: markersIn(lock.where) }),
          }),
        };
        return builder;
      },
      inTransaction: () => false,
      connection: {
        raw: (sql: string, bindings: unknown[]) => {
          const execute = async () => {
            const { uid, select, where } = JSON.parse(sql);
            const markers = markersIn(where);
            const valueOf = (value: unknown) =>
              markers.includes(value) ? bindings[markers.indexOf(value)] : value;
            log.push('lock');
            locks.push({
              uid,
              select,
              where: Object.fromEntries(
                Object.entries(where).map(([key, value]) => [
                  key,
                  value && typeof value === 'object'
                    ? { $in: (value as { $in: unknown[] }).$in.map(valueOf) }
                    : valueOf(value),
                ]),
              ),
            });
            return { rows: [] };
          };
          const query = {
            options: () => query,
            then: (resolve: (value: unknown) => unknown, reject: (error: unknown) => unknown) =>
              execute().then(resolve, reject),
          };
          return query;
        },
      },
      transaction: async (work: () => Promise<unknown>) => {
        log.push('transaction');
        return work();
      },
      query: () => ({
        findMany: async (args: unknown) => {
          draftQueries.push(args);
          return drafts.map((locale) => ({ locale }));
        },
      }),
    },
  };
  const gate = publishGate(strapi as never);
  const next = jest.fn(async () => {
    log.push(isGateWriting(POST, 'doc1') ? 'next as the gate' : 'next');
    return written;
  });
  const run = (action: string, params: Record<string, unknown>, uid = POST) =>
    gate({ uid, action, params, contentType: {} } as never, next as never);
  return { run, next, log, appended, heads, afterTransaction, locks, draftQueries };
};

/** What the gate did for a refused publish of `en`: judged what was written, then read the draft's reasons. */
const JUDGED_THEN_DRAFT = [
  'transaction',
  'next as the gate',
  'lock chain',
  'check en as published',
  'check en',
];

/**
 * A publish the gate refuses: it fails with a ValidationError (the transaction rolls back), after the steps
 * in `log`, and nothing is recorded as published. Returns the error, for its message.
 */
const expectRefusal = async (
  { log, appended }: ReturnType<typeof setUp>,
  publishing: Promise<unknown>,
  steps: string[] = JUDGED_THEN_DRAFT,
) => {
  const error = await publishing.then(
    () => {
      throw new Error('The gate let it through.');
    },
    (refused: { name: string; message: string; details?: unknown }) => refused,
  );
  expect(error.name).toBe('ValidationError');
  expect(log).toEqual(steps);
  expect(appended).toEqual([]);
  return error;
};

/** The `publish-refused` event, kept even when the publish rolls back. */
const refusedEvent = (locale: string, contentHash: string, reasons: unknown[]) => ({
  input: {
    action: 'publish-refused',
    actorLabel: 'publish gate',
    target: { uid: POST, documentId: 'doc1', locale },
    contentHash,
    details: { reasons },
  },
  options: { evenOnRollback: true },
});

const ATTEST_IT = { id: 'attestation.missing', rule: 9, status: 'fail', message: 'Attest it.' };

describe('the publish gate (rule 9 and every rule it checks)', () => {
  it('checks what the publish wrote, in its transaction, and records the publish with its hash', async () => {
    const { run, next, log, appended, heads } = setUp();
    await run('publish', { documentId: 'doc1', locale: 'en' });
    expect(log).toEqual(['transaction', 'next as the gate', 'lock chain', 'check en as published']);
    // The events chain onto the head read, after the chain was locked, with the record.
    expect(heads).toEqual([{ seq: 41, hash: 'head-41' }]);
    expect(next).toHaveBeenCalledTimes(1);
    expect(appended).toEqual([
      {
        action: 'publish',
        actorLabel: 'publish gate',
        target: { uid: POST, documentId: 'doc1', locale: 'en' },
        contentHash: 'hash-en',
      },
    ]);
  });

  it("refuses a post that fails a check: the transaction fails (Strapi's writes roll back) with the draft's reasons, the refusal is recorded even on rollback", async () => {
    const gate = setUp({ refused: ['en'] });
    const error = await expectRefusal(gate, gate.run('publish', { documentId: 'doc1', locale: 'en' }));
    expect(error.message).toBe(
      'This cannot be published yet: 1 requirement of the social media policy is not met. Attest it.',
    );
    expect(gate.afterTransaction).toEqual([refusedEvent('en', 'hash-en', [ATTEST_IT])]);
  });

  it('refuses what was written when it fails although the draft passes: it changed while being published', async () => {
    const gate = setUp({ changed: ['en'] });
    const error = await expectRefusal(gate, gate.run('publish', { documentId: 'doc1', locale: 'en' }));
    expect(error.message).toMatch(/not the content that was checked and approved/);
    expect(gate.afterTransaction).toEqual([
      expect.objectContaining({ input: expect.objectContaining({ action: 'publish-refused' }) }),
    ]);
  });

  it("refuses with the written version's own reasons when the draft passes a moment later with the same content (a picture read meanwhile)", async () => {
    const gate = setUp({ outside: ['en'] });
    const error = await expectRefusal(gate, gate.run('publish', { documentId: 'doc1', locale: 'en' }));
    expect(error.message).toBe(
      'This cannot be published yet: 1 requirement of the social media policy is not met. Attest it.',
    );
    expect(gate.afterTransaction).toEqual([refusedEvent('en', 'hash-en', [ATTEST_IT])]);
  });

  it("checks every locale a publish touches: '*' is each locale with a draft, a list is each of its locales", async () => {
    const all = setUp({ drafts: ['en', 'es'] });
    await all.run('publish', { documentId: 'doc1', locale: '*' });
    expect(all.log).toContain('check en,es as published');
    expect(all.appended.map((event) => event.target.locale)).toEqual(['en', 'es']);
    // Each locale with a draft of this document: not another document's, not its published rows.
    expect(all.draftQueries).toEqual([
      { select: ['locale'], where: { documentId: 'doc1', publishedAt: null } },
    ]);

    const listed = setUp();
    await listed.run('publish', { documentId: 'doc1', locale: ['es', 'fr'] });
    expect(listed.log).toContain('check es,fr as published');

    const starInList = setUp({ drafts: ['en', 'es'] });
    await starInList.run('publish', { documentId: 'doc1', locale: ['*'] });
    expect(starInList.log).toContain('check en,es as published');

    const refusedOne = setUp({ refused: ['es'] });
    await expectRefusal(refusedOne, refusedOne.run('publish', { documentId: 'doc1', locale: '*' }), [
      'transaction',
      'next as the gate',
      'lock chain',
      'check en,es as published',
      'check es',
    ]);
  });

  it('checks the default locale when none is named, and the only version of a type without i18n', async () => {
    const unnamed = setUp();
    await unnamed.run('publish', { documentId: 'doc1' });
    expect(unnamed.log).toContain('check en as published');

    const single = setUp({ localized: false });
    await single.run('publish', { documentId: 'doc1', locale: 'es' });
    expect(single.log).toContain('check  as published');
    expect(single.appended.map((event) => event.target.locale)).toEqual(['']);
  });

  it.each(['create', 'update'])(
    "%s with status 'published' (REST, GraphQL): writes, checks what it wrote, refuses it in the same transaction",
    async (action) => {
      const allowed = setUp();
      await allowed.run(action, { documentId: 'doc1', status: 'published' });
      expect(allowed.log).toEqual(['transaction', 'next as the gate', 'lock chain', 'check en as published']);
      expect(allowed.appended).toEqual([expect.objectContaining({ action: 'publish' })]);

      const refused = setUp({ refused: ['en'] });
      await expectRefusal(refused, refused.run(action, { documentId: 'doc1', status: 'published' }));
    },
  );

  it.each([
    ['a draft save', 'update', { documentId: 'doc1', status: 'draft' }, POST],
    ['a create without status', 'create', {}, POST],
    ['an unpublish', 'unpublish', { documentId: 'doc1', locale: 'en' }, POST],
    ['a delete', 'delete', { documentId: 'doc1', locale: 'en' }, POST],
    ['a publish of a type the policy does not govern', 'publish', { documentId: 'a1', locale: 'en' }, OTHER],
    // REST reads the published version by default: a read publishes nothing.
    ['a read of the published version', 'findOne', { documentId: 'doc1', status: 'published' }, POST],
    ['a list of published versions', 'findMany', { status: 'published' }, POST],
  ])('lets %s through unchecked', async (_what, action, params, uid) => {
    const { run, next, log, appended } = setUp({ refused: ['en'] });
    await run(action, params, uid);
    expect(next).toHaveBeenCalledTimes(1);
    expect(log).toEqual(['next']);
    expect(appended).toEqual([]);
  });

  it('lets a scheduled publish through only with the content approved when it was scheduled', async () => {
    const approved = setUp();
    await expectingContent({ en: 'hash-en' }, () =>
      approved.run('publish', { documentId: 'doc1', locale: 'en' }),
    );
    expect(approved.appended).toEqual([
      expect.objectContaining({ action: 'publish', contentHash: 'hash-en' }),
    ]);

    // Another locale's expectation does not concern this one.
    const otherLocale = setUp();
    await expectingContent({ es: 'hash-other' }, () =>
      otherLocale.run('publish', { documentId: 'doc1', locale: 'en' }),
    );
    expect(otherLocale.appended).toHaveLength(1);

    const edited = setUp();
    const error = await expectRefusal(
      edited,
      expectingContent({ en: 'hash-approved-earlier' }, () =>
        edited.run('publish', { documentId: 'doc1', locale: 'en' }),
      ),
      // What was written passes: no draft is read for reasons.
      ['transaction', 'next as the gate', 'lock chain', 'check en as published'],
    );
    expect(error.message).toBe(
      'This cannot be published yet: 1 requirement of the social media policy is not met. The post changed after it was scheduled: it is not the version that was approved for this time. Have it reviewed and schedule it again.',
    );
    expect(edited.afterTransaction).toEqual([
      refusedEvent('en', 'hash-en', [
        {
          id: 'approval.missing',
          rule: 4,
          status: 'fail',
          message:
            'The post changed after it was scheduled: it is not the version that was approved for this time. Have it reviewed and schedule it again.',
        },
      ]),
    ]);
  });

  it("refuses with the draft's reasons when the draft fails too: they are the ones the editor's form shows", async () => {
    const gate = setUp({ refused: ['en'], writtenReason: 'Attest the version written.' });
    const error = await expectRefusal(gate, gate.run('publish', { documentId: 'doc1', locale: 'en' }));
    expect(error.message).toBe(
      'This cannot be published yet: 1 requirement of the social media policy is not met. Attest it.',
    );
    expect(gate.afterTransaction).toEqual([refusedEvent('en', 'hash-en', [ATTEST_IT])]);
  });

  it('records only the failing checks of a refused post as its reasons', async () => {
    const gate = setUp({ refused: ['en'] });
    await expectRefusal(gate, gate.run('publish', { documentId: 'doc1', locale: 'en' }));
    // The fakes' failing evaluation also holds a passing approval check: it is not a reason.
    expect(gate.afterTransaction).toEqual([refusedEvent('en', 'hash-en', [ATTEST_IT])]);
  });

  it('says what changed while it was being published, on each locale refused so', async () => {
    const gate = setUp({ changed: ['en', 'es'] });
    const error = await expectRefusal(
      gate,
      gate.run('publish', { documentId: 'doc1', locale: ['en', 'es'] }),
      ['transaction', 'next as the gate', 'lock chain', 'check en,es as published', 'check en,es'],
    );
    const message =
      'What was written as the published version is not the content that was checked and approved (it changed while it was being published), so nothing was published. Check the post and publish it again.';
    expect(error).toMatchObject({
      name: 'ValidationError',
      message,
      details: {
        errors: ['en', 'es'].map((locale) => ({
          path: [],
          message,
          name: 'ComplianceError',
          value: { check: 'approval.missing', rule: 4, locale },
        })),
      },
    });
    expect(gate.afterTransaction).toEqual(
      ['en', 'es'].map((locale) =>
        refusedEvent(locale, `hash-${locale}-written`, [
          { id: 'approval.missing', rule: 4, status: 'fail', message },
        ]),
      ),
    );
  });

  // PostgreSQL and MySQL read committed: without a row lock another connection could change a draft
  // between the gate's read and Strapi's. SQLite has one writer. The lock itself, on a real database:
  // tests/integration/publish-gate.test.ts.
  it.each(['postgres', 'mysql'])(
    'on %s, locks the drafts of the locales it publishes before the publish writes',
    async (client) => {
      const { run, log, locks } = setUp({ client });
      await run('publish', { documentId: 'doc1', locale: ['en', 'es'] });
      expect(log).toEqual([
        'transaction',
        'lock',
        'next as the gate',
        'lock chain',
        'check en,es as published',
      ]);
      expect(locks).toEqual([
        {
          uid: POST,
          select: ['id'],
          where: { documentId: 'doc1', publishedAt: null, locale: { $in: ['en', 'es'] } },
        },
      ]);

      const single = setUp({ client, localized: false });
      await single.run('update', { documentId: 'doc1', status: 'published' });
      expect(single.log).toEqual([
        'transaction',
        'lock',
        'next as the gate',
        'lock chain',
        'check en as published',
      ]);
      expect(single.locks).toEqual([
        { uid: POST, select: ['id'], where: { documentId: 'doc1', publishedAt: null } },
      ]);
    },
  );

  it('locks nothing on SQLite, nor for a create (no draft exists yet)', async () => {
    const sqlite = setUp();
    await sqlite.run('publish', { documentId: 'doc1', locale: 'en' });
    expect(sqlite.locks).toEqual([]);

    const created = setUp({ client: 'postgres' });
    await created.run('create', { status: 'published' });
    expect(created.locks).toEqual([]);
    expect(created.log).toEqual(['transaction', 'next as the gate', 'lock chain', 'check en as published']);
  });

  it('checks nothing when the write returned no document, and checks the only version of a type without i18n', async () => {
    const nothing = setUp({ written: null });
    await expect(nothing.run('update', { documentId: 'doc1', status: 'published' })).resolves.toBeNull();
    expect(nothing.log).toEqual(['transaction', 'next as the gate']);

    const count = setUp({ written: { count: 1 } });
    await expect(count.run('update', { documentId: 'doc1', status: 'published' })).resolves.toEqual({
      count: 1,
    });
    expect(count.log).toEqual(['transaction', 'next as the gate']);

    const single = setUp({ written: { documentId: 'doc1' }, localized: false });
    await single.run('create', { status: 'published' });
    expect(single.log).toEqual(['transaction', 'next as the gate', 'lock chain', 'check  as published']);
  });
});
