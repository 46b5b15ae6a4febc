import type { Core } from '@strapi/strapi';
import type { Connection, QueryError } from 'mysql2';
import path from 'path';

// Knex notes on MySQL/MariaDB that Strapi's own schema sync runs DDL inside a transaction ("Transaction was
// implicitly committed"); nothing an app can act on, so it is not printed. Every other warning is.
const knexWarning = (message: unknown) => {
  if (typeof message === 'string' && message.includes('Transaction was implicitly committed')) return;
  console.warn(message);
};

// The usual Strapi variables, so one checkout runs on SQLite (default), PostgreSQL or MariaDB/MySQL.
export default ({ env }: Core.Config.Shared.ConfigParams) => {
  const client = env('DATABASE_CLIENT', 'sqlite');

  const connections = {
    sqlite: {
      connection: {
        filename: path.resolve(__dirname, '..', '..', env('DATABASE_FILENAME', '.tmp/data.db')),
      },
      useNullAsDefault: true,
    },
    postgres: {
      connection: {
        host: env('DATABASE_HOST', '127.0.0.1'),
        port: env.int('DATABASE_PORT', 5432),
        database: env('DATABASE_NAME', 'strapi'),
        user: env('DATABASE_USERNAME', 'postgres'),
        password: env('DATABASE_PASSWORD', ''),
        schema: env('DATABASE_SCHEMA', 'public'),
        ssl: env.bool('DATABASE_SSL', false),
      },
      pool: { min: env.int('DATABASE_POOL_MIN', 0), max: env.int('DATABASE_POOL_MAX', 10) },
    },
    mysql: {
      connection: {
        host: env('DATABASE_HOST', '127.0.0.1'),
        port: env.int('DATABASE_PORT', 3306),
        database: env('DATABASE_NAME', 'strapi'),
        user: env('DATABASE_USERNAME', 'root'),
        password: env('DATABASE_PASSWORD', ''),
        ssl: env.bool('DATABASE_SSL', false),
      },
      pool: {
        min: env.int('DATABASE_POOL_MIN', 0),
        max: env.int('DATABASE_POOL_MAX', 10),
        // DATABASE_ISOLATION=read-committed: as many MySQL/MariaDB deployments run (the race suite uses it).
        ...(env('DATABASE_ISOLATION') === 'read-committed'
          ? {
              // A block, not an expression: mysql2's query object throws if the pool treats it as a promise.
              afterCreate: (
                connection: Connection,
                done: (error: QueryError | null, connection: Connection) => void,
              ) => {
                connection.query('SET SESSION TRANSACTION ISOLATION LEVEL READ COMMITTED', (error) =>
                  done(error, connection),
                );
              },
            }
          : {}),
      },
    },
  };

  return {
    connection: {
      client,
      ...connections[client as keyof typeof connections],
      acquireConnectionTimeout: env.int('DATABASE_CONNECTION_TIMEOUT', 60000),
      log: { warn: knexWarning },
    },
  };
};
