// The scaled-out store: several processes share one Redis. Values are rows in keyv's format (what keyv's
// Redis adapter writes and reads: `<namespace>:<key>` → `{"value", "expires"}`, with PX for a TTL), read
// and written with plain GET/SET (keyv-format.ts: keyv's serialiser cost more than the rest of the store);
// the atomic operations use Redis' own commands (SET NX PX, INCRBY, RPUSH), which is what makes dedupe,
// locks and logs safe across processes.
import { createClient } from '@keyv/redis';
import { createHash } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { KeyedMutex } from './keyed-mutex.js';
import { encodeRow, unwrap } from './keyv-format.js';
import type { AlsoSet, Store } from './store.js';

function connectRedis(url: string) {
  const client = createClient({ url, socket: { reconnectStrategy: (retries) => Math.min(retries * 100, 2000) } });
  client.on('error', () => {
    // Reconnection is automatic; commands issued meanwhile fail and their callers handle it.
  });
  return client;
}
type RedisClient = ReturnType<typeof connectRedis>;

/** How long an update may hold its key's lock before another process may take it. */
const LOCK_TTL_MS = 5000;

/** KEYS: value, lock; ARGV: row ('' deletes), ttl ms ('' none), token. Writes only while the lock is ours. */
const WRITE_AND_RELEASE = `
if redis.call('GET', KEYS[2]) ~= ARGV[3] then return 0 end
if ARGV[1] == '' then redis.call('DEL', KEYS[1])
elseif ARGV[2] ~= '' then redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
else redis.call('SET', KEYS[1], ARGV[1]) end
redis.call('DEL', KEYS[2])
return 1`;

/**
 * KEYS: dedupe key, log; ARGV: key's row, ttl ms ('' none), entry, and optionally (AlsoSet) a key prefix,
 * its row and ttl ms ('' none), written as prefix..seq. The log's new length, or 0 if the key was set.
 */
const APPEND_ONCE = `
local set
if ARGV[2] ~= '' then set = redis.call('SET', KEYS[1], ARGV[1], 'NX', 'PX', ARGV[2]) else set = redis.call('SET', KEYS[1], ARGV[1], 'NX') end
if not set then return 0 end
local length = redis.call('RPUSH', KEYS[2], ARGV[3])
if ARGV[4] then
  if ARGV[6] ~= '' then redis.call('SET', ARGV[4] .. (length - 1), ARGV[5], 'PX', ARGV[6]) else redis.call('SET', ARGV[4] .. (length - 1), ARGV[5]) end
end
return length`;

const shas = new Map<string, string>();
const shaOf = (body: string): string => {
  let sha = shas.get(body);
  if (!sha) shas.set(body, (sha = createHash('sha1').update(body).digest('hex')));
  return sha;
};

/** KEYS: lock; ARGV: token. Releases the lock only if it is still ours. */
const RELEASE = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end return 0`;

export class RedisStore implements Store {
  readonly kind = 'redis';
  private readonly mutex = new KeyedMutex();

  private constructor(
    private readonly client: RedisClient,
    private readonly prefix: string,
  ) {}

  static async open(url: string, namespace = 'xiaoer'): Promise<RedisStore> {
    const client = connectRedis(url);
    await client.connect();
    return new RedisStore(client, `${namespace}:`);
  }

  private raw(key: string): string {
    return `${this.prefix}${key}`;
  }

  async get<T>(key: string): Promise<T | undefined> {
    return unwrap<T>(await this.client.get(this.raw(key)));
  }

  async getMany<T>(keys: string[]): Promise<(T | undefined)[]> {
    if (!keys.length) return [];
    const rows = await this.client.mGet(keys.map((k) => this.raw(k)));
    return rows.map((row) => unwrap<T>(row));
  }

  async set<T>(key: string, value: T, ttlMs?: number): Promise<void> {
    const row = encodeRow(value, ttlMs);
    await (ttlMs ? this.client.set(this.raw(key), row, { expiration: { type: 'PX', value: ttlMs } }) : this.client.set(this.raw(key), row));
  }

  async delete(key: string): Promise<boolean> {
    return (await this.client.del(this.raw(key))) > 0;
  }

  async setIfAbsent<T>(key: string, value: T, ttlMs?: number): Promise<boolean> {
    const ok = await this.client.set(this.raw(key), encodeRow(value, ttlMs), ttlMs ? { condition: 'NX', expiration: { type: 'PX', value: ttlMs } } : { condition: 'NX' });
    return ok === 'OK';
  }

  async increment(key: string, by = 1, ttlMs?: number): Promise<number> {
    const counter = this.raw(`n:${key}`);
    if (!ttlMs) return Number(await this.client.incrBy(counter, by));
    // The counter is created with its expiry (SET NX PX), then added to, in one MULTI: a later increment
    // leaves the expiry alone, and no moment exists where the counter lives without one.
    const [, value] = (await this.client
      .multi()
      .set(counter, '0', { condition: 'NX', expiration: { type: 'PX', value: ttlMs } })
      .incrBy(counter, by)
      .exec()) as unknown as [unknown, number];
    return Number(value);
  }

  async append<T>(log: string, entry: T): Promise<number> {
    return Number(await this.client.rPush(this.raw(`log:${log}`), JSON.stringify(entry))) - 1;
  }

  async appendOnce<T>(log: string, entry: T, key: string, ttlMs?: number, also?: AlsoSet): Promise<number | undefined> {
    const args = [encodeRow(1, ttlMs), ttlMs ? String(ttlMs) : '', JSON.stringify(entry)];
    if (also) args.push(this.raw(also.prefix), encodeRow(also.value, also.ttlMs), also.ttlMs ? String(also.ttlMs) : '');
    const length = await this.script(APPEND_ONCE, [this.raw(key), this.raw(`log:${log}`)], args);
    return Number(length) > 0 ? Number(length) - 1 : undefined;
  }

  async read<T>(log: string, from = 0, to?: number): Promise<T[]> {
    const stop = to === undefined ? -1 : to - 1;
    if (to !== undefined && to <= from) return [];
    const rows = await this.client.lRange(this.raw(`log:${log}`), Math.max(0, from), stop);
    return rows.map((r) => JSON.parse(String(r)) as T);
  }

  async length(log: string): Promise<number> {
    return Number(await this.client.lLen(this.raw(`log:${log}`)));
  }

  /**
   * Runs a Lua script by its SHA1 (EVALSHA), sending its text (EVAL) only when Redis does not have it yet
   * (first use, or after a restart or SCRIPT FLUSH): the scripts run on every message, and their text is
   * most of what those commands would carry.
   */
  private async script(body: string, keys: string[], args: string[]): Promise<unknown> {
    const sha = shaOf(body);
    try {
      return await this.client.evalSha(sha, { keys, arguments: args });
    } catch (error) {
      if (!String((error as Error)?.message).startsWith('NOSCRIPT')) throw error;
      return this.client.eval(body, { keys, arguments: args });
    }
  }

  async addToSet(set: string, member: string): Promise<void> {
    await this.client.sAdd(this.raw(`set:${set}`), member);
  }

  async removeFromSet(set: string, member: string): Promise<boolean> {
    return Number(await this.client.sRem(this.raw(`set:${set}`), member)) > 0;
  }

  async members(set: string): Promise<string[]> {
    return (await this.client.sMembers(this.raw(`set:${set}`))).map(String);
  }

  async dropLog(log: string): Promise<void> {
    // UNLINK is DEL that frees a long list's memory in the background instead of blocking Redis meanwhile.
    await this.client.unlink(this.raw(`log:${log}`));
  }

  async *keys(prefix: string): AsyncIterable<string[]> {
    // SCAN, never KEYS: each call walks a slice of the keyspace, so Redis keeps serving the bots meanwhile.
    const match = `${this.raw(prefix).replace(/[*?[\]\\]/gu, '\\$&')}*`;
    let cursor = '0';
    do {
      const reply = await this.client.scan(cursor, { MATCH: match, COUNT: 1000 });
      cursor = String(reply.cursor);
      if (reply.keys.length) yield reply.keys.map((key) => String(key).slice(this.prefix.length));
    } while (cursor !== '0');
  }

  /**
   * Read-modify-write under a short Redis lock, so two processes never interleave on one key. Two round
   * trips when uncontended: the lock and the value in one MULTI, then (one script) the new value written
   * and the lock released, only while the lock is still ours: a writer whose lock expired (it stalled
   * for seconds) fails instead of overwriting a newer value.
   */
  update<T>(key: string, change: (current: T | undefined) => T | undefined, ttlMs?: number): Promise<T | undefined> {
    return this.mutex.run(key, async () => {
      const lock = this.raw(`lock:${key}`);
      const token = `${process.pid}:${Math.random()}`;
      let current: string | null = null;
      for (let attempt = 0; ; attempt++) {
        const [locked, value] = (await this.client
          .multi()
          .set(lock, token, { condition: 'NX', expiration: { type: 'PX', value: LOCK_TTL_MS } })
          .get(this.raw(key))
          .exec()) as unknown as [string | null, string | null];
        if (locked === 'OK') {
          current = value;
          break;
        }
        if (attempt > 500) throw new Error(`store: could not lock ${key}`);
        await sleep(5 + Math.random() * 10);
      }
      let next: T | undefined;
      try {
        next = change(unwrap<T>(current));
      } catch (error) {
        await this.script(RELEASE, [lock], [token]).catch(() => undefined);
        throw error;
      }
      const row = next === undefined ? '' : encodeRow(next, ttlMs);
      const done = await this.script(WRITE_AND_RELEASE, [this.raw(key), lock], [row, ttlMs ? String(ttlMs) : '', token]);
      if (Number(done) !== 1) throw new Error(`store: lost the lock of ${key} (the update took over ${LOCK_TTL_MS} ms); not written`);
      return next;
    });
  }

  async close(): Promise<void> {
    await this.mutex.idle();
    await this.client.quit().catch(() => undefined);
  }
}
