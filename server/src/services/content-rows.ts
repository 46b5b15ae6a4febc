import type { Core } from '@strapi/strapi';

import { UID } from '../constants';
import { MARKER, qualifiedTable, runWritten, type WrittenStatement } from './prepared-statements';

type Row = Record<string, unknown>;
type Knex = Core.Strapi['db']['connection'];
type Query = ReturnType<Knex['select']>;

interface AttributeMeta {
  type: string;
  columnName?: string;
  relation?: string;
  target?: string;
  joinColumn?: { name: string };
  joinTable?: { name: string; joinColumn: { name: string }; inverseJoinColumn: { name: string } };
}
interface ModelMeta {
  tableName: string;
  attributes: Record<string, AttributeMeta>;
}

/** A table's scalar columns, each with the attribute it holds and its type. */
type Columns = { attribute: string; column: string; type: string }[];
/** A group of selected columns: their aliases in the one query, in the order of `columns`. */
type Selected = { alias: string; columns: Columns; aliases: string[] };

/**
 * A query of one row read in the same round trip as the content (the gate's record, policy version and
 * chain head): its columns come back beside the rows. `key` names its SQL, which must not change for a key;
 * `values` are its markers' values at this read.
 */
export interface Alongside {
  key: string;
  query: () => Query;
  columns: string[];
  values: Map<unknown, unknown>;
}

const FILE = 'plugin::upload.file';
const MAX_CACHED_DOCUMENTS = 20;
// Strapi's scalar attribute types (its `isScalar`): one column each.
const SCALAR = new Set([
  'increments',
  'password',
  'email',
  'string',
  'uid',
  'richtext',
  'text',
  'json',
  'blocks',
  'enumeration',
  'integer',
  'biginteger',
  'float',
  'decimal',
  'date',
  'time',
  'datetime',
  'timestamp',
  'boolean',
]);

/** A column's value as Strapi's query engine hands it back (its fields' `fromDB`), so hashes agree. */
const fromDb = (type: string, value: unknown): unknown => {
  if (value === null || value === undefined) return null;
  switch (type) {
    case 'json':
    case 'blocks': {
      if (typeof value !== 'string') return value;
      try {
        const parsed = JSON.parse(value);
        return typeof parsed === 'string' ? JSON.parse(parsed) : parsed;
      } catch {
        return value;
      }
    }
    case 'integer':
    case 'float':
    case 'decimal':
      return Number(value);
    case 'biginteger':
      return String(value);
    case 'datetime': {
      const date = value instanceof Date ? value : new Date(value as string);
      return Number.isNaN(date.getTime()) ? null : date.toISOString();
    }
    case 'timestamp': {
      const time = (value instanceof Date ? value : new Date(value as string)).getTime();
      return Number.isNaN(time) ? null : String(time);
    }
    case 'boolean':
      return typeof value === 'boolean'
        ? value
        : String(value) === '1'
          ? true
          : String(value) === '0'
            ? false
            : null;
    default:
      return value;
  }
};

const scalarColumns = (meta: ModelMeta): Columns =>
  Object.entries(meta.attributes)
    .filter(([, attribute]) => SCALAR.has(attribute.type) && attribute.columnName)
    .map(([attribute, { columnName, type }]) => ({ attribute, column: columnName!, type }));

const isMedia = (attribute: AttributeMeta) =>
  attribute.type === 'relation' && attribute.target === FILE && attribute.relation?.startsWith('morph');
const isMany = (attribute: AttributeMeta) => attribute.relation === 'morphMany';

/**
 * What the snapshot reads of governed documents (their fields, media, components with their media, the
 * template relation and the author) in ONE query, where Strapi's populate sends one per relation. The
 * plan (tables, columns, joins) is worked out once per content type from Strapi's metadata; the rows
 * come back in the shape Strapi's populate gives, with its conversions, so the content hash is the same.
 */
export const createContentRows = (strapi: Core.Strapi) => {
  const plans = new Map<string, ReturnType<typeof planFor>>();
  const statements = new Map<string, WrittenStatement>();
  const metaOf = (uid: string) => strapi.db.metadata.get(uid) as unknown as ModelMeta;
  const tableOf = (table: string) => qualifiedTable(strapi, table);
  const select = (alias: string, prefix: string, columns: Columns): Selected => ({
    alias,
    columns,
    aliases: columns.map((_, index) => `${prefix}${index}`),
  });

  const planFor = (uid: string) => {
    const meta = metaOf(uid);
    const morph = (
      metaOf(FILE).attributes.related as unknown as {
        joinTable: {
          name: string;
          joinColumn: { name: string };
          morphColumn: { idColumn: { name: string }; typeColumn: { name: string } };
        };
      }
    ).joinTable;
    const entries = Object.entries(meta.attributes);
    const media = entries.filter(([, attribute]) => isMedia(attribute));
    const components = entries
      .filter(
        ([, attribute]) =>
          attribute.type === 'relation' &&
          attribute.joinTable &&
          Object.prototype.hasOwnProperty.call(strapi.components, attribute.target ?? ''),
      )
      .map(([field, attribute], index) => {
        const component = metaOf(attribute.target!);
        return {
          field,
          uid: attribute.target!,
          joinTable: attribute.joinTable!,
          table: component.tableName,
          selected: select(`c${index}`, `c${index}_`, scalarColumns(component)),
          media: Object.entries(component.attributes)
            .filter(([, inner]) => isMedia(inner))
            .map(([name, inner]) => ({ name, many: isMany(inner) })),
        };
      });
    const template = entries.find(
      ([, attribute]) => attribute.type === 'relation' && attribute.target === UID.messageTemplate,
    );
    const column = (attribute: string) => meta.attributes[attribute]?.columnName ?? attribute;
    return {
      table: meta.tableName,
      columns: {
        documentId: column('documentId'),
        locale: column('locale'),
        publishedAt: column('publishedAt'),
      },
      post: select('p', 'p_', scalarColumns(meta)),
      createdBy: meta.attributes.createdBy?.joinColumn?.name,
      file: select('f', 'f_', scalarColumns(metaOf(FILE))),
      morph: {
        table: morph.name,
        file: morph.joinColumn.name,
        owner: morph.morphColumn.idColumn.name,
        type: morph.morphColumn.typeColumn.name,
      },
      media: media.map(([field, attribute]) => ({ field, many: isMany(attribute) })),
      components,
      template: template
        ? {
            field: template[0],
            joinTable: template[1].joinTable!,
            table: metaOf(UID.messageTemplate).tableName,
          }
        : null,
    };
  };

  const columnsOf = ({ alias, columns, aliases }: Selected) =>
    columns.map(({ column }, index) => `${alias}.${column} as ${aliases[index]}`);
  const valuesOf = (row: Row, { columns, aliases }: Selected) =>
    Object.fromEntries(
      columns.map(({ attribute, type }, index) => [attribute, fromDb(type, row[aliases[index]])]),
    );

  const buildQuery = (
    plan: ReturnType<typeof planFor>,
    uid: string,
    {
      documentIds,
      locales,
      published,
      alongside,
    }: { documentIds: string[]; locales?: string[]; published: boolean; alongside?: Alongside },
  ) => {
    const knex = strapi.db.connection;
    // The kinds are this code's own words, written into the SQL (bound values have no type in a UNION).
    const kind = (name: string) => knex.raw(`'${name}'`);
    const { columns } = plan;

    const whereTargets = (query: Query) => {
      query.whereIn(columns.documentId, documentIds);
      if (locales) query.whereIn(columns.locale, locales);
      return published ? query.whereNotNull(columns.publishedAt) : query.whereNull(columns.publishedAt);
    };
    const targets = () => whereTargets(knex.select('id').from(tableOf(plan.table)));
    // Every part of a document is a key (kind, owner, field, order, id); the rows are joined on them.
    const keys: Query[] = [
      whereTargets(
        knex
          .select({ kind: kind('post'), owner: 'id', field: knex.raw("''"), ord: knex.raw('0'), id: 'id' })
          .from(tableOf(plan.table)),
      ),
    ];
    const { morph } = plan;
    if (plan.media.length) {
      keys.push(
        knex
          .select({ kind: kind('media'), owner: morph.owner, field: 'field', ord: 'order', id: morph.file })
          .from(tableOf(morph.table))
          .where(morph.type, uid)
          .whereIn(
            'field',
            plan.media.map(({ field }) => field),
          )
          .whereIn(morph.owner, targets()),
      );
    }
    for (const component of plan.components) {
      const link = component.joinTable;
      keys.push(
        knex
          .select({
            kind: kind(component.selected.alias),
            owner: link.joinColumn.name,
            field: 'field',
            ord: 'order',
            id: link.inverseJoinColumn.name,
          })
          .from(tableOf(link.name))
          .where('field', component.field)
          .whereIn(link.joinColumn.name, targets()),
      );
      if (component.media.length) {
        keys.push(
          knex
            .select({
              kind: kind(`${component.selected.alias}.media`),
              owner: `m.${morph.owner}`,
              field: 'm.field',
              ord: 'm.order',
              id: `m.${morph.file}`,
            })
            .from(`${tableOf(morph.table)} as m`)
            .join(`${tableOf(link.name)} as l`, `l.${link.inverseJoinColumn.name}`, `m.${morph.owner}`)
            .where(`m.${morph.type}`, component.uid)
            .where('l.field', component.field)
            .whereIn(`l.${link.joinColumn.name}`, targets()),
        );
      }
    }
    if (plan.template) {
      const link = plan.template.joinTable;
      keys.push(
        knex
          .select({
            kind: kind('template'),
            owner: link.joinColumn.name,
            field: knex.raw("''"),
            ord: knex.raw('0'),
            id: link.inverseJoinColumn.name,
          })
          .from(tableOf(link.name))
          .whereIn(link.joinColumn.name, targets()),
      );
    }

    const fileKinds = [
      'media',
      ...plan.components.filter(({ media }) => media.length).map(({ selected }) => `${selected.alias}.media`),
    ];
    const union = keys[0].unionAll(keys.slice(1)).as('k');
    const query = knex.select(['k.kind', 'k.owner', 'k.field', 'k.ord']);
    if (alongside) {
      // Its one row, joined to every key: it comes back even when no key is found.
      query
        .from(alongside.query().as('g'))
        .leftJoin(union, (join) => join.on(knex.raw('1 = 1')))
        .columns(Object.fromEntries(alongside.columns.map((column) => [`g_${column}`, `g.${column}`])));
    } else query.from(union);
    query
      .leftJoin(`${tableOf(plan.table)} as p`, (join) =>
        join.on('p.id', 'k.id').andOn('k.kind', '=', kind('post')),
      )
      .columns(columnsOf(plan.post))
      .leftJoin(`${tableOf(metaOf(FILE).tableName)} as f`, (join) =>
        join.on('f.id', 'k.id').andOnIn('k.kind', fileKinds),
      )
      .columns(columnsOf(plan.file));
    if (plan.createdBy) query.columns({ createdBy: `p.${plan.createdBy}` });
    for (const component of plan.components) {
      const { alias } = component.selected;
      query
        .leftJoin(`${tableOf(component.table)} as ${alias}`, (join) =>
          join.on(`${alias}.id`, 'k.id').andOn('k.kind', '=', kind(alias)),
        )
        .columns(columnsOf(component.selected));
    }
    if (plan.template) {
      query
        .leftJoin(`${tableOf(plan.template.table)} as t`, (join) =>
          join.on('t.id', 'k.id').andOn('k.kind', '=', kind('template')),
        )
        .columns({ templateDocumentId: 't.document_id', templateLocale: 't.locale' });
    }

    return query;
  };

  return {
    /**
     * The rows of `uid` whose documentId is one of `documentIds` (and locale one of `locales`, when given),
     * drafts or (`published`) published versions, populated as the snapshot needs them. Inside the
     * caller's transaction when there is one, as Strapi's own queries are.
     */
    async read(
      uid: string,
      {
        documentIds,
        locales,
        published,
        alongside,
      }: {
        documentIds: string[];
        locales?: string[];
        published: boolean;
        /** A one-row query read in the same round trip; its columns are `alongside` in the answer. */
        alongside?: Alongside;
      },
    ): Promise<{ documents: Row[]; alongside: Row | null }> {
      if (!plans.has(uid)) plans.set(uid, planFor(uid));
      const plan = plans.get(uid)!;

      // The SQL is written once per content type and shape (how many documents and locales), with
      // markers where the values go; each read binds its own values.
      const key = [uid, published, documentIds.length, locales?.length ?? '-', alongside?.key ?? ''].join(
        '|',
      );
      let statement = statements.get(key);
      const kept = Boolean(statement) || documentIds.length <= MAX_CACHED_DOCUMENTS;
      if (!statement) {
        const marker = (name: string, index: number) => `${MARKER}${name}${index}`;
        statement = buildQuery(plan, uid, {
          documentIds: documentIds.map((_, index) => marker('d', index)),
          locales: locales?.map((_, index) => marker('l', index)),
          published,
          alongside,
        }).toSQL();
        if (kept) statements.set(key, statement);
      }
      const values = new Map<unknown, unknown>([
        ...documentIds.map((value, index) => [`${MARKER}d${index}`, value] as const),
        ...(locales ?? []).map((value, index) => [`${MARKER}l${index}`, value] as const),
        ...(alongside?.values ?? []),
      ]);
      // Planned once per connection on PostgreSQL, as long as its text is one of the shapes kept.
      const rows = await runWritten(strapi, statement, values, { prepared: kept });

      // Put the parts back together, each list in its stored order.
      const byOrder = (a: Row, b: Row) => Number(a.ord) - Number(b.ord);
      rows.sort(byOrder);
      const documents = new Map<number, Row>();
      const componentsById = new Map<string, Row>();
      const documentOf = (owner: unknown) => {
        const id = Number(owner);
        if (!documents.has(id)) {
          documents.set(id, {
            ...Object.fromEntries(plan.media.map(({ field, many }) => [field, many ? [] : null])),
            ...Object.fromEntries(plan.components.map(({ field }) => [field, []])),
            ...(plan.template ? { [plan.template.field]: null } : {}),
          });
        }
        return documents.get(id)!;
      };
      const add = (into: Row, field: string, value: Row, many: boolean) => {
        if (many) (into[field] as Row[]).push(value);
        else into[field] ??= value;
      };
      for (const row of rows) {
        const part = row.kind as string;
        if (part === 'post') {
          Object.assign(documentOf(row.owner), valuesOf(row, plan.post), {
            createdBy: row.createdBy == null ? null : { id: Number(row.createdBy) },
          });
        } else if (part === 'media') {
          const media = plan.media.find(({ field }) => field === row.field);
          if (media) add(documentOf(row.owner), media.field, valuesOf(row, plan.file), media.many);
        } else if (part === 'template') {
          documentOf(row.owner)[plan.template!.field] = {
            documentId: row.templateDocumentId,
            locale: row.templateLocale ?? null,
          };
        } else {
          const component = plan.components.find(({ selected }) => part === selected.alias);
          if (component) {
            const value: Row = {
              ...Object.fromEntries(component.media.map(({ name, many }) => [name, many ? [] : null])),
              ...valuesOf(row, component.selected),
            };
            componentsById.set(`${part}:${value.id}`, value);
            (documentOf(row.owner)[component.field] as Row[]).push(value);
          }
        }
      }
      // A component's media last: its owner is the component, known once every component is read.
      for (const row of rows) {
        const component = plan.components.find(({ selected }) => row.kind === `${selected.alias}.media`);
        const owner = component && componentsById.get(`${component.selected.alias}:${Number(row.owner)}`);
        const media = component?.media.find(({ name }) => name === row.field);
        if (owner && media) add(owner, media.name, valuesOf(row, plan.file), media.many);
      }
      return {
        documents: [...documents.values()].filter((document) => document.documentId !== undefined),
        alongside:
          alongside && rows.length
            ? Object.fromEntries(alongside.columns.map((column) => [column, rows[0][`g_${column}`]]))
            : null,
      };
    },
  };
};
