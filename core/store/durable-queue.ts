// A log of work items that survives a crash: an item is pushed before anything acts on it and marked
// done after; whatever was pushed and never marked done is pending again after a restart. The inbox
// (acknowledged customer messages) and the outbox (messages to send) are both one of these.
import type { Store } from './store.js';

export interface Pending<T> {
  seq: number;
  item: T;
}

const DONE_TTL_MS = 7 * 24 * 3600_000;
/** Done marks read per step when looking for pending items. */
const WINDOW = 2000;

export class DurableQueue<T> {
  constructor(
    private readonly store: Store,
    readonly name: string,
  ) {}

  private get cursorKey() {
    return `q:${this.name}:cursor`;
  }

  private doneKey(seq: number) {
    return `q:${this.name}:done:${seq}`;
  }

  push(item: T): Promise<number> {
    return this.store.append(`q:${this.name}`, item);
  }

  /** Pushes unless `key` was already used (atomically, see Store.appendOnce); undefined then. */
  pushOnce(item: T, key: string, ttlMs?: number): Promise<number | undefined> {
    return this.store.appendOnce(`q:${this.name}`, item, key, ttlMs);
  }

  /** Marks an item done; true if this call did it (so two workers never both act on one item). */
  done(seq: number): Promise<boolean> {
    return this.store.setIfAbsent(this.doneKey(seq), 1, DONE_TTL_MS);
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
    const cursor = (await this.store.get<number>(this.cursorKey)) ?? 0;
    const length = await this.store.length(log);
    const pending: Pending<T>[] = [];
    let donePrefix = cursor;
    for (let from = cursor; from < length && pending.length < limit && from - cursor < scanLimit; ) {
      const to = Math.min(length, from + Math.max(limit, WINDOW));
      const seqs = Array.from({ length: to - from }, (_, i) => from + i);
      const done = await this.store.getMany<number>(seqs.map((s) => this.doneKey(s)));
      const open = seqs.filter((_, i) => done[i] === undefined).slice(0, limit - pending.length);
      if (donePrefix === from) {
        const firstOpen = done.findIndex((d) => d === undefined);
        donePrefix = firstOpen < 0 ? to : from + firstOpen;
      }
      if (open.length) {
        const items = await this.store.read<T>(log, open[0]!, open.at(-1)! + 1);
        for (const seq of open) pending.push({ seq, item: items[seq - open[0]!] as T });
      }
      from = to;
    }
    if (donePrefix > cursor) {
      await this.store.update<number>(this.cursorKey, (c) => Math.max(c ?? 0, donePrefix));
    }
    return pending;
  }
}
