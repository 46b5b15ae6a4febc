import type { Core, Modules } from '@strapi/strapi';

import { getService } from '../utils';
import { refusal } from '../refusal';

type Params = { documentId?: string; locale?: string | string[]; status?: string };

/**
 * THE GATE. Nothing of a governed content type is published unless every check of the policy passes,
 * whichever path asks: `publish` (any locale, '*' included; the Content Manager's publish and bulk
 * publish call it), and `create`/`update` with `status: 'published'` (how REST and GraphQL publish).
 */
export const publishGate =
  (strapi: Core.Strapi): Modules.Documents.Middleware.Middleware =>
  async (ctx, next) => {
    const targets = getService('targets', { strapi });
    if (!targets.isGoverned(ctx.uid)) return next();
    const params = ctx.params as Params;

    if (ctx.action === 'publish') {
      // One transaction: what is checked is what is published, and the audit event commits with it.
      return strapi.db.transaction(async () => {
        const locales = await localesToPublish(strapi, ctx.uid, params);
        await assertPublishable(strapi, ctx.uid, params.documentId!, locales);
        const result = await next();
        for (const locale of locales) await auditPublished(strapi, ctx.uid, params.documentId!, locale);
        return result;
      });
    }

    if ((ctx.action === 'create' || ctx.action === 'update') && params.status === 'published') {
      // The draft is written and published in one transaction; if what it wrote is not compliant the
      // transaction rolls back, so neither the draft nor the published version changes.
      return strapi.db.transaction(async () => {
        const document = await next();
        if (!document || typeof document !== 'object' || !('documentId' in document)) return document;
        const locale = (document as { locale?: string }).locale ?? '';
        await assertPublishable(strapi, ctx.uid, document.documentId, [locale]);
        await auditPublished(strapi, ctx.uid, document.documentId, locale);
        return document;
      });
    }

    return next();
  };

const assertPublishable = async (strapi: Core.Strapi, uid: string, documentId: string, locales: string[]) => {
  const { refused } = await getService('compliance', { strapi }).assertPublishable(uid, documentId, locales);
  if (refused.length === 0) return;
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
  throw refusal(refused);
};

const auditPublished = (strapi: Core.Strapi, uid: string, documentId: string, locale: string) =>
  getService('audit', { strapi }).append({
    action: 'publish',
    actorLabel: 'publish gate',
    target: { uid, documentId, locale },
  });

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
