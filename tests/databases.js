// A database that no other suite or benchmark touches: a fresh SQLite file, PostgreSQL schema or
// MariaDB database, dropped afterwards. Never the demo's database. Shared by tests and benches.
const crypto = require('crypto');
const fs = require('fs');
const os = require('os');
const path = require('path');

const uniqueName = () => `sc_test_${Date.now().toString(36)}_${crypto.randomBytes(3).toString('hex')}`;

/** @returns {'sqlite' | 'postgres' | 'mysql'} */
const databaseClient = (client = process.env.DATABASE_CLIENT ?? 'sqlite') => {
  if (client !== 'sqlite' && client !== 'postgres' && client !== 'mysql') {
    throw new Error(`DATABASE_CLIENT must be sqlite, postgres or mysql, not "${client}".`);
  }
  return client;
};

const postgresConnection = () => ({
  host: process.env.DATABASE_HOST ?? '127.0.0.1',
  port: Number(process.env.DATABASE_PORT ?? 5432),
  user: process.env.DATABASE_USERNAME ?? 'postgres',
  password: process.env.DATABASE_PASSWORD ?? '',
  database: process.env.DATABASE_NAME ?? 'test',
});

const mysqlConnection = () => ({
  host: process.env.DATABASE_HOST ?? '127.0.0.1',
  port: Number(process.env.DATABASE_PORT ?? 3306),
  user: process.env.DATABASE_USERNAME ?? 'root',
  password: process.env.DATABASE_PASSWORD ?? '',
  // A server busy with other suites can take more than mysql2's default 10 s to accept a connection.
  connectTimeout: 60_000,
});

/**
 * @typedef {{ client: string, env: Record<string, string>, drop: () => Promise<void> }} IsolatedDatabase
 * @returns {Promise<IsolatedDatabase>}
 */
const createIsolatedDatabase = async (client = databaseClient()) => {
  const name = uniqueName();

  if (client === 'sqlite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'social-compliance-'));
    return {
      client,
      env: { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: path.join(dir, `${name}.db`) },
      drop: async () => fs.rmSync(dir, { recursive: true, force: true }),
    };
  }

  if (client === 'postgres') {
    const { Client } = require('pg');
    const connection = postgresConnection();
    const run = async (sql) => {
      const admin = new Client(connection);
      await admin.connect();
      try {
        await admin.query(sql);
      } finally {
        await admin.end();
      }
    };
    await run(`CREATE SCHEMA "${name}"`);
    return {
      client,
      env: {
        DATABASE_CLIENT: 'postgres',
        DATABASE_HOST: connection.host,
        DATABASE_PORT: String(connection.port),
        DATABASE_NAME: connection.database,
        DATABASE_USERNAME: connection.user,
        DATABASE_PASSWORD: connection.password,
        DATABASE_SCHEMA: name,
      },
      drop: () => run(`DROP SCHEMA IF EXISTS "${name}" CASCADE`),
    };
  }

  const mysql = require('mysql2/promise');
  const connection = mysqlConnection();
  const run = async (sql) => {
    const admin = await mysql.createConnection(connection);
    try {
      await admin.query(sql);
    } finally {
      await admin.end();
    }
  };
  await run(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  return {
    client,
    env: {
      DATABASE_CLIENT: 'mysql',
      DATABASE_HOST: connection.host,
      DATABASE_PORT: String(connection.port),
      DATABASE_NAME: name,
      DATABASE_USERNAME: connection.user,
      DATABASE_PASSWORD: connection.password,
    },
    drop: () => run(`DROP DATABASE IF EXISTS \`${name}\``),
  };
};

module.exports = { createIsolatedDatabase, databaseClient };
