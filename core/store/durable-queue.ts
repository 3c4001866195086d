// A log of work items that survives a crash: an item is pushed before anything acts on it and marked
// done after; whatever was pushed and never marked done is pending again after a restart. The inbox
// (acknowledged customer messages) and the outbox (messages to send) are both one of these.
import type { Store } from './store.js';

export interface Pending<T> {
  seq: number;
  item: T;
}

const DONE_TTL_MS = 7 * 24 * 3600_000;

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

  /** Marks an item done; true if this call did it (so two workers never both act on one item). */
  done(seq: number): Promise<boolean> {
    return this.store.setIfAbsent(this.doneKey(seq), 1, DONE_TTL_MS);
  }

  /** Items pushed and not yet done, oldest first. Moves the cursor past the done prefix. */
  async pending(limit = 500): Promise<Pending<T>[]> {
    const cursor = (await this.store.get<number>(this.cursorKey)) ?? 0;
    const end = Math.min(await this.store.length(`q:${this.name}`), cursor + limit);
    if (end <= cursor) return [];
    const seqs = Array.from({ length: end - cursor }, (_, i) => cursor + i);
    const [items, done] = await Promise.all([
      this.store.read<T>(`q:${this.name}`, cursor, end),
      this.store.getMany<number>(seqs.map((s) => this.doneKey(s))),
    ]);
    const pending: Pending<T>[] = [];
    let donePrefix = cursor;
    seqs.forEach((seq, i) => {
      if (done[i] === undefined) pending.push({ seq, item: items[i] as T });
      else if (donePrefix === seq) donePrefix = seq + 1;
    });
    if (donePrefix > cursor) {
      await this.store.update<number>(this.cursorKey, (c) => Math.max(c ?? 0, donePrefix));
    }
    return pending;
  }
}
