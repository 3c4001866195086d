// Reports read whole days of turns through Store.read; on SQLite that path bypasses keyv's getMany
// (quadratic) and its reviver (slow). It must still give back exactly what was appended: order, ranges,
// strings keyv escapes (a leading ":"), buffers, entries that expired.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '../../core/store/open-store.js';

const dir = mkdtempSync(path.join(tmpdir(), 'xiaoer-log-read-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('reading logs from SQLite', () => {
  it('returns appended entries in order, by range, exactly as written', async () => {
    const store = await openStore({ dataDir: dir });
    const entries = Array.from({ length: 4500 }, (_, i) => ({ i, text: i % 3 === 0 ? `:) 第${i}条` : `消息${i}`, at: 1000 + i }));
    entries[7] = { i: 7, text: '::base64:not a buffer', at: 1007 };
    for (const e of entries) await store.append('turns:test', e);
    await store.append('turns:test', { i: 4500, text: 'bytes', at: 0, data: Buffer.from('hello') });
    expect(await store.length('turns:test')).toBe(4501);
    const all = await store.read<{ i: number; text: string; data?: Buffer }>('turns:test');
    expect(all.map((e) => e.i)).toEqual(Array.from({ length: 4501 }, (_, i) => i));
    expect(all.slice(0, 4500)).toEqual(entries);
    expect(Buffer.from(all[4500]!.data!).toString()).toBe('hello');
    expect((await store.read<{ i: number }>('turns:test', 1999, 2003)).map((e) => e.i)).toEqual([1999, 2000, 2001, 2002]);
    expect(await store.read('turns:test', 4600)).toEqual([]);
    expect(await store.read('no-such-log')).toEqual([]);
    await store.close();
  }, 60_000);
});
