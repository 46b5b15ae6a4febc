import { createHash } from 'crypto';
import type { Core } from '@strapi/strapi';

import type { PluginConfig } from '../config';

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
