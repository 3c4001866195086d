// What the shop's systems know about the customer in a conversation: membership level, order count and
// spend, an RFM segment, the latest orders. Routing reads the level (VIP → the senior group) and the
// handoff card shows the rest.
//
// Who the buyer is: the shop's CRM record bound to this chat account, else the phone the customer gave in
// this conversation, else the buyer of the order under discussion (which the customer was entitled to
// see). Facts are computed with a time budget and cached twice: by buyer (10 minutes), and as "the last
// facts of this chat account", which is what the handoff card reads — it has only 200 ms.
import { createHash } from 'node:crypto';
import type { ConversationState } from '../dialogue/conversation.js';
import { untilAborted } from '../orders/shop-calls.js';
import type { Turn } from '../pipeline/turn.js';
import type { BuyerRef, CallOptions, ShopConnector } from '../shop/shop-connector.js';
import type { Store } from '../store/store.js';
import { rfmOf, type RfmSegment } from './rfm.js';
import { vipLevelForSpend } from './vip-tiers.js';

export interface CustomerFacts {
  /** The shop's customer id, when the shop keeps one. */
  buyerId?: string;
  name?: string;
  vipLevel: number;
  orderCount: number;
  spend: number;
  spend12m: number;
  frequency12m: number;
  currency: string;
  recencyDays?: number;
  segment: RfmSegment;
  /** The latest orders (id, status, when): for agents. */
  recent: { id: string; status: string; createdAt: number }[];
  computedAt: number;
}

export interface FactsContext {
  shop: ShopConnector;
  store: Store;
  now: () => number;
  conversation: ConversationState;
  /** The chat account; by default the conversation's. */
  channel?: string;
  userId?: string;
}

const FACTS_TTL_MS = 10 * 60_000;
/** Budget for computing facts inside a customer's turn (routing waits for it). */
const TURN_BUDGET_MS = 1500;

const buyerKey = (buyer: BuyerRef) => `customer-facts:${createHash('sha256').update(JSON.stringify(buyer)).digest('hex').slice(0, 24)}`;
/** The last facts computed for a chat account (what the handoff card reads). */
export const accountFactsKey = (channel: string, userId: string) => `customer-facts:account:${channel}:${userId}`;

/** Whose facts: the CRM's record for this chat account, the phone given here, the focused order's buyer. */
export async function buyerOf(ctx: FactsContext, options?: CallOptions): Promise<BuyerRef | undefined> {
  const channel = ctx.channel ?? ctx.conversation.channel;
  const userId = ctx.userId ?? ctx.conversation.userId;
  const bound = await ctx.shop.customer({ account: { channel, userId } }, options);
  if (bound) return { customerId: bound.id };
  const phone = ctx.conversation.slots.buyer_phone;
  if (phone) return { phone };
  const orderId = ctx.conversation.slots.order_id;
  if (orderId) {
    const order = await ctx.shop.getOrder(orderId, options);
    if (order?.buyer.id) return { customerId: order.buyer.id };
    if (order?.buyer.phone) return { phone: order.buyer.phone };
  }
  return undefined;
}

/** Computes (or reuses) the facts; undefined when the buyer is unknown. Throws when the system is down. */
export async function computeFacts(ctx: FactsContext, options?: CallOptions): Promise<CustomerFacts | undefined> {
  const buyer = await buyerOf(ctx, options);
  const channel = ctx.channel ?? ctx.conversation.channel;
  const userId = ctx.userId ?? ctx.conversation.userId;
  if (!buyer) return undefined;
  const key = buyerKey(buyer);
  let facts = await ctx.store.get<CustomerFacts>(key);
  if (!facts) {
    const now = ctx.now();
    const [customer, orders] = await Promise.all([ctx.shop.customer(buyer, options), ctx.shop.recentOrders(buyer, 50, options)]);
    if (!customer && !orders.length) return undefined;
    const rfm = rfmOf(orders, now);
    facts = {
      buyerId: customer?.id,
      name: customer?.name,
      // The shop's own level when it keeps one; else the level the spend would earn.
      vipLevel: customer?.vipLevel ?? vipLevelForSpend(rfm.monetary12m),
      orderCount: customer?.orderCount ?? rfm.orderCount,
      spend: customer?.totalSpend ?? rfm.spend,
      spend12m: rfm.monetary12m,
      frequency12m: rfm.frequency12m,
      currency: orders[0]?.currency ?? 'CNY',
      recencyDays: rfm.recencyDays,
      segment: rfm.segment,
      recent: orders.slice(0, 3).map((o) => ({ id: o.id, status: o.status, createdAt: o.createdAt })),
      computedAt: now,
    };
    await ctx.store.set(key, facts, FACTS_TTL_MS);
  }
  await ctx.store.set(accountFactsKey(channel, userId), facts, FACTS_TTL_MS);
  return facts;
}

const perTurn = new WeakMap<Turn, Promise<CustomerFacts | undefined>>();

/** The facts for this turn's customer, once per turn, within a budget; undefined on any failure. */
export function customerFactsOf(turn: Turn): Promise<CustomerFacts | undefined> {
  const shop = turn.deps.shop;
  if (!shop || !turn.conversation) return Promise.resolve(undefined);
  let pending = perTurn.get(turn);
  if (!pending) {
    const { deps, inbound, conversation } = turn;
    // A timer of our own: AbortSignal.any holds its sources weakly, and an AbortSignal.timeout nothing
    // else references can be garbage-collected before it fires (see orders/shop-calls.ts).
    const budget = new AbortController();
    const timer = setTimeout(() => budget.abort(), TURN_BUDGET_MS);
    const signal = AbortSignal.any([turn.signal, budget.signal]);
    const facts = computeFacts({ shop, store: deps.store, now: deps.now, conversation, channel: inbound.channel, userId: inbound.userId }, { signal });
    pending = untilAborted(facts, signal)
      .catch((error: unknown) => {
        deps.log.warn({ err: error }, 'customer facts unavailable (shop system)');
        return undefined;
      })
      .finally(() => clearTimeout(timer));
    perTurn.set(turn, pending);
  }
  return pending;
}

/** The customer's membership level for routing (`vip_level_at_least`); undefined when unknown. */
export async function vipLevelOf(turn: Turn): Promise<number | undefined> {
  return (await customerFactsOf(turn))?.vipLevel;
}
