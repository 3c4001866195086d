// What the customer reads about their orders: status, courier, tracking number and last scan, when it
// arrives, their recent orders as a list to pick from. Plain sentences, times in the shop's time zone.
import { dateFormat } from '../date-format.js';
import { statusLabel, type Order, type Tracking } from '../shop/shop-connector.js';

/**
 * What an order or product turn answered from when no knowledge entry asked for the lookup: recorded as
 * the turn's `faq`, so reports count these turns as answered (and the engine does not take them for
 * unanswered questions piling up towards a handoff).
 */
export const ORDER_SOURCE = 'shop:orders';
export const PRODUCT_SOURCE = 'shop:products';

export const orderMessages = {
  askOrderId: '请把订单号发给我（在“我的订单”里可以复制），我马上帮您查～不方便找订单号的话，告诉我下单时的手机号也可以。',
  askLastFour: '为了保护您的订单信息，请告诉我这个订单收货手机号的后4位～',
  /** Said alike for an unknown order and for someone else's: a failed check reveals nothing. */
  notFound: '没有查到可以给您看的订单信息。请核对订单号和收货手机号后4位再发我一次，也可以回复“转人工”让客服帮您查。',
  noOrdersForPhone: '这个手机号下没有查到可以给您看的订单。可以直接发我订单号（在“我的订单”里可以复制），或者回复“转人工”。',
  tooMany: '查询次数有点多了，为了保护订单信息，请一小时后再试，或回复“转人工”让客服帮您查。',
  unavailable: '抱歉，订单系统暂时连不上，我现在查不到订单信息。请过几分钟再问我一次，或回复“转人工”让客服帮您查。',
};

export interface Clock {
  now: number;
  timeZone: string;
}

const WEEKDAYS = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'];

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

/** "11月20日 14:32" */
export function when(ms: number, clock: Clock): string {
  const p = parts(ms, clock.timeZone);
  return `${p.month}月${p.day}日 ${p.time}`;
}

/** "今天" / "明天" / "后天" / "11月22日（周六）" */
export function dayWord(ms: number, clock: Clock): string {
  const target = parts(ms, clock.timeZone);
  for (const [offset, word] of [[0, '今天'], [1, '明天'], [2, '后天'], [-1, '昨天']] as const) {
    if (parts(clock.now + offset * 86_400_000, clock.timeZone).date === target.date) return word;
  }
  return `${target.month}月${target.day}日（${WEEKDAYS[target.weekday]}）`;
}

/** "“山间春”明前龙井礼盒 等3件" */
export function itemsSummary(order: Order): string {
  const count = order.items.reduce((n, it) => n + it.quantity, 0);
  const first = order.items[0];
  if (!first) return '';
  return count > 1 ? `${first.name} 等${count}件` : first.name;
}

export function money(amount: number, currency: string): string {
  const figure = Number.isInteger(amount) ? String(amount) : amount.toFixed(2);
  return currency === 'CNY' ? `¥${figure}` : `${figure} ${currency}`;
}

function latestScan(tracking: Tracking | undefined, clock: Clock): string | undefined {
  const event = tracking?.events[0];
  return event ? `${when(event.at, clock)} ${event.text}` : undefined;
}

/** Status, courier and tracking number, the last scan, the estimate. */
export function statusReply(order: Order, tracking: Tracking | undefined, clock: Clock): string {
  const lines = [`订单 ${order.id}（${itemsSummary(order)}）`];
  const courier = tracking?.courier ?? order.courier;
  const trackingNo = tracking?.trackingNo ?? order.trackingNo;
  switch (order.status) {
    case 'pending':
      lines.push(`状态：${statusLabel.pending}${order.paidAt ? `（${when(order.paidAt, clock)} 付款）` : ''}`);
      lines.push('仓库正在安排发货，发出后我这里就能查到快递单号和物流～');
      break;
    case 'cancelled':
      lines.push(`状态：${statusLabel.cancelled}`);
      break;
    default: {
      lines.push(`状态：${statusLabel[order.status]}`);
      if (courier || trackingNo) lines.push(`快递：${[courier, trackingNo].filter(Boolean).join(' ')}`);
      const scan = latestScan(tracking, clock);
      if (scan) lines.push(`最新物流：${scan}`);
      else if (order.status !== 'delivered') lines.push('最新物流：快递公司还没有更新，一般揽收后几个小时内会有记录。');
      if (order.status !== 'delivered' && tracking?.estimatedDelivery) lines.push(`预计${dayWord(tracking.estimatedDelivery, clock)}送达`);
      if (order.status === 'delivered' && order.deliveredAt && !scan) lines.push(`签收时间：${when(order.deliveredAt, clock)}`);
    }
  }
  return lines.join('\n');
}

/** 那什么时候能到: the estimate and where the parcel is. */
export function etaReply(order: Order, tracking: Tracking | undefined, clock: Clock): string {
  const tail = `（订单 ${order.id}）`;
  const scan = latestScan(tracking, clock);
  switch (order.status) {
    case 'pending':
      return `这个订单还没发货，仓库正在安排${tail}。发出后我这里就能看到快递和预计送达时间，您随时问我～`;
    case 'cancelled':
      return `这个订单已经取消了${tail}，不会再发货。`;
    case 'delivered':
      return `包裹已经签收了${tail}${order.deliveredAt ? `，签收时间 ${when(order.deliveredAt, clock)}` : ''}。${scan ? `\n最新物流：${scan}` : ''}\n如果没收到，可以看看快递柜、驿站或家门口，还是找不到的话回复“转人工”。`;
    case 'out_for_delivery':
      return `包裹今天正在派送中${tail}，快递员会尽快送到，请保持电话畅通～${scan ? `\n最新物流：${scan}` : ''}`;
    default: {
      const estimate = tracking?.estimatedDelivery ? `预计${dayWord(tracking.estimatedDelivery, clock)}送达` : '快递公司暂时没有给出预计送达时间，一般发出后2–3天送达';
      return `${estimate}${tail}。${scan ? `\n最新物流：${scan}` : ''}\n大促或天气原因可能会稍有延迟，以物流信息为准哦。`;
    }
  }
}

/** A button label for an order in a list: short, tells the orders apart. */
export function orderButtonLabel(order: Order): string {
  return `订单尾号${order.id.slice(-4)}（${statusLabel[order.status]}）`;
}

export function listReply(orders: readonly Order[], clock: Clock): string {
  const lines = orders.map((o, i) => `${i + 1}. ${o.id} · ${when(o.createdAt, clock).split(' ')[0]}下单 · ${itemsSummary(o)} · ${statusLabel[o.status]}`);
  return `查到您最近的订单：\n${lines.join('\n')}\n要查哪一个？回复序号或订单号就行～`;
}

/** One line about the order, for agents (handoff card) and as a fact for the LLM. */
export function orderFact(order: Order, tracking: Tracking | undefined, clock: Clock): string {
  const courier = [tracking?.courier ?? order.courier, tracking?.trackingNo ?? order.trackingNo].filter(Boolean).join(' ');
  const scan = latestScan(tracking, clock);
  return [`订单 ${order.id}`, statusLabel[order.status], itemsSummary(order), money(order.total, order.currency), courier, scan].filter(Boolean).join('；');
}
