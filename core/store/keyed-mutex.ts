// Runs async work one at a time per key, in arrival order, and many keys in parallel. Used for one turn
// at a time per conversation, for read-modify-write in the single-process store, and for the outbox's
// deliveries to one customer in the order they were queued.
//
// The tails are kept in a plain object, not a Map: a Map that lives as long as the process and has a key
// added and deleted for every turn keeps retiring its table, and V8 links each retired table to the
// next, with what it held; every scavenge then found those tables and promises alive and moved them to
// the old generation (in-process at 500 messages/s, 0.73 → 0.61 MB moved a scavenge). An object whose
// keys come and go is a dictionary of its own, and a dictionary it outgrows is simply dropped.

export class KeyedMutex {
  private readonly tails: Record<string, Promise<unknown>> = Object.create(null) as Record<string, Promise<unknown>>;
  private count = 0;

  run<T>(key: string, work: () => Promise<T>): Promise<T> {
    const previous = this.tails[key];
    // Nothing queued for the key (nearly always): the work starts now instead of a microtask later.
    const result = previous ? previous.then(work, work) : start(work);
    // Settles once the work did, forgetting the key unless more work queued behind it (so the table does
    // not grow forever). Two promises per run: this path runs for every store write.
    const release = (): void => {
      if (this.tails[key] !== tail) return;
      delete this.tails[key];
      this.count--;
    };
    const tail: Promise<void> = result.then(release, release);
    if (!previous) this.count++;
    this.tails[key] = tail;
    return result;
  }

  /** Whether work for the key is queued or running. */
  has(key: string): boolean {
    return key in this.tails;
  }

  /** Keys with work queued or running. */
  get size(): number {
    return this.count;
  }

  /** Resolves when everything queued so far has finished. */
  async idle(): Promise<void> {
    while (this.count) await Promise.all(Object.values(this.tails));
  }
}

/** Runs `work` now; a synchronous throw becomes a rejection, as it would inside `then`. */
function start<T>(work: () => Promise<T>): Promise<T> {
  try {
    return Promise.resolve(work());
  } catch (error) {
    return Promise.reject(error);
  }
}
