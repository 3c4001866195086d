// Who may see an order. Order details go only to their buyer, proven one of three ways:
//   - account: the shop's CRM has bound this chat account to the order's buyer (a member who linked
//     their WeChat in the shop's app) — the shop system's word;
//   - phone: this chat account gave the order's full phone number (now or in an earlier conversation);
//   - confirmed: this chat account confirmed the last 4 digits of the order's phone for this order.
// Proofs are kept per chat account (`shop-proof:<channel>:<userId>`, hashed values, 30 days), not per
// cross-channel customer id: the identity links join profiles on an order number a customer merely
// typed, so a link alone proves nothing about who may read an order.
//
// A failed check must not reveal whether the order exists: an unknown number and someone else's number
// take the same path and get the same words. Checks are counted per chat account per hour; past the
// limit the customer is refused politely and the attempt is logged (order numbers masked).
import { createHash } from 'node:crypto';
import type { Turn } from '../pipeline/turn.js';
import { dayOf } from '../stages/record.js';
import { normalizePhone, type Order, type ShopCustomer } from '../shop/shop-connector.js';

/** Checks (order lookups not proven to be the customer's, last-4 answers) per chat account per hour. */
export const ORDER_CHECKS_PER_HOUR = 6;
const PROOF_TTL_MS = 30 * 24 * 3600_000;

export type Ownership = 'account' | 'phone' | 'confirmed';

interface Proofs {
  /** Hashes of full phone numbers this account gave. */
  phones: string[];
  /** Hash of an order id → until when its last-4 confirmation holds. */
  orders: Record<string, number>;
}

export interface AccessRecord {
  at: number;
  channel: string;
  userId: string;
  /** Masked: the last 4 characters only. */
  order?: string;
  outcome: 'owned' | 'asked' | 'verified' | 'failed' | 'limited' | 'listed';
  via?: Ownership;
}

const proofKey = (channel: string, userId: string) => `shop-proof:${channel}:${userId}`;
const checksKey = (channel: string, userId: string, hour: number) => `order-checks:${channel}:${userId}:${hour}`;
/** The day's log of order accesses (who looked at which order, masked): for audits. */
export const accessLog = (day: string) => `order-access:${day}`;

const hash = (kind: string, value: string) => createHash('sha256').update(`xiaoer-shop-proof:${kind}:${value}`).digest('hex').slice(0, 32);

export const maskOrderId = (id: string) => (id.length <= 4 ? '****' : `${'*'.repeat(Math.min(8, id.length - 4))}${id.slice(-4)}`);
export const lastFour = (phone: string | undefined) => (phone ? normalizePhone(phone).slice(-4) : undefined);

/** This chat account showed it knows a full phone number (the customer typed it). */
export async function provePhone(turn: Turn, phone: string): Promise<void> {
  const normalized = normalizePhone(phone);
  if (normalized.length < 7) return;
  const { store } = turn.deps;
  const { channel, userId } = turn.inbound;
  await store.update<Proofs>(proofKey(channel, userId), (p) => {
    const phones = p?.phones ?? [];
    const h = hash('phone', normalized);
    return { phones: phones.includes(h) ? phones : [...phones, h].slice(-5), orders: p?.orders ?? {} };
  }, PROOF_TTL_MS);
}

/** This chat account confirmed the last 4 digits of this order's phone. */
export async function proveOrder(turn: Turn, orderId: string): Promise<void> {
  const { store, now } = turn.deps;
  const { channel, userId } = turn.inbound;
  const at = now();
  await store.update<Proofs>(proofKey(channel, userId), (p) => {
    const orders = Object.fromEntries(Object.entries(p?.orders ?? {}).filter(([, until]) => until > at));
    orders[hash('order', orderId)] = at + PROOF_TTL_MS;
    return { phones: p?.phones ?? [], orders };
  }, PROOF_TTL_MS);
}

/** How this customer is entitled to see the order, or null when they are not (yet). */
export async function ownershipOf(turn: Turn, order: Order, accountCustomer: ShopCustomer | undefined): Promise<Ownership | null> {
  if (accountCustomer && order.buyer.id && accountCustomer.id === order.buyer.id) return 'account';
  const proofs = await turn.deps.store.get<Proofs>(proofKey(turn.inbound.channel, turn.inbound.userId));
  if (!proofs) return null;
  if (order.buyer.phone && proofs.phones.includes(hash('phone', normalizePhone(order.buyer.phone)))) return 'phone';
  if ((proofs.orders[hash('order', order.id)] ?? 0) > turn.deps.now()) return 'confirmed';
  return null;
}

/** Counts one check; false when this account is over the hourly limit (the check must not happen). */
export async function allowCheck(turn: Turn): Promise<boolean> {
  const hour = Math.floor(turn.deps.now() / 3600_000);
  // The hour's counter is dropped an hour after it (the key names its hour: it is never read again).
  const count = await turn.deps.store.increment(checksKey(turn.inbound.channel, turn.inbound.userId, hour), 1, 2 * 3600_000);
  return count <= ORDER_CHECKS_PER_HOUR;
}

/** Logs an access (pino, masked) and appends it to the day's audit log. */
export async function recordAccess(turn: Turn, outcome: AccessRecord['outcome'], orderId?: string, via?: Ownership): Promise<void> {
  const { deps, inbound } = turn;
  const entry: AccessRecord = { at: deps.now(), channel: inbound.channel, userId: inbound.userId, outcome };
  if (orderId) entry.order = maskOrderId(orderId);
  if (via) entry.via = via;
  const level = outcome === 'limited' || outcome === 'failed' ? 'warn' : 'info';
  deps.log[level]({ channel: inbound.channel, user: inbound.userId, order: entry.order, outcome, via }, 'order access');
  try {
    await deps.store.append(accessLog(dayOf(entry.at)), entry);
  } catch (error) {
    deps.log.warn({ err: error }, 'order access log: append failed');
  }
}
