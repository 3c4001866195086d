import { describe, expect, it } from 'vitest';
import { InFlight } from '../../core/in-flight.js';

const deferred = <T = void>() => {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
};

describe('InFlight', () => {
  it('counts work until it settles, either way, and hands the work back as it is', async () => {
    const inFlight = new InFlight();
    const a = deferred<number>();
    const b = deferred<number>();
    expect(inFlight.track(a.promise)).toBe(a.promise);
    const tracked = inFlight.track(b.promise);
    expect(inFlight.size).toBe(2);
    a.resolve(1);
    await a.promise;
    expect(inFlight.size).toBe(1);
    b.reject(new Error('boom'));
    await expect(tracked).rejects.toThrow('boom');
    expect(inFlight.size).toBe(0);
  });

  it('is idle at once with nothing in flight, and otherwise once everything is done, work tracked meanwhile included', async () => {
    const inFlight = new InFlight();
    await inFlight.idle();
    const first = deferred();
    const later = deferred();
    inFlight.track(first.promise);
    let idle = false;
    const waiting = inFlight.idle().then(() => (idle = true));
    inFlight.track(later.promise);
    first.resolve();
    await first.promise;
    await Promise.resolve();
    expect(idle).toBe(false);
    later.resolve();
    await waiting;
    expect(idle).toBe(true);
    expect(inFlight.size).toBe(0);
  });
});
