// A log of work items that survives a crash: an item is pushed before anything acts on it and marked
// done after; whatever was pushed and never marked done is pending again after a restart. The inbox
// (acknowledged customer messages) and the outbox (messages to send) are both one of these.
import type { AlsoSet, Store } from './store.js';

export interface Pending<T> {
  seq: number;
  item: T;
}

const DONE_TTL_MS = 7 * 24 * 3600_000;
/** Done marks read per step when looking for pending items. */
const WINDOW = 2000;
/** Past this many, what this process marked done is forgotten (only a shortcut: the marks are in the store). */
const MAX_DONE_HERE = 200_000;

export class DurableQueue<T> {
  /**
   * With `rememberDone`: items this process marked done (the marks are stored) and the cursor has not
   * passed yet. `pending` does not read their marks again: a process that sends its replies at once marks
   * nearly everything done itself, and its drain loop would otherwise read every mark it just wrote.
   */
  private readonly doneHere: Set<number> | undefined;

  /** @param options.rememberDone for a queue whose `pending` is called again and again (the outbox's drain). */
  constructor(
    private readonly store: Store,
    readonly name: string,
    options: { rememberDone?: boolean } = {},
  ) {
    if (options.rememberDone) this.doneHere = new Set();
  }

  private get cursorKey() {
    return `q:${this.name}:cursor`;
  }

  private doneKey(seq: number) {
    return `q:${this.name}:done:${seq}`;
  }

  push(item: T): Promise<number> {
    return this.store.append(`q:${this.name}`, item);
  }

  /**
   * Pushes unless `key` was already used (atomically, see Store.appendOnce); undefined then. `also`: a key
   * named after the item's seq, set in the same step (the outbox's claim).
   */
  pushOnce(item: T, key: string, ttlMs?: number, also?: AlsoSet): Promise<number | undefined> {
    return this.store.appendOnce(`q:${this.name}`, item, key, ttlMs, also);
  }

  /** Marks an item done; true if this call did it (so two workers never both act on one item). */
  async done(seq: number): Promise<boolean> {
    const marked = await this.store.setIfAbsent(this.doneKey(seq), 1, DONE_TTL_MS);
    // Marked by this call or an earlier one: either way the mark is there.
    if (this.doneHere) {
      if (this.doneHere.size >= MAX_DONE_HERE) this.doneHere.clear();
      this.doneHere.add(seq);
    }
    return marked;
  }

  /**
   * Up to `limit` items pushed and not yet done, oldest first. Moves the cursor past the done prefix.
   * Items done out of the cursor's sight (a process that delivers at once marks them done without
   * reading the queue) leave a long done prefix: it is skipped window by window, reading only the done
   * marks, so the items behind it are found in this call rather than one window per call (a restart
   * after a busy day would otherwise leave new replies waiting minutes). At most `scanLimit` marks are
   * read per call.
   */
  async pending(limit = 500, scanLimit = 100_000): Promise<Pending<T>[]> {
    const log = `q:${this.name}`;
    const [stored, length] = await Promise.all([this.store.get<number>(this.cursorKey), this.store.length(log)]);
    const cursor = stored ?? 0;
    const pending: Pending<T>[] = [];
    let donePrefix = cursor;
    for (let from = cursor; from < length && pending.length < limit && from - cursor < scanLimit; ) {
      const to = Math.min(length, from + Math.max(limit, WINDOW));
      const seqs: number[] = [];
      for (let seq = from; seq < to; seq++) if (!this.doneHere?.has(seq)) seqs.push(seq);
      const done = seqs.length ? await this.store.getMany<number>(seqs.map((s) => this.doneKey(s))) : [];
      const unmarked = seqs.filter((_, i) => done[i] === undefined);
      if (donePrefix === from) donePrefix = unmarked[0] ?? to;
      const open = unmarked.slice(0, limit - pending.length);
      if (open.length) {
        const items = await this.store.read<T>(log, open[0]!, open.at(-1)! + 1);
        for (const seq of open) pending.push({ seq, item: items[seq - open[0]!] as T });
      }
      from = to;
    }
    if (donePrefix > cursor) {
      await this.store.update<number>(this.cursorKey, (c) => Math.max(c ?? 0, donePrefix));
      if (this.doneHere) for (const seq of this.doneHere) if (seq < donePrefix) this.doneHere.delete(seq);
    }
    return pending;
  }
}
