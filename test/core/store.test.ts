import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { DurableQueue } from '../../core/store/durable-queue.js';
import type { KeyvStore } from '../../core/store/keyv-store.js';
import { SqliteConnection } from '../../core/store/sqlite-connection.js';
import { ExpiredRowSweeper } from '../../core/store/sqlite-expiry.js';
import { memoryStore, openStore } from '../../core/store/open-store.js';
import type { Store } from '../../core/store/store.js';
import { embeddedBackends } from '../fakes/store-backends.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

const backends = embeddedBackends('xiaoer-store-');
// Redis runs where one is available (CI starts redis-server and sets REDIS_TEST_URL).
if (process.env.REDIS_TEST_URL) {
  backends.push([
    'redis',
    async () => {
      const { RedisStore } = await import('../../core/store/redis-store.js');
      return RedisStore.open(process.env.REDIS_TEST_URL!, `test-${process.pid}-${Math.random().toString(36).slice(2)}`);
    },
  ]);
}

describe.each(backends)('%s store', (_name, open) => {
  it('gets, sets, expires and deletes', async () => {
    const store = await open();
    await store.set('a', { n: 1 });
    expect(await store.get('a')).toEqual({ n: 1 });
    expect(await store.getMany(['a', 'missing'])).toEqual([{ n: 1 }, undefined]);
    await store.set('short', 1, 30);
    await new Promise((r) => setTimeout(r, 80));
    expect(await store.get('short')).toBeUndefined();
    expect(await store.delete('a')).toBe(true);
    expect(await store.get('a')).toBeUndefined();
    await store.close();
  });

  it('sets if absent exactly once under contention', async () => {
    const store = await open();
    const results = await Promise.all(Array.from({ length: 50 }, () => store.setIfAbsent('once', 1, 10_000)));
    expect(results.filter(Boolean)).toHaveLength(1);
    await store.close();
  });

  it('increments atomically', async () => {
    const store = await open();
    await Promise.all(Array.from({ length: 50 }, () => store.increment('counter')));
    expect(await store.increment('counter', 0)).toBe(50);
    await store.close();
  });

  it('keeps a counter with a lifetime for that long from its first increment, then starts it again', async () => {
    const store = await open();
    expect(await store.increment('window', 1, 150)).toBe(1);
    await new Promise((r) => setTimeout(r, 60));
    // A later increment leaves the end where the first one put it (a fixed window, not a sliding one).
    expect(await store.increment('window', 2, 150)).toBe(3);
    await new Promise((r) => setTimeout(r, 140));
    expect(await store.increment('window', 1, 150)).toBe(1);
    // Without a lifetime a counter stays.
    await store.increment('forever', 5);
    await new Promise((r) => setTimeout(r, 20));
    expect(await store.increment('forever', 0)).toBe(5);
    await store.close();
  });

  it('appends to and reads a log in order', async () => {
    const store = await open();
    const seqs = await Promise.all(Array.from({ length: 20 }, (_, i) => store.append('log', { i })));
    expect(new Set(seqs).size).toBe(20);
    expect(await store.length('log')).toBe(20);
    const entries = await store.read<{ i: number }>('log');
    expect(entries).toHaveLength(20);
    expect((await store.read<{ i: number }>('log', 5, 8)).length).toBe(3);
    await store.close();
  });

  it('updates a key atomically', async () => {
    const store = await open();
    await Promise.all(Array.from({ length: 30 }, () => store.update<number[]>('list', (l) => [...(l ?? []), 1])));
    expect((await store.get<number[]>('list'))?.length).toBe(30);
    await store.update('list', () => undefined);
    expect(await store.get('list')).toBeUndefined();
    await store.close();
  });

  it('appends once with a key named after the entry, set in the same step', async () => {
    const store = await open();
    await store.append('log', 'before');
    const seq = await store.appendOnce('log', 'x', 'k1', 60_000, { prefix: 'claim:', value: 'me', ttlMs: 60_000 });
    expect(seq).toBe(1);
    expect(await store.get('claim:1')).toBe('me');
    expect(await store.appendOnce('log', 'y', 'k1', 60_000, { prefix: 'claim:', value: 'other' })).toBeUndefined();
    expect(await store.get('claim:2')).toBeUndefined();
    expect(await store.read('log')).toEqual(['before', 'x']);
    await store.close();
  });

  it('keeps a set: each member once, removed on request, its own members only', async () => {
    const store = await open();
    await Promise.all(['a', 'b', 'c', 'a', 'd:e'].map((m) => store.addToSet('s', m)));
    await store.addToSet('s:x', 'z'); // a set whose name starts like the other's
    expect((await store.members('s')).sort()).toEqual(['a', 'b', 'c', 'd:e']);
    expect(await store.removeFromSet('s', 'b')).toBe(true);
    expect(await store.removeFromSet('s', 'b')).toBe(false);
    expect((await store.members('s')).sort()).toEqual(['a', 'c', 'd:e']);
    expect(await store.members('s:x')).toEqual(['z']);
    expect(await store.members('none')).toEqual([]);
    // Asked before the list: in it, though not awaited.
    void store.addToSet('s', 'f');
    void store.removeFromSet('s', 'a');
    expect((await store.members('s')).sort()).toEqual(['c', 'd:e', 'f']);
    await store.close();
  });

  it('lists the keys of values by prefix, page by page, even while what it found is deleted', async () => {
    const store = await open();
    await Promise.all(Array.from({ length: 1200 }, (_, i) => store.set(`conv:wechat:u${i}`, { i })));
    await store.set('conv', 'not under the prefix');
    await store.set('customer:wechat:u1', {});
    await store.append('conv:log', 'a log is not a value');
    await store.addToSet('conv:set', 'nor is a set');
    const seen = new Set<string>();
    let pages = 0;
    for await (const page of store.keys('conv:')) {
      pages++;
      for (const key of page) {
        seen.add(key);
        await store.delete(key); // retention deletes as it walks
      }
    }
    expect(pages).toBeGreaterThan(1);
    expect(seen.size).toBe(1200);
    expect([...seen].every((key) => /^conv:wechat:u\d+$/u.test(key))).toBe(true);
    const left: string[] = [];
    for await (const page of store.keys('conv:')) left.push(...page);
    expect(left).toEqual([]);
    expect(await store.get('conv')).toBe('not under the prefix');
    expect(await store.read('conv:log')).toEqual(['a log is not a value']);
    expect(await store.members('conv:set')).toEqual(['nor is a set']);
    // Glob characters in a prefix are plain characters (Redis' MATCH).
    await store.set('odd:*x', 1);
    await store.set('odd:yx', 1);
    const odd: string[] = [];
    for await (const page of store.keys('odd:*')) odd.push(...page);
    expect(odd).toEqual(['odd:*x']);
    await store.close();
  });

  it('drops a whole log, and only that log', async () => {
    const store = await open();
    for (let i = 0; i < 12_000; i += 1000) await Promise.all(Array.from({ length: 1000 }, (_, j) => store.append('turns:2025-01-01', { n: i + j })));
    await store.append('turns:2025-01-01:x', 'a log whose name starts the same');
    await store.append('turns:2025-01-02', 'the next day');
    expect(await store.length('turns:2025-01-01')).toBe(12_000);
    await store.dropLog('turns:2025-01-01');
    expect(await store.length('turns:2025-01-01')).toBe(0);
    expect(await store.read('turns:2025-01-01')).toEqual([]);
    expect(await store.read('turns:2025-01-01:x')).toEqual(['a log whose name starts the same']);
    expect(await store.read('turns:2025-01-02')).toEqual(['the next day']);
    await store.dropLog('turns:2025-01-01'); // twice: nothing left to do
    // A dropped log starts again from 0 if written to.
    expect(await store.append('turns:2025-01-01', 'again')).toBe(0);
    await store.close();
  });

  it('keeps pending work of a durable queue until it is done', async () => {
    const store = await open();
    const q = new DurableQueue<string>(store, 'q');
    for (const item of ['a', 'b', 'c']) await q.push(item);
    expect(await q.done(0)).toBe(true);
    expect(await q.done(0)).toBe(false); // a second worker does not get it again
    expect((await q.pending()).map((p) => p.item)).toEqual(['b', 'c']);
    await q.done(2);
    expect((await q.pending()).map((p) => p.item)).toEqual(['b']);
    await store.close();
  });
});

describe('durable queue', () => {
  it('does not read again the done marks this process wrote (the outbox drain), yet finds what others queued', async () => {
    const store = memoryStore();
    const q = new DurableQueue<string>(store, 'q', { rememberDone: true });
    for (let i = 0; i < 5; i++) await q.push(`mine ${i}`);
    for (let i = 0; i < 5; i++) await q.done(i);
    await new DurableQueue<string>(store, 'q').push('from another process');
    const asked: string[] = [];
    const getMany = store.getMany.bind(store);
    store.getMany = <T,>(keys: string[]) => {
      asked.push(...keys);
      return getMany<T>(keys);
    };
    expect(await q.pending()).toEqual([{ seq: 5, item: 'from another process' }]);
    expect(asked.filter((key) => key.includes(':done:'))).toEqual(['q:q:done:5']);
  });
});

describe('sqlite store', () => {
  it('keeps data across a reopen (a restart)', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'xiaoer-store-'));
    dirs.push(dir);
    const first = await openStore({ dataDir: dir });
    await first.set('k', 'v');
    await first.append('log', 1);
    await first.close();
    const second = await openStore({ dataDir: dir });
    expect(await second.get('k')).toBe('v');
    expect(await second.read('log')).toEqual([1]);
    await second.close();
  });

  it('deletes expired rows from the file, slice by slice, and nothing that still lives', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'xiaoer-store-'));
    dirs.push(dir);
    const store = (await openStore({ dataDir: dir })) as KeyvStore;
    // 12,000 rows, several slices: every third expires soon, the rest lives on.
    const writes: Promise<unknown>[] = [];
    for (let i = 0; i < 4000; i++) {
      writes.push(store.set(`soon:${i}`, i, 50), store.set(`later:${i}`, i, 3600_000), store.set(`kept:${i}`, i));
    }
    writes.push(store.appendOnce('inbox', 'hello', 'seen:1', 50), store.increment('rate:minute', 1, 50), store.increment('total', 1));
    await Promise.all(writes);
    await new Promise((r) => setTimeout(r, 80));
    expect(await store.sweepExpired()).toBe(4002); // the soon rows, the dedupe key, the counter
    expect(await store.sweepExpired()).toBe(0);
    expect(await rowCount(path.join(dir, 'xiaoer.sqlite'))).toBe(8000 + 3); // later, kept, the log's entry and length, total
    expect(await store.get('later:3999')).toBe(3999);
    expect(await store.get('kept:0')).toBe(0);
    expect(await store.read('inbox')).toEqual(['hello']);
    expect(await store.increment('total', 0)).toBe(1);
    // The dedupe key is free again, as it was before the sweep.
    expect(await store.appendOnce('inbox', 'hello again', 'seen:1', 50)).toBe(1);
    await store.close();
  });

  it('sweeps in the background once asked to, and stops with the store', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'xiaoer-store-'));
    dirs.push(dir);
    const file = path.join(dir, 'xiaoer.sqlite');
    const store = await openStore({ dataDir: dir });
    await Promise.all(Array.from({ length: 10 }, (_, i) => store.set(`soon:${i}`, i, 1)));
    const connection = await SqliteConnection.open(file);
    const sweeper = new ExpiredRowSweeper(connection, 'keyv');
    const passes: { deleted?: number; error?: unknown }[] = [];
    sweeper.start(20, 20, (outcome) => passes.push(outcome));
    await vi.waitFor(() => expect(passes.length).toBeGreaterThanOrEqual(2));
    await sweeper.stop();
    const seen = passes.length;
    expect(passes[0]).toEqual({ deleted: 10 });
    expect(passes[1]).toEqual({ deleted: 0 });
    await new Promise((r) => setTimeout(r, 60));
    expect(passes).toHaveLength(seen);
    await connection.close();
    await store.close();
  });
});

/** Rows in the store's table, read by a connection of its own. */
async function rowCount(file: string): Promise<number> {
  const connection = await SqliteConnection.open(file);
  const [row] = await connection.query('SELECT count(*) AS key, NULL AS value FROM keyv');
  await connection.close();
  return Number(row!.key);
}
