// Runs async work one at a time per key, in arrival order, and many keys in parallel. Used for one turn
// at a time per conversation and for read-modify-write in the single-process store.

export class KeyedMutex {
  private readonly tails = new Map<string, Promise<unknown>>();

  run<T>(key: string, work: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key);
    // Nothing queued for the key (nearly always): the work starts now instead of a microtask later.
    const result = previous ? previous.then(work, work) : start(work);
    // Settles once the work did, forgetting the key unless more work queued behind it (so the map does
    // not grow forever). Two promises per run: this path runs for every store write.
    const release = (): void => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    };
    const tail: Promise<void> = result.then(release, release);
    this.tails.set(key, tail);
    return result;
  }

  /** Keys with work queued or running. */
  get size(): number {
    return this.tails.size;
  }

  /** Resolves when everything queued so far has finished. */
  async idle(): Promise<void> {
    while (this.tails.size) await Promise.all([...this.tails.values()]);
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
