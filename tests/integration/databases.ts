import os from 'os';
import path from 'path';
import fs from 'fs';
import crypto from 'crypto';

export type DatabaseClient = 'sqlite' | 'postgres' | 'mysql';

export interface IsolatedDatabase {
  client: DatabaseClient;
  env: Record<string, string>;
  drop(): Promise<void>;
}

const uniqueName = () => `sc_test_${Date.now().toString(36)}_${crypto.randomBytes(3).toString('hex')}`;

export const databaseClient = (): DatabaseClient => {
  const client = process.env.DATABASE_CLIENT ?? 'sqlite';
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
});

/**
 * A database no other suite touches: a fresh SQLite file, PostgreSQL schema or MariaDB database,
 * dropped when the suite ends. Never the demo's database.
 */
export const createIsolatedDatabase = async (client = databaseClient()): Promise<IsolatedDatabase> => {
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
    const { Client } = await import('pg');
    const connection = postgresConnection();
    const admin = new Client(connection);
    await admin.connect();
    await admin.query(`CREATE SCHEMA "${name}"`);
    await admin.end();
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
      drop: async () => {
        const dropper = new Client(connection);
        await dropper.connect();
        await dropper.query(`DROP SCHEMA IF EXISTS "${name}" CASCADE`);
        await dropper.end();
      },
    };
  }

  const mysql = await import('mysql2/promise');
  const connection = mysqlConnection();
  const admin = await mysql.createConnection(connection);
  await admin.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  await admin.end();
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
    drop: async () => {
      const dropper = await mysql.createConnection(connection);
      await dropper.query(`DROP DATABASE IF EXISTS \`${name}\``);
      await dropper.end();
    },
  };
};
