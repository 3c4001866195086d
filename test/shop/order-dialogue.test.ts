// Order conversations through the whole pipeline, on the demo shop with a deterministic engine: asking
// for the order number across turns, the last-4 check, follow-ups on the order, changes recorded or
// performed, and the shop system being down.
import { describe, expect, it } from 'vitest';
import type { ConversationState } from '../../core/dialogue/conversation.js';
import { identityHash, normalizeIdentifier } from '../../core/customers/identity-links.js';
import { accessLog, ORDER_CHECKS_PER_HOUR, type AccessRecord } from '../../core/orders/order-access.js';
import { orderRequestsLog, type OrderRequestRecord } from '../../core/orders/order-changes.js';
import { messagesFor } from '../../core/stages/customer-messages.js';
import { dayOf, turnLog, type TurnRecord } from '../../core/stages/record.js';
import type { DemoOrder } from '../../core/shop/demo-shop-seed.js';
import { ResilientConnector } from '../../core/shop/resilient-connector.js';
import type { ShopConnector } from '../../core/shop/shop-connector.js';
import { ShopUnavailableError } from '../../core/shop/shop-errors.js';
import { FakeSender } from '../fakes/fake-sender.js';
import { NOW, shopKb, shopRuntime } from './shop-fixtures.js';

const last4 = (o: DemoOrder) => o.phone.slice(-4);
const orderMessages = messagesFor('zh').orders;

async function orders(t: ReturnType<typeof shopRuntime>) {
  const data = await t.demo.snapshot();
  const byStatus = (status: DemoOrder['status'], customerId?: string) => data.orders.find((o) => o.status === status && (!customerId || o.customerId === customerId))!;
  return { data, byStatus };
}

describe('order status: slot filling across turns', () => {
  it('我的快递到哪了 → asks for the number → the number → asks for the last 4 → status, courier, tracking, last scan', async () => {
    const t = shopRuntime();
    const { byStatus, data } = await orders(t);
    const order = byStatus('in_transit', 'C0001');
    const parcel = data.parcels.find((p) => p.orderId === order.id)!;

    const ask = await t.bot.receive(t.message('我的快递到哪了'));
    expect(t.sender.texts().at(-1)).toBe(orderMessages.askOrderId);
    expect(ask?.decision).toMatchObject({ action: 'answer', reason: 'order_ask' });
    expect(ask?.faq).toBe('track-order');

    await t.bot.receive(t.message(`订单号是 ${order.id}`));
    expect(t.sender.texts().at(-1)).toBe(orderMessages.askLastFour);

    const shown = await t.bot.receive(t.message(`尾号${last4(order)}`));
    const reply = t.sender.texts().at(-1)!;
    expect(reply).toContain(`订单 ${order.id}`);
    expect(reply).toContain('状态：运输中');
    expect(reply).toContain(`快递：顺丰速运 ${parcel.trackingNo}`);
    expect(reply).toContain(`最新物流：`);
    expect(reply).toContain(parcel.events[0]!.text);
    expect(reply).toMatch(/预计.+送达/u);
    expect(shown?.decision).toMatchObject({ action: 'answer', reason: 'order_status' });
    expect(shown?.facts?.[0]?.id).toBe(`order:${order.id}`);

    const conversation = await t.deps.store.get<ConversationState>('conv:test:alice|test:alice');
    expect(conversation?.slots).toMatchObject({ order_id: order.id });
    expect(conversation?.slots.awaiting).toBeUndefined();
  });

  it('a general question an order entry answers (退款多久到账) gets the answer, and the lookup is offered', async () => {
    const kb = shopKb();
    kb.faq.push({ id: 'refund-time', questions: ['退款多久到账', '钱什么时候退给我'], answer: '验收后48小时内退款', action: 'order_status' });
    const t = shopRuntime({ knowledge: kb });
    const { byStatus } = await orders(t);
    const order = byStatus('in_transit', 'C0001');
    const answered = await t.bot.receive(t.message('退款多久到账'));
    expect(t.sender.texts().at(-1)).toBe(`验收后48小时内退款\n${orderMessages.offerLookup}`);
    expect(answered?.decision).toMatchObject({ action: 'answer', reason: 'faq' });
    expect(answered?.faq).toBe('refund-time');
    // The number that follows is read as the order to look up.
    await t.bot.receive(t.message(order.id));
    expect(t.sender.texts().at(-1)).toBe(orderMessages.askLastFour);
  });

  it('keeps the question across a restart (the slot is in the store)', async () => {
    const first = shopRuntime();
    const { byStatus } = await orders(first);
    const order = byStatus('out_for_delivery');
    await first.bot.receive(first.message('帮我查下订单'));
    // A new process over the same store and the same shop: `xiaoer ask` runs one per message.
    const second = shopRuntime({ store: first.deps.store, shop: first.demo });
    await second.bot.receive(second.message(order.id, { id: 'x1' }));
    expect(second.sender.texts()).toEqual([orderMessages.askLastFour]);
    await second.bot.receive(second.message(last4(order), { id: 'x2' }));
    expect(second.sender.texts().at(-1)).toContain('状态：派送中');
  });

  it("lists a bound member's recent orders; a number picks one, no last-4 needed", async () => {
    const t = shopRuntime();
    const sender = new FakeSender('console');
    t.deps.outbox.register(sender);
    const { data } = await orders(t);
    const mine = data.orders.filter((o) => o.customerId === 'C0001').slice(0, 3);
    const lin = (text: string) => t.message(text, { channel: 'console', address: 'console:xiaolin', userId: 'xiaolin' });

    await t.bot.receive(lin('我的快递到哪了'));
    const list = sender.sent.at(-1)!;
    expect(list.text).toContain('查到您最近的订单');
    for (const o of mine) expect(list.text).toContain(o.id);
    expect(list.quickReplies?.map((q) => q.text)).toEqual(mine.map((o) => o.id));

    const picked = mine.findIndex((o) => o.status === 'in_transit');
    await t.bot.receive(lin(String(picked + 1)));
    expect(sender.texts().at(-1)).toContain(`订单 ${mine[picked]!.id}`);
    expect(sender.texts().at(-1)).toContain('状态：运输中');
  });

  it('a full phone number instead of an order number lists that phone\'s orders', async () => {
    const t = shopRuntime();
    const { data } = await orders(t);
    const chen = data.customers[1]!;
    await t.bot.receive(t.message('查一下物流'));
    await t.bot.receive(t.message(`我的手机号是${chen.phone}`));
    const reply = t.sender.texts().at(-1)!;
    const theirs = data.orders.filter((o) => o.customerId === chen.id);
    expect(reply).toContain(theirs[0]!.id);
    // ...and their orders are now theirs to see without another check.
    await t.bot.receive(t.message('1'));
    expect(t.sender.texts().at(-1)).toContain(`订单 ${theirs[0]!.id}`);
  });
});

describe('follow-ups on the order under discussion', () => {
  async function focused(status: DemoOrder['status']) {
    const t = shopRuntime();
    const { byStatus } = await orders(t);
    const order = byStatus(status);
    await t.bot.receive(t.message(`订单 ${order.id}`));
    await t.bot.receive(t.message(last4(order)));
    return { t, order };
  }

  it('那什么时候能到? answers from the order: the estimate and the last scan', async () => {
    const { t, order } = await focused('in_transit');
    const turn = await t.bot.receive(t.message('那什么时候能到?'));
    expect(turn?.decision?.reason).toBe('order_eta');
    expect(t.sender.texts().at(-1)).toMatch(new RegExp(`^预计.+送达（订单 ${order.id}）`, 'u'));
  });

  it('几天能到 (an entry without an action) is answered from the order while it is under discussion', async () => {
    const { t } = await focused('pending');
    await t.bot.receive(t.message('几天能到'));
    expect(t.sender.texts().at(-1)).toContain('还没发货');
  });

  it('能改地址吗 on a shipped order: asks for the address, records it for agents, promises nothing', async () => {
    const { t, order } = await focused('in_transit');
    await t.bot.receive(t.message('能改地址吗?'));
    expect(t.sender.texts().at(-1)).toContain('已经发出了');
    const turn = await t.bot.receive(t.message('改成 上海市浦东新区张江路88号3栋1201室 王芳 13900001111'));
    expect(turn?.decision).toMatchObject({ action: 'escalate', reason: 'order_change', group: 'aftersale' });
    const reply = t.sender.texts().at(-1)!;
    expect(reply).toContain('已为您登记修改收货地址的申请');
    expect(reply).toContain('订单地址还没有改');
    expect(reply).not.toMatch(/已经帮您|改好了/u);

    const [request] = await t.deps.store.read<OrderRequestRecord>(orderRequestsLog(dayOf(t.deps.now())));
    expect(request).toMatchObject({ orderId: order.id, kind: 'address', detail: '上海市浦东新区张江路88号3栋1201室 王芳 13900001111', status: 'in_transit', outcome: 'not_attempted', ticketId: turn!.ticketId });
    const card = t.desk.cards.at(-1)!;
    expect(card.ticket.reason).toBe('order_change');
    expect(card.profile).toMatchObject({ 新地址: '上海市浦东新区张江路88号3栋1201室 王芳 13900001111', 当前订单: expect.stringContaining(order.id) });
    expect((await t.demo.getOrder(order.id))?.address).toBe(order.address); // nothing changed behind anyone's back
  });

  it('能改地址吗 on a pending order: the shop system performs it, and only then "已经帮您"', async () => {
    const { t, order } = await focused('pending');
    await t.bot.receive(t.message('能改地址吗'));
    expect(t.sender.texts().at(-1)).toContain('还没发货，可以改');
    const turn = await t.bot.receive(t.message('新地址：北京市朝阳区建国路1号2栋301室 林晓'));
    expect(turn?.decision?.action).toBe('answer');
    expect(t.sender.texts().at(-1)).toContain('已经帮您把订单');
    expect(t.sender.texts().at(-1)).toContain('订单系统已确认');
    expect((await t.demo.getOrder(order.id))?.address).toBe('北京市朝阳区建国路1号2栋301室 林晓');
  });

  it('cancelling a pending order asks for confirmation first; "不取消" keeps it', async () => {
    const { t, order } = await focused('pending');
    await t.bot.receive(t.message('我想取消订单'));
    expect(t.sender.texts().at(-1)).toContain('确认要取消订单');
    await t.bot.receive(t.message('不取消'));
    expect((await t.demo.getOrder(order.id))?.status).toBe('pending');
    await t.bot.receive(t.message('我想取消订单'));
    await t.bot.receive(t.message('确认取消'));
    expect(t.sender.texts().at(-1)).toContain('已取消，订单系统已确认');
    expect((await t.demo.getOrder(order.id))?.status).toBe('cancelled');
  });

  it('after cancelling, a new "where is my order" offers the orders again instead of the cancelled one', async () => {
    const t = shopRuntime();
    const sender = new FakeSender('console');
    t.deps.outbox.register(sender);
    const lin = (text: string) => t.message(text, { channel: 'console', address: 'console:xiaolin', userId: 'xiaolin' });
    const { data } = await orders(t);
    const pending = data.orders.find((o) => o.customerId === 'C0001' && o.status === 'pending')!;
    await t.bot.receive(lin(`订单 ${pending.id} 我想取消订单`));
    await t.bot.receive(lin('确认取消'));
    expect(sender.texts().at(-1)).toContain('已取消');
    await t.bot.receive(lin('快递到哪了'));
    expect(sender.texts().at(-1)).toContain('查到您最近的订单');
  });

  it('cancelling a shipped order becomes an interception request for agents', async () => {
    const { t, order } = await focused('shipped');
    const turn = await t.bot.receive(t.message('不想要了能取消吗'));
    expect(turn?.decision).toMatchObject({ action: 'escalate', reason: 'order_change' });
    expect(t.sender.texts().at(-1)).toContain('订单还没有取消');
    expect((await t.demo.getOrder(order.id))?.status).toBe('shipped');
  });

  it('a change the shop system cannot make is recorded with its answer', async () => {
    const t = shopRuntime();
    const { byStatus } = await orders(t);
    const order = byStatus('pending');
    t.demo.requestChange = async () => ({ outcome: 'unsupported', message: 'read-only' });
    await t.bot.receive(t.message(`订单 ${order.id}`));
    await t.bot.receive(t.message(last4(order)));
    await t.bot.receive(t.message('改地址'));
    await t.bot.receive(t.message('浙江省杭州市西湖区文三路1号'));
    const [request] = await t.deps.store.read<OrderRequestRecord>(orderRequestsLog(dayOf(t.deps.now())));
    expect(request).toMatchObject({ outcome: 'unsupported', systemMessage: 'read-only' });
    expect(t.sender.texts().at(-1)).toContain('订单地址还没有改');
  });

  it('an unrelated question while an answer is awaited goes to the knowledge, and the wait ends', async () => {
    const t = shopRuntime();
    await t.bot.receive(t.message('快递到哪了'));
    await t.bot.receive(t.message('怎么退货'));
    expect(t.sender.texts().at(-1)).toBe('7天无理由退货');
    const conversation = await t.deps.store.get<ConversationState>('conv:test:alice|test:alice');
    expect(conversation?.slots.awaiting).toBeUndefined();
  });

  it('a general question with a status-ish word (发什么快递) is left to the knowledge', async () => {
    const { t } = await focused('in_transit');
    t.kb.faq.push({ id: 'courier', questions: ['发什么快递'], answer: '默认中通' });
    t.deps.knowledge.replace(t.kb);
    await t.bot.receive(t.message('发什么快递'));
    expect(t.sender.texts().at(-1)).toBe('默认中通');
    await t.bot.receive(t.message('现在到哪了'));
    expect(t.sender.texts().at(-1)).toContain('状态：运输中');
  });

  it('the order is forgotten after half an hour of silence', async () => {
    const { t } = await focused('in_transit');
    t.advance(31 * 60_000);
    await t.bot.receive(t.message('那什么时候能到?'));
    expect(t.sender.texts().at(-1)).toBe('没听懂');
  });

  it('a complaint about the order goes to a person, the order on the card', async () => {
    const { t, order } = await focused('in_transit');
    const turn = await t.bot.receive(t.message('我要投诉，快递太慢了'));
    expect(turn?.decision?.action).toBe('escalate');
    expect(t.desk.cards.at(-1)?.profile['当前订单']).toContain(order.id);
  });
});

describe('privacy', () => {
  it("someone else's order gets exactly what a non-existent order gets", async () => {
    const t = shopRuntime();
    const { byStatus } = await orders(t);
    const theirs = byStatus('in_transit', 'C0002');

    const replies = async (orderNo: string, userId: string) => {
      const sender = new FakeSender('x');
      const rt = shopRuntime({ store: t.deps.store, shop: t.demo });
      rt.deps.outbox.register(sender);
      const m = (text: string) => rt.message(text, { channel: 'x', address: `x:${userId}`, userId, id: `${userId}-${text}` });
      await rt.bot.receive(m(`帮我查下订单 ${orderNo}`));
      await rt.bot.receive(m('0000'));
      return sender.texts();
    };
    const someoneElses = await replies(theirs.id, 'eve');
    const nonexistent = await replies('420000000000000001', 'mallory');
    expect(someoneElses).toEqual(nonexistent);
    expect(someoneElses).toEqual([orderMessages.askLastFour, orderMessages.notFound]);
    for (const text of someoneElses) {
      expect(text).not.toContain(theirs.address);
      expect(text).not.toMatch(/运输中|顺丰|中通|京东/u);
    }
  });

  it('the right last 4 digits unlock the order (and keep it unlocked for that account)', async () => {
    const t = shopRuntime();
    const { byStatus } = await orders(t);
    const order = byStatus('delivered');
    await t.bot.receive(t.message(`订单号 ${order.id}`));
    await t.bot.receive(t.message(`后四位是${last4(order)}`));
    expect(t.sender.texts().at(-1)).toContain('状态：已签收');
    // Later, a new conversation on the same account: no second check.
    t.advance(2 * 3600_000);
    await t.bot.receive(t.message(`订单号 ${order.id}`));
    expect(t.sender.texts().at(-1)).toContain('状态：已签收');
  });

  it('proving the same order on two channels links both profiles to one buyer; a failed proof links nothing', async () => {
    const t = shopRuntime();
    const { byStatus } = await orders(t);
    const order = byStatus('delivered');
    const wechat = { channel: 'wechat', address: 'wechat:w1', userId: 'w1' };
    const telegram = { channel: 'telegram', address: 'telegram:9', userId: '9' };
    const stranger = { channel: 'telegram', address: 'telegram:66', userId: '66' };
    await t.bot.receive(t.message(`订单号 ${order.id}`, wechat));
    const proved = await t.bot.receive(t.message(`后四位是${last4(order)}`, wechat));
    await t.bot.receive(t.message(`订单号 ${order.id}`, telegram));
    const provedAgain = await t.bot.receive(t.message(`后四位是${last4(order)}`, telegram));
    expect(proved!.conversation.customerId).toMatch(/^buyer:/u);
    expect(provedAgain!.conversation.customerId).toBe(proved!.conversation.customerId);

    await t.bot.receive(t.message(`订单号 ${order.id}`, stranger));
    const guessed = await t.bot.receive(t.message('后四位是0000', stranger));
    expect(guessed!.conversation.customerId).toBe('telegram:66');
  });

  it('links under hashes keyed by IDENTITY_SECRET when the shop sets one', async () => {
    const t = shopRuntime({ settings: { IDENTITY_SECRET: 'shop-secret' } });
    const order = (await orders(t)).byStatus('delivered');
    await t.bot.receive(t.message(`订单号 ${order.id}`));
    const proved = await t.bot.receive(t.message(`后四位是${last4(order)}`));
    const phone = normalizeIdentifier('phone', order.phone)!;
    expect(proved!.conversation.customerId).toBe(`buyer:${identityHash('phone', phone, 'shop-secret')}`);
  });

  it('a wrong last 4 never reveals the order, and the pending number is dropped', async () => {
    const t = shopRuntime();
    const { byStatus } = await orders(t);
    const order = byStatus('in_transit');
    await t.bot.receive(t.message(`订单 ${order.id}`));
    const wrong = String((Number(last4(order)) + 1) % 10000).padStart(4, '0');
    await t.bot.receive(t.message(wrong));
    expect(t.sender.texts().at(-1)).toBe(orderMessages.notFound);
    await t.bot.receive(t.message(last4(order))); // too late: the number must be given again
    expect(t.sender.texts().at(-1)).not.toContain(order.id);
  });

  it('limits checks per account per hour and logs them masked', async () => {
    const t = shopRuntime();
    for (let i = 0; i < ORDER_CHECKS_PER_HOUR; i++) await t.bot.receive(t.message(`订单 4200000000000000${String(i).padStart(2, '0')}`));
    await t.bot.receive(t.message('订单 420000000000000099'));
    const turn = (await t.deps.store.read<TurnRecord>(turnLog(dayOf(NOW)))).at(-1);
    expect(turn?.reason).toBe('order_limited');
    expect(t.sender.texts().at(-1)).toBe(orderMessages.tooMany);

    const log = await t.deps.store.read<AccessRecord>(accessLog(dayOf(NOW)));
    expect(log.map((l) => l.outcome)).toEqual([...Array(ORDER_CHECKS_PER_HOUR).fill('asked'), 'limited']);
    for (const entry of log) expect(entry.order).toMatch(/^\*+\d{4}$/u);

    // An hour later the account may try again.
    t.advance(3600_000);
    await t.bot.receive(t.message('订单 420000000000000100'));
    expect(t.sender.texts().at(-1)).toBe(orderMessages.askLastFour);
  });
});

describe('the shop system down', () => {
  function failing(): ShopConnector {
    const fail = () => Promise.reject(new ShopUnavailableError('server', 'HTTP 503'));
    return { name: 'down', getOrder: fail, recentOrders: fail, tracking: fail, product: fail, customer: fail, requestChange: fail };
  }

  it('tells the customer plainly, offers a person, and remembers what was asked', async () => {
    const t = shopRuntime({ shop: new ResilientConnector(failing(), { retries: 0, failureThreshold: 2 }) });
    await t.bot.receive(t.message('快递到哪了'));
    const turn = await t.bot.receive(t.message('订单 427537049369620697'));
    expect(turn?.decision).toMatchObject({ action: 'fallback', reason: 'shop_unavailable' });
    expect(t.sender.texts().at(-1)).toBe(orderMessages.unavailable);
    expect(t.sender.sent.at(-1)?.quickReplies).toEqual([{ label: '转人工', text: '转人工' }]);
    // The breaker is open now: the next customer is told at once.
    await t.bot.receive(t.message('订单 427537049369620697', { address: 'test:bob', userId: 'bob' }));
    expect(t.sender.texts().at(-1)).toBe(orderMessages.unavailable);
  });

  it('a slow system is cut off within the turn: the customer hears "unavailable", not a time-out apology', async () => {
    const slow: ShopConnector = { ...failing(), customer: async () => undefined, getOrder: () => new Promise(() => undefined) };
    const t = shopRuntime({ shop: new ResilientConnector(slow, { timeoutMs: 5_000 }), settings: { TURN_TIMEOUT_MS: 1_300 } });
    await t.bot.receive(t.message('订单 427537049369620697'));
    expect(t.sender.texts()).toEqual([orderMessages.unavailable]);
  });

  it('a shown order survives the logistics side being down', async () => {
    const t = shopRuntime();
    const { byStatus } = await orders(t);
    const order = byStatus('in_transit');
    t.demo.tracking = () => Promise.reject(new ShopUnavailableError('timeout', 'slow'));
    await t.bot.receive(t.message(`订单 ${order.id}`));
    await t.bot.receive(t.message(last4(order)));
    expect(t.sender.texts().at(-1)).toContain('状态：运输中');
    expect(t.sender.texts().at(-1)).toContain('物流系统暂时查不到');
  });
});
