// The statements the embedded store's batches run (sqlite-batch.ts), over keyv's table `(key, value)`.
// Rows are bound parameters, `VALUES (?, ?), (?, ?)…`, so each statement has one text per row count.
// Row counts are rounded up to 1, 2, 3, 4, 6, 8, 12, 16, 24… (at most half again as many rows, the extra
// ones all NULL and filtered out by `column1 IS NOT NULL`): a busy process meets a few dozen texts, all
// kept prepared (sqlite-connection.ts), instead of one per row count. Each text is built once and the
// same string reused: the connection finds its prepared statement by the text, and hashing and comparing
// a fresh copy of a long text on every query cost more than running the query.

/** Rows per statement: far below SQLite's 32,766 bound parameters, and a round rarely has more. */
export const CHUNK = 500;

/** The row count a statement is written for (see above). */
export function sizeFor(rows: number): number {
  let size = Math.min(rows, 4);
  while (size < rows) size = size % 3 === 0 ? (size / 3) * 4 : (size / 2) * 3;
  return Math.min(size, CHUNK);
}

/** The params for `rows` rows, padded with NULL rows to the statement's size. */
export function padded(params: unknown[], rows: number, columns: number): unknown[] {
  const size = sizeFor(rows);
  if (size === rows) return params;
  for (let i = (size - rows) * columns; i > 0; i--) params.push(null);
  return params;
}

/**
 * RETURNING of the append statements: keys, and the value only of short rows (the logs' length rows,
 * `{"value":n}`). Entries can be long; turning them back into JavaScript strings for nothing cost more
 * than the rest of the reply handling.
 */
const RETURNING_LENGTHS = `RETURNING key, iif(length(value) < 40, value, NULL) AS value`;

export class SqliteStatements {
  private readonly texts = new Map<string, string>();

  constructor(private readonly table: string) {}

  /** The text of a kind of statement for `rows` rows (rounded up, see sizeFor), built on first use. */
  private text(kind: string, rows: number, build: (size: number) => string): string {
    const size = sizeFor(rows);
    const id = `${kind}:${size}`;
    let text = this.texts.get(id);
    if (!text) this.texts.set(id, (text = build(size)));
    return text;
  }

  /** Rows `key` of the keys given (NULLs pad the list and match nothing). */
  read(rows: number): string {
    return this.text('read', rows, (size) => `SELECT key, value FROM ${this.table} WHERE key IN (${list(size)})`);
  }

  /** Deletes the keys given; RETURNING the ones that were there. */
  remove(rows: number): string {
    return this.text('remove', rows, (size) => `DELETE FROM ${this.table} WHERE key IN (${list(size)}) RETURNING key`);
  }

  /** Sets rows (key, value). */
  upsert(rows: number): string {
    return this.text(
      'upsert',
      rows,
      (size) => `INSERT INTO ${this.table} (key, value) SELECT column1, column2 FROM (${values(size, 2)}) WHERE column1 IS NOT NULL ON CONFLICT(key) DO UPDATE SET value = excluded.value`,
    );
  }

  /** Rows (key, value) set where the key is absent or its row expired (last param: now); RETURNING those keys. */
  claim(rows: number): string {
    return this.text(
      'claim',
      rows,
      (size) =>
        `INSERT INTO ${this.table} (key, value) SELECT column1, column2 FROM (${values(size, 2)}) WHERE column1 IS NOT NULL ` +
        `ON CONFLICT(key) DO UPDATE SET value = excluded.value WHERE (${this.table}.value ->> '$.expires') < ? RETURNING key`,
    );
  }

  /**
   * Adds (key, amount, expires or NULL) to counter rows `{"value": n}` (last param: now); RETURNING the new
   * rows. A new row, or one whose `expires` has passed, starts from the amount with the expiry given; a
   * live row keeps its own.
   */
  increment(rows: number): string {
    const t = this.table;
    return this.text(
      'increment',
      rows,
      (size) =>
        `INSERT INTO ${t} (key, value) SELECT column1, iif(column3 IS NULL, json_object('value', column2), json_object('value', column2, 'expires', column3)) ` +
        `FROM (${values(size, 3)}) WHERE column1 IS NOT NULL ` +
        `ON CONFLICT(key) DO UPDATE SET value = iif((${t}.value ->> '$.expires') < ?, excluded.value, ` +
        `json_set(${t}.value, '$.value', coalesce(${t}.value ->> '$.value', 0) + (excluded.value ->> '$.value'))) RETURNING key, value`,
    );
  }

  /**
   * Appends (length key, entry prefix, entry row, index within its log in this statement): per log, the
   * entries from its current length on and the new length, written together.
   */
  append(rows: number): string {
    return this.text(
      'append',
      rows,
      (size) =>
        `WITH items(log, prefix, v, i) AS (SELECT * FROM (${values(size, 4)}) WHERE column1 IS NOT NULL), ` +
        `logs(log, n, c) AS (SELECT log, coalesce((SELECT value ->> '$.value' FROM ${this.table} WHERE key = log), 0), count(*) FROM items GROUP BY log) ` +
        `INSERT INTO ${this.table} (key, value) SELECT items.prefix || (logs.n + items.i), items.v FROM items JOIN logs USING (log) WHERE true ` +
        `UNION ALL SELECT log, json_object('value', n + c) FROM logs WHERE true ` +
        `ON CONFLICT(key) DO UPDATE SET value = excluded.value ${RETURNING_LENGTHS}`,
    );
  }

  /**
   * Appends once per dedupe key (key, key's row, length key, entry prefix, entry row, order, also-prefix,
   * also-row; last param: now): the items whose key is free (absent or expired) are numbered per log from
   * its length; their keys, entries, the rows they also ask for (`<also-prefix><seq>`) and the logs' new
   * lengths are written together.
   */
  appendOnce(rows: number): string {
    return this.text(
      'appendOnce',
      rows,
      (size) =>
        `WITH items(k, kv, log, prefix, v, o, ap, av) AS (SELECT * FROM (${values(size, 8)}) WHERE column1 IS NOT NULL), ` +
        `fresh AS (SELECT *, row_number() OVER (PARTITION BY log ORDER BY o) - 1 AS i FROM items WHERE NOT EXISTS (SELECT 1 FROM ${this.table} WHERE key = items.k AND coalesce((value ->> '$.expires') >= ?, true))), ` +
        `logs(log, n, c) AS (SELECT log, coalesce((SELECT value ->> '$.value' FROM ${this.table} WHERE key = log), 0), count(*) FROM fresh GROUP BY log) ` +
        `INSERT INTO ${this.table} (key, value) SELECT k, kv FROM fresh WHERE true ` +
        `UNION ALL SELECT fresh.prefix || (logs.n + fresh.i), fresh.v FROM fresh JOIN logs USING (log) WHERE true ` +
        `UNION ALL SELECT fresh.ap || (logs.n + fresh.i), fresh.av FROM fresh JOIN logs USING (log) WHERE fresh.ap IS NOT NULL ` +
        `UNION ALL SELECT log, json_object('value', n + c) FROM logs WHERE true ` +
        `ON CONFLICT(key) DO UPDATE SET value = excluded.value ${RETURNING_LENGTHS}`,
    );
  }

  /**
   * A page of keys in key order: from a prefix (first param), after a key (second), up to an end (third,
   * excluded), at most a number (fourth). Paging by the last key seen, not by OFFSET: each page costs the
   * same, and deleting what a page found does not shift the next one.
   */
  page(): string {
    return this.text('page', 1, () => `SELECT key, NULL AS value FROM ${this.table} WHERE key >= ? AND key > ? AND key < ? ORDER BY key LIMIT ?`);
  }

  /**
   * Deletes the first rows (at most the third param) from a key (first) up to a key (second, excluded);
   * RETURNING their keys. Big ranges go in slices, so other statements get their turn in between.
   */
  deleteRange(): string {
    return this.text(
      'deleteRange',
      1,
      () => `DELETE FROM ${this.table} WHERE key IN (SELECT key FROM ${this.table} WHERE key >= ? AND key < ? ORDER BY key LIMIT ?) RETURNING key`,
    );
  }

  /** The keys from a prefix (first param) up to an end (second param, excluded). */
  scan(): string {
    return this.text('scan', 1, () => `SELECT key, NULL AS value FROM ${this.table} WHERE key >= ? AND key < ?`);
  }
}

/** `VALUES (?, ?), (?, ?)…`: `rows` rows of `columns` values. */
function values(rows: number, columns: number): string {
  const row = `(${'?, '.repeat(columns - 1)}?)`;
  return `VALUES ${`${row}, `.repeat(rows - 1)}${row}`;
}

/** `?, ?, …` for `IN (…)`. */
function list(size: number): string {
  return `${'?, '.repeat(size - 1)}?`;
}
