import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import { COMPONENT_UID, UID } from '../constants';
import type { Attribution, MediaFile, PostSnapshot, QaPair, TemplateSnapshot } from '../compliance';
import type { ResolvedTarget } from '../../../shared/contracts/compliance';
import { createContentRows, type Alongside } from './content-rows';

type Row = Record<string, unknown>;
type Attributes = Record<string, { type: string; component?: string; target?: string; relation?: string }>;

const TEXT_TYPES = new Set(['string', 'text', 'richtext', 'email']);
const TITLE_FIELDS = ['title', 'name'];
const BODY_FIELDS = ['body', 'content', 'text', 'description'];

const asText = (value: unknown) => (typeof value === 'string' ? value : '');

const toMedia = (file: unknown): MediaFile | null => {
  if (!file || typeof file !== 'object') return null;
  const { id, name, alternativeText, caption, url, mime, hash, size, formats, width, height, updatedAt } =
    file as Row;
  return typeof id === 'number'
    ? ({
        id,
        name,
        alternativeText,
        caption,
        url,
        mime,
        hash,
        size,
        formats,
        width,
        height,
        updatedAt,
      } as MediaFile)
    : null;
};

const toAttribution = (row: Row): Attribution => ({
  kind: row.kind as string,
  media: toMedia(row.media),
  description: row.description as string,
  rightsHolder: row.rightsHolder as string,
  licence: row.licence as string,
  sourceUrl: row.sourceUrl as string,
  licenceReference: row.licenceReference as string,
  creditLine: row.creditLine as string,
  trademarks: row.trademarks as string,
  justification: row.justification as string,
  consentReference: row.consentReference as string,
  expiresAt: row.expiresAt ? String(row.expiresAt).slice(0, 10) : null,
});

const toQa = (row: Row): QaPair => ({ question: row.question as string, answer: row.answer as string });

const idOf = (user: unknown) =>
  user && typeof user === 'object' && typeof (user as Row).id === 'number'
    ? ((user as Row).id as number)
    : null;

type FieldSchema = Attributes[string] & { repeatable?: boolean; multiple?: boolean; maxLength?: number };

const RELATION_KEYS = new Set(['connect', 'disconnect', 'set', 'documentId', 'id', 'locale']);

const isPlainObject = (value: unknown): value is Row =>
  Boolean(value) && typeof value === 'object' && !Array.isArray(value);
const isFileRef = (value: unknown) =>
  typeof value === 'number' || (isPlainObject(value) && typeof value.id === 'number');

/**
 * Unsaved form data of the wrong shape (a list where text goes, an object where a list goes) is a 400
 * with the field's name, never a 500 further on. Fields the type does not have are ignored: the admin
 * form sends its own (id, dates).
 */
const assertFormShape = (
  attributes: Record<string, FieldSchema>,
  data: Row,
  componentAttributes: (uid: string) => Record<string, FieldSchema>,
  prefix = '',
) => {
  const refuse = (name: string, what: string) => {
    throw new errors.ValidationError(`${prefix}${name} must be ${what}: correct the form and try again.`);
  };
  for (const name of Object.keys(data)) {
    if (!Object.prototype.hasOwnProperty.call(attributes, name)) continue;
    const attribute = attributes[name];
    const value = data[name];
    if (value === null || value === undefined) continue;
    if (TEXT_TYPES.has(attribute.type) || attribute.type === 'uid' || attribute.type === 'enumeration') {
      if (typeof value !== 'string') refuse(name, 'text');
      if (attribute.maxLength && (value as string).length > attribute.maxLength)
        refuse(name, `at most ${attribute.maxLength} characters long`);
    } else if (attribute.type === 'media') {
      const ok = attribute.multiple
        ? Array.isArray(value) && value.every(isFileRef)
        : isFileRef(value) || (Array.isArray(value) && value.every(isFileRef));
      if (!ok) refuse(name, attribute.multiple ? 'a list of media files' : 'one media file');
    } else if (attribute.type === 'component') {
      const items = attribute.repeatable ? value : [value];
      if (!Array.isArray(items) || !items.every(isPlainObject))
        refuse(name, attribute.repeatable ? 'a list of entries' : 'one entry');
      (items as Row[]).forEach((item, index) =>
        assertFormShape(
          componentAttributes(attribute.component!),
          item,
          componentAttributes,
          `${prefix}${name}.${index}.`,
        ),
      );
    } else if (name === 'channels') {
      if (!Array.isArray(value) || !value.every((channel) => typeof channel === 'string'))
        refuse(name, 'a list of channel names');
    } else if (name === 'templateValues') {
      if (
        !isPlainObject(value) ||
        !Object.values(value).every((item) => typeof item === 'string' || typeof item === 'number')
      )
        refuse(name, 'a set of template variables, each with a text value');
    } else if (
      attribute.type === 'relation' &&
      typeof value !== 'string' &&
      // The Content Manager's relation form (`connect`/`disconnect`) or a document; not an operator.
      !(isPlainObject(value) && Object.keys(value).every((key) => RELATION_KEYS.has(key)))
    ) {
      refuse(name, 'the documentId of the template');
    }
  }
};

/**
 * Reads what would be published, as plain data for the rules: the draft of one locale of a governed
 * document, its media with their alt text and captions, its attributions and the approved template.
 */
const createSnapshotService = ({ strapi }: { strapi: Core.Strapi }) => {
  const attributesOf = (uid: string) => strapi.contentType(uid as never).attributes as unknown as Attributes;

  const contentRows = createContentRows(strapi);

  const templateKey = (documentId: string, locale?: string | null) => `${documentId}|${locale ?? ''}`;

  /**
   * The templates that posts use, in two queries whatever their number. The approved wording is a
   * template's published version; a template with none is not approved.
   */
  const loadTemplates = async (keys: { documentId: string; locale?: string }[]) => {
    const templates = new Map<string, TemplateSnapshot>();
    if (keys.length === 0) return templates;
    const where = { documentId: { $in: [...new Set(keys.map((key) => key.documentId))] } };
    const query = strapi.db.query(UID.messageTemplate);
    const published = await query.findMany({
      where: { ...where, publishedAt: { $notNull: true } },
      populate: { qa: true },
    });
    const drafts = await query.findMany({ where: { ...where, publishedAt: null } });
    for (const [rows, approved] of [
      [drafts, false],
      [published, true],
    ] as const) {
      for (const row of rows) {
        templates.set(templateKey(row.documentId, row.locale), {
          documentId: row.documentId,
          name: row.name,
          body: asText(row.body),
          approved,
          validFrom: row.validFrom ?? null,
          validUntil: row.validUntil ?? null,
          qa: ((row.qa ?? []) as Row[]).map(toQa),
        });
      }
    }
    return templates;
  };

  const fromRow = (
    uid: string,
    row: Row,
    target: Partial<ResolvedTarget>,
    templates: Map<string, TemplateSnapshot>,
  ): PostSnapshot => {
    const attributes = attributesOf(uid);
    const titleField = TITLE_FIELDS.find((name) => TEXT_TYPES.has(attributes[name]?.type));
    const bodyField = BODY_FIELDS.find((name) => TEXT_TYPES.has(attributes[name]?.type));
    const isPost = uid === UID.socialPost;

    const otherText = isPost
      ? []
      : Object.entries(attributes)
          .filter(
            ([name, attribute]) =>
              TEXT_TYPES.has(attribute.type) && name !== titleField && name !== bodyField,
          )
          .map(([name]) => ({ path: name, text: asText(row[name]) }))
          .filter((field) => field.text !== '');

    const media = Object.entries(attributes)
      .filter(([, attribute]) => attribute.type === 'media')
      .flatMap(([name]) => (Array.isArray(row[name]) ? (row[name] as unknown[]) : [row[name]]))
      .map(toMedia)
      .filter((file): file is MediaFile => file !== null);

    const attributionField = Object.entries(attributes).find(
      ([, attribute]) => attribute.type === 'component' && attribute.component === COMPONENT_UID.attribution,
    )?.[0];
    const qaField = Object.entries(attributes).find(
      ([, attribute]) => attribute.type === 'component' && attribute.component === COMPONENT_UID.qaPair,
    )?.[0];
    const template = row.template as Row | null | undefined;

    return {
      uid,
      documentId: target.documentId,
      locale: target.locale || undefined,
      title: titleField ? asText(row[titleField]) : '',
      body: bodyField ? asText(row[bodyField]) : '',
      otherText,
      category: isPost ? ((row.category as string) ?? null) : undefined,
      channels: isPost ? (Array.isArray(row.channels) ? (row.channels as string[]) : []) : undefined,
      media,
      attributions: attributionField
        ? ((row[attributionField] ?? []) as Row[]).map(toAttribution)
        : undefined,
      template: template?.documentId
        ? (templates.get(templateKey(template.documentId as string, target.locale || null)) ?? null)
        : null,
      templateValues: isPost ? ((row.templateValues as Record<string, unknown>) ?? {}) : undefined,
      qa: qaField ? ((row[qaField] ?? []) as Row[]).map(toQa) : undefined,
      authorId: idOf(row.createdBy),
    };
  };

  return {
    /**
     * The draft that a publish of this target would publish; `null` when there is none. With
     * `published`, the version that is out (the scheduler and the content API feed read it).
     */
    async load(target: ResolvedTarget, { published = false } = {}): Promise<PostSnapshot | null> {
      const [post] = await this.loadMany(target.uid, [target], { published });
      return post ?? null;
    },

    /** The drafts (or `published` versions) of many targets of one content type, in one query (and one more per template used). */
    async loadMany(
      uid: string,
      targets: ResolvedTarget[],
      { published = false }: { published?: boolean } = {},
    ): Promise<(PostSnapshot | null)[]> {
      return (await this.loadWith(uid, targets, { published })).posts;
    },

    /**
     * The same, with a one-row query read in the same round trip (`alongside`: the gate's record, policy
     * version and chain head), whose row it returns beside the posts.
     */
    async loadWith(
      uid: string,
      targets: ResolvedTarget[],
      { published = false, alongside }: { published?: boolean; alongside?: Alongside } = {},
    ): Promise<{ posts: (PostSnapshot | null)[]; alongside: Row | null }> {
      if (targets.length === 0) return { posts: [], alongside: null };
      const read = await contentRows.read(uid, {
        documentIds: [...new Set(targets.map((target) => target.documentId))],
        locales: targets.every((target) => target.locale)
          ? [...new Set(targets.map((target) => target.locale))]
          : undefined,
        published,
        alongside,
      });
      const rowOf = (target: ResolvedTarget) =>
        read.documents.find(
          (row) => row.documentId === target.documentId && (!target.locale || row.locale === target.locale),
        );
      const templates = await loadTemplates(
        targets
          .map((target) => ({ target, template: rowOf(target)?.template as Row | null | undefined }))
          .filter(({ template }) => template?.documentId)
          .map(({ target, template }) => ({
            documentId: template!.documentId as string,
            locale: target.locale,
          })),
      );
      return {
        posts: targets.map((target) => {
          const row = rowOf(target);
          return row ? fromRow(uid, row, target, templates) : null;
        }),
        alongside: read.alongside,
      };
    },

    /**
     * Unsaved form data, for the live checklist: media and attributions' media are file ids (or objects
     * with an id), the template a documentId. Nothing is written.
     */
    async fromData(
      target: ResolvedTarget,
      data: Row,
      authorId?: number | null,
      savedTemplateId?: string | null,
    ): Promise<PostSnapshot> {
      assertFormShape(
        attributesOf(target.uid) as Record<string, FieldSchema>,
        data,
        (uid) => strapi.components[uid as never].attributes as unknown as Record<string, FieldSchema>,
      );
      const fileIds = new Set<number>();
      const idsIn = (value: unknown): number[] =>
        (Array.isArray(value) ? value : value == null ? [] : [value])
          .map((item) => (typeof item === 'number' ? item : (item as Row)?.id))
          .filter((id): id is number => typeof id === 'number');

      const attributes = attributesOf(target.uid);
      for (const [name, attribute] of Object.entries(attributes)) {
        if (attribute.type === 'media') idsIn(data[name]).forEach((id) => fileIds.add(id));
        if (
          attribute.type === 'component' &&
          attribute.component === COMPONENT_UID.attribution &&
          Array.isArray(data[name])
        ) {
          (data[name] as Row[]).forEach((attribution) =>
            idsIn(attribution?.media).forEach((id) => fileIds.add(id)),
          );
        }
      }
      const files = fileIds.size
        ? await strapi.db.query('plugin::upload.file').findMany({ where: { id: { $in: [...fileIds] } } })
        : [];
      if (files.length !== fileIds.size) {
        throw new errors.ValidationError(
          'A media file of the post does not exist any more: remove it and add it again.',
        );
      }
      const byId = new Map(files.map((file: Row) => [file.id as number, file]));
      const resolveMedia = (value: unknown, multiple: boolean) => {
        const resolved = idsIn(value).map((id) => byId.get(id));
        return multiple ? resolved : (resolved[0] ?? null);
      };

      const row: Row = {};
      for (const [name, attribute] of Object.entries(attributes)) {
        const value = data[name];
        if (attribute.type === 'media') row[name] = resolveMedia(value, Array.isArray(value));
        else if (attribute.type === 'component' && attribute.component === COMPONENT_UID.attribution) {
          row[name] = Array.isArray(value)
            ? (value as Row[]).map((item) => ({ ...item, media: resolveMedia(item?.media, false) }))
            : [];
        } else if (attribute.type === 'relation' && attribute.target === UID.messageTemplate) {
          // The edit form holds a relation only once it changes: absent means the saved one.
          const kept = value === undefined ? savedTemplateId : null;
          row[name] =
            typeof value === 'string' && value ? { documentId: value } : kept ? { documentId: kept } : null;
        } else row[name] = value;
      }
      row.createdBy = authorId ? { id: authorId } : null;
      const template = row.template as Row | null;
      const templates = await loadTemplates(
        template?.documentId ? [{ documentId: template.documentId as string, locale: target.locale }] : [],
      );
      return fromRow(target.uid, row, target, templates);
    },
  };
};

export default createSnapshotService;
