// What the shop tests share: a small tea shop's knowledge (order and product entries with actions, two
// products with variants, a promotion), a deterministic engine that also emits entities (order numbers,
// phones, products, SKUs) the way the real one does, a fixed clock, and a runtime over the demo shop.
import { emptyKnowledgeBase, type KnowledgeBase } from '../../core/knowledge/knowledge-base.js';
import type { Product } from '../../core/knowledge/schema.js';
import type { RuntimeOptions } from '../../core/runtime.js';
import { DemoShop } from '../../core/shop/demo-shop.js';
import type { ShopConnector } from '../../core/shop/shop-connector.js';
import type { Entity, UnderstandingEngine } from '../../core/understand/types.js';
import { keywordEngine } from '../fakes/keyword-engine.js';
import { testRuntime } from '../fakes/test-runtime.js';

/** 2026-11-20 10:00 in Shanghai: inside business hours, inside the promotion. */
export const NOW = Date.parse('2026-11-20T10:00:00+08:00');

export const teaProducts: Product[] = [
  {
    id: 'longjing',
    name: '明前西湖龙井',
    aliases: ['明前龙井', '龙井'],
    price: 168,
    unit: '罐',
    specs: { 产地: '杭州西湖', 保质期: '18个月' },
    variants: [
      { sku: 'lj-50g', name: '50g罐装', price: 168, stock: 120 },
      { sku: 'lj-100g', name: '100g罐装', price: 318, stock: 8 },
      { sku: 'lj-250g', name: '250g罐装', price: 758, stock: 0 },
    ],
  },
  { id: 'jinjunmei', name: '武夷山金骏眉', aliases: ['金骏眉'], price: 198, unit: '罐', stock: 90, specs: { 产地: '武夷山' } },
  {
    id: 'tieguanyin',
    name: '安溪铁观音',
    aliases: ['铁观音'],
    price: 128,
    variants: [
      { sku: 'tgy-qing', name: '清香型', price: 128, stock: 100 },
      { sku: 'tgy-nong', name: '浓香型', price: 128, stock: 60 },
    ],
  },
  // Two teas named by a part they share (红茶多少钱 asks about both).
  { id: 'zhengshan', name: '正山小种红茶', price: 88, unit: '罐', stock: 30 },
  { id: 'dianhong', name: '云南滇红红茶', price: 66, unit: '罐', stock: 0 },
];

export function shopKb(): KnowledgeBase {
  return {
    ...emptyKnowledgeBase('test'),
    shop: { name: '测试茶铺', timezone: 'Asia/Shanghai', fallback: '没听懂', handoff: '人工马上来' },
    faq: [
      { id: 'track-order', questions: ['快递到哪了', '查一下物流', '帮我查下订单'], answer: '请发订单号', action: 'order_status', tags: ['logistics'] },
      { id: 'change-address', questions: ['改地址', '修改收货地址'], answer: '没发货可以改', action: 'order_change', tags: ['logistics'] },
      { id: 'cancel-order', questions: ['取消订单', '不想要了能取消吗'], answer: '没发货可以取消', action: 'order_change', tags: ['after-sale'] },
      { id: 'signed-not-received', questions: ['签收了但我没收到'], answer: '我们核实一下', action: 'order_status', escalate: true, tags: ['logistics'] },
      { id: 'delivery-days', questions: ['几天能到'], answer: '一般2–3天', tags: ['logistics'] },
      { id: 'stock-check', questions: ['有货吗', '还有吗'], answer: '告诉我哪一款', action: 'product_info' },
      { id: 'price-inquiry', questions: ['多少钱'], answer: '价格以商品页为准', action: 'product_info' },
      { id: 'returns', questions: ['怎么退货'], answer: '7天无理由退货' },
    ],
    products: teaProducts,
    promotions: [
      {
        id: 'winter',
        title: '冬日暖茶节',
        answer: '金骏眉满199减30',
        valid_from: new Date('2026-11-15T00:00:00+08:00'),
        valid_to: new Date('2026-11-30T23:59:59+08:00'),
        products: ['jinjunmei'],
      },
    ],
    routing: {
      default_group: 'presale',
      groups: [
        { id: 'presale', name: '售前' },
        { id: 'aftersale', name: '售后' },
        { id: 'senior', name: '高级客服' },
      ],
      rules: [
        { name: 'VIP 转人工', when: { vip_level_at_least: 3, signals: ['human_request'] }, group: 'senior' },
        { name: '售后', when: { tags: ['after-sale', 'logistics'] }, group: 'aftersale' },
      ],
    },
  };
}

/**
 * The keyword engine (test/fakes/keyword-engine.ts), finding entities with the real engine's conventions:
 * order numbers are 12+ digits or follow 订单, phones are mainland mobiles, products by name or alias,
 * SKUs by variant name.
 */
export function shopEngine(kb: KnowledgeBase): UnderstandingEngine {
  return keywordEngine(kb, {
    entitiesOf(text) {
      const entities: Entity[] = [];
      for (const m of text.matchAll(/(?<!\d)1[3-9]\d{9}(?!\d)/gu)) entities.push({ kind: 'phone', value: m[0], text: m[0] });
      for (const m of text.matchAll(/(?<!\d)\d{12,24}(?!\d)|(?<=订单号?[:：\s]*)\d{6,11}(?!\d)/gu)) entities.push({ kind: 'order_id', value: m[0], text: m[0] });
      for (const p of kb.products) {
        const name = [p.name, ...(p.aliases ?? [])].sort((a, b) => b.length - a.length).find((n) => text.includes(n));
        if (name) entities.push({ kind: 'product', value: p.id, text: name });
        // Longest variant names first, each span once ("50g罐装" is not also inside "250g罐装").
        let rest = text;
        for (const v of [...(p.variants ?? [])].sort((a, b) => b.name.length - a.name.length)) {
          if (!rest.includes(v.name)) continue;
          entities.push({ kind: 'sku', value: v.sku, text: v.name });
          rest = rest.replace(v.name, ' ');
        }
      }
      return entities;
    },
  });
}

/** A runtime over the demo shop (in memory) with the fake engine and a fixed clock. */
export function shopRuntime(overrides: Partial<RuntimeOptions> & { shop?: ShopConnector } = {}) {
  let clock = NOW;
  const kb = shopKb();
  const demo = new DemoShop({ products: () => kb.products, now: () => clock });
  const t = testRuntime({ knowledge: kb, engineFactory: shopEngine, now: () => clock, shop: demo, ...overrides });
  return {
    ...t,
    demo,
    kb,
    /** Moves the fixed clock. */
    advance(ms: number) {
      clock += ms;
    },
    now: () => clock,
  };
}
