// The part of better-sqlite3 the e2e suites use to move a schedule's time (no @types/better-sqlite3 installed).
declare module 'better-sqlite3' {
  interface Statement {
    get(...params: unknown[]): unknown;
    run(...params: unknown[]): { changes: number; lastInsertRowid: number | bigint };
  }

  class Database {
    constructor(filename: string);
    prepare(sql: string): Statement;
    close(): this;
  }

  export default Database;
}
