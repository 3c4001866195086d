// Changing an order: a new address, or cancelling. The customer is told exactly what happened — "done"
// only when the shop's system performed the change and said so; otherwise the request is recorded for
// the shop's agents (the day's `order-requests:<day>` log and a ticket with the reason order_change) and the
// customer hears that a person will do it and that until then nothing has changed.
//
// The system is asked to perform a change only before the parcel ships; after that it is the courier's
// (an address change becomes a redelivery request, a cancellation an interception), which people do.
import { customerFactsOf } from '../customers/customer-facts.js';
import type { Turn } from '../pipeline/turn.js';
import { isOpen, nextOpening, nextOpeningAt } from '../routing/business-hours.js';
import { routeEscalation } from '../routing/routing-rules.js';
import { routingOf } from '../stages/route.js';
import { dayOf } from '../stages/record.js';
import { customerLanguage } from '../stages/customer-language.js';
import { messagesFor, messagesTo } from '../stages/customer-messages.js';
import { say } from '../stages/say.js';
import { shippedStatuses, statusLabel, type ChangeRequest, type ChangeResult, type Order } from '../shop/shop-connector.js';
import { isShopUnavailable } from '../shop/shop-errors.js';
import { maskOrderId } from './order-access.js';
import { itemsSummary, money } from './order-replies.js';
import { expectAnswer, stopWaiting } from './order-slots.js';
import { shopCall } from './shop-calls.js';

/** Requests the shop's agents have to carry out, a log per shop day (the retention job drops old days whole). */
export const orderRequestsLog = (day: string) => `order-requests:${day}`;

export interface OrderRequestRecord {
  at: number;
  orderId: string;
  kind: ChangeRequest['kind'];
  detail?: string;
  /** The order's status when asked. */
  status: Order['status'];
  /** What the shop system said, or not_attempted (shipped: it is the courier's now). */
  outcome: ChangeResult['outcome'] | 'not_attempted' | 'unavailable';
  systemMessage?: string;
  channel: string;
  userId: string;
  customerId: string;
  ticketId?: string;
}

/** For the agents' card (Chinese, as agents read it). */
const KIND_WORD = { address: '修改收货地址', cancel: '取消订单' } as const;

/** The customer asked to change the order: explain what is possible and ask for what is missing. */
export async function startChange(turn: Turn, order: Order, kind: ChangeRequest['kind']): Promise<void> {
  const { conversation, deps } = turn;
  const now = deps.now();
  const language = customerLanguage(turn);
  const said = messagesFor(language).changes;
  turn.decision = { action: 'answer', reason: `order_${kind}` };
  if (order.status === 'cancelled') {
    stopWaiting(conversation);
    return say(turn, said.alreadyCancelled(order.id, kind));
  }
  if (order.status === 'delivered') {
    stopWaiting(conversation);
    return say(turn, kind === 'address' ? said.deliveredAddress(order.id) : said.deliveredCancel(order.id));
  }
  const shipped = shippedStatuses.includes(order.status);
  if (kind === 'address') {
    expectAnswer(conversation, 'new_address', now);
    return say(turn, shipped ? said.addressAfterShipping(order.id, order.courier, order.trackingNo) : said.addressBeforeShipping(order.id));
  }
  if (shipped) return recordForAgents(turn, order, { kind: 'cancel', detail: '已发货，客户要求取消（需联系快递拦截）' }, undefined);
  expectAnswer(conversation, 'confirm_cancel', now);
  return say(turn, said.confirmCancel(order.id, itemsSummary(order, language), money(order.total, order.currency)));
}

/** The new address arrived. */
export async function applyAddress(turn: Turn, order: Order, detail: string): Promise<void> {
  stopWaiting(turn.conversation);
  const address = detail.trim().replace(/^(?:请|麻烦)?(?:帮我)?(?:改成|改到|换成|改为|新的?(?:收货)?地址(?:是|为)?|(?:收货)?地址(?:是|为|改成)?)[：:，,\s]*/u, '');
  await perform(turn, order, { kind: 'address', detail: address });
}

/** The customer confirmed the cancellation. */
export async function applyCancel(turn: Turn, order: Order): Promise<void> {
  stopWaiting(turn.conversation);
  await perform(turn, order, { kind: 'cancel', detail: '客户确认取消' });
}

async function perform(turn: Turn, order: Order, change: ChangeRequest): Promise<void> {
  const { deps, inbound } = turn;
  if (order.status !== 'pending') return recordForAgents(turn, order, change, undefined);
  let result: ChangeResult | 'unavailable';
  try {
    result = await shopCall(turn, (shop, o) => shop.requestChange(order.id, { ...change, requestedBy: { channel: inbound.channel, userId: inbound.userId } }, o));
  } catch (error) {
    // Not retried (a change is not idempotent): the request goes to people, who check before acting.
    deps.log.warn({ err: error, order: maskOrderId(order.id), kind: change.kind }, 'order change: the shop system did not answer');
    if (!isShopUnavailable(error)) throw error;
    result = 'unavailable';
  }
  if (result !== 'unavailable' && result.outcome === 'performed') {
    turn.decision = { action: 'answer', reason: `order_${change.kind}_performed` };
    deps.log.info({ order: maskOrderId(order.id), kind: change.kind, reference: result.reference }, 'order change performed by the shop system');
    const performed = requestRecord(turn, order, change, 'performed', result.message);
    await deps.store.append(orderRequestsLog(dayOf(performed.at)), performed);
    const said = messagesTo(turn).changes;
    if (change.kind === 'address') return say(turn, said.addressChanged(order.id, change.detail ?? ''));
    return say(turn, said.cancelled(order.id, money(order.total, order.currency)));
  }
  await recordForAgents(turn, order, change, result);
}

function requestRecord(turn: Turn, order: Order, change: ChangeRequest, outcome: OrderRequestRecord['outcome'], systemMessage?: string): OrderRequestRecord {
  const { deps, inbound, conversation } = turn;
  const record: OrderRequestRecord = {
    at: deps.now(),
    orderId: order.id,
    kind: change.kind,
    status: order.status,
    outcome,
    channel: inbound.channel,
    userId: inbound.userId,
    customerId: conversation.customerId,
  };
  if (change.detail) record.detail = change.detail;
  if (systemMessage) record.systemMessage = systemMessage;
  return record;
}

/** Records the request and hands it to the agents as a ticket; tells the customer nothing changed yet. */
async function recordForAgents(turn: Turn, order: Order, change: ChangeRequest, result: ChangeResult | 'unavailable' | undefined): Promise<void> {
  const { deps, conversation, inbound } = turn;
  const kb = deps.knowledge.kb;
  const outcome = result === undefined ? 'not_attempted' : result === 'unavailable' ? 'unavailable' : result.outcome;
  const record = requestRecord(turn, order, change, outcome, typeof result === 'object' ? result.message : undefined);

  const routing = routingOf(kb.routing);
  const entry = turn.understanding?.answer ? kb.faq.find((e) => e.id === turn.understanding!.answer!.id) : undefined;
  const facts = await customerFactsOf(turn).catch(() => undefined);
  const target = routeEscalation(routing, { understanding: turn.understanding, tags: entry?.tags ?? ['after-sale'], channel: inbound.channel, vipLevel: facts?.vipLevel });
  const group = routing.groups.find((g) => g.id === target.group) ?? routing.groups[0]!;
  const now = new Date(deps.now());
  const open = isOpen(group.hours, now, kb.shop.timezone);
  const opensLabel = !open && group.hours ? nextOpening(group.hours, now, kb.shop.timezone) : undefined;

  conversation.turns.push({ role: 'customer', text: inbound.text });
  const ticket = await deps.handoff.open(conversation, {
    reason: 'order_change',
    group: group.id,
    priority: target.priority === 'low' ? 'normal' : target.priority,
    suggestions: [],
    profile: {
      待办: `${KIND_WORD[change.kind]}（${statusLabel[order.status]}${order.status === 'pending' ? '' : '，需联系快递'}）`,
      订单: `${order.id} ${itemsSummary(order)} ${money(order.total, order.currency)}`,
      ...(change.kind === 'address' && change.detail ? { 新地址: change.detail } : {}),
      ...(outcome === 'refused' || outcome === 'unsupported' || outcome === 'unavailable' ? { 订单系统: `${outcome}${record.systemMessage ? `：${record.systemMessage}` : ''}` } : {}),
    },
    opensAt: !open && group.hours ? nextOpeningAt(group.hours, now, kb.shop.timezone) : undefined,
    opensLabel,
  });
  conversation.turns.pop(); // record adds the customer's turn with the reply
  turn.ticketId = ticket.id;
  record.ticketId = ticket.id;
  await deps.store.append(orderRequestsLog(dayOf(record.at)), record);
  turn.decision = { action: 'escalate', reason: 'order_change', group: group.id, priority: target.priority };
  deps.log.info({ order: maskOrderId(order.id), kind: change.kind, outcome, ticket: ticket.id }, 'order change recorded for agents');

  const language = customerLanguage(turn);
  const opens = open ? undefined : group.hours ? nextOpening(group.hours, now, kb.shop.timezone, language) : '';
  await say(turn, messagesFor(language).changes.recorded(change.kind, order.id, opens));
}
