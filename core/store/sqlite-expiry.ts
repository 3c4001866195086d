// Deletes the SQLite file's rows whose time is up. Every read already treats an expired row as absent,
// but nothing removed one: each message's dedupe key (a day), each customer's counter of a minute, each
// reply's claim stayed in the file for good, so a busy shop's file grew without end. Redis drops its
// keys by itself (PX); here a pass walks the table in slices of rowids, one short statement each, so the
// store's own rounds on the same connection wait for at most one slice.
import type { SqliteQuery } from './sqlite-batch.js';

/** Rows looked at per statement: a few milliseconds of work. */
const SLICE_ROWS = 2000;
/** The first pass waits for start-up to be over; then one pass every so often. */
const FIRST_PASS_MS = 60_000;
const PASS_EVERY_MS = 10 * 60_000;

export class ExpiredRowSweeper {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<number> | undefined;
  private stopped = false;

  constructor(
    private readonly db: SqliteQuery,
    private readonly table: string,
  ) {}

  /** Passes from now on, in the background (the timer never keeps the process alive); `report` hears each. */
  start(firstPassMs = FIRST_PASS_MS, everyMs = PASS_EVERY_MS, report: (outcome: { deleted?: number; error?: unknown }) => void = () => undefined): void {
    if (this.timer || this.stopped) return;
    const next = (delay: number) => {
      if (this.stopped) return;
      this.timer = setTimeout(() => {
        this.sweep()
          .then((deleted) => report({ deleted }), (error: unknown) => report({ error }))
          .finally(() => next(everyMs));
      }, delay);
      this.timer.unref();
    };
    next(firstPassMs);
  }

  /**
   * One pass over the whole table: deletes the rows whose `expires` is before `now` and returns how many.
   * A row set again meanwhile with a later expiry is kept: each statement reads the row as it is then.
   */
  sweep(now = Date.now()): Promise<number> {
    this.running ??= this.pass(now).finally(() => (this.running = undefined));
    return this.running;
  }

  /** No more passes; waits for one that is running. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running?.catch(() => undefined);
  }

  private async pass(now: number): Promise<number> {
    let deleted = 0;
    for (let after = 0; !this.stopped; ) {
      const [slice] = await this.db.query(`SELECT max(rowid) AS key, count(*) AS value FROM (SELECT rowid FROM ${this.table} WHERE rowid > ? ORDER BY rowid LIMIT ${SLICE_ROWS})`, after);
      if (!slice || !Number(slice.value)) break;
      const last = Number(slice.key);
      const rows = await this.db.query(`DELETE FROM ${this.table} WHERE rowid > ? AND rowid <= ? AND (value ->> '$.expires') < ? RETURNING rowid AS key`, after, last, now);
      deleted += rows.length;
      after = last;
    }
    return deleted;
  }
}
