// Order conversations, between understanding and routing: 我的快递到哪了, 那什么时候能到, 能改地址吗.
// The stage takes a turn when the matched entry's action is order_status / order_change, when the
// message carries an order number, when it answers what the bot just asked (an order number, the last 4
// digits of the phone, a new address, a yes to cancelling), or when it follows up on the order under
// discussion. Anything else — and anything angry or asking for a person — goes on to routing.
//
// Without a shop system (deps.shop) the stage does nothing: the knowledge's answers stand.
import { answerFor } from '../answer/answer-text.js';
import { linkCustomer } from '../customers/identity-links.js';
import { focusedOrderKey } from '../customers/shop-profile.js';
import type { FaqEntry } from '../knowledge/schema.js';
import { allowCheck, lastFour, ownershipOf, proveOrder, provePhone, recordAccess } from '../orders/order-access.js';
import { applyAddress, applyCancel, startChange } from '../orders/order-changes.js';
import { confirmationIn, intentFromEntry, intentFromText, isOrderFollowUp, lastFourIn, looksLikeAddress, orderNumberIn, pickIn, type OrderIntent } from '../orders/order-intent.js';
import { etaReply, listReply, orderButtonLabel, orderFact, ORDER_SOURCE, statusReply, type Clock } from '../orders/order-replies.js';
import { expectAnswer, focusOrder, readOrderSlots, rememberBuyerPhone, stopWaiting, type OrderSlots } from '../orders/order-slots.js';
import { accountCustomer, shopCall } from '../orders/shop-calls.js';
import type { Middleware, Next } from '../pipeline/compose.js';
import type { Turn } from '../pipeline/turn.js';
import { normalizeOrderId, type BuyerRef, type Order, type Tracking } from '../shop/shop-connector.js';
import { isShopUnavailable } from '../shop/shop-errors.js';
import { customerLanguage } from './customer-language.js';
import { messagesTo } from './customer-messages.js';
import { say } from './say.js';
import { faqEntry } from './faq-entry.js';

const FOCUS_TTL_MS = 30 * 60_000;

// Without a shop system the stage passes straight on, without an async wrapper around the rest.
export const orders: Middleware<Turn> = (turn, next) => (turn.deps.shop ? withShop(turn, next) : next());

async function withShop(turn: Turn, next: Next): Promise<void> {
  const { deps, inbound, conversation } = turn;
  const u = turn.understanding;
  if (!deps.shop || !u || inbound.kind !== 'text' || !inbound.text.trim()) return next();
  const text = inbound.text.slice(0, deps.settings.MAX_MESSAGE_CHARS);
  const slots = readOrderSlots(conversation, deps.now());

  // A phone inside a new address is the recipient's, not a buyer's proof.
  const phone = slots.awaiting === 'new_address' ? undefined : u.entities.find((e) => e.kind === 'phone')?.value;
  if (phone) {
    // The customer gave a full phone number: it proves this account knows it (order-access.ts), and
    // tells the agents' card who this is even when the message goes straight to a person.
    await provePhone(turn, phone);
    rememberBuyerPhone(conversation, phone, deps.now());
  }

  // A complaint, anger or a request for a person goes to people (the card shows the order).
  if (u.escalate) {
    stopWaiting(conversation);
    return next();
  }

  const kb = deps.knowledge.kb;
  const entry = faqEntry(kb, u.answer?.id);
  try {
    if (await answerToQuestion(turn, text, slots, entry)) return;

    const orderNo = orderNumberIn(text, u.entities, slots.awaiting === 'order_id');
    const wanted = intentFromText(text);
    const entryIntent = intentFromEntry(entry, text);
    // An entry the shop marked for a person (已签收没收到, 已发货要拦截) stays with people.
    if (entry?.escalate) {
      stopWaiting(conversation);
      return next();
    }
    if (orderNo) return await lookUp(turn, orderNo, wanted ?? entryIntent ?? slots.intent ?? 'status', entry);
    if (phone && (slots.awaiting === 'order_id' || entryIntent || wanted === 'status' || wanted === 'eta')) {
      return await listForPhone(turn, phone, entryIntent ?? wanted ?? slots.intent ?? 'status', entry);
    }
    if (entryIntent) {
      // A new question about "my order" goes to the order under discussion — unless that one was
      // cancelled, when the customer most likely means another: offer the list (or ask) again.
      const focus = slots.orderId ? await shopCall(turn, (shop, o) => shop.getOrder(slots.orderId!, o)) : undefined;
      if (focus && focus.status !== 'cancelled') return await show(turn, focus, entryIntent, entry);
      // Nothing in the words about an order of theirs (多久能退款, 怎么还不发货): the entry's answer says
      // what holds for everyone, and the lookup is offered.
      if (!wanted && entry?.action === 'order_status') return await answerAndOffer(turn, entryIntent, entry);
      return await askForOrder(turn, entryIntent, slots, entry);
    }
    if (slots.orderId && isOrderFollowUp(text)) return await followUp(turn, slots.orderId, wanted ?? 'status', entry);
  } catch (error) {
    if (!isShopUnavailable(error)) throw error;
    turn.decision = { action: 'fallback', reason: 'shop_unavailable' };
    const said = messagesTo(turn);
    await say(turn, said.orders.unavailable, [said.human]);
    return;
  }
  // The customer moved on without answering what the bot asked: stop waiting for it.
  if (slots.awaiting) stopWaiting(conversation);
  await next();
}

/** What the bot asked for last turn, if this message is the answer. True when the turn was handled. */
async function answerToQuestion(turn: Turn, text: string, slots: OrderSlots, entry: FaqEntry | undefined): Promise<boolean> {
  const { conversation } = turn;
  const u = turn.understanding!;
  switch (slots.awaiting) {
    case 'phone_last4': {
      const digits = lastFourIn(text);
      if (!digits || !slots.pending) return false;
      await verify(turn, slots.pending, digits, slots.intent ?? 'status', entry);
      return true;
    }
    case 'order_id': {
      const n = pickIn(text, slots.choices.length);
      if (!n) return false;
      await lookUp(turn, slots.choices[n - 1]!, slots.intent ?? 'status', entry);
      return true;
    }
    case 'new_address': {
      if (!slots.orderId) return false;
      if (confirmationIn(text) === false) {
        stopWaiting(conversation);
        handled(turn, 'order_address_kept', entry);
        await say(turn, messagesTo(turn).orders.addressKept);
        return true;
      }
      if (!looksLikeAddress(text, u.entities)) return false;
      const order = await shopCall(turn, (shop, o) => shop.getOrder(slots.orderId!, o));
      if (!order) return notFound(turn, slots.orderId, entry);
      handled(turn, 'order_address', entry);
      await applyAddress(turn, order, text);
      return true;
    }
    case 'confirm_cancel': {
      if (!slots.orderId) return false;
      const yes = confirmationIn(text);
      if (yes === undefined) return false;
      if (!yes) {
        stopWaiting(conversation);
        handled(turn, 'order_cancel_declined', entry);
        await say(turn, messagesTo(turn).orders.cancelKept);
        return true;
      }
      const order = await shopCall(turn, (shop, o) => shop.getOrder(slots.orderId!, o));
      if (!order) return notFound(turn, slots.orderId, entry);
      handled(turn, 'order_cancel', entry);
      await applyCancel(turn, order);
      return true;
    }
    default:
      return false;
  }
}

/** An order number: shown when the customer may see it, else the last-4 question — for any number. */
async function lookUp(turn: Turn, orderNo: string, intent: OrderIntent, entry: FaqEntry | undefined): Promise<void> {
  const id = normalizeOrderId(orderNo);
  const [order, account] = await Promise.all([shopCall(turn, (shop, o) => shop.getOrder(id, o)), accountCustomer(turn)]);
  const via = order ? await ownershipOf(turn, order, account) : null;
  if (order && via) {
    await recordAccess(turn, 'owned', order.id, via);
    return show(turn, order, intent, entry);
  }
  // Unknown and someone else's take this same path: the question does not say whether the order exists.
  if (!(await allowCheck(turn))) return limited(turn, id, entry);
  await recordAccess(turn, 'asked', id);
  expectAnswer(turn.conversation, 'phone_last4', turn.deps.now(), { pending: id, intent });
  handled(turn, 'order_verify', entry);
  await say(turn, messagesTo(turn).orders.askLastFour);
}

async function verify(turn: Turn, pendingId: string, digits: string, intent: OrderIntent, entry: FaqEntry | undefined): Promise<void> {
  if (!(await allowCheck(turn))) return limited(turn, pendingId, entry);
  const order = await shopCall(turn, (shop, o) => shop.getOrder(pendingId, o));
  if (!order || lastFour(order.buyer.phone) !== digits) {
    await recordAccess(turn, 'failed', pendingId);
    await notFound(turn, pendingId, entry);
    return;
  }
  await proveOrder(turn, order.id);
  await recordAccess(turn, 'verified', order.id, 'confirmed');
  await show(turn, order, intent, entry);
}

/** A follow-up about the order under discussion (the customer was entitled to see it). */
async function followUp(turn: Turn, orderId: string, intent: OrderIntent, entry: FaqEntry | undefined): Promise<void> {
  const order = await shopCall(turn, (shop, o) => shop.getOrder(orderId, o));
  if (!order) {
    await notFound(turn, orderId, entry);
    return;
  }
  await show(turn, order, intent, entry);
}

/** No order number: list the customer's recent orders when we know who they are, else ask for one. */
async function askForOrder(turn: Turn, intent: OrderIntent, slots: OrderSlots, entry: FaqEntry | undefined): Promise<void> {
  const account = await accountCustomer(turn);
  const buyer: BuyerRef | undefined = account ? { customerId: account.id } : slots.buyerPhone ? { phone: slots.buyerPhone } : undefined;
  if (buyer) {
    const recent = await shopCall(turn, (shop, o) => shop.recentOrders(buyer, 3, o));
    if (recent.length) return offer(turn, recent, intent, entry);
  }
  expectAnswer(turn.conversation, 'order_id', turn.deps.now(), { intent });
  handled(turn, 'order_ask', entry);
  await say(turn, messagesTo(turn).orders.askOrderId);
}

/** The entry's own answer, and an offer to look the customer's order up (its number is then expected). */
async function answerAndOffer(turn: Turn, intent: OrderIntent, entry: FaqEntry): Promise<void> {
  expectAnswer(turn.conversation, 'order_id', turn.deps.now(), { intent });
  handled(turn, 'faq', entry);
  await say(turn, `${answerFor(entry, turn.inbound.channel, customerLanguage(turn))}\n${messagesTo(turn).orders.offerLookup}`);
}

/** The customer gave their full phone number instead of an order number: that phone's orders. */
async function listForPhone(turn: Turn, phone: string, intent: OrderIntent, entry: FaqEntry | undefined): Promise<void> {
  // Counted like a check: otherwise phone numbers could be tried one after another.
  if (!(await allowCheck(turn))) return limited(turn, undefined, entry);
  const recent = await shopCall(turn, (shop, o) => shop.recentOrders({ phone }, 3, o));
  if (!recent.length) {
    expectAnswer(turn.conversation, 'order_id', turn.deps.now(), { intent });
    handled(turn, 'order_none_for_phone', entry);
    await say(turn, messagesTo(turn).orders.noOrdersForPhone);
    return;
  }
  await offer(turn, recent, intent, entry);
}

/** One order: straight to it. Several: a numbered list to pick from. */
async function offer(turn: Turn, recent: Order[], intent: OrderIntent, entry: FaqEntry | undefined): Promise<void> {
  if (recent.length === 1) {
    await recordAccess(turn, 'owned', recent[0]!.id, 'account');
    return show(turn, recent[0]!, intent, entry);
  }
  await recordAccess(turn, 'listed');
  expectAnswer(turn.conversation, 'order_id', turn.deps.now(), { intent, choices: recent.map((o) => o.id) });
  handled(turn, 'order_list', entry);
  const language = customerLanguage(turn);
  await say(
    turn,
    listReply(recent, clockOf(turn), language),
    recent.map((o) => ({ label: orderButtonLabel(o, language), text: o.id })),
  );
}

/** The customer may see this order: answer what they asked about it. */
async function show(turn: Turn, order: Order, intent: OrderIntent, entry: FaqEntry | undefined): Promise<void> {
  const { deps, conversation } = turn;
  await linkToBuyer(turn, order);
  focusOrder(conversation, order.id, deps.now());
  const clock = clockOf(turn);
  const needsTracking = order.status !== 'pending' && order.status !== 'cancelled';
  const tracking = needsTracking && (intent === 'status' || intent === 'eta') ? await trackingOf(turn, order) : undefined;
  const fact = orderFact(order, tracking ?? undefined, clock);
  turn.facts = [...(turn.facts ?? []), { id: `order:${order.id}`, text: fact }];
  await deps.store.set(focusedOrderKey(conversation.key), fact, FOCUS_TTL_MS);
  handled(turn, `order_${intent}`, entry);
  if (intent === 'address' || intent === 'cancel') return startChange(turn, order, intent);
  const language = customerLanguage(turn);
  const lost = tracking === null ? messagesTo(turn).orders.trackingLost : '';
  await say(turn, (intent === 'eta' ? etaReply(order, tracking ?? undefined, clock, language) : statusReply(order, tracking ?? undefined, clock, language)) + lost);
}

/** The parcel's scans; null when the logistics side is down (the order itself is still shown). */
async function trackingOf(turn: Turn, order: Order): Promise<Tracking | undefined | null> {
  try {
    return await shopCall(turn, (shop, o) => shop.tracking(order.id, o));
  } catch (error) {
    if (!isShopUnavailable(error)) throw error;
    return null;
  }
}

async function notFound(turn: Turn, orderId: string | undefined, entry: FaqEntry | undefined): Promise<true> {
  stopWaiting(turn.conversation);
  if (turn.conversation.slots.order_id === orderId) delete turn.conversation.slots.order_id;
  handled(turn, 'order_not_found', entry);
  const said = messagesTo(turn);
  await say(turn, said.orders.notFound, [said.human]);
  return true;
}

async function limited(turn: Turn, orderId: string | undefined, entry: FaqEntry | undefined): Promise<void> {
  stopWaiting(turn.conversation);
  await recordAccess(turn, 'limited', orderId);
  handled(turn, 'order_limited', entry);
  const said = messagesTo(turn);
  await say(turn, said.orders.tooMany, [said.human]);
}

/** The turn is the order dialogue's: an answer, attributed to the entry that asked for the lookup. */
function handled(turn: Turn, reason: string, entry: FaqEntry | undefined): void {
  if (turn.decision?.action !== 'escalate') turn.decision = { action: 'answer', reason };
  turn.faq = entry?.action ? entry.id : ORDER_SOURCE;
  turn.conversation.unresolved = 0;
}

function clockOf(turn: Turn): Clock {
  return { now: turn.deps.now(), timeZone: turn.deps.knowledge.kb.shop.timezone };
}

/**
 * The customer has just proved this order is theirs (account binding, the order's phone, or its last 4
 * digits): link their chat profile to the buyer, so tickets and history follow them across channels.
 * Only a proof links — a number merely typed would let anyone join someone else's history.
 * A failure costs the link, never the reply.
 */
async function linkToBuyer(turn: Turn, order: Order): Promise<void> {
  const { deps, inbound, conversation } = turn;
  const identifiers = [
    ...(order.buyer.phone ? [{ kind: 'phone' as const, value: order.buyer.phone }] : []),
    { kind: 'order_id' as const, value: order.id },
  ];
  try {
    const outcome = await linkCustomer(deps.store, { channel: inbound.channel, userId: inbound.userId }, identifiers, deps.now(), deps.settings.IDENTITY_SECRET);
    if (!outcome) return;
    conversation.customerId = outcome.customerId;
    if (outcome.changed) deps.log.info({ channel: inbound.channel, customerId: outcome.customerId, previousId: outcome.previousId }, 'customer linked to a verified buyer');
    if (outcome.conflict) deps.log.warn({ channel: inbound.channel, customerId: outcome.customerId }, 'a verified identifier already belongs to another customer: not relinked');
  } catch (error) {
    deps.log.warn({ err: error, channel: inbound.channel }, 'identity link failed');
  }
}
