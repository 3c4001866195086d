// The scaled-out store: several processes share one Redis. Plain values go through keyv's Redis adapter;
// the atomic operations use Redis' own commands (SET NX PX, INCRBY, RPUSH), which is what makes dedupe,
// locks and logs safe across processes.
import KeyvRedis, { createClient } from '@keyv/redis';
import Keyv from 'keyv';
import { setTimeout as sleep } from 'node:timers/promises';
import { KeyedMutex } from './keyed-mutex.js';
import type { Store } from './store.js';

function connectRedis(url: string) {
  const client = createClient({ url, socket: { reconnectStrategy: (retries) => Math.min(retries * 100, 2000) } });
  client.on('error', () => {
    // Reconnection is automatic; commands issued meanwhile fail and their callers handle it.
  });
  return client;
}
type RedisClient = ReturnType<typeof connectRedis>;

export class RedisStore implements Store {
  readonly kind = 'redis';
  private readonly mutex = new KeyedMutex();

  private constructor(
    private readonly keyv: Keyv,
    private readonly client: RedisClient,
    private readonly prefix: string,
  ) {}

  static async open(url: string, namespace = 'xiaoer'): Promise<RedisStore> {
    const client = connectRedis(url);
    await client.connect();
    const adapter = new KeyvRedis(client as never, { namespace, keyPrefixSeparator: ':', throwOnErrors: true });
    const keyv = new Keyv({ store: adapter, namespace, useKeyPrefix: false, throwOnErrors: true });
    return new RedisStore(keyv, client, `${namespace}:`);
  }

  private raw(key: string): string {
    return `${this.prefix}${key}`;
  }

  async get<T>(key: string): Promise<T | undefined> {
    return (await this.keyv.get(key)) as T | undefined;
  }

  async getMany<T>(keys: string[]): Promise<(T | undefined)[]> {
    if (!keys.length) return [];
    return (await this.keyv.getMany(keys)) as (T | undefined)[];
  }

  async set<T>(key: string, value: T, ttlMs?: number): Promise<void> {
    await this.keyv.set(key, value, ttlMs);
  }

  async delete(key: string): Promise<boolean> {
    return this.keyv.delete(key);
  }

  async setIfAbsent<T>(key: string, value: T, ttlMs?: number): Promise<boolean> {
    const raw = JSON.stringify({ value, expires: ttlMs ? Date.now() + ttlMs : undefined });
    const ok = await this.client.set(this.raw(key), raw, ttlMs ? { condition: 'NX', expiration: { type: 'PX', value: ttlMs } } : { condition: 'NX' });
    return ok === 'OK';
  }

  async increment(key: string, by = 1): Promise<number> {
    return Number(await this.client.incrBy(this.raw(`n:${key}`), by));
  }

  async append<T>(log: string, entry: T): Promise<number> {
    return Number(await this.client.rPush(this.raw(`log:${log}`), JSON.stringify(entry))) - 1;
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

  /** Read-modify-write under a short Redis lock, so two processes never interleave on one key. */
  update<T>(key: string, change: (current: T | undefined) => T | undefined, ttlMs?: number): Promise<T | undefined> {
    return this.mutex.run(key, async () => {
      const lock = this.raw(`lock:${key}`);
      const token = `${process.pid}:${Math.random()}`;
      for (let attempt = 0; ; attempt++) {
        const ok = await this.client.set(lock, token, { condition: 'NX', expiration: { type: 'PX', value: 5000 } });
        if (ok === 'OK') break;
        if (attempt > 500) throw new Error(`store: could not lock ${key}`);
        await sleep(5 + Math.random() * 10);
      }
      try {
        const next = change((await this.keyv.get(key)) as T | undefined);
        if (next === undefined) await this.keyv.delete(key);
        else await this.keyv.set(key, next, ttlMs);
        return next;
      } finally {
        if ((await this.client.get(lock)) === token) await this.client.del(lock);
      }
    });
  }

  async close(): Promise<void> {
    await this.mutex.idle();
    await this.client.quit().catch(() => undefined);
  }
}
