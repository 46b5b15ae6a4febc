import type { Core, Modules } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import type { Evaluation } from '../compliance';
import { getService } from '../utils';
import { refusal } from '../refusal';
import { MARKER, runWritten, type WrittenStatement } from '../services/prepared-statements';
import { asGate, expectedContent } from './gate-context';
import type { ChainHead } from '../services/audit';
import type { ResolvedTarget } from '../../../shared/contracts/compliance';

type Params = { documentId?: string; locale?: string | string[]; status?: string };
type Judged = { target: ResolvedTarget; evaluation: Evaluation };

/**
 * THE GATE. Nothing of a governed content type is published unless every check of the policy passes,
 * whichever path asks: `publish` (any locale, '*' included; the Content Manager's publish and bulk
 * publish call it), and `create`/`update` with `status: 'published'` (how REST and GraphQL publish).
 *
 * What goes out is byte for byte what was judged: the gate judges the published rows Strapi has just
 * written, inside the publish's transaction, and a refusal rolls them back. The drafts stay locked until
 * the publish commits (PostgreSQL, MySQL; SQLite has one writer), so a take-down or an edit waits for it.
 */
export const publishGate =
  (strapi: Core.Strapi): Modules.Documents.Middleware.Middleware =>
  async (ctx, next) => {
    const targets = getService('targets', { strapi });
    if (!targets.isGoverned(ctx.uid)) return next();
    const params = ctx.params as Params;

    if (ctx.action === 'publish') {
      const documentId = params.documentId!;
      // One transaction: what is checked is what is published, and the audit event commits with it.
      return strapi.db.transaction(async () => {
        const locales = await localesToPublish(strapi, ctx.uid, params);
        await lockDrafts(strapi, ctx.uid, documentId, locales, { andChain: true });
        const result = await asGate({ uid: ctx.uid, documentId }, () => next());
        // Judged once, as written: one read of the content, and no moment for it to change in between.
        await auditPublished(strapi, await assertPublishable(strapi, ctx.uid, documentId, locales));
        return result;
      });
    }

    if ((ctx.action === 'create' || ctx.action === 'update') && params.status === 'published') {
      // The draft is written and published in one transaction; if what it wrote is not compliant the
      // transaction rolls back, so neither the draft nor the published version changes.
      return strapi.db.transaction(async () => {
        if (ctx.action === 'update' && params.documentId) {
          await lockDrafts(
            strapi,
            ctx.uid,
            params.documentId,
            await localesToPublish(strapi, ctx.uid, params),
            { andChain: true },
          );
        }
        const document = await asGate({ uid: ctx.uid, documentId: params.documentId }, () => next());
        if (!document || typeof document !== 'object' || !('documentId' in document)) return document;
        const locale = (document as { locale?: string }).locale ?? '';
        await auditPublished(strapi, await assertPublishable(strapi, ctx.uid, document.documentId, [locale]));
        return document;
      });
    }

    return next();
  };

// The drafts' lock, written once per content type, number of locales and chain lock (`lockDrafts`).
const lockStatements = new WeakMap<Core.Strapi, Map<string, WrittenStatement>>();
const DOCUMENT = `${MARKER}document`;
const localeMarker = (index: number) => `${MARKER}locale${index}`;

/**
 * Locks the drafts about to be judged until the transaction ends, so no other connection can change
 * them between the gate's read and Strapi's (READ COMMITTED would let it). Strapi's own update of a
 * draft writes its row, so it waits for the publish to commit. Its SQL is Strapi's query builder's,
 * written once per shape: at every publish, compiling it cost more than sending it.
 *
 * `andChain`: on PostgreSQL the same statement then takes the audit chain's lock, after the drafts' (the
 * order every transaction takes them in), so that the gate's content read, a later statement, can read
 * the chain's head with the record: one round trip for both.
 */
export const lockDrafts = async (
  strapi: Core.Strapi,
  uid: string,
  documentId: string,
  locales: string[],
  { andChain = false }: { andChain?: boolean } = {},
) => {
  const client = strapi.db.dialect.client;
  if (client !== 'postgres' && client !== 'mysql') return;
  const audit = getService('audit', { strapi });
  const chain = andChain ? audit.chainLockSql() : null;
  const localized = getService('targets', { strapi }).isLocalized(uid);
  if (!lockStatements.has(strapi)) lockStatements.set(strapi, new Map());
  const statements = lockStatements.get(strapi)!;
  const key = `${uid}|${localized ? locales.length : '-'}|${chain ? 'chain' : ''}`;
  let statement = statements.get(key);
  if (!statement) {
    const drafts = strapi.db
      .queryBuilder(uid as never)
      .select(['id'])
      .where({
        documentId: DOCUMENT,
        publishedAt: null,
        ...(localized ? { locale: { $in: locales.map((_, index) => localeMarker(index)) } } : {}),
      })
      .forUpdate()
      .getKnexQuery();
    const knex = strapi.db.connection;
    // The drafts are counted before the row is projected, so their locks are taken before the chain's.
    statement = (
      chain
        ? knex
            .select('c.drafts', { chain: knex.raw(chain.sql, chain.bindings) })
            .from(knex.count({ drafts: '*' }).from(drafts.as('d')).as('c'))
        : drafts
    ).toSQL();
    statements.set(key, statement);
  }
  await runWritten(
    strapi,
    statement,
    new Map<unknown, unknown>([
      [DOCUMENT, documentId],
      ...locales.map((locale, index) => [localeMarker(index), locale] as const),
    ]),
  );
  if (chain) await audit.chainLocked();
};

const refuse = async (strapi: Core.Strapi, refused: Judged[], error: Error) => {
  const audit = getService('audit', { strapi });
  for (const { target, evaluation } of refused) {
    await audit.appendAfterTransaction(
      {
        action: 'publish-refused',
        actorLabel: 'publish gate',
        target,
        contentHash: evaluation.contentHash,
        details: { reasons: evaluation.checks.filter((check) => check.status === 'fail') },
      },
      { evenOnRollback: true },
    );
  }
  throw error;
};

/**
 * Judges the published rows just written. The audit chain is locked (with the drafts, or now), so its head
 * is read with the content and the compliance record, and the `publish` events chain onto it.
 */
const assertPublishable = async (
  strapi: Core.Strapi,
  uid: string,
  documentId: string,
  locales: string[],
): Promise<{ results: Judged[]; chainHead?: ChainHead | null }> => {
  const compliance = getService('compliance', { strapi });
  const chain = await getService('audit', { strapi }).lockChain();
  const { results, refused, chainHead } = await compliance.assertPublishable(uid, documentId, locales, {
    published: true,
    chainHead: chain.headReadable,
  });
  if (refused.length > 0) {
    // The reasons as the editor's form shows them: the draft's. A draft that passes where what was
    // written does not means the content changed while it was being published.
    const drafts = await compliance.assertPublishable(
      uid,
      documentId,
      refused.map(({ target }) => target.locale),
    );
    if (drafts.refused.length > 0) await refuse(strapi, drafts.refused, refusal(drafts.refused));
    // The draft passes a moment later. Where it is the very content that was written, what changed is
    // outside the post (a picture's reading stored meanwhile, say): the written version's own reasons stand.
    const draftHashes = new Map(
      drafts.results.map(({ target, evaluation }) => [target.locale, evaluation.contentHash]),
    );
    const unchanged = refused.filter(
      ({ target, evaluation }) => draftHashes.get(target.locale) === evaluation.contentHash,
    );
    if (unchanged.length > 0) await refuse(strapi, unchanged, refusal(unchanged));
    await refuseChanged(strapi, refused);
  }
  // The scheduler publishes only the content that was approved when it was scheduled.
  const unexpected = results
    .filter(({ target, evaluation }) => {
      const expected = expectedContent(target.locale);
      return expected !== undefined && expected !== evaluation.contentHash;
    })
    .map(({ target, evaluation }) => ({
      target,
      evaluation: {
        ...evaluation,
        compliant: false,
        checks: [
          {
            id: 'approval.missing' as const,
            rule: 4,
            status: 'fail' as const,
            message:
              'The post changed after it was scheduled: it is not the version that was approved for this time. Have it reviewed and schedule it again.',
          },
        ],
      },
    }));
  if (unexpected.length > 0) await refuse(strapi, unexpected, refusal(unexpected));
  return { results, chainHead };
};

/** Refuses (rolls back) what was written as published when it is not the content that was checked. */
const refuseChanged = async (strapi: Core.Strapi, differing: Judged[]) => {
  const message =
    'What was written as the published version is not the content that was checked and approved (it changed while it was being published), so nothing was published. Check the post and publish it again.';
  await refuse(
    strapi,
    differing.map(({ target, evaluation }) => ({
      target,
      evaluation: {
        ...evaluation,
        checks: [{ id: 'approval.missing', rule: 4, status: 'fail', message }],
      },
    })),
    new errors.ValidationError(message, {
      errors: differing.map(({ target }) => ({
        path: [],
        message,
        name: 'ComplianceError',
        value: { check: 'approval.missing', rule: 4, locale: target.locale || null },
      })),
    }),
  );
};

/** One `publish` event per locale published, in one insert, in the publish's transaction. */
const auditPublished = (
  strapi: Core.Strapi,
  { results, chainHead }: Awaited<ReturnType<typeof assertPublishable>>,
) =>
  getService('audit', { strapi }).appendAll(
    results.map(({ target, evaluation }) => ({
      action: 'publish' as const,
      actorLabel: 'publish gate',
      target,
      contentHash: evaluation.contentHash,
    })),
    { head: chainHead },
  );

/** The locales a publish would touch: one, several, or every locale that has a draft ('*'). */
const localesToPublish = async (strapi: Core.Strapi, uid: string, params: Params): Promise<string[]> => {
  const targets = getService('targets', { strapi });
  if (!targets.isLocalized(uid)) return [''];
  const { locale } = params;
  if (locale === '*' || (Array.isArray(locale) && locale.includes('*'))) {
    const drafts = await strapi.db.query(uid as never).findMany({
      select: ['locale'],
      where: { documentId: params.documentId, publishedAt: null },
    });
    return drafts.map((draft: { locale: string }) => draft.locale);
  }
  if (Array.isArray(locale)) return locale;
  return [locale || (await targets.defaultLocale())];
};
