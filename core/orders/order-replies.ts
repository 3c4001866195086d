// What the customer reads about their orders: status, courier, tracking number and last scan, when it
// arrives, their recent orders as a list to pick from. Plain sentences in the customer's language (the
// words: stages/customer-messages.ts), times in the shop's time zone. The line for agents and the LLM
// (orderFact) stays Chinese.
import { dateFormat } from '../date-format.js';
import { messagesFor } from '../stages/customer-messages.js';
import { statusLabel, type Order, type Tracking } from '../shop/shop-connector.js';
import type { Language } from '../text/language.js';

/**
 * What an order or product turn answered from when no knowledge entry asked for the lookup: recorded as
 * the turn's `faq`, so reports count these turns as answered (and the engine does not take them for
 * unanswered questions piling up towards a handoff).
 */
export const ORDER_SOURCE = 'shop:orders';
export const PRODUCT_SOURCE = 'shop:products';

export interface Clock {
  now: number;
  timeZone: string;
}

function parts(ms: number, timeZone: string) {
  const f = dateFormat('en-US', { timeZone, year: 'numeric', month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit', weekday: 'short', hourCycle: 'h23' }).formatToParts(new Date(ms));
  const get = (type: string) => f.find((p) => p.type === type)?.value ?? '';
  return {
    date: `${get('year')}-${get('month')}-${get('day')}`,
    month: Number(get('month')),
    day: Number(get('day')),
    time: `${get('hour')}:${get('minute')}`,
    weekday: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].indexOf(get('weekday')),
  };
}

/** "11月20日 14:32" / "Nov 20, 14:32" */
export function when(ms: number, clock: Clock, language: Language = 'zh'): string {
  return messagesFor(language).dates.at(parts(ms, clock.timeZone));
}

/** "今天" / "明天" / "后天" / "11月22日（周六）"; "today" / … / "Sat, Nov 22" */
export function dayWord(ms: number, clock: Clock, language: Language = 'zh'): string {
  const dates = messagesFor(language).dates;
  const target = parts(ms, clock.timeZone);
  for (const offset of [0, 1, 2, -1] as const) {
    if (parts(clock.now + offset * 86_400_000, clock.timeZone).date === target.date) return dates.near[offset];
  }
  return dates.day(target);
}

/** "“山间春”明前龙井礼盒 等3件" / "… and more (3 items)" */
export function itemsSummary(order: Order, language: Language = 'zh'): string {
  const count = order.items.reduce((n, it) => n + it.quantity, 0);
  const first = order.items[0];
  if (!first) return '';
  return messagesFor(language).orders.items(first.name, count);
}

export function money(amount: number, currency: string): string {
  const figure = Number.isInteger(amount) ? String(amount) : amount.toFixed(2);
  return currency === 'CNY' ? `¥${figure}` : `${figure} ${currency}`;
}

function latestScan(tracking: Tracking | undefined, clock: Clock, language: Language = 'zh'): string | undefined {
  const event = tracking?.events[0];
  return event ? `${when(event.at, clock, language)} ${event.text}` : undefined;
}

/** Status, courier and tracking number, the last scan, the estimate. */
export function statusReply(order: Order, tracking: Tracking | undefined, clock: Clock, language: Language = 'zh'): string {
  const said = messagesFor(language).orders;
  const lines = [said.heading(order.id, itemsSummary(order, language))];
  const courier = tracking?.courier ?? order.courier;
  const trackingNo = tracking?.trackingNo ?? order.trackingNo;
  switch (order.status) {
    case 'pending':
      lines.push(said.statusLine(said.status.pending, order.paidAt ? when(order.paidAt, clock, language) : undefined));
      lines.push(said.preparing);
      break;
    case 'cancelled':
      lines.push(said.statusLine(said.status.cancelled, undefined));
      break;
    default: {
      lines.push(said.statusLine(said.status[order.status], undefined));
      if (courier || trackingNo) lines.push(said.courier([courier, trackingNo].filter(Boolean).join(' ')));
      const scan = latestScan(tracking, clock, language);
      if (scan) lines.push(said.latestScan(scan));
      else if (order.status !== 'delivered') lines.push(said.noScanYet);
      if (order.status !== 'delivered' && tracking?.estimatedDelivery) lines.push(said.expected(dayWord(tracking.estimatedDelivery, clock, language)));
      if (order.status === 'delivered' && order.deliveredAt && !scan) lines.push(said.deliveredAt(when(order.deliveredAt, clock, language)));
    }
  }
  return lines.join('\n');
}

/** 那什么时候能到: the estimate and where the parcel is. */
export function etaReply(order: Order, tracking: Tracking | undefined, clock: Clock, language: Language = 'zh'): string {
  const said = messagesFor(language).orders;
  const latest = latestScan(tracking, clock, language);
  const scan = latest ? `\n${said.latestScan(latest)}` : '';
  switch (order.status) {
    case 'pending':
      return said.eta.pending(order.id);
    case 'cancelled':
      return said.eta.cancelled(order.id);
    case 'delivered':
      return said.eta.delivered(order.id, order.deliveredAt ? when(order.deliveredAt, clock, language) : undefined, scan);
    case 'out_for_delivery':
      return said.eta.outForDelivery(order.id, scan);
    default:
      return said.eta.onTheWay(order.id, tracking?.estimatedDelivery ? said.expected(dayWord(tracking.estimatedDelivery, clock, language)) : undefined, scan);
  }
}

/** A button label for an order in a list: short, tells the orders apart. */
export function orderButtonLabel(order: Order, language: Language = 'zh'): string {
  const said = messagesFor(language).orders;
  return said.button(order.id.slice(-4), said.status[order.status]);
}

export function listReply(orders: readonly Order[], clock: Clock, language: Language = 'zh'): string {
  const said = messagesFor(language).orders;
  const dates = messagesFor(language).dates;
  return said.list(orders.map((o, i) => said.listLine(i + 1, o.id, dates.date(parts(o.createdAt, clock.timeZone)), itemsSummary(o, language), said.status[o.status])));
}

/** One line about the order, for agents (handoff card) and as a fact for the LLM. */
export function orderFact(order: Order, tracking: Tracking | undefined, clock: Clock): string {
  const courier = [tracking?.courier ?? order.courier, tracking?.trackingNo ?? order.trackingNo].filter(Boolean).join(' ');
  const scan = latestScan(tracking, clock);
  return [`订单 ${order.id}`, statusLabel[order.status], itemsSummary(order), money(order.total, order.currency), courier, scan].filter(Boolean).join('；');
}
