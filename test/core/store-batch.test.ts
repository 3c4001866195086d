// The embedded store's batched SQLite path (core/store/sqlite-batch.ts) and the Redis store's direct
// rows: the same answers as one statement per operation, atomic operations atomic also between two
// connections to one file (two processes), rows keyv can still read, and a failed statement failing only
// its own operations.
import Keyv from 'keyv';
import KeyvSqlite from '@keyv/sqlite';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DurableQueue } from '../../core/store/durable-queue.js';
import { decode, encode } from '../../core/store/keyv-format.js';
import { openStore } from '../../core/store/open-store.js';
import { SqliteBatch, type SqliteQuery } from '../../core/store/sqlite-batch.js';
import type { Store } from '../../core/store/store.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
const tempDir = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'xiaoer-batch-'));
  dirs.push(dir);
  return dir;
};

/** Two stores on one SQLite file: what two processes sharing DATA_DIR see. */
async function twoOnOneFile(): Promise<[Store, Store]> {
  const dir = tempDir();
  return [await openStore({ dataDir: dir }), await openStore({ dataDir: dir })];
}

const ODD = { text: ':starts with a colon', nested: [':x', { y: '::z' }], plain: '中文 "quoted" \\ back', n: 1.5, none: null };

describe('sqlite store, batched', () => {
  it('sees its own writes at once, and deletes say whether something was there', async () => {
    const store = await openStore({ dataDir: tempDir() });
    await store.set('a', { n: 1 });
    expect(await store.get('a')).toEqual({ n: 1 });
    const [gone, again] = await Promise.all([store.delete('a'), store.delete('a')]);
    expect([gone, again]).toEqual([true, false]);
    expect(await store.delete('never')).toBe(false);
    await store.set('b', 1);
    expect(await Promise.all([store.delete('b'), store.set('b', 2).then(() => store.get('b'))])).toEqual([true, 2]);
    await store.close();
  });

  it('gives one winner to set-if-absent across two connections, and a new one once it expired', async () => {
    const [a, b] = await twoOnOneFile();
    const results = await Promise.all(Array.from({ length: 40 }, (_, i) => (i % 2 ? a : b).setIfAbsent('claim', i, 150)));
    expect(results.filter(Boolean)).toHaveLength(1);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await a.setIfAbsent('claim', 'late', 10_000)).toBe(true);
    expect(await b.get('claim')).toBe('late');
    expect(await b.setIfAbsent('claim', 'later')).toBe(false);
    await a.close();
    await b.close();
  });

  it('adds every increment once across two connections, each caller seeing its own total', async () => {
    const [a, b] = await twoOnOneFile();
    const seen = await Promise.all(Array.from({ length: 60 }, (_, i) => (i % 2 ? a : b).increment('n', i % 3 === 0 ? 2 : 1)));
    const total = Array.from({ length: 60 }, (_, i) => (i % 3 === 0 ? 2 : 1)).reduce((x, y) => x + y, 0);
    expect(await a.increment('n', 0)).toBe(total);
    expect(new Set(seen).size).toBe(60); // no two callers got the same running total
    expect(Math.max(...seen)).toBe(total);
    await a.close();
    await b.close();
  });

  it('numbers appends to several logs from two connections without gaps or repeats', async () => {
    const [a, b] = await twoOnOneFile();
    const seqs = await Promise.all(Array.from({ length: 90 }, (_, i) => (i % 2 ? a : b).append(`log${i % 3}`, { i })));
    for (const log of ['log0', 'log1', 'log2']) {
      expect(await a.length(log)).toBe(30);
      const entries = await b.read<{ i: number }>(log);
      expect(entries.map((e) => e.i % 3)).toEqual(Array(30).fill(Number(log.slice(3))));
      expect(new Set(entries.map((e) => e.i)).size).toBe(30);
    }
    // Within one log, appends of one round keep their order.
    expect(new Set(seqs.filter((_, i) => i % 3 === 0)).size).toBe(30);
    const ordered = await Promise.all(['x', 'y', 'z'].map((v) => a.append('ordered', v)));
    expect(ordered).toEqual([0, 1, 2]);
    expect(await a.read('ordered')).toEqual(['x', 'y', 'z']);
    await a.close();
    await b.close();
  });

  it('appends once per key, atomically, across two connections; an expired key frees it again', async () => {
    const [a, b] = await twoOnOneFile();
    const results = await Promise.all(Array.from({ length: 30 }, (_, i) => (i % 2 ? a : b).appendOnce(`log${i % 2}`, { i }, `once:${i % 10}`, i % 10 === 9 ? 100 : undefined)));
    expect(results.filter((r) => r !== undefined)).toHaveLength(10); // one per key
    for (const log of ['log0', 'log1']) {
      const seqs = results.filter((r, i) => r !== undefined && i % 2 === Number(log.slice(3))).sort();
      expect(seqs).toEqual(Array.from({ length: seqs.length }, (_, i) => i)); // numbered without gaps
      expect(await a.length(log)).toBe(seqs.length);
    }
    expect(await a.appendOnce('log0', 'again', 'once:0')).toBeUndefined();
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(await b.appendOnce('log0', 'after expiry', 'once:9')).toBeGreaterThan(0);
    expect((await a.read<unknown>('log0')).at(-1)).toBe('after expiry');
    await a.close();
    await b.close();
  });

  it('finds pending items behind a long done prefix in one call (a restart after a busy day)', async () => {
    const store = await openStore({ dataDir: tempDir() });
    const q = new DurableQueue<number>(store, 'busy');
    // Delivered at once as they came: marked done, the queue never read.
    for (let i = 0; i < 5000; i += 500) {
      const seqs = await Promise.all(Array.from({ length: 500 }, (_, j) => q.push(i + j)));
      await Promise.all(seqs.map((seq) => q.done(seq)));
    }
    const waiting = await q.push(5000);
    expect(await q.pending()).toEqual([{ seq: waiting, item: 5000 }]);
    expect(await store.get('q:busy:cursor')).toBe(5000);
    await store.close();
  });

  it('keeps a durable queue exact under two workers', async () => {
    const [a, b] = await twoOnOneFile();
    const qa = new DurableQueue<number>(a, 'work');
    const qb = new DurableQueue<number>(b, 'work');
    await Promise.all(Array.from({ length: 20 }, (_, i) => (i % 2 ? qa : qb).push(i)));
    const claimed = await Promise.all(Array.from({ length: 20 }, (_, seq) => Promise.all([qa.done(seq), qb.done(seq)])));
    expect(claimed.every(([x, y]) => x !== y)).toBe(true); // each item done by exactly one worker
    expect(await qa.pending()).toEqual([]);
    await a.close();
    await b.close();
  });

  it('writes rows keyv reads, and reads rows keyv wrote, strings starting with ":" included', async () => {
    const dir = tempDir();
    const store = await openStore({ dataDir: dir });
    await store.set('odd', ODD);
    await store.append('log', ODD);
    await store.close();
    const keyv = new Keyv({ store: new KeyvSqlite({ uri: `sqlite://${path.join(dir, 'xiaoer.sqlite')}` }), namespace: 'xiaoer' });
    expect(await keyv.get('odd')).toEqual(ODD);
    expect(await keyv.get('log:log:0')).toEqual(ODD);
    await keyv.set('from-keyv', ODD, 60_000);
    await keyv.disconnect();
    const reopened = await openStore({ dataDir: dir });
    expect(await reopened.get('from-keyv')).toEqual(ODD);
    expect(await reopened.read('log')).toEqual([ODD]);
    await reopened.close();
  });

  it('splits a round larger than one statement takes, numbering logs across the parts', async () => {
    const store = await openStore({ dataDir: tempDir() });
    const n = 1300;
    const range = (k: number) => Array.from({ length: k }, (_, i) => i);
    await Promise.all(range(n).map((i) => store.set(`k${i}`, i)));
    expect(await store.getMany(range(n).map((i) => `k${i}`))).toEqual(range(n));
    const seqs = await Promise.all(range(n).map((i) => store.append(i % 3 ? 'a' : 'b', i)));
    expect(seqs.filter((_, i) => i % 3).sort((x, y) => x - y)).toEqual(range(866));
    expect(seqs.filter((_, i) => !(i % 3)).sort((x, y) => x - y)).toEqual(range(434));
    expect((await store.read<number>('a')).every((v, i, all) => i === 0 || v > all[i - 1]!)).toBe(true);
    const once = await Promise.all(range(n).map((i) => store.appendOnce('o', i, `once:${i % 700}`, 60_000, { prefix: 'c:', value: i })));
    const won = once.filter((s): s is number => s !== undefined).sort((x, y) => x - y);
    expect(won).toEqual(range(700));
    expect(await store.get('c:699')).toBeDefined();
    expect(await store.get('c:700')).toBeUndefined();
    await store.close();
  });

  it('lists a set from two connections, and its own writes not yet committed', async () => {
    const [a, b] = await twoOnOneFile();
    await Promise.all([a.addToSet('open', 't1'), b.addToSet('open', 't2'), a.addToSet('open', 't3')]);
    expect((await b.members('open')).sort()).toEqual(['t1', 't2', 't3']);
    const removed = b.removeFromSet('open', 't1');
    expect((await b.members('open')).sort()).toEqual(['t2', 't3']);
    expect(await removed).toBe(true);
    expect((await a.members('open')).sort()).toEqual(['t2', 't3']);
    await a.close();
    await b.close();
  });

  it('answers a read from a write still waiting for its round', async () => {
    const queries: string[] = [];
    const db: SqliteQuery = {
      async query(sql: string) {
        queries.push(sql.split(' ')[0]!);
        return [];
      },
    };
    const batch = new SqliteBatch(db, 'keyv');
    const written = batch.write('k', encode({ value: 'new' }));
    expect(decode((await batch.get('k'))!)).toEqual({ value: 'new' });
    await written;
    expect(queries).toEqual(['INSERT']); // the read never went to the database
  });

  it('fails exactly the operations of a statement that fails', async () => {
    const rows = new Map<string, string>();
    const db: SqliteQuery = {
      async query(sql: string, ...params: unknown[]) {
        if (sql.startsWith('SELECT')) return (params as string[]).flatMap((key) => (rows.has(key) ? [{ key, value: rows.get(key)! }] : []));
        if (sql.includes('json_object')) throw new Error('disk I/O error');
        if (sql.startsWith('INSERT')) {
          for (let i = 0; i < params.length; i += 2) rows.set(params[i] as string, params[i + 1] as string);
          return [];
        }
        return [];
      },
    };
    const batch = new SqliteBatch(db, 'keyv');
    const [set, incremented, appended] = await Promise.allSettled([batch.write('k', encode({ value: 1 })), batch.increment('c', 1), batch.append('l:n', 'l:', encode({ value: 1 }))]);
    expect(set.status).toBe('fulfilled');
    expect(incremented.status).toBe('rejected');
    expect(appended.status).toBe('rejected');
    expect(decode((await batch.get('k'))!)).toEqual({ value: 1 });
  });
});

describe('keyv rows', () => {
  it('encodes like keyv and decodes what keyv encodes', async () => {
    const { defaultSerialize, defaultDeserialize } = await import('@keyv/serialize');
    for (const value of [ODD, { value: 'plain', expires: 5 }, { value: [1, 'two', { three: 3 }] }, { value: new Date(0) }, { value: Buffer.from('hi') }]) {
      expect(encode(value)).toBe(defaultSerialize(value));
      expect(decode(defaultSerialize(value))).toEqual(defaultDeserialize(defaultSerialize(value)));
    }
  });
});

describe.runIf(process.env.REDIS_TEST_URL)('redis store across processes', () => {
  const ns = () => `test-${process.pid}-${Math.random().toString(36).slice(2)}`;
  const open = async (namespace: string) => {
    const { RedisStore } = await import('../../core/store/redis-store.js');
    return RedisStore.open(process.env.REDIS_TEST_URL!, namespace);
  };

  it('updates one key from two clients without losing a change', async () => {
    const namespace = ns();
    const [a, b] = [await open(namespace), await open(namespace)];
    await Promise.all(Array.from({ length: 40 }, (_, i) => (i % 2 ? a : b).update<number>('count', (n) => (n ?? 0) + 1)));
    expect(await a.get('count')).toBe(40);
    await a.update('count', () => undefined);
    expect(await b.get('count')).toBeUndefined();
    await a.close();
    await b.close();
  });

  it('appends once per key from two clients', async () => {
    const namespace = ns();
    const [a, b] = [await open(namespace), await open(namespace)];
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => (i % 2 ? a : b).appendOnce('log', i, `once:${i % 5}`, 60_000)));
    expect(results.filter((r) => r !== undefined).sort()).toEqual([0, 1, 2, 3, 4]);
    expect(await a.length('log')).toBe(5);
    await a.close();
    await b.close();
  });

  it('keeps rows keyv can read and values with a TTL expiring', async () => {
    const namespace = ns();
    const store = await open(namespace);
    await store.set('odd', ODD);
    await store.set('short', 1, 50);
    expect(await store.getMany(['odd', 'short', 'none'])).toEqual([ODD, 1, undefined]);
    await new Promise((resolve) => setTimeout(resolve, 120));
    expect(await store.get('short')).toBeUndefined();
    const { default: KeyvRedis } = await import('@keyv/redis');
    const keyv = new Keyv({ store: new KeyvRedis(process.env.REDIS_TEST_URL!, { namespace, keyPrefixSeparator: ':' }), namespace, useKeyPrefix: false });
    expect(await keyv.get('odd')).toEqual(ODD);
    await keyv.disconnect();
    await store.close();
  });
});

describe('memory store', () => {
  it('appends once per key', async () => {
    const { memoryStore } = await import('../../core/store/open-store.js');
    const store = memoryStore();
    const results = await Promise.all(Array.from({ length: 12 }, (_, i) => store.appendOnce('log', i, `k${i % 4}`)));
    expect(results.filter((r) => r !== undefined).sort()).toEqual([0, 1, 2, 3]);
    expect(await store.read('log')).toHaveLength(4);
  });
});
