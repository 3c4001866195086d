// The SQLite connection of the embedded store's batches (sqlite-batch.ts): node-sqlite3 with each SQL
// text prepared once and kept. A statement prepared anew for every query (what `Database.all` does)
// costs the main thread about twice as much as running a prepared one. The batches run a handful of
// statements, each in a few texts (one per size of row list, sqlite-statements.ts): a hundred or so.
import sqlite3 from 'sqlite3';
import type { SqliteQuery } from './sqlite-batch.js';

/** Prepared statements kept, a bound in case a caller sends ever new texts: past it the oldest goes. */
const MAX_STATEMENTS = 256;

export class SqliteConnection implements SqliteQuery {
  /** Prepared statements by SQL text; a statement that failed to prepare is forgotten (its error reported). */
  private readonly statements = new Map<string, sqlite3.Statement>();
  private readonly preparing = new Map<string, Promise<sqlite3.Statement>>();

  /** Statements prepared so far (a busy process should soon stop preparing: the bench reports it). */
  prepared = 0;

  private constructor(private readonly db: sqlite3.Database) {}

  /** Opens the file (which must already be a WAL database with its table) with the store's settings. */
  static async open(file: string, busyTimeoutMs = 5000): Promise<SqliteConnection> {
    const db = await new Promise<sqlite3.Database>((resolve, reject) => {
      const opened = new sqlite3.Database(file, (error) => (error ? reject(error) : resolve(opened)));
    });
    db.configure('busyTimeout', busyTimeoutMs);
    const connection = new SqliteConnection(db);
    // Per connection: a commit appends to the WAL without waiting for the disk (see open-store.ts).
    await connection.query('PRAGMA synchronous=NORMAL');
    return connection;
  }

  query(sql: string, ...params: unknown[]): Promise<{ key: string; value: string }[]> {
    const ready = this.statements.get(sql);
    if (ready) return this.run(ready, params);
    return this.prepare(sql).then((statement) => this.run(statement, params));
  }

  private prepare(sql: string): Promise<sqlite3.Statement> {
    let pending = this.preparing.get(sql);
    if (!pending) {
      // node-sqlite3 never calls back the queries of a statement that failed to prepare: wait for it.
      this.prepared++;
      pending = new Promise<sqlite3.Statement>((resolve, reject) => {
        const statement = this.db.prepare(sql, (error: Error | null) => {
          this.preparing.delete(sql);
          if (error) return reject(error);
          this.statements.set(sql, statement);
          if (this.statements.size > MAX_STATEMENTS) {
            // Queued runs of the oldest finish first: node-sqlite3 finalizes after them.
            const [oldest, old] = this.statements.entries().next().value as [string, sqlite3.Statement];
            this.statements.delete(oldest);
            old.finalize();
          }
          resolve(statement);
        });
      });
      this.preparing.set(sql, pending);
    }
    return pending;
  }

  private run(statement: sqlite3.Statement, params: unknown[]): Promise<{ key: string; value: string }[]> {
    return new Promise((resolve, reject) => {
      // The params as one array (node-sqlite3 binds its elements): no copy of a long list onto the stack.
      statement.all(params, (error: Error | null, rows: { key: string; value: string }[]) => (error ? reject(error) : resolve(rows)));
    });
  }

  async close(): Promise<void> {
    for (const statement of this.statements.values()) await new Promise<void>((resolve) => statement.finalize(() => resolve()));
    this.statements.clear();
    await new Promise<void>((resolve, reject) => this.db.close((error) => (error ? reject(error) : resolve())));
  }
}
