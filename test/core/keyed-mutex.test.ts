import { describe, expect, it } from 'vitest';
import { KeyedMutex } from '../../core/store/keyed-mutex.js';

const deferred = () => {
  let resolve!: () => void;
  const promise = new Promise<void>((res) => (resolve = res));
  return { promise, resolve };
};

describe('KeyedMutex', () => {
  it('runs work one at a time per key, in arrival order, and other keys alongside', async () => {
    const mutex = new KeyedMutex();
    const order: string[] = [];
    const first = deferred();
    const a1 = mutex.run('a', async () => {
      order.push('a1 start');
      await first.promise;
      order.push('a1 end');
    });
    const a2 = mutex.run('a', async () => void order.push('a2'));
    const b = mutex.run('b', async () => void order.push('b'));
    await b;
    expect(order).toEqual(['a1 start', 'b']);
    first.resolve();
    await Promise.all([a1, a2]);
    expect(order).toEqual(['a1 start', 'b', 'a1 end', 'a2']);
  });

  it('goes on after a failure, and forgets a key once its work is done', async () => {
    const mutex = new KeyedMutex();
    const failed = mutex.run('a', async () => {
      throw new Error('boom');
    });
    const next = mutex.run('a', async () => 'next');
    expect(mutex.has('a')).toBe(true);
    expect(mutex.size).toBe(1);
    await expect(failed).rejects.toThrow('boom');
    expect(await next).toBe('next');
    await mutex.idle();
    expect(mutex.has('a')).toBe(false);
    expect(mutex.size).toBe(0);
    // Keys are any strings, Object.prototype's names included.
    await mutex.run('__proto__', async () => undefined);
    await mutex.run('constructor', async () => undefined);
    expect(mutex.size).toBe(0);
  });
});
