import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import { UID } from '../constants';
import { contentHash } from '../compliance';
import { networkCopies } from '../compliance/network-copy';
import type { FeedPost, GetPosts } from '../../../shared/contracts/feed';
import { getService } from '../utils';
import type { ResolvedTarget } from '../../../shared/contracts/compliance';
import { own } from '../compliance/own-key';

export interface FeedQuery {
  channel?: string;
  locale?: string;
  publishedSince?: Date;
  page?: number;
  pageSize?: number;
}

const LIKE_ESCAPE = '!';
const escapeLike = (text: string) => text.replace(/[!%_]/g, (char) => `${LIKE_ESCAPE}${char}`);

/**
 * What goes out: the published social posts as each network should carry them. The feed a posting
 * tool or a webhook consumer reads (Strapi's `entry.publish` webhook says when).
 */
const createFeedService = ({ strapi }: { strapi: Core.Strapi }) => {
  const absolute = (url: string) => {
    if (!url.startsWith('/')) return url;
    const base = String(strapi.config.get('server.absoluteUrl', '') ?? '').replace(/\/$/, '');
    return `${base}${url}`;
  };

  return {
    async list({ channel, locale, publishedSince, page = 1, pageSize = 25 }: FeedQuery = {}): Promise<
      GetPosts['response']
    > {
      const policy = await getService('policy', { strapi }).current();
      if (channel && !own(policy.channels, channel)) {
        throw new errors.ValidationError(
          `"${channel}" is not a channel of the social media policy: use one of ${Object.keys(policy.channels).join(', ')}.`,
        );
      }
      const uid = UID.socialPost;
      const meta = strapi.db.metadata.get(uid);
      const column = (name: string) => (meta.attributes[name] as { columnName?: string }).columnName ?? name;
      const knex = strapi.db.connection;
      const client = strapi.db.dialect.client;

      const published = knex(meta.tableName).whereNotNull(column('publishedAt'));
      if (locale) published.where(column('locale'), locale);
      if (publishedSince) published.where(column('publishedAt'), '>=', publishedSince);
      if (channel) {
        // channels is JSON: its text holds each key in quotes on every database.
        const asText =
          client === 'postgres' ? 'CAST(?? AS TEXT)' : client === 'mysql' ? 'CAST(?? AS CHAR)' : '??';
        published.whereRaw(`${asText} LIKE ? ESCAPE '${LIKE_ESCAPE}'`, [
          column('channels'),
          `%"${escapeLike(channel)}"%`,
        ]);
      }

      const [counted] = await published.clone().count({ total: '*' });
      const total = Number((counted as { total: number | string }).total);
      const rows: { documentId: string; locale: string; publishedAt: unknown }[] = await published
        .clone()
        .select({
          documentId: column('documentId'),
          locale: column('locale'),
          publishedAt: column('publishedAt'),
        })
        .orderBy([
          { column: column('publishedAt'), order: 'desc' },
          { column: 'id', order: 'desc' },
        ])
        .limit(pageSize)
        .offset((page - 1) * pageSize);

      const targets: ResolvedTarget[] = rows.map((row) => ({
        uid,
        documentId: row.documentId,
        locale: row.locale,
      }));
      const snapshots = await getService('snapshot', { strapi }).loadMany(uid, targets, { published: true });

      const data: FeedPost[] = [];
      rows.forEach((row, index) => {
        const post = snapshots[index];
        if (!post) return;
        const networks = networkCopies(post, policy).filter((copy) => !channel || copy.channel === channel);
        data.push({
          documentId: row.documentId,
          locale: row.locale,
          title: post.title,
          category: post.category ?? null,
          publishedAt: new Date(row.publishedAt as string | number).toISOString(),
          networks,
          media: post.media
            .filter((file) => file.url)
            .map((file) => ({
              url: absolute(file.url!),
              mime: file.mime ?? null,
              alternativeText: file.alternativeText ?? null,
              caption: file.caption ?? null,
            })),
          contentHash: contentHash(post),
        });
      });
      return {
        data,
        meta: { pagination: { page, pageSize, pageCount: Math.ceil(total / pageSize), total } },
      };
    },
  };
};

export default createFeedService;
