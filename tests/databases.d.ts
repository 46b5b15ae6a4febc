export type DatabaseClient = 'sqlite' | 'postgres' | 'mysql';

/** A database no other suite or benchmark touches; `env` points Strapi at it, `drop` removes it. */
export interface IsolatedDatabase {
  client: DatabaseClient;
  env: Record<string, string>;
  drop: () => Promise<void>;
}

/** `DATABASE_CLIENT` (or `client`) checked: sqlite, postgres or mysql. */
export declare const databaseClient: (client?: string) => DatabaseClient;

export declare const createIsolatedDatabase: (client?: DatabaseClient) => Promise<IsolatedDatabase>;
