import type { Core } from '@strapi/strapi';

import { UID } from '../constants';
import {
  contentHash,
  contentManifest,
  describeChanges,
  joinChanges,
  type ContentManifest,
} from '../compliance';
import { getService } from '../utils';
import type { ComplianceRecord, ResolvedTarget } from '../../../shared/contracts/compliance';

const FILE_UID = 'plugin::upload.file';
// The states in which a post carries an attestation or approvals that a changed file voids.
const WATCHED_STATES = ['in-review', 'approved', 'scheduled', 'published'];

type FileEvent = {
  action: string;
  result?: unknown;
  params?: { where?: unknown };
  state: Record<string, unknown>;
};

const fileIdOf = (event: FileEvent): number | null => {
  const fromResult = (event.result as { id?: unknown } | null)?.id;
  if (typeof fromResult === 'number') return fromResult;
  const where = event.params?.where as { id?: unknown } | undefined;
  return typeof where?.id === 'number' ? where.id : null;
};

const manifestsOf = (record: ComplianceRecord): ContentManifest[] =>
  [record.attestation?.manifest, ...record.approvals.map((approval) => approval.manifest)].filter(
    (manifest): manifest is ContentManifest => Boolean(manifest && Array.isArray(manifest.files)),
  );

/**
 * A file replaced, edited or deleted in the Media Library changes every post that shows it. For each
 * attested or approved governed post that used it: its approvals stop counting (the content hash
 * covers the file's bytes), its review goes back to "changes requested" with what changed, its pending
 * publish is held (failed, with the reason) and the audit trail records it.
 */
export const mediaChanged = async (strapi: Core.Strapi, fileId: number, fileName: string | null) => {
  const records: ComplianceRecord[] = await strapi.db.query(UID.complianceRecord).findMany({
    where: { reviewState: { $in: WATCHED_STATES } },
  });
  const using = records
    .map((record) => ({ ...record, approvals: record.approvals ?? [] }))
    .filter((record) =>
      manifestsOf(record).some((manifest) => manifest.files.some((file) => file.id === fileId)),
    );

  for (const record of using) {
    const target: ResolvedTarget = {
      uid: record.targetUid,
      documentId: record.targetDocumentId,
      locale: record.targetLocale ?? '',
    };
    const post = await getService('snapshot', { strapi }).load(target);
    const hash = post ? contentHash(post) : null;
    const approved = record.approvals.at(-1) ?? null;
    const reference = approved ?? record.attestation;
    if (!reference || reference.contentHash === hash) continue;

    const manifest = post ? contentManifest(post) : null;
    const changes = manifest ? describeChanges(reference.manifest, manifest) : [];
    const what = changes.length
      ? joinChanges(changes)
      : `the file ${fileName ?? `#${fileId}`} was changed in the Media Library`;
    const sentence = `${what.charAt(0).toUpperCase()}${what.slice(1)} after ${approved ? 'approval' : 'attestation'}: have the post reviewed again.`;

    await strapi.db.transaction(async () => {
      const held = await strapi.db.query(UID.schedule).findMany({
        where: {
          targetUid: target.uid,
          targetDocumentId: target.documentId,
          targetLocale: target.locale,
          action: 'publish',
          status: 'pending',
        },
      });
      for (const schedule of held) {
        await strapi.db.query(UID.schedule).update({
          where: { id: schedule.id },
          data: {
            status: 'failed',
            reasons: [{ message: `Held, not published: ${sentence}` }],
            lastError: 'media changed',
            completedAt: new Date(),
          },
        });
      }
      await getService('records', { strapi }).update(
        target,
        () =>
          ({
            reviewState: 'changes-requested',
            changesRequested: {
              userId: null,
              userLabel: 'Media Library',
              at: new Date().toISOString(),
              contentHash: hash,
              comment: sentence,
            },
          }) as never,
      );
      await getService('audit', { strapi }).append({
        action: 'media-changed',
        actorLabel: 'Media Library',
        target,
        contentHash: hash,
        details: {
          file: { id: fileId, name: fileName },
          changes,
          approvedContentHash: reference.contentHash,
          previousState: record.reviewState,
          heldSchedules: held.map((schedule: { id: number }) => schedule.id),
        },
      });
    });
  }
};

/** Watches the upload plugin's files: replace and edit (update) and delete. */
export const watchMediaLibrary = (strapi: Core.Strapi) =>
  strapi.db.lifecycles.subscribe({
    models: [FILE_UID],
    async beforeDelete(event: FileEvent) {
      const id = fileIdOf(event);
      if (id === null) return;
      const file = await strapi.db.query(FILE_UID).findOne({ where: { id }, select: ['name'] });
      event.state.file = { id, name: file?.name ?? null };
    },
    async afterUpdate(event: FileEvent) {
      const id = fileIdOf(event);
      if (id === null) return;
      await react(strapi, id, ((event.result as { name?: string }) ?? {}).name ?? null);
    },
    async afterDelete(event: FileEvent) {
      const file = event.state.file as { id: number; name: string | null } | undefined;
      if (file) await react(strapi, file.id, file.name);
    },
  } as never);

// The file is changed whatever happens here; the gate refuses the changed post anyway (fail closed).
const react = async (strapi: Core.Strapi, fileId: number, name: string | null) => {
  try {
    await mediaChanged(strapi, fileId, name);
  } catch (error) {
    strapi.log.error(
      `[social-compliance] the posts that use file ${fileId} could not be marked for review again: ${(error as Error).message}`,
    );
  }
};
