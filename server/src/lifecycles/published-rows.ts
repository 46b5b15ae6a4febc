import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import { UID } from '../constants';
import { contentHash } from '../compliance';
import { isGateWriting } from '../document-middlewares/gate-context';
import { getService } from '../utils';
import type { UngatedPublication } from '../../../shared/contracts/audit';

type RowEvent = { model: { uid: string }; params: { data?: unknown; where?: unknown } };

const publishes = (data: unknown) =>
  (Array.isArray(data) ? data : [data]).some(
    (row) => row && typeof row === 'object' && (row as { publishedAt?: unknown }).publishedAt != null,
  );

/**
 * Below the document service: a row of a governed type written with `publishedAt` set (a plugin, an
 * import or a script using `strapi.db.query`) is refused unless the publish gate is the one writing
 * it, after its checks. Raw SQL stays out of reach: the "published without the gate" report shows it.
 */
export const guardPublishedRows = (strapi: Core.Strapi) => {
  const refuse = (event: RowEvent) => {
    if (!getService('targets', { strapi }).isGoverned(event.model.uid)) return;
    if (!publishes(event.params.data)) return;
    const documentId = (event.params.data as { documentId?: unknown } | undefined)?.documentId;
    if (isGateWriting(event.model.uid, documentId)) return;
    throw new errors.ForbiddenError(
      `A published version of ${event.model.uid} can only be written by publishing it, through the social media policy's gate: use strapi.documents(uid).publish(), not strapi.db.query.`,
    );
  };
  return strapi.db.lifecycles.subscribe({
    models: getService('targets', { strapi }).governed(),
    beforeCreate: refuse,
    beforeCreateMany: refuse,
    beforeUpdate: refuse,
    beforeUpdateMany: refuse,
  } as never);
};

/**
 * The published versions of governed types that did not go through the gate: no `publish` event for
 * that document and locale, or content that is not what the last `publish` event recorded.
 */
export const publishedWithoutGate = async (strapi: Core.Strapi): Promise<UngatedPublication[]> => {
  const found: UngatedPublication[] = [];
  const targets = getService('targets', { strapi });
  for (const uid of targets.governed()) {
    const rows: { documentId: string; locale?: string | null; publishedAt: string | Date }[] = await strapi.db
      .query(uid as never)
      .findMany({ where: { publishedAt: { $notNull: true } } });
    if (rows.length === 0) continue;
    const events: { targetDocumentId: string; targetLocale: string | null; contentHash: string | null }[] =
      await strapi.db.query(UID.auditEvent).findMany({
        where: { action: 'publish', targetUid: uid },
        select: ['targetDocumentId', 'targetLocale', 'contentHash', 'seq'],
        orderBy: { seq: 'asc' },
      });
    const lastEvent = new Map(
      events.map((event) => [`${event.targetDocumentId}|${event.targetLocale ?? ''}`, event]),
    );
    const localized = targets.isLocalized(uid);
    const published = await getService('snapshot', { strapi }).loadMany(
      uid,
      rows.map((row) => ({ uid, documentId: row.documentId, locale: localized ? (row.locale ?? '') : '' })),
      { published: true },
    );
    rows.forEach((row, index) => {
      const locale = localized ? (row.locale ?? '') : '';
      const event = lastEvent.get(`${row.documentId}|${locale}`);
      const snapshot = published[index];
      const report = (reason: string) =>
        found.push({
          uid,
          documentId: row.documentId,
          locale,
          publishedAt: new Date(row.publishedAt).toISOString(),
          reason,
        });
      if (!event) report('It is published, but the gate never published it (no publish event).');
      else if (event.contentHash && snapshot && contentHash(snapshot) !== event.contentHash) {
        report('Its published content is not what the gate published (it was changed below the plugin).');
      }
    });
  }
  return found;
};
