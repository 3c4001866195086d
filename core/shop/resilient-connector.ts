// Wraps any connector so a slow or broken shop system never holds a customer's turn hostage: each call
// has a time limit, idempotent reads get one more try after a short backoff, and after several failures
// in a row a circuit breaker answers "unavailable" at once for a while instead of making every customer
// wait for the same timeout. Changes to orders are never retried: a retry could cancel twice.
import type { Logger } from '../log.js';
import type { BuyerRef, CallOptions, ChangeRequest, ChangeResult, Order, ShopConnector, ShopCustomer, ShopProduct, Tracking } from './shop-connector.js';
import { isShopUnavailable, ShopUnavailableError } from './shop-errors.js';

export interface ResilienceOptions {
  /** Per attempt. */
  timeoutMs?: number;
  /** Extra attempts for reads (writes never retry). */
  retries?: number;
  /** Wait before a retry; doubles each time. */
  backoffMs?: number;
  /** Consecutive failures that open the circuit. */
  failureThreshold?: number;
  /** How long an open circuit fails fast before letting one call probe the system. */
  coolDownMs?: number;
  log?: Logger;
  now?: () => number;
}

type BreakerState = 'closed' | 'open' | 'half-open';

export class ResilientConnector implements ShopConnector {
  readonly name: string;
  private readonly timeoutMs: number;
  private readonly retries: number;
  private readonly backoffMs: number;
  private readonly failureThreshold: number;
  private readonly coolDownMs: number;
  private readonly now: () => number;
  private failures = 0;
  private openedAt = 0;
  private state: BreakerState = 'closed';
  private probing = false;

  constructor(
    readonly inner: ShopConnector,
    private readonly options: ResilienceOptions = {},
  ) {
    this.name = inner.name;
    this.timeoutMs = options.timeoutMs ?? 3000;
    this.retries = options.retries ?? 1;
    this.backoffMs = options.backoffMs ?? 200;
    this.failureThreshold = options.failureThreshold ?? 3;
    this.coolDownMs = options.coolDownMs ?? 30_000;
    this.now = options.now ?? Date.now;
  }

  /** For logs and tests: closed (healthy), open (failing fast), half-open (one probe allowed). */
  get breaker(): BreakerState {
    return this.state;
  }

  getOrder(id: string, options?: CallOptions): Promise<Order | undefined> {
    return this.read('getOrder', (o) => this.inner.getOrder(id, o), options);
  }

  recentOrders(buyer: BuyerRef, limit?: number, options?: CallOptions): Promise<Order[]> {
    return this.read('recentOrders', (o) => this.inner.recentOrders(buyer, limit, o), options);
  }

  tracking(orderId: string, options?: CallOptions): Promise<Tracking | undefined> {
    return this.read('tracking', (o) => this.inner.tracking(orderId, o), options);
  }

  product(idOrSku: string, options?: CallOptions): Promise<ShopProduct | undefined> {
    return this.read('product', (o) => this.inner.product(idOrSku, o), options);
  }

  customer(buyer: BuyerRef, options?: CallOptions): Promise<ShopCustomer | undefined> {
    return this.read('customer', (o) => this.inner.customer(buyer, o), options);
  }

  requestChange(orderId: string, change: ChangeRequest, options?: CallOptions): Promise<ChangeResult> {
    return this.call('requestChange', (o) => this.inner.requestChange(orderId, change, o), options, 0);
  }

  private read<T>(what: string, work: (options: CallOptions) => Promise<T>, options?: CallOptions): Promise<T> {
    return this.call(what, work, options, this.retries);
  }

  private async call<T>(what: string, work: (options: CallOptions) => Promise<T>, options: CallOptions | undefined, retries: number): Promise<T> {
    this.admit(what);
    let attempt = 0;
    for (;;) {
      try {
        const result = await this.attempt(what, work, options?.signal);
        this.succeeded();
        return result;
      } catch (error) {
        const failure = toUnavailable(error, what);
        // The caller gave up (its own deadline): not the system's fault, not counted.
        if (options?.signal?.aborted) throw failure;
        if (failure.retryable && attempt < retries && this.state !== 'open') {
          attempt++;
          await sleep(this.backoffMs * 2 ** (attempt - 1), options?.signal);
          continue;
        }
        this.failed(what, failure);
        throw failure;
      }
    }
  }

  /** One attempt under the time limit; the inner call's signal is aborted when the limit passes. */
  private async attempt<T>(what: string, work: (options: CallOptions) => Promise<T>, outer?: AbortSignal): Promise<T> {
    const controller = new AbortController();
    let timer: NodeJS.Timeout | undefined;
    let onOuterAbort = () => undefined as void;
    // Whichever comes first: this attempt's limit, or the caller's own deadline (the turn's time).
    const limit = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        controller.abort(new Error('timeout'));
        reject(new ShopUnavailableError('timeout', `${this.name} ${what}: no answer within ${this.timeoutMs} ms`));
      }, this.timeoutMs);
      onOuterAbort = () => {
        controller.abort(outer?.reason);
        reject(new ShopUnavailableError('timeout', `${this.name} ${what}: the caller stopped waiting`));
      };
      if (outer?.aborted) onOuterAbort();
      else outer?.addEventListener('abort', onOuterAbort, { once: true });
    });
    try {
      return await Promise.race([work({ signal: controller.signal }), limit]);
    } finally {
      clearTimeout(timer);
      outer?.removeEventListener('abort', onOuterAbort);
    }
  }

  private admit(what: string): void {
    if (this.state === 'closed') return;
    if (this.state === 'open' && this.now() - this.openedAt >= this.coolDownMs) this.state = 'half-open';
    if (this.state === 'half-open' && !this.probing) {
      this.probing = true; // this call is the probe; others keep failing fast until it answers
      return;
    }
    throw new ShopUnavailableError('circuit_open', `${this.name} ${what}: the shop system failed repeatedly; not calling it for a while`);
  }

  private succeeded(): void {
    if (this.state !== 'closed') this.options.log?.info({ connector: this.name }, 'shop system answering again: circuit closed');
    this.state = 'closed';
    this.failures = 0;
    this.probing = false;
  }

  private failed(what: string, failure: ShopUnavailableError): void {
    this.probing = false;
    // A wrong token or a broken response is a configuration problem, not an outage: it is logged as an
    // error every time and does not trip the breaker (nothing would heal it by waiting).
    if (!failure.retryable) {
      this.options.log?.error({ connector: this.name, call: what, reason: failure.reason, err: failure }, 'shop system call failed');
      return;
    }
    this.failures++;
    if (this.state === 'half-open' || this.failures >= this.failureThreshold) {
      if (this.state !== 'open') this.options.log?.warn({ connector: this.name, call: what, failures: this.failures }, 'shop system down: circuit open');
      this.state = 'open';
      this.openedAt = this.now();
    } else {
      this.options.log?.warn({ connector: this.name, call: what, reason: failure.reason }, 'shop system call failed');
    }
  }
}

function toUnavailable(error: unknown, what: string): ShopUnavailableError {
  if (isShopUnavailable(error)) return error;
  // A bug in a connector or a shape it did not expect: the customer still hears "unavailable".
  return new ShopUnavailableError('malformed', `${what}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        resolve();
      },
      { once: true },
    );
  });
}
