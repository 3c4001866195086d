import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DurableQueue } from '../../core/store/durable-queue.js';
import { memoryStore, openStore } from '../../core/store/open-store.js';
import type { Store } from '../../core/store/store.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

const backends: [string, () => Promise<Store>][] = [
  ['memory', async () => memoryStore()],
  [
    'sqlite',
    async () => {
      const dir = mkdtempSync(path.join(tmpdir(), 'xiaoer-store-'));
      dirs.push(dir);
      return openStore({ dataDir: dir });
    },
  ],
];
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
});
