// The embedded store: keyv over SQLite (or memory in tests). One process owns the file, so the atomic
// operations are made atomic with an in-process mutex per key.
import { defaultDeserialize, defaultSerialize } from '@keyv/serialize';
import Keyv from 'keyv';
import { KeyedMutex } from './keyed-mutex.js';
import { encode } from './keyv-format.js';
import { SqliteBatch, type SqliteQuery } from './sqlite-batch.js';
import { ExpiredRowSweeper } from './sqlite-expiry.js';
import type { AlsoSet, Store } from './store.js';

const logLength = (log: string) => `log:${log}:n`;
const logEntry = (log: string, seq: number) => `log:${log}:${seq}`;
/**
 * A set's members are rows of their own, `set:<length of name>:<name>:<member>`, found by a range scan of
 * the keys. The name's length keeps one set's rows from starting like another's (`s` and `s:x`).
 */
const setPrefix = (set: string) => `set:${set.length}:${set}:`;
const MEMBER_ROW = encode({ value: 1 });
const nothing = (): void => undefined;
/** Log entries read per query: measured fastest on SQLite (larger batches cost more in json_each). */
const READ_BATCH = 2000;
/** Keys per page of `keys`. */
const KEYS_PAGE = 1000;
/** Log rows per delete statement of `dropLog`: a day of 500k turns goes in slices, turns run in between. */
const DROP_SLICE = 5000;

export class KeyvStore implements Store {
  private readonly mutex = new KeyedMutex();
  /** Without SQLite (the memory store): sets live here. */
  private readonly sets = new Map<string, Set<string>>();
  /** On SQLite: reads and writes grouped into one statement each per round (see sqlite-batch.ts). */
  private readonly batch: SqliteBatch | undefined;
  private readonly prefix: string;
  /** The batch's connection was given to this store (and is closed with it); else it is keyv's adapter's. */
  private readonly ownsConnection: boolean;
  /** On SQLite: deletes expired rows (see sqlite-expiry.ts). */
  private readonly sweeper: ExpiredRowSweeper | undefined;

  /**
   * @param connection on SQLite, a connection of its own for the batches (prepared statements, see
   * sqlite-connection.ts; closed with the store); without one they use the keyv adapter's.
   */
  constructor(
    private readonly keyv: Keyv,
    readonly kind: string,
    connection?: SqliteQuery,
  ) {
    const sqlite = keyv.store as Partial<SqliteQuery> & { opts?: { table?: string } };
    const plain = !keyv.compression && keyv.serialize === defaultSerialize && keyv.deserialize === defaultDeserialize;
    if (typeof sqlite.query === 'function' && sqlite.opts?.table && plain) {
      this.batch = new SqliteBatch(connection ?? (sqlite as SqliteQuery), sqlite.opts.table);
      this.sweeper = new ExpiredRowSweeper(connection ?? (sqlite as SqliteQuery), sqlite.opts.table);
    }
    this.prefix = keyv.useKeyPrefix && keyv.namespace ? `${keyv.namespace}:` : '';
    this.ownsConnection = Boolean(connection);
  }

  /**
   * On SQLite, deletes expired rows from now on, a pass every few minutes (long-running processes; a
   * one-off job leaves it to them). `report` hears each pass's count or failure.
   */
  sweepExpiredRows(report: (outcome: { deleted?: number; error?: unknown }) => void): void {
    this.sweeper?.start(undefined, undefined, report);
  }

  /** One pass now: the expired rows deleted (SQLite; 0 elsewhere, where keys expire by themselves). */
  sweepExpired(now?: number): Promise<number> {
    return this.sweeper?.sweep(now) ?? Promise.resolve(0);
  }

  /** Statements and operations of the SQLite path so far (the bench reports them). */
  get batchStats(): SqliteBatch['stats'] | undefined {
    return this.batch?.stats;
  }

  // The hot paths below return the batch's promises instead of wrapping them in async functions of their
  // own: every operation of every turn goes through them, and each async layer is one more promise and
  // microtask.
  private load<T>(key: string): Promise<T | undefined> {
    if (!this.batch) return this.keyv.get(key) as Promise<T | undefined>;
    return this.batch.get(this.prefix + key).then((raw) => (raw === undefined ? undefined : this.unwrap<T>(raw)));
  }

  private save<T>(key: string, value: T, ttlMs?: number): Promise<unknown> {
    if (!this.batch) return this.keyv.set(key, value, ttlMs);
    return this.batch.write(this.prefix + key, encode({ value, expires: ttlMs ? Date.now() + ttlMs : undefined }));
  }

  private remove(key: string): Promise<boolean> {
    return this.batch ? this.batch.write(this.prefix + key, null) : this.keyv.delete(key);
  }

  /** A raw row's value, or undefined once it expired. */
  private unwrap<T>(raw: string): T | undefined {
    const data = this.decode(raw) as { value?: T; expires?: number } | undefined;
    return data && !(typeof data.expires === 'number' && Date.now() > data.expires) ? data.value : undefined;
  }

  get<T>(key: string): Promise<T | undefined> {
    return this.load<T>(key);
  }

  async getMany<T>(keys: string[]): Promise<(T | undefined)[]> {
    if (!keys.length) return [];
    if (this.batch) return Promise.all(keys.map((key) => this.load<T>(key)));
    return (await this.keyv.getMany(keys)) as (T | undefined)[];
  }

  set<T>(key: string, value: T, ttlMs?: number): Promise<void> {
    return this.mutex.run(key, () => this.save(key, value, ttlMs)).then(nothing);
  }

  delete(key: string): Promise<boolean> {
    return this.mutex.run(key, () => this.remove(key));
  }

  setIfAbsent<T>(key: string, value: T, ttlMs?: number): Promise<boolean> {
    return this.mutex.run(key, async () => {
      if (this.batch) return this.batch.setIfAbsent(this.prefix + key, encode({ value, expires: ttlMs ? Date.now() + ttlMs : undefined }));
      if ((await this.load(key)) !== undefined) return false;
      await this.save(key, value, ttlMs);
      return true;
    });
  }

  increment(key: string, by = 1, ttlMs?: number): Promise<number> {
    return this.mutex.run(key, async () => {
      if (this.batch) return this.batch.increment(this.prefix + key, by, ttlMs ? Date.now() + ttlMs : undefined);
      // Memory: keyv hands back the row's own expiry with `raw`, so a live counter keeps its end.
      const row = (await this.keyv.get<number>(key, { raw: true })) as { value?: number; expires?: number } | undefined;
      const live = row && !(typeof row.expires === 'number' && Date.now() > row.expires);
      const next = (live ? (row.value ?? 0) : 0) + by;
      const remaining = live ? (typeof row.expires === 'number' ? Math.max(1, row.expires - Date.now()) : undefined) : ttlMs;
      await this.save(key, next, remaining);
      return next;
    });
  }

  append<T>(log: string, entry: T): Promise<number> {
    // On SQLite one statement writes the entry and the new length: atomic without a lock, and appends
    // to one log from many turns share a round instead of queueing.
    if (this.batch) return this.batch.append(this.prefix + logLength(log), `${this.prefix}log:${log}:`, encode({ value: entry }));
    return this.mutex.run(logLength(log), async () => {
      const seq = (await this.load<number>(logLength(log))) ?? 0;
      // The entry is written before the length that makes it visible: a crash between leaves no hole.
      await this.save(logEntry(log, seq), entry);
      await this.save(logLength(log), seq + 1);
      return seq;
    });
  }

  appendOnce<T>(log: string, entry: T, key: string, ttlMs?: number, also?: AlsoSet): Promise<number | undefined> {
    const expires = ttlMs ? Date.now() + ttlMs : undefined;
    if (this.batch) {
      const alsoRow = also && { prefix: this.prefix + also.prefix, raw: encode({ value: also.value, expires: also.ttlMs ? Date.now() + also.ttlMs : undefined }) };
      return this.batch.appendOnce(this.prefix + key, encode({ value: 1, expires }), this.prefix + logLength(log), `${this.prefix}log:${log}:`, encode({ value: entry }), alsoRow);
    }
    // One process owns a memory store: the key's lock, then the log's, make it atomic here.
    return this.mutex.run(key, async () => {
      if ((await this.load(key)) !== undefined) return undefined;
      const seq = await this.append(log, entry);
      if (also) await this.save(also.prefix + seq, also.value, also.ttlMs);
      await this.save(key, 1, ttlMs);
      return seq;
    });
  }

  async read<T>(log: string, from = 0, to?: number): Promise<T[]> {
    const end = Math.min(to ?? Infinity, await this.length(log));
    const out: T[] = [];
    for (let start = Math.max(0, from); start < end; start += READ_BATCH) {
      const keys = [];
      for (let seq = start; seq < Math.min(end, start + READ_BATCH); seq++) keys.push(logEntry(log, seq));
      for (const value of await this.readBatch<T>(keys)) if (value !== undefined) out.push(value);
    }
    return out;
  }

  /**
   * Many keys at once for `read`. On SQLite one query per batch, rows looked up in a Map: @keyv/sqlite's
   * getMany pairs rows with keys by linear search (quadratic in the batch) and keyv deserialises row by
   * row through promises: reading a day's 500k turns (the daily report) took 4.6 s that way, 3.1 s this way.
   */
  private async readBatch<T>(keys: string[]): Promise<(T | undefined)[]> {
    const sqlite = this.keyv.store as { query?: (sql: string, ...params: unknown[]) => Promise<{ key: string; value: string }[]>; opts?: { table?: string } };
    if (typeof sqlite.query !== 'function' || !sqlite.opts?.table || this.keyv.compression) return this.getMany<T>(keys);
    const prefix = this.keyv.useKeyPrefix && this.keyv.namespace ? `${this.keyv.namespace}:` : '';
    const rows = await sqlite.query(`SELECT key, value FROM ${sqlite.opts.table} WHERE key IN (SELECT value FROM json_each(?))`, JSON.stringify(keys.map((k) => prefix + k)));
    const byKey = new Map(rows.map((row) => [row.key, row.value]));
    const now = Date.now();
    const out: (T | undefined)[] = [];
    for (const key of keys) {
      const raw = byKey.get(prefix + key);
      const decoded = raw === undefined ? undefined : this.decode(raw);
      const data = (decoded instanceof Promise ? await decoded : decoded) as { value?: T; expires?: number } | undefined;
      out.push(data && !(typeof data.expires === 'number' && now > data.expires) ? data.value : undefined);
    }
    return out;
  }

  /**
   * keyv's default deserialiser is JSON.parse with a reviver that unescapes strings keyv stored with a
   * leading ":" (they appear as `"::` or `":base64:` in the text). Rows without either parse the same with
   * plain JSON.parse, twice as fast; anything else goes through keyv's own deserialiser.
   */
  private decode(raw: string): unknown {
    const deserialize = this.keyv.deserialize;
    if (deserialize === defaultDeserialize && !raw.includes('"::') && !raw.includes('":base64:')) return JSON.parse(raw);
    return deserialize ? deserialize(raw) : raw;
  }

  async length(log: string): Promise<number> {
    return (await this.load<number>(logLength(log))) ?? 0;
  }

  async addToSet(set: string, member: string): Promise<void> {
    const row = setPrefix(set) + member;
    if (this.batch) {
      await this.mutex.run(row, () => this.batch!.write(this.prefix + row, MEMBER_ROW));
      return;
    }
    let members = this.sets.get(set);
    if (!members) this.sets.set(set, (members = new Set()));
    members.add(member);
  }

  async removeFromSet(set: string, member: string): Promise<boolean> {
    const row = setPrefix(set) + member;
    if (this.batch) return this.mutex.run(row, () => this.batch!.write(this.prefix + row, null));
    return this.sets.get(set)?.delete(member) ?? false;
  }

  async members(set: string): Promise<string[]> {
    if (!this.batch) return [...(this.sets.get(set) ?? [])];
    const prefix = this.prefix + setPrefix(set);
    return (await this.batch.scan(prefix)).map((key) => key.slice(prefix.length));
  }

  async dropLog(log: string): Promise<void> {
    if (this.batch) {
      // Entries are `log:<log>:<seq>`, the keys from `…:0` up to `…::` (':' follows '9'): a log whose name
      // only starts with this one's (`<log>:x`) keeps its rows. Orphan rows past the length go too.
      const base = `${this.prefix}log:${log}:`;
      while ((await this.batch.deleteRange(`${base}0`, `${base}:`, DROP_SLICE)) === DROP_SLICE);
      await this.delete(logLength(log));
      return;
    }
    await this.mutex.run(logLength(log), async () => {
      const length = (await this.load<number>(logLength(log))) ?? 0;
      for (let seq = 0; seq < length; seq++) await this.keyv.delete(logEntry(log, seq));
      await this.remove(logLength(log));
    });
  }

  async *keys(prefix: string): AsyncIterable<string[]> {
    const full = this.prefix + prefix;
    if (this.batch) {
      // Paged by the last key seen: deleting what a page found leaves the next page where it was.
      for (let after = ''; ; ) {
        const page = await this.batch.page(full, after, KEYS_PAGE);
        if (page.length) yield page.map((key) => key.slice(this.prefix.length));
        if (page.length < KEYS_PAGE) return;
        after = page[page.length - 1]!;
      }
    }
    // Memory: keyv's Map holds the rows under their prefixed keys; a snapshot, so the caller may delete.
    const map = this.keyv.store as unknown;
    if (!(map instanceof Map)) throw new Error(`store: keys() needs SQLite or the memory store (${this.kind})`);
    const found = [...(map as Map<string, unknown>).keys()].filter((key) => key.startsWith(full)).map((key) => key.slice(this.prefix.length));
    for (let i = 0; i < found.length; i += KEYS_PAGE) yield found.slice(i, i + KEYS_PAGE);
  }

  update<T>(key: string, change: (current: T | undefined) => T | undefined, ttlMs?: number): Promise<T | undefined> {
    return this.mutex.run(key, async () => {
      const next = change(await this.load<T>(key));
      if (next === undefined) await this.remove(key);
      else await this.save(key, next, ttlMs);
      return next;
    });
  }

  async close(): Promise<void> {
    await this.sweeper?.stop();
    await this.mutex.idle();
    // keyv.disconnect() closes the adapter's connection: closing it here too would close it twice.
    if (this.ownsConnection) await this.batch?.close();
    else await this.batch?.idle();
    await this.keyv.disconnect();
  }
}

