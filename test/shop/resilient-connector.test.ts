import { describe, expect, it } from 'vitest';
import { ResilientConnector } from '../../core/shop/resilient-connector.js';
import type { CallOptions, ShopConnector } from '../../core/shop/shop-connector.js';
import { ShopUnavailableError } from '../../core/shop/shop-errors.js';

/** A connector whose every call runs `behave` (counted), for scripting outages. */
function scripted(behave: (call: number, options?: CallOptions) => Promise<unknown>) {
  let calls = 0;
  const run = (options?: CallOptions) => behave(++calls, options);
  const shop = {
    name: 'scripted',
    getOrder: (_id: string, o?: CallOptions) => run(o),
    recentOrders: (_b: unknown, _l?: number, o?: CallOptions) => run(o),
    tracking: (_id: string, o?: CallOptions) => run(o),
    product: (_id: string, o?: CallOptions) => run(o),
    customer: (_b: unknown, o?: CallOptions) => run(o),
    requestChange: (_id: string, _c: unknown, o?: CallOptions) => run(o),
  } as unknown as ShopConnector;
  return { shop, calls: () => calls };
}

const down = () => Promise.reject(new ShopUnavailableError('server', 'HTTP 503'));

describe('ResilientConnector', () => {
  it('gives up on a call that takes longer than the time limit, and aborts it', async () => {
    let aborted = false;
    const { shop } = scripted(
      (_n, options) =>
        new Promise((resolve) => {
          options?.signal?.addEventListener('abort', () => (aborted = true));
          setTimeout(resolve, 5_000);
        }),
    );
    const resilient = new ResilientConnector(shop, { timeoutMs: 30, retries: 0 });
    await expect(resilient.getOrder('1')).rejects.toMatchObject({ reason: 'timeout' });
    expect(aborted).toBe(true);
  });

  it('retries a read once after a hiccup', async () => {
    const { shop, calls } = scripted(async (n) => (n === 1 ? down() : { id: '1' }));
    expect(await new ResilientConnector(shop, { backoffMs: 1 }).getOrder('1')).toEqual({ id: '1' });
    expect(calls()).toBe(2);
  });

  it('never retries a change to an order (it could cancel twice)', async () => {
    const { shop, calls } = scripted(down);
    await expect(new ResilientConnector(shop, { backoffMs: 1 }).requestChange('1', { kind: 'cancel' })).rejects.toMatchObject({ reason: 'server' });
    expect(calls()).toBe(1);
  });

  it('opens the circuit after repeated failures, fails fast while open, probes after the cool-down', async () => {
    let now = 0;
    let healthy = false;
    const { shop, calls } = scripted(async () => (healthy ? { id: 'ok' } : down()));
    const resilient = new ResilientConnector(shop, { retries: 0, failureThreshold: 3, coolDownMs: 30_000, now: () => now });
    for (let i = 0; i < 3; i++) await expect(resilient.getOrder('1')).rejects.toMatchObject({ reason: 'server' });
    expect(resilient.breaker).toBe('open');
    await expect(resilient.product('x')).rejects.toMatchObject({ reason: 'circuit_open' });
    expect(calls()).toBe(3); // the system was left alone

    now += 30_000;
    healthy = true;
    expect(await resilient.getOrder('1')).toEqual({ id: 'ok' });
    expect(resilient.breaker).toBe('closed');
  });

  it('a failed probe opens the circuit again at once', async () => {
    let now = 0;
    const { shop, calls } = scripted(down);
    const resilient = new ResilientConnector(shop, { retries: 0, failureThreshold: 2, coolDownMs: 1000, now: () => now });
    for (let i = 0; i < 2; i++) await resilient.getOrder('1').catch(() => undefined);
    now += 1000;
    await expect(resilient.getOrder('1')).rejects.toMatchObject({ reason: 'server' });
    expect(resilient.breaker).toBe('open');
    await expect(resilient.getOrder('1')).rejects.toMatchObject({ reason: 'circuit_open' });
    expect(calls()).toBe(3);
  });

  it('a wrong token does not trip the breaker (waiting would not fix it) and is not retried', async () => {
    const { shop, calls } = scripted(() => Promise.reject(new ShopUnavailableError('misconfigured', 'HTTP 401')));
    const resilient = new ResilientConnector(shop, { failureThreshold: 1 });
    await expect(resilient.getOrder('1')).rejects.toMatchObject({ reason: 'misconfigured' });
    await expect(resilient.getOrder('1')).rejects.toMatchObject({ reason: 'misconfigured' });
    expect(calls()).toBe(2);
    expect(resilient.breaker).toBe('closed');
  });

  it("turns a connector's bug into 'unavailable' for the customer", async () => {
    const { shop } = scripted(() => Promise.reject(new TypeError("Cannot read properties of undefined (reading 'id')")));
    await expect(new ResilientConnector(shop).getOrder('1')).rejects.toMatchObject({ name: 'ShopUnavailableError', reason: 'malformed' });
  });

  it("stops at the caller's deadline without counting it against the system", async () => {
    const { shop } = scripted(() => new Promise((resolve) => setTimeout(resolve, 5_000)));
    const resilient = new ResilientConnector(shop, { timeoutMs: 10_000, failureThreshold: 1 });
    await expect(resilient.getOrder('1', { signal: AbortSignal.timeout(20) })).rejects.toMatchObject({ reason: 'timeout' });
    expect(resilient.breaker).toBe('closed');
  });
});
