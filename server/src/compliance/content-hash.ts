import { createHash } from 'crypto';

import type { Attribution, PostSnapshot, QaPair } from './types';

/** JSON with object keys sorted, so that equal content always gives the same text. */
export const canonicalJson = (value: unknown): string =>
  JSON.stringify(value, (_key, inner) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );

const orNull = (value: unknown) => (value === undefined || value === '' ? null : value);

const attributionForm = (attribution: Attribution) => ({
  kind: orNull(attribution.kind),
  media: attribution.media?.id ?? null,
  description: orNull(attribution.description),
  rightsHolder: orNull(attribution.rightsHolder),
  licence: orNull(attribution.licence),
  sourceUrl: orNull(attribution.sourceUrl),
  licenceReference: orNull(attribution.licenceReference),
  creditLine: orNull(attribution.creditLine),
  trademarks: orNull(attribution.trademarks),
  justification: orNull(attribution.justification),
  expiresAt: orNull(attribution.expiresAt),
});

const qaForm = (pair: QaPair) => ({ question: orNull(pair.question), answer: orNull(pair.answer) });

/**
 * SHA-256 of the canonical form of what the policy judges: text, media, attributions, template and
 * its values, channels, Q&A. An attestation or approval holds it, and stops counting when it changes.
 */
export const contentHash = (post: PostSnapshot): string =>
  createHash('sha256')
    .update(
      canonicalJson({
        title: post.title,
        body: post.body,
        otherText: post.otherText ?? [],
        category: orNull(post.category),
        channels: [...(post.channels ?? [])].sort(),
        media: post.media.map((file) => ({
          id: file.id,
          alternativeText: orNull(file.alternativeText),
          caption: orNull(file.caption),
        })),
        attributions: (post.attributions ?? []).map(attributionForm),
        template: post.template?.documentId ?? null,
        templateValues: post.templateValues ?? {},
        qa: (post.qa ?? []).map(qaForm),
      }),
    )
    .digest('hex');
