// Group commit for the embedded SQLite store. @keyv/sqlite runs one statement per get or set, each a trip
// through node-sqlite3's thread pool that costs the main thread tens of µs, and the store's atomic
// operations were a get and a set under an in-process lock: a customer turn made some twenty trips, and
// every turn's appends to the inbox, the outbox and the day's log queued behind one another (three trips
// each, under the log's lock). That capped the bot near 400 messages/s.
//
// Here the operations asked for while a round runs wait for it and then go together: reads as one
// SELECT … IN (…), writes as one multi-row upsert (one transaction, one WAL append), and the atomic
// operations as single statements that are atomic in SQLite itself, so they also hold between processes
// sharing the file: set-if-absent is an upsert that only replaces an expired row, increment an upsert
// that adds, append one statement per log that writes the entries and the new length together. Idle, a
// round is one operation and leaves at once (setImmediate); under load rounds grow and the cost per
// operation falls.
//
// Rows travel as bound parameters (sqlite-statements.ts). They used to travel as one JSON array
// parameter read back with json_each: the rows, JSON themselves, were escaped into it and parsed out
// again, which cost twice as much per row as binding them.
//
// Semantics stay those of single statements: a write resolves once committed; a read sees every write
// asked for before it (pending and in-flight plain writes answer reads of their keys from memory, and
// overlay the keys a scan finds); writes to one key keep their order (one round at a time, the last
// plain write in a round wins); a log's entries get their numbers in the order they were appended. A
// failed statement rejects exactly the operations in it.
import { CHUNK, padded, SqliteStatements } from './sqlite-statements.js';

/** A connection's `all`, promisified: @keyv/sqlite's `query`, or a SqliteConnection (prepared statements). */
export interface SqliteQuery {
  query(sql: string, ...params: unknown[]): Promise<{ key: string; value: string }[]>;
  close?(): Promise<void>;
  /** Statements prepared so far, when the connection counts them. */
  readonly prepared?: number;
}

interface Waiter<T> {
  resolve: (value: T) => void;
  reject: (error: unknown) => void;
}

/** A plain write waiting for its round: the new raw row, or null to delete it. */
interface PendingWrite {
  raw: string | null;
  /** The first write of the key in this round was a delete: it needs the row's state before the round. */
  firstDeletes: boolean;
  waiters: (Waiter<boolean> & { existed?: boolean })[];
}

interface OnceAppend {
  keyRow: string;
  lengthKey: string;
  entryPrefix: string;
  raw: string;
  /** Also written when the entry is: the row `<prefix><seq>` (the outbox's claim on it). */
  also?: { prefix: string; raw: string };
  waiters: Waiter<number | undefined>[];
}

interface Round {
  reads: Map<string, Waiter<string | undefined>[]>;
  writes: Map<string, PendingWrite>;
  /** key → the raw row to set if the key is absent or expired; the first asker wins, later ones lose. */
  claims: Map<string, { raw: string; waiters: Waiter<boolean>[] }>;
  /** key → the amounts asked, in order, and when a counter they start would expire (the first asker's). */
  increments: Map<string, { by: number; expires: number | undefined; waiter: Waiter<number> }[]>;
  /** log length key → the raw entries, in order. */
  appends: Map<string, { entryPrefix: string; raw: string; waiter: Waiter<number> }[]>;
  /** dedupe key → an append that happens only if the key is free (the first asker's; later ones get undefined). */
  onceAppends: Map<string, OnceAppend>;
  /** key prefix → who wants the keys that start with it. */
  scans: Map<string, Waiter<string[]>[]>;
  /** Pages of keys (housekeeping walks): committed rows only, no overlay of this round's writes. */
  pages: { prefix: string; after: string; limit: number; waiter: Waiter<string[]> }[];
  /** Slices of a key range to delete (dropped logs); each resolves with how many rows went. */
  rangeDeletes: { from: string; to: string; limit: number; waiter: Waiter<number> }[];
}

const newRound = (): Round => ({
  reads: new Map(),
  writes: new Map(),
  claims: new Map(),
  increments: new Map(),
  appends: new Map(),
  onceAppends: new Map(),
  scans: new Map(),
  pages: [],
  rangeDeletes: [],
});
const sizeOf = (r: Round) =>
  r.reads.size + r.writes.size + r.claims.size + r.increments.size + r.appends.size + r.onceAppends.size + r.scans.size + r.pages.length + r.rangeDeletes.length;

/** The first key after every key that starts with `prefix`: the prefix with its last character's next one. */
export const prefixEnd = (prefix: string) => prefix.slice(0, -1) + String.fromCharCode(prefix.charCodeAt(prefix.length - 1) + 1);

/** Items in runs of at most CHUNK (one statement each). */
function chunks<T>(items: T[]): T[][] {
  if (items.length <= CHUNK) return [items];
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK));
  return out;
}

/** A counter row's value (`{"value":n}`): the logs' lengths and the increments. */
const counterOf = (raw: string) => (JSON.parse(raw) as { value: number }).value;

export class SqliteBatch {
  private round = newRound();
  private readonly sql: SqliteStatements;
  /** Plain writes of the round running now: reads of their keys are answered from here. */
  private inFlight = new Map<string, string | null>();
  private running: Promise<void> | undefined;
  private scheduled = false;
  private readonly counts = { rounds: 0, statements: 0, operations: 0 };

  constructor(
    private readonly db: SqliteQuery,
    table: string,
  ) {
    this.sql = new SqliteStatements(table);
  }

  /** Rounds, statements, operations and statements prepared so far, for the bench. */
  get stats(): { rounds: number; statements: number; operations: number; prepared?: number } {
    return { ...this.counts, prepared: this.db.prepared };
  }

  /** The raw row of a key (keyv's serialised `{value, expires}`), or undefined. */
  get(key: string): Promise<string | undefined> {
    const local = this.written(key);
    if (local !== undefined) return Promise.resolve(local ?? undefined);
    return new Promise((resolve, reject) => {
      const waiters = this.round.reads.get(key);
      if (waiters) waiters.push({ resolve, reject });
      else this.round.reads.set(key, [{ resolve, reject }]);
      this.schedule();
    });
  }

  /** Writes a raw row (null deletes it). Resolves once committed; true when a delete removed a row. */
  write(key: string, raw: string | null): Promise<boolean> {
    return new Promise((resolve, reject) => {
      const pending = this.round.writes.get(key);
      if (pending) {
        // Superseded within the round: an earlier write's row never reaches the disk, so a delete after
        // it removes "a row" exactly when that write was a set.
        const existed = pending.raw !== null;
        pending.raw = raw;
        pending.waiters.push({ resolve, reject, existed });
      } else {
        this.round.writes.set(key, { raw, firstDeletes: raw === null, waiters: [{ resolve, reject }] });
      }
      this.schedule();
    });
  }

  /** Sets the row unless the key holds one that has not expired; true when this call set it. */
  setIfAbsent(key: string, raw: string): Promise<boolean> {
    return new Promise((resolve, reject) => {
      const claim = this.round.claims.get(key);
      if (claim) claim.waiters.push({ resolve, reject });
      else this.round.claims.set(key, { raw, waiters: [{ resolve, reject }] });
      this.schedule();
    });
  }

  /**
   * Adds to a counter row (`{"value": n}`) and resolves with the new value. `expires` (epoch ms) applies
   * when the increment starts the counter: the key is absent or its row has expired.
   */
  increment(key: string, by: number, expires?: number): Promise<number> {
    return new Promise((resolve, reject) => {
      const list = this.round.increments.get(key);
      const item = { by, expires, waiter: { resolve, reject } };
      if (list) list.push(item);
      else this.round.increments.set(key, [item]);
      this.schedule();
    });
  }

  /** Appends a raw entry to a log (entry rows `<entryPrefix><seq>`, length row `lengthKey`); resolves with its seq. */
  append(lengthKey: string, entryPrefix: string, raw: string): Promise<number> {
    return new Promise((resolve, reject) => {
      const list = this.round.appends.get(lengthKey);
      const item = { entryPrefix, raw, waiter: { resolve, reject } };
      if (list) list.push(item);
      else this.round.appends.set(lengthKey, [item]);
      this.schedule();
    });
  }

  /**
   * Sets the dedupe key's row and appends the entry, both or neither, in one statement: the entry's seq,
   * or undefined when the key held a row that has not expired. With `also`, the row `<prefix><seq>` is
   * written in the same statement.
   */
  appendOnce(key: string, keyRow: string, lengthKey: string, entryPrefix: string, raw: string, also?: { prefix: string; raw: string }): Promise<number | undefined> {
    return new Promise((resolve, reject) => {
      const pending = this.round.onceAppends.get(key);
      if (pending) pending.waiters.push({ resolve, reject });
      else this.round.onceAppends.set(key, { keyRow, lengthKey, entryPrefix, raw, also, waiters: [{ resolve, reject }] });
      this.schedule();
    });
  }

  /** The keys that start with `prefix` (a set's members), writes asked for before this included. */
  scan(prefix: string): Promise<string[]> {
    return new Promise((resolve, reject) => {
      const waiters = this.round.scans.get(prefix);
      if (waiters) waiters.push({ resolve, reject });
      else this.round.scans.set(prefix, [{ resolve, reject }]);
      this.schedule();
    });
  }

  /**
   * Up to `limit` keys that start with `prefix` and sort after `after`, in key order, as committed (writes
   * of the same round may or may not show: this is for walks over the store, not for turns).
   */
  page(prefix: string, after: string, limit: number): Promise<string[]> {
    return new Promise((resolve, reject) => {
      this.round.pages.push({ prefix, after, limit, waiter: { resolve, reject } });
      this.schedule();
    });
  }

  /** Deletes up to `limit` rows with keys in [from, to), the first in key order; resolves with how many went. */
  deleteRange(from: string, to: string, limit: number): Promise<number> {
    return new Promise((resolve, reject) => {
      this.round.rangeDeletes.push({ from, to, limit, waiter: { resolve, reject } });
      this.schedule();
    });
  }

  /** Resolves when everything asked for so far is done. */
  async idle(): Promise<void> {
    while (this.running || this.scheduled) await (this.running ?? new Promise((resolve) => setImmediate(resolve)));
  }

  /** Finishes what was asked for, then closes the connection if it is the batch's own. */
  async close(): Promise<void> {
    await this.idle();
    await this.db.close?.();
  }

  /** undefined: not written locally; null: deleted; else the row. */
  private written(key: string): string | null | undefined {
    const pending = this.round.writes.get(key);
    if (pending) return pending.raw;
    return this.inFlight.get(key);
  }

  private schedule(): void {
    if (this.scheduled || this.running) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      this.running = this.runRounds().finally(() => {
        this.running = undefined;
        // Work asked for after the last round looked, while it was finishing.
        if (sizeOf(this.round)) this.schedule();
      });
    });
  }

  private async runRounds(): Promise<void> {
    while (sizeOf(this.round)) await this.runRound();
  }

  private async runRound(): Promise<void> {
    const round = this.round;
    this.round = newRound();
    const inFlight = new Map<string, string | null>();
    for (const [key, w] of round.writes) inFlight.set(key, w.raw);
    this.inFlight = inFlight;
    this.counts.rounds++;
    this.counts.operations += sizeOf(round);
    // Different keys in each part (the store's per-key lock keeps one key's writes, claims and
    // increments in separate rounds; log lengths are only written by appends), so they run side by side.
    await Promise.all([
      this.runReads(round.reads),
      this.runWrites(round.writes),
      this.runClaims(round.claims),
      this.runIncrements(round.increments),
      this.runAppends(round.appends),
      this.runOnceAppends(round.onceAppends),
      this.runScans(round.scans, round.writes),
      this.runPages(round.pages),
      this.runRangeDeletes(round.rangeDeletes),
    ]);
    this.inFlight = new Map();
  }

  private query(sql: string, ...params: unknown[]): Promise<{ key: string; value: string }[]> {
    this.counts.statements++;
    return this.db.query(sql, ...params);
  }

  /** Runs a statement per chunk of `items`, one after another, and returns all their rows. */
  private async perChunk<T>(items: T[], run: (chunk: T[]) => Promise<{ key: string; value: string }[]>): Promise<{ key: string; value: string }[]> {
    if (items.length <= CHUNK) return run(items);
    const rows: { key: string; value: string }[] = [];
    for (const chunk of chunks(items)) rows.push(...(await run(chunk)));
    return rows;
  }

  private async runReads(reads: Round['reads']): Promise<void> {
    if (!reads.size) return;
    try {
      const keys = [...reads.keys()];
      const rows = await this.perChunk(keys, (chunk) => this.query(this.sql.read(chunk.length), ...padded(chunk.slice(), chunk.length, 1)));
      const byKey = new Map(rows.map((row) => [row.key, row.value]));
      for (const [key, waiters] of reads) for (const w of waiters) w.resolve(byKey.get(key));
    } catch (error) {
      for (const waiters of reads.values()) for (const w of waiters) w.reject(error);
    }
  }

  private async runWrites(writes: Round['writes']): Promise<void> {
    if (!writes.size) return;
    const sets: [string, string][] = [];
    const deletes: string[] = [];
    for (const [key, w] of writes) {
      if (w.raw !== null) sets.push([key, w.raw]);
      if (w.raw === null || w.firstDeletes) deletes.push(key);
    }
    try {
      const remove = () =>
        deletes.length
          ? this.perChunk(deletes, (chunk) => this.query(this.sql.remove(chunk.length), ...padded(chunk.slice(), chunk.length, 1)))
          : Promise.resolve([]);
      const upsert = () =>
        sets.length
          ? this.perChunk(sets, (chunk) => this.query(this.sql.upsert(chunk.length), ...padded(chunk.flat(), chunk.length, 2)))
          : Promise.resolve([]);
      // A key deleted and then set in one round is deleted first (its delete learns whether a row was
      // there); otherwise the two statements touch different keys and run side by side.
      const overlap = sets.length > 0 && deletes.some((key) => writes.get(key)!.raw !== null);
      let deleted: { key: string }[];
      if (overlap) {
        deleted = await remove();
        await upsert();
      } else {
        [deleted] = await Promise.all([remove(), upsert()]);
      }
      const removed = new Set(deleted.map((row) => row.key));
      for (const [key, w] of writes) {
        for (const [i, waiter] of w.waiters.entries()) waiter.resolve(i === 0 ? removed.has(key) : (waiter.existed ?? false));
      }
    } catch (error) {
      for (const w of writes.values()) for (const waiter of w.waiters) waiter.reject(error);
    }
  }

  private async runClaims(claims: Round['claims']): Promise<void> {
    if (!claims.size) return;
    try {
      // Inserted, or replaced a row whose `expires` has passed: RETURNING names exactly those keys.
      const now = Date.now();
      const rows = await this.perChunk([...claims], (chunk) =>
        this.query(
          this.sql.claim(chunk.length),
          ...padded(
            chunk.flatMap(([key, c]) => [key, c.raw]),
            chunk.length,
            2,
          ),
          now,
        ),
      );
      const won = new Set(rows.map((row) => row.key));
      for (const [key, c] of claims) c.waiters.forEach((w, i) => w.resolve(i === 0 && won.has(key)));
    } catch (error) {
      for (const c of claims.values()) for (const w of c.waiters) w.reject(error);
    }
  }

  private async runIncrements(increments: Round['increments']): Promise<void> {
    if (!increments.size) return;
    try {
      const totals = [...increments].map(([key, items]) => [key, items.reduce((sum, item) => sum + item.by, 0), items[0]!.expires ?? null] as const);
      const now = Date.now();
      const rows = await this.perChunk(totals, (chunk) => this.query(this.sql.increment(chunk.length), ...padded(chunk.flat(), chunk.length, 3), now));
      const finals = new Map(rows.map((row) => [row.key, counterOf(row.value)]));
      for (const [key, items] of increments) {
        // The round added them in order: each asker gets the value right after its own amount.
        let value = finals.get(key)! - items.reduce((sum, item) => sum + item.by, 0);
        for (const item of items) item.waiter.resolve((value += item.by));
      }
    } catch (error) {
      for (const items of increments.values()) for (const item of items) item.waiter.reject(error);
    }
  }

  private async runAppends(appends: Round['appends']): Promise<void> {
    if (!appends.size) return;
    try {
      // One statement for every log of the round: per log, the entries from its current length on and
      // the new length, written together. (A round with more entries than a chunk runs a statement per
      // chunk, in order: each numbers its entries from the length the one before wrote.)
      const items = [...appends].flatMap(([lengthKey, list]) => list.map((item) => [lengthKey, item.entryPrefix, item.raw] as const));
      const lengths = new Map<string, number>();
      for (const chunk of chunks(items)) {
        // Within a chunk, each log's entries are numbered from 0 again (the chunk's own order).
        const counts = new Map<string, number>();
        const params = chunk.flatMap(([lengthKey, prefix, raw]) => {
          const i = counts.get(lengthKey) ?? 0;
          counts.set(lengthKey, i + 1);
          return [lengthKey, prefix, raw, i];
        });
        const rows = await this.query(this.sql.append(chunk.length), ...padded(params, chunk.length, 4));
        for (const row of rows) if (appends.has(row.key) && row.value !== null) lengths.set(row.key, counterOf(row.value));
      }
      for (const [lengthKey, list] of appends) {
        const length = lengths.get(lengthKey)!;
        list.forEach((item, i) => item.waiter.resolve(length - list.length + i));
      }
    } catch (error) {
      for (const list of appends.values()) for (const item of list) item.waiter.reject(error);
    }
  }

  private async runOnceAppends(once: Round['onceAppends']): Promise<void> {
    if (!once.size) return;
    try {
      // The items whose key is free (absent or expired) are numbered per log from its length; their keys,
      // entries, the rows they also ask for, and the logs' new lengths are written together.
      const now = Date.now();
      for (const chunk of chunks([...once])) {
        const params = chunk.flatMap(([key, o], i) => [key, o.keyRow, o.lengthKey, o.entryPrefix, o.raw, i, o.also?.prefix ?? null, o.also?.raw ?? null]);
        const rows = await this.query(this.sql.appendOnce(chunk.length), ...padded(params, chunk.length, 8), now);
        // Seqs: per log, the won items in order, ending at the new length.
        const won = new Map<string, string[]>();
        const chunkWritten = new Map(rows.map((row) => [row.key, row.value]));
        for (const [key, o] of chunk) if (chunkWritten.has(key)) won.set(o.lengthKey, [...(won.get(o.lengthKey) ?? []), key]);
        for (const [key, o] of chunk) {
          const list = won.get(o.lengthKey);
          const index = list?.indexOf(key) ?? -1;
          const seq = index < 0 ? undefined : counterOf(chunkWritten.get(o.lengthKey)!) - list!.length + index;
          o.waiters.forEach((w, i) => w.resolve(i === 0 ? seq : undefined));
        }
      }
    } catch (error) {
      // Waiters already resolved (an earlier chunk) ignore this.
      for (const o of once.values()) for (const w of o.waiters) w.reject(error);
    }
  }

  private async runScans(scans: Round['scans'], roundWrites: Round['writes']): Promise<void> {
    if (!scans.size) return;
    await Promise.all(
      [...scans].map(async ([prefix, waiters]) => {
        try {
          const rows = await this.query(this.sql.scan(), prefix, prefixEnd(prefix));
          const keys = new Set(rows.map((row) => row.key));
          // This round's writes may have committed before or after the scan read; later ones are still
          // waiting. Either way the scan answers as if it came after them all.
          for (const writes of [roundWrites, this.round.writes]) {
            for (const [key, w] of writes) {
              if (!key.startsWith(prefix)) continue;
              if (w.raw === null) keys.delete(key);
              else keys.add(key);
            }
          }
          for (const w of waiters) w.resolve([...keys]);
        } catch (error) {
          for (const w of waiters) w.reject(error);
        }
      }),
    );
  }

  private async runPages(pages: Round['pages']): Promise<void> {
    await Promise.all(
      pages.map(async ({ prefix, after, limit, waiter }) => {
        try {
          const rows = await this.query(this.sql.page(), prefix, after, prefixEnd(prefix), limit);
          waiter.resolve(rows.map((row) => row.key));
        } catch (error) {
          waiter.reject(error);
        }
      }),
    );
  }

  private async runRangeDeletes(deletes: Round['rangeDeletes']): Promise<void> {
    await Promise.all(
      deletes.map(async ({ from, to, limit, waiter }) => {
        try {
          waiter.resolve((await this.query(this.sql.deleteRange(), from, to, limit)).length);
        } catch (error) {
          waiter.reject(error);
        }
      }),
    );
  }
}
