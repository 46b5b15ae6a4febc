import type { Core, Modules } from '@strapi/strapi';
import slugify from 'slugify';

import { SLUGGED_TYPES } from '../constants';

export const toSlug = (text: string) =>
  slugify(text, { lower: true, strict: true, trim: true }).slice(0, 180);

/** Fills an empty slug from the title (posts) or name (templates), unique within the locale. */
export const fillSlug =
  (strapi: Core.Strapi): Modules.Documents.Middleware.Middleware =>
  async (ctx, next) => {
    const titleField = SLUGGED_TYPES[ctx.uid];
    if (!titleField || (ctx.action !== 'create' && ctx.action !== 'update')) return next();

    const params = ctx.params as { data?: Record<string, unknown>; locale?: string; documentId?: string };
    const data = params.data;
    const title = data?.[titleField];
    if (!data || data.slug || typeof title !== 'string' || !toSlug(title)) return next();

    const base = toSlug(title);
    const locale = params.locale;
    const taken = await strapi.db.query(ctx.uid).findMany({
      select: ['slug', 'documentId'],
      where: { slug: { $startsWith: base }, ...(locale ? { locale } : {}) },
    });
    const others = new Set(
      taken.filter((row) => row.documentId !== params.documentId).map((row) => row.slug as string),
    );
    let slug = base;
    for (let n = 2; others.has(slug); n += 1) slug = `${base}-${n}`;
    data.slug = slug;
    return next();
  };
