// The plugin's readings of images: started when a file is uploaded or replaced (upload lifecycle) or when
// an evaluation meets an image not read yet, run off the request in the OCR pool, stored per file version
// with its content hash (the same bytes are read once). The gate only reads what is stored: it never waits.
import { createHash } from 'node:crypto';
import { AsyncLocalStorage } from 'node:async_hooks';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

import type { Core } from '@strapi/strapi';

import { defaultConfig, type PluginConfig } from '../config';
import { UID } from '../constants';
import type { ImageReading, PostSnapshot } from '../compliance';
import { errors } from '@strapi/utils';

import type { ImageReadingResponse } from '../../../shared/contracts/images';
import { getService } from '../utils';
import { scanImageText } from './image-findings';
import { createOcrPool, OcrQueueFullError, type OcrPool } from './pool';
import { isUnreadable, type ImageWord } from './types';

const FILE = 'plugin::upload.file';
const IS_IMAGE = /^image\//;

interface FileRow {
  id: number;
  name: string;
  hash: string;
  mime: string | null;
  url: string;
  updatedAt: string | Date;
}

type Row = Record<string, unknown>;

const createImageReadingsService = ({ strapi }: { strapi: Core.Strapi }) => {
  // Readings start outside any request's transaction: their writes must not join (or outlive) it.
  const outside = AsyncLocalStorage.snapshot();
  const inFlight = new Set<string>();
  let pool: OcrPool | null = null;

  const config = () => ({
    ...defaultConfig.ocr,
    ...(strapi.config.get('plugin::social-compliance') as PluginConfig).ocr,
  });
  const readings = () => strapi.db.query(UID.imageReading as never);
  // A replace keeps the file's id, hash and URL and writes new bytes: its update time tells the versions apart.
  const versionOf = (file: FileRow) => `${file.hash}@${new Date(file.updatedAt).toISOString()}`;
  const keyOf = (file: FileRow) => `${file.id}:${versionOf(file)}`;

  const bytesOf = async (file: FileRow): Promise<Buffer> => {
    if (file.url.startsWith('/')) return readFile(path.join(strapi.dirs.static.public, file.url));
    const response = await fetch(file.url);
    if (!response.ok) throw new Error(`the file could not be downloaded (HTTP ${response.status})`);
    return Buffer.from(await response.arrayBuffer());
  };

  const store = async (file: FileRow, data: Row) => {
    const where = { fileId: file.id, fileVersion: versionOf(file) };
    const existing = await readings().findOne({ where });
    const row = { ...where, ...data, readAt: new Date() };
    if (existing) await readings().update({ where: { id: (existing as Row).id }, data: row as never });
    else await readings().create({ data: row as never });
  };

  const read = async (file: FileRow) => {
    try {
      let bytes: Buffer;
      try {
        bytes = await bytesOf(file);
      } catch (error) {
        await store(file, {
          status: 'failed',
          reason: `the file could not be opened (${(error as Error).message})`,
        });
        return;
      }
      const contentHash = createHash('sha256').update(bytes).digest('hex');
      const known = (await readings().findOne({ where: { contentHash, status: 'read' } })) as Row | null;
      if (known) {
        const { text, words, width, height } = known;
        await store(file, { contentHash, status: 'read', text, words, width, height });
        return;
      }
      pool ??= createOcrPool(config());
      try {
        const image = await pool.read(bytes);
        await store(file, { contentHash, status: 'read', ...image });
      } catch (error) {
        if (isUnreadable(error)) await store(file, { contentHash, status: 'failed', reason: error.message });
        else if (!(error instanceof OcrQueueFullError)) throw error;
      }
    } catch (error) {
      strapi.log.error(
        `[social-compliance] reading the image ${file.name} failed: ${(error as Error).stack}`,
      );
    } finally {
      inFlight.delete(keyOf(file));
    }
  };

  const filesOf = async (ids: number[]): Promise<FileRow[]> =>
    ids.length
      ? ((await strapi.db.query(FILE).findMany({
          where: { id: { $in: ids } },
          select: ['id', 'name', 'hash', 'mime', 'url', 'updatedAt'],
        })) as FileRow[])
      : [];

  const storedFor = async (files: FileRow[]) => {
    const rows = files.length
      ? ((await readings().findMany({ where: { fileId: { $in: files.map((file) => file.id) } } })) as Row[])
      : [];
    return new Map(rows.map((row) => [`${row.fileId}:${row.fileVersion}`, row]));
  };

  const start = (files: FileRow[]) => {
    for (const file of files) {
      if (!IS_IMAGE.test(file.mime ?? '') || inFlight.has(keyOf(file))) continue;
      inFlight.add(keyOf(file));
      outside(() => setImmediate(() => void read(file)));
    }
  };

  return {
    enabled: () => config().enabled,

    /** Starts reading the files that are images without a reading of their current version. */
    async request(fileIds: number[]) {
      if (!config().enabled) return;
      const files = await filesOf(fileIds);
      const stored = await storedFor(files);
      start(files.filter((file) => !stored.has(keyOf(file))));
    },

    /**
     * What is known of the text in a post's images (its media and its attributions' media), for the
     * checks. An image without a reading is "pending", and its reading starts; nothing here waits for one.
     */
    async forPost(post: PostSnapshot): Promise<ImageReading[]> {
      if (!config().enabled) return [];
      // The snapshot holds the file rows as read with the post (in the publish's transaction, for the
      // gate): only their readings are read here.
      const used = new Map<number, { path: string; file: FileRow }>();
      const use = (file: PostSnapshot['media'][number] | null | undefined, path: string) => {
        if (file && !used.has(file.id)) used.set(file.id, { path, file: file as unknown as FileRow });
      };
      post.media.forEach((file, index) => use(file, `media.${index}`));
      (post.attributions ?? []).forEach((attribution, index) =>
        use(attribution.media, `attributions.${index}.media`),
      );
      const files = [...used.values()]
        .map(({ file }) => file)
        .filter((file) => IS_IMAGE.test(file.mime ?? ''));
      const stored = await storedFor(files);
      start(files.filter((file) => !stored.has(keyOf(file))));
      return files.map((file): ImageReading => {
        const row = stored.get(keyOf(file));
        const base = { path: used.get(file.id)!.path, name: file.name };
        if (!row) return { ...base, status: 'pending' };
        return {
          ...base,
          status: row.status as 'read' | 'failed',
          contentHash: row.contentHash as string | null,
          text: (row.text as string) ?? '',
          // As stored: the rules read each word's offsets and confidence, and nothing copies them out.
          words: (row.words as ImageWord[] | null) ?? [],
          reason: row.reason as string | null,
        };
      });
    },

    /** The stored reading of one file's current version (the side panel draws its boxes from it). */
    async ofFile(fileId: number) {
      const [file] = await filesOf([fileId]);
      return file ? ((await storedFor([file])).get(keyOf(file)) ?? null) : null;
    },

    /** A picture's reading for the admin: its words with their boxes, and the findings with theirs. */
    async describe(fileId: number): Promise<ImageReadingResponse> {
      const [file] = await filesOf([fileId]);
      if (!file) throw new errors.NotFoundError(`There is no uploaded file ${fileId}.`);
      const row = (await storedFor([file])).get(keyOf(file));
      if (!row) start([file]);
      const words = ((row?.words as ImageWord[] | null) ?? []).map(({ text, confidence, box }) => ({
        text,
        confidence,
        box,
      }));
      const text = (row?.text as string | null) ?? '';
      const policy = await getService('policy', { strapi }).current();
      return {
        fileId,
        name: file.name,
        status: row ? (row.status as 'read' | 'failed') : 'pending',
        width: (row?.width as number | null) ?? null,
        height: (row?.height as number | null) ?? null,
        text,
        words,
        reason: (row?.reason as string | null) ?? null,
        findings: row
          ? scanImageText(
              { text, words: (row.words as ImageWord[] | null) ?? [] },
              { allow: policy.allow, lexicon: policy.lexicon, mrnPatterns: policy.mrnPatterns },
            ).map(({ category, text: found, severity, reason, boxes }) => ({
              category,
              text: found,
              severity,
              reason,
              boxes,
            }))
          : [],
      };
    },

    /** Resolves once no reading is under way (tests; a shutdown that wants the last readings kept). */
    async settled() {
      while (inFlight.size > 0) await new Promise((resolve) => setTimeout(resolve, 50));
    },

    async destroy() {
      await pool?.terminate();
      pool = null;
    },
  };
};

export default createImageReadingsService;
