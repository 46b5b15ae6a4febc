import { createHash } from 'crypto';

import type { Attribution, MediaFile, PostSnapshot, QaPair } from './types';

// JavaScript lists an object's array-index keys first, in numeric order: "9" before "10".
const ARRAY_INDEX = /^(?:0|[1-9]\d{0,9})$/;
const isArrayIndex = (key: string) => ARRAY_INDEX.test(key) && Number(key) <= 4_294_967_294;

/**
 * An object's keys in the order its canonical text lists them: sorted, except that array-index keys come
 * first in numeric order. That is the order of the text every stored hash was made from (an object
 * rebuilt from its sorted entries, whose indices JavaScript puts first), pinned by content-hash-pinned.test.
 */
const canonicalKeys = (object: object) => {
  const keys = Object.keys(object);
  let indices = 0;
  // Object.keys already gives the indices first, ascending.
  while (indices < keys.length && isArrayIndex(keys[indices])) indices += 1;
  if (indices === 0) return keys.sort();
  return indices === keys.length ? keys : keys.slice(0, indices).concat(keys.slice(indices).sort());
};

/** JSON.stringify's text of one value, with every object's keys in canonical order. */
const serialize = (input: unknown, key: string): string | undefined => {
  let value = input;
  if (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { toJSON?: unknown }).toJSON === 'function'
  ) {
    value = (value as { toJSON: (key: string) => unknown }).toJSON(key);
  }
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'number':
      return Number.isFinite(value) ? String(value) : 'null';
    case 'boolean':
      return value ? 'true' : 'false';
    case 'bigint':
      return JSON.stringify(value);
    case 'object': {
      if (value === null) return 'null';
      if (Array.isArray(value)) {
        let text = '[';
        for (let index = 0; index < value.length; index += 1) {
          if (index > 0) text += ',';
          text += serialize(value[index], String(index)) ?? 'null';
        }
        return `${text}]`;
      }
      let text = '';
      for (const name of canonicalKeys(value)) {
        const inner = serialize((value as Record<string, unknown>)[name], name);
        if (inner === undefined) continue;
        text += `${text ? ',' : ''}${JSON.stringify(name)}:${inner}`;
      }
      return `{${text}}`;
    }
    default:
      // undefined, functions and symbols have no text: left out of objects, null in arrays.
      return undefined;
  }
};

/**
 * JSON with object keys sorted, so that equal content always gives the same text: byte for byte
 * JSON.stringify's, as stored approvals and the audit chain were hashed from it.
 */
export const canonicalJson = (value: unknown): string => serialize(value, '') as string;

const sha256 = (value: unknown) => createHash('sha256').update(canonicalJson(value)).digest('hex');

const orNull = (value: unknown) => (value === undefined || value === '' ? null : value);

const numberOrNull = (value: unknown) => (value === undefined || value === null ? null : Number(value));
const instantOrNull = (value: unknown) => {
  if (value === undefined || value === null || value === '') return null;
  const date = new Date(value as string);
  return Number.isNaN(date.getTime()) ? String(value) : date.toISOString();
};

/** A file as a network would get it: its bytes (Strapi's hash, size), where they are, and each format. */
const fileContent = (file: MediaFile) => ({
  hash: orNull(file.hash),
  url: orNull(file.url),
  size: numberOrNull(file.size),
  mime: orNull(file.mime),
  width: numberOrNull(file.width),
  height: numberOrNull(file.height),
  formats: Object.fromEntries(
    Object.entries(file.formats && typeof file.formats === 'object' ? file.formats : {})
      .filter(([, format]) => format && typeof format === 'object')
      .map(([name, format]) => [
        name,
        {
          hash: orNull(format.hash),
          url: orNull(format.url),
          size: numberOrNull(format.size),
          mime: orNull(format.mime),
        },
      ]),
  ),
});

const mediaForm = (file: MediaFile) => ({
  id: file.id,
  content: fileContent(file),
  version: instantOrNull(file.updatedAt),
  alternativeText: orNull(file.alternativeText),
  caption: orNull(file.caption),
});

const attributionForm = (attribution: Attribution) => ({
  kind: orNull(attribution.kind),
  media: attribution.media ? mediaForm(attribution.media) : null,
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

/** What a follower sees of a post, part by part, in a canonical form. */
const parts = (post: PostSnapshot) => ({
  title: post.title,
  body: post.body,
  otherText: post.otherText ?? [],
  category: orNull(post.category),
  channels: [...(post.channels ?? [])].sort(),
  media: post.media.map(mediaForm),
  attributions: (post.attributions ?? []).map(attributionForm),
  // The wording in force: the template's approved (published) text and Q&A, not only which template.
  template: post.template
    ? {
        documentId: post.template.documentId,
        approved: post.template.approved,
        body: post.template.body,
        qa: post.template.qa.map(qaForm),
      }
    : null,
  templateValues: post.templateValues ?? {},
  qa: (post.qa ?? []).map(qaForm),
});

/**
 * SHA-256 of the canonical form of what a follower sees: text, every media file by its content (and
 * each format's), alt text and captions, attributions, the template's wording in force and its
 * values, channels, Q&A. An attestation or approval holds it, and stops counting when it changes.
 */
export const contentHash = (post: PostSnapshot): string => sha256(parts(post));

/** The hashed content itself, with file names: what an approval's audit event keeps to show it. */
export const contentSnapshot = (post: PostSnapshot) => {
  const hashed = parts(post);
  return {
    ...hashed,
    media: hashed.media.map((file, index) => ({ ...file, name: post.media[index]?.name ?? null })),
  };
};

/** A file of a manifest: enough to say which file changed, and how. */
export interface ManifestFile {
  id: number;
  name: string | null;
  mime: string | null;
  content: string;
  version: string;
  alternativeText: string;
  caption: string;
}

/**
 * A fingerprint per part of the post, kept with an attestation or approval: with it the panel and the
 * queue can say what changed since ("the image clinic.jpg was replaced after approval").
 */
export interface ContentManifest {
  parts: Record<string, string>;
  files: ManifestFile[];
}

export const contentManifest = (post: PostSnapshot): ContentManifest => {
  const { media, ...rest } = parts(post);
  const files = new Map<number, ManifestFile>();
  const add = (file: MediaFile | null | undefined) => {
    if (!file || files.has(file.id)) return;
    files.set(file.id, {
      id: file.id,
      name: (file.name as string) ?? null,
      mime: (file.mime as string) ?? null,
      content: sha256(fileContent(file)),
      version: sha256(instantOrNull(file.updatedAt)),
      alternativeText: sha256(orNull(file.alternativeText)),
      caption: sha256(orNull(file.caption)),
    });
  };
  post.media.forEach(add);
  (post.attributions ?? []).forEach((attribution) => add(attribution.media));
  // Files are compared one by one below; the parts name them by id only.
  const attributions = rest.attributions.map((attribution) => ({
    ...attribution,
    media: attribution.media?.id ?? null,
  }));
  return {
    parts: {
      ...Object.fromEntries(Object.entries(rest).map(([name, value]) => [name, sha256(value)])),
      attributions: sha256(attributions),
      media: sha256(media.map((file) => file.id)),
    },
    files: [...files.values()],
  };
};

const PART_CHANGES: Record<string, string> = {
  title: 'the title was edited',
  body: 'the text was edited',
  otherText: 'a text field was edited',
  category: 'the category was changed',
  channels: 'the channels were changed',
  attributions: 'the attributions were changed',
  template: 'the template or its approved wording was changed',
  templateValues: "the template's values were changed",
  qa: 'the Q&A was changed',
};

const kindOf = (file: ManifestFile) =>
  file.mime?.startsWith('image/')
    ? 'image'
    : file.mime?.startsWith('video/')
      ? 'video'
      : file.mime?.startsWith('audio/')
        ? 'audio file'
        : 'file';

const nameOf = (file: ManifestFile) => `${kindOf(file)} ${file.name ?? `#${file.id}`}`;

/** What changed between two manifests, as phrases ("the image clinic.jpg was replaced"); [] if nothing. */
export const describeChanges = (
  before: ContentManifest | null | undefined,
  after: ContentManifest,
): string[] => {
  if (!before || typeof before !== 'object' || !before.parts || !Array.isArray(before.files)) return [];
  const changes: string[] = [];
  const earlier = new Map(before.files.map((file) => [file.id, file]));
  const now = new Map(after.files.map((file) => [file.id, file]));
  for (const file of before.files) {
    const current = now.get(file.id);
    if (!current) {
      changes.push(`the ${nameOf(file)} was removed`);
      continue;
    }
    const ofFile: string[] = [];
    if (current.content !== file.content) ofFile.push(`the ${nameOf(file)} was replaced`);
    if (current.alternativeText !== file.alternativeText)
      ofFile.push(`the alt text of the ${nameOf(file)} was changed`);
    if (current.caption !== file.caption) ofFile.push(`the caption of the ${nameOf(file)} was changed`);
    // A rename or a move changes the row too; without a digest of the bytes it counts as a change.
    if (ofFile.length === 0 && current.version !== file.version)
      ofFile.push(`the ${nameOf(file)} was changed in the Media Library`);
    changes.push(...ofFile);
  }
  for (const file of after.files) if (!earlier.has(file.id)) changes.push(`the ${nameOf(file)} was added`);
  for (const [part, phrase] of Object.entries(PART_CHANGES)) {
    if (before.parts[part] !== after.parts[part]) changes.push(phrase);
  }
  if (changes.length === 0 && before.parts.media !== after.parts.media)
    changes.push('the media were reordered');
  return changes;
};

/** "the image clinic.jpg was replaced and the text was edited" */
export const joinChanges = (changes: string[]) =>
  changes.length <= 1 ? (changes[0] ?? '') : `${changes.slice(0, -1).join(', ')} and ${changes.at(-1)}`;
