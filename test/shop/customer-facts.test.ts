// The customer's profile from the shop's systems: RFM segment, VIP level, and where they show — the
// routing of an escalation (VIP → senior group) and the handoff card.
import { describe, expect, it } from 'vitest';
import { rfmOf, type RfmOrder } from '../../core/customers/rfm.js';
import { vipLabel, vipLevelForSpend } from '../../core/customers/vip-tiers.js';
import { ShopUnavailableError } from '../../core/shop/shop-errors.js';
import { FakeSender } from '../fakes/fake-sender.js';
import { NOW, shopRuntime } from './shop-fixtures.js';

const DAY = 86_400_000;
const order = (daysAgo: number, total: number, status = 'delivered'): RfmOrder => ({ createdAt: NOW - daysAgo * DAY, total, status });

describe('RFM segment', () => {
  it.each([
    ['none', []],
    ['none', [order(3, 100, 'cancelled')]],
    ['new', [order(5, 100)]],
    ['high_value', [order(10, 800), order(40, 700), order(90, 600), order(200, 500)]],
    ['at_risk', [order(120, 300), order(200, 300), order(300, 300)]],
    ['dormant', [order(250, 80)]],
    ['high_spend', [order(70, 2500)]],
    ['frequent', [order(45, 50), order(80, 50), order(100, 50), order(150, 50)]],
    ['recent', [order(10, 60), order(300, 60)]],
    ['regular', [order(50, 60), order(100, 60)]],
  ] as const)('%s', (segment, orders) => {
    expect(rfmOf(orders, NOW).segment).toBe(segment);
  });

  it('counts recency, frequency and spend over 12 months, without cancelled orders', () => {
    expect(rfmOf([order(2, 100), order(30, 50.5), order(400, 999), order(1, 70, 'cancelled')], NOW)).toMatchObject({
      recencyDays: 2,
      frequency12m: 2,
      monetary12m: 150.5,
      orderCount: 3,
      spend: 1149.5,
    });
  });
});

describe('VIP tiers', () => {
  it("follow the sample shop's thresholds", () => {
    expect([0, 499, 500, 1999, 2000, 5000].map((s) => vipLevelForSpend(s))).toEqual([1, 1, 2, 2, 3, 4]);
    expect(vipLabel(3)).toBe('V3 金叶');
    expect(vipLabel(9)).toBe('V9');
  });
});

describe('profile on the handoff card and in routing', () => {
  function member(vipLevel: number) {
    const t = shopRuntime();
    const sender = new FakeSender('console');
    t.deps.outbox.register(sender);
    const customer = t.demo.customer.bind(t.demo);
    t.demo.customer = async (buyer) => {
      const found = await customer(buyer);
      return found && { ...found, vipLevel };
    };
    const say = (text: string) => t.bot.receive(t.message(text, { channel: 'console', address: 'console:xiaolin', userId: 'xiaolin' }));
    return { t, say };
  }

  it('a V4 member asking for a person goes to the senior group', async () => {
    const { say } = member(4);
    const turn = await say('转人工');
    expect(turn?.decision).toMatchObject({ action: 'escalate', group: 'senior' });
  });

  it('a V1 member asking for a person goes to the default group', async () => {
    const { say } = member(1);
    const turn = await say('转人工');
    expect(turn?.decision).toMatchObject({ action: 'escalate', group: 'presale' });
  });

  it('the card shows the VIP level, orders and spend, the segment and the latest orders', async () => {
    const { t, say } = member(3);
    await say('转人工');
    const data = await t.demo.snapshot();
    const mine = data.orders.filter((o) => o.customerId === 'C0001');
    const paid = mine.filter((o) => o.status !== 'cancelled');
    const profile = t.desk.cards.at(-1)!.profile;
    expect(profile).toMatchObject({
      渠道: '控制台',
      客户: '林晓',
      'VIP 等级': 'V3 金叶',
      订单: `${paid.length} 单，累计 ¥${Math.round(paid.reduce((s, o) => s + o.total, 0) * 100) / 100}`,
      最近订单: expect.stringContaining(mine[0]!.id),
    });
    expect(profile['客户分群']).toMatch(/^(高价值|近期活跃|常客|高消费|新客|一般)（/u);
  });

  it('an unknown customer is shown as such, and routing goes on without a level', async () => {
    const t = shopRuntime();
    const turn = await t.bot.receive(t.message('转人工'));
    expect(turn?.decision).toMatchObject({ action: 'escalate', group: 'presale' });
    expect(t.desk.cards.at(-1)!.profile).toMatchObject({ 会员: expect.stringContaining('未识别') });
  });

  it("with the shop system down the card still comes, with the store's lines, and routing goes on", async () => {
    const never = () => new Promise<never>(() => undefined);
    const fail = () => Promise.reject(new ShopUnavailableError('server', '503'));
    const t = shopRuntime({ shop: { name: 'down', getOrder: fail, recentOrders: never, tracking: fail, product: fail, customer: never, requestChange: fail } });
    const turn = await t.bot.receive(t.message('转人工'));
    expect(turn?.decision).toMatchObject({ action: 'escalate', group: 'presale' });
    expect(t.desk.cards.at(-1)!.profile).toMatchObject({ 渠道: 'test', 会员: expect.stringContaining('暂时查不到') });
  });

  it('the phone the customer gave identifies them for the card', async () => {
    const t = shopRuntime();
    const data = await t.demo.snapshot();
    const chen = data.customers[1]!;
    await t.bot.receive(t.message(`我的手机号${chen.phone}，转人工`));
    expect(t.desk.cards.at(-1)!.profile).toMatchObject({ 客户: chen.name, 'VIP 等级': vipLabel(chen.vipLevel) });
  });
});
