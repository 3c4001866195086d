// The one persistence interface of the engine. Keys are plain strings ("conv:wechat:wxid_1"); values are
// JSON. Atomic operations are explicit because keyv has none: dedupe, locks, counters and logs need them.

export interface Store {
  get<T>(key: string): Promise<T | undefined>;
  getMany<T>(keys: string[]): Promise<(T | undefined)[]>;
  set<T>(key: string, value: T, ttlMs?: number): Promise<void>;
  delete(key: string): Promise<boolean>;
  /** Sets only when the key is absent (or expired); true when this call set it. Dedupe and locks. */
  setIfAbsent<T>(key: string, value: T, ttlMs?: number): Promise<boolean>;
  /**
   * Atomically adds `by` to a counter and returns the new value. With `ttlMs` the counter lives that long
   * from its first increment (a window's count: messages this minute), then starts again from zero; an
   * increment while it lives leaves its end where it was.
   */
  increment(key: string, by?: number, ttlMs?: number): Promise<number>;
  /** Appends to an append-only log; returns the entry's sequence number (0-based). */
  append<T>(log: string, entry: T): Promise<number>;
  /**
   * Appends unless `key` is already set (and not expired), and sets it, as one atomic step: the entry's
   * seq, or undefined when the key was there. Dedupe and enqueue with no moment between them where a
   * crash loses the entry or lets it in twice (the inbox, the outbox's replies).
   */
  appendOnce<T>(log: string, entry: T, key: string, ttlMs?: number, also?: AlsoSet): Promise<number | undefined>;
  /** Entries [from, to) of a log, in order; `to` defaults to the end. */
  read<T>(log: string, from?: number, to?: number): Promise<T[]>;
  /** How many entries a log holds. */
  length(log: string): Promise<number>;
  /** Adds a string to a set. Costs the same however large the set is (unlike a list kept in one value). */
  addToSet(set: string, member: string): Promise<void>;
  /** Removes a string from a set; true when it was there. */
  removeFromSet(set: string, member: string): Promise<boolean>;
  /** A set's members, in no particular order. */
  members(set: string): Promise<string[]>;
  /**
   * Deletes a whole log, entries and length, for good (data retention). The length goes last: a crash
   * midway leaves a shorter log that reads without errors, and a second call finishes it.
   */
  dropLog(log: string): Promise<void>;
  /**
   * The keys of values (`set`, `setIfAbsent`, `update`) that start with `prefix`, a page at a time, in no
   * promised order; never logs or sets (counters: not promised, Redis keeps them apart). A walk over the whole store for housekeeping (data
   * retention), not for turns: as with Redis' SCAN, a key added or deleted during the walk may or may not
   * be listed, and a key may be listed twice, so callers re-check what they read.
   */
  keys(prefix: string): AsyncIterable<string[]>;
  /** Read-modify-write of one key, atomic with respect to other `update`s of the same key. */
  update<T>(key: string, change: (current: T | undefined) => T | undefined, ttlMs?: number): Promise<T | undefined>;
  close(): Promise<void>;
  /** "memory", "sqlite" or "redis": for logs and the bench. */
  readonly kind: string;
}

/**
 * A key `prefix + seq` set to `value` in the same atomic step as an append-once: the outbox claims the
 * reply it is about to send as it queues it, so no other sender can see it unclaimed and no extra
 * round trip is spent on the claim.
 */
export interface AlsoSet {
  prefix: string;
  value: unknown;
  ttlMs?: number;
}
