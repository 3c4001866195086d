// Calls to the shop's system from inside a customer's turn: they share the turn's time, so a slow system
// leaves enough of it for the customer to hear "the system is unavailable" rather than the generic
// time-limit apology. The chat account's own CRM record is looked up at most once per turn.
import type { Turn } from '../pipeline/turn.js';
import type { CallOptions, ShopConnector, ShopCustomer } from '../shop/shop-connector.js';
import { ShopUnavailableError } from '../shop/shop-errors.js';

/** Time kept back from the turn's limit for the reply to still go out after a failed call. */
const MARGIN_MS = 1000;

/** Runs a connector call with a signal that aborts when the turn's time (less a margin) runs out. */
export function shopCall<T>(turn: Turn, work: (shop: ShopConnector, options: CallOptions) => Promise<T>): Promise<T> {
  const shop = turn.deps.shop!;
  // The deps' clock may be a test's fixed clock: the time already spent comes from it, the deadline
  // lives on the real clock the timers run on.
  const spent = Math.max(0, turn.deps.now() - turn.startedAt);
  const left = Math.max(50, turn.deps.settings.TURN_TIMEOUT_MS - spent - MARGIN_MS);
  // A timer of our own, not AbortSignal.timeout: AbortSignal.any holds its sources weakly, so a timeout
  // signal nothing else references can be garbage-collected before it fires (then the call would run
  // until the turn's own limit and the customer would get the generic apology).
  const deadline = new AbortController();
  const timer = setTimeout(() => deadline.abort(), left);
  const signal = AbortSignal.any([turn.signal, deadline.signal]);
  return untilAborted(work(shop, { signal }), signal).finally(() => clearTimeout(timer));
}

/**
 * The call's result, or "unavailable" once the signal aborts — whether or not the connector listens to
 * it (the resilient wrapper does; a bare connector passed to createRuntime may not).
 */
export function untilAborted<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(new ShopUnavailableError('timeout', 'no time left for the shop system'));
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(new ShopUnavailableError('timeout', 'the shop system did not answer in time'));
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

const accountCustomers = new WeakMap<Turn, Promise<ShopCustomer | undefined>>();

/** The shop's customer record bound to this chat account, if the shop keeps such bindings. */
export function accountCustomer(turn: Turn): Promise<ShopCustomer | undefined> {
  let pending = accountCustomers.get(turn);
  if (!pending) {
    const account = { channel: turn.inbound.channel, userId: turn.inbound.userId };
    pending = shopCall(turn, (shop, o) => shop.customer({ account }, o));
    accountCustomers.set(turn, pending);
  }
  return pending;
}
