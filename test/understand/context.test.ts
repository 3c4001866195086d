import { describe, expect, it } from 'vitest';
import { createEngine } from '../../core/understand/engine.js';
import type { HistoryTurn } from '../../core/understand/types.js';
import { shopKb } from './kb.js';

const engine = createEngine(shopKb());

describe('follow-up questions', () => {
  it('resolves 那退货呢? after a shipping question to the return entry', () => {
    const history: HistoryTurn[] = [
      { role: 'customer', text: '多久发货?' },
      { role: 'bot', text: '付款后48小时内发货。', faq: 'shipping_time' },
    ];
    const u = engine.understand('那退货呢?', { history });
    expect(u.answer?.id).toBe('returns');
    expect(u.resolved).toContain('退货');
    expect(u.resolved).toContain('发货');
  });

  it('keeps the earlier question as context: 那退货呢? after a question about shipping costs', () => {
    const kb = shopKb({
      faq: [
        { id: 'ship_fee', questions: ['运费多少钱', '发货运费谁出'], answer: '满99包邮。' },
        { id: 'return_fee', questions: ['退货运费谁出'], answer: '质量问题我们出。' },
        { id: 'return_how', questions: ['怎么退货', '退货流程'], answer: '在订单页申请。' },
      ],
    });
    const u = createEngine(kb).understand('那退货呢', { history: [{ role: 'customer', text: '发货运费谁出?' }] });
    expect(u.answer?.id).toBe('return_fee');
  });

  it('resolves "what about returns?" in English', () => {
    const kb = shopKb({
      faq: [
        { id: 'ship', questions: ['how long does shipping take'], answer: '2 days' },
        { id: 'returns', questions: ['how do returns work', 'can I return an item'], answer: '30 days' },
      ],
    });
    const u = createEngine(kb).understand('what about returns?', { history: [{ role: 'customer', text: 'how long does shipping take?' }] });
    expect(u.answer?.id).toBe('returns');
  });

  it('resolves 这个呢? to the previous question about the product mentioned last', () => {
    const history: HistoryTurn[] = [
      { role: 'customer', text: '保温杯多少钱?' },
      { role: 'agent', text: '保温杯99元,也可以看看我们的电热水壶。' },
    ];
    const u = engine.understand('这个呢?', { history });
    expect(u.resolved).toBe('电热水壶多少钱?');
    expect(u.answer?.id).toBe('kettle_price');
  });

  it('replaces a pronoun with the product mentioned earlier', () => {
    const history: HistoryTurn[] = [{ role: 'customer', text: '电热水壶有现货吗' }];
    const u = engine.understand('这个多少钱', { history });
    expect(u.resolved).toBe('电热水壶多少钱');
    expect(u.answer?.id).toBe('kettle_price');
  });

  it('leaves standalone questions alone', () => {
    const history: HistoryTurn[] = [{ role: 'customer', text: '多久发货?' }];
    const u = engine.understand('能开发票吗', { history });
    expect(u.resolved).toBe(u.normalized);
    expect(u.answer?.id).toBe('invoice');
  });

  it('looks back only over the last turns', () => {
    const old: HistoryTurn[] = [{ role: 'customer', text: '多久发货?' }];
    for (let i = 0; i < 8; i++) old.push({ role: i % 2 ? 'customer' : 'bot', text: '好的' });
    const u = engine.understand('那退货呢?', { history: old });
    expect(u.resolved).not.toContain('发货');
  });
});
