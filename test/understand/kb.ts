// A small hand-made shop knowledge base for the understanding tests.
import { emptyKnowledgeBase, type KnowledgeBase } from '../../core/knowledge/knowledge-base.js';
import type { FaqEntry, Playbook, Product, Promotion } from '../../core/knowledge/schema.js';

export const faq: FaqEntry[] = [
  { id: 'shipping_time', questions: ['多久发货', '什么时候发货', '下单后几天能发出'], answer: '付款后48小时内发货。' },
  { id: 'returns', questions: ['怎么退货', '退货流程是什么', '可以七天无理由退货吗'], answer: '七天无理由退货。' },
  { id: 'return_shipping', questions: ['退货运费谁出', '退货邮费谁承担'], answer: '质量问题我们承担运费。' },
  { id: 'invoice', questions: ['能开发票吗', '怎么开发票'], answer: '可以开电子发票。' },
  { id: 'cup_price', questions: ['保温杯多少钱', '保温杯的价格'], answer: '保温杯 99 元。' },
  { id: 'kettle_price', questions: ['电热水壶多少钱', '电热水壶的价格'], answer: '电热水壶 159 元。' },
  { id: 'cancel', questions: ['取消订单', '订单不想要了怎么取消'], answer: '未发货可直接取消。', escalate: true },
  { id: 'en_refund', questions: ['how do I get a refund', 'I want my money back'], answer: 'Refunds take 3-5 days.' },
  { id: 'en_track', questions: ['where is my order', 'track my package'], answer: 'Track it in your account.' },
];

export const products: Product[] = [
  {
    id: 'cup',
    name: '保温杯',
    aliases: ['水杯'],
    price: 99,
    variants: [
      { sku: 'CUP-BLK', name: '黑色保温杯', stock: 3 },
      { sku: 'CUP-WHT', name: '白色保温杯', stock: 0 },
    ],
  },
  { id: 'kettle', name: '电热水壶', price: 159 },
  { id: 'tee', name: 'Cotton T-shirt', aliases: ['tee'], price: 59 },
];

export const promotions: Promotion[] = [
  {
    id: 'double11',
    title: '双十一满减',
    questions: ['双十一有什么优惠', '满减活动怎么参加'],
    answer: '满300减50。',
    valid_from: new Date('2026-11-01T00:00:00+08:00'),
    valid_to: new Date('2026-11-12T00:00:00+08:00'),
  },
];

export const playbooks: Playbook[] = [
  { id: 'broken', title: '商品破损', triggers: ['碎了', '破损'], reply: '非常抱歉……', escalate: true, priority: 'high' },
];

export function shopKb(extra: Partial<KnowledgeBase> = {}): KnowledgeBase {
  return { ...emptyKnowledgeBase('test'), faq, products, promotions, playbooks, ...extra };
}

/** A knowledge base of bare FAQ entries: id → its questions, and its answer (by default one naming the id). */
export function kbOf(rows: [string, string[], string?][]): KnowledgeBase {
  return { ...emptyKnowledgeBase('test'), faq: rows.map(([id, questions, answer]) => ({ id, questions, answer: answer ?? `(${id})` })) };
}
