import { createHash } from 'crypto';
import type { Core } from '@strapi/strapi';

import type { PluginConfig } from '../config';

type Row = Record<string, unknown>;

/**
 * SQL written once (knex's `toSQL()`, with a marker standing for each value that changes from run to
 * run), for statements the gate sends at every publish: compiling them each time costs more than running
 * them.
 */
export interface WrittenStatement {
  sql: string;
  bindings: readonly unknown[];
}

// Stands for a value in SQL written once; no document id, locale or uid begins with it.
export const MARKER = '\u0000';

const names = new Map<string, string>();
const nameOf = (sql: string) => {
  let name = names.get(sql);
  if (!name) {
    // The digest of the text: one name never stands for two statements (PostgreSQL would refuse it).
    name = `sc_${createHash('sha1').update(sql).digest('hex')}`;
    names.set(sql, name);
  }
  return name;
};

/**
 * A raw query that PostgreSQL plans once per connection, as a named prepared statement, instead of at
 * every run: the gate's content read takes several times longer to plan than to run. Only for SQL
 * written once per shape (a bounded set of texts); elsewhere, on SQLite and MySQL, and with the plugin's
 * `preparedStatements: false` (a pooler that does not keep them per client), a plain raw query.
 */
export const preparedQuery = (strapi: Core.Strapi, sql: string, bindings: readonly unknown[]) => {
  const query = strapi.db.connection.raw(sql, bindings as never);
  const { preparedStatements } = strapi.config.get('plugin::social-compliance') as PluginConfig;
  return strapi.db.dialect.client === 'postgres' && preparedStatements
    ? query.options({ name: nameOf(sql) })
    : query;
};

/** A table's name as SQL names it: in the connection's schema when it has one (PostgreSQL). */
export const qualifiedTable = (strapi: Core.Strapi, table: string) => {
  const schema = strapi.db.getSchemaName();
  return schema ? `${schema}.${table}` : table;
};

/**
 * Runs a statement written once with this run's `values` (marker → value), inside the caller's
 * transaction when there is one, as Strapi's own queries are; `prepared: false` for a text that is not
 * one of a bounded set. Returns the rows whatever the dialect.
 */
export const runWritten = async (
  strapi: Core.Strapi,
  statement: WrittenStatement,
  values: Map<unknown, unknown>,
  { prepared = true }: { prepared?: boolean } = {},
): Promise<Row[]> => {
  const bindings = statement.bindings.map((binding) => (values.has(binding) ? values.get(binding) : binding));
  const query = prepared
    ? preparedQuery(strapi, statement.sql, bindings)
    : strapi.db.connection.raw(statement.sql, bindings as never);
  const result: unknown = strapi.db.inTransaction()
    ? await strapi.db.transaction(({ trx }) => query.transacting(trx))
    : await query;
  // A raw query's rows: PostgreSQL's result object, MySQL's [rows, fields], SQLite's rows.
  return (
    Array.isArray(result) ? (Array.isArray(result[0]) ? result[0] : result) : (result as { rows: Row[] }).rows
  ) as Row[];
};
