import { describe, expect, it } from 'vitest';
import { emptyKnowledgeBase } from '../../core/knowledge/knowledge-base.js';
import { createEngine } from '../../core/understand/engine.js';
import { shopKb } from './kb.js';

const engine = createEngine(shopKb());

describe('matching the knowledge', () => {
  it('answers paraphrases from the right entry', () => {
    expect(engine.understand('请问下单以后多久能发货呀').answer?.id).toBe('shipping_time');
    expect(engine.understand('退货的运费是谁出的').answer?.id).toBe('return_shipping');
    const u = engine.understand('你们可以开发票不');
    expect(u.answer?.id).toBe('invoice');
    expect(u.reason).toBe('faq');
    expect(u.answer!.score).toBeGreaterThan(0.5);
  });

  it('meets homophone typos through pinyin', () => {
    // 退活 (tui huo) is typed for 退货 (tui huo); 发或 for 发货.
    expect(engine.understand('怎么退活').answer?.id).toBe('returns');
    expect(engine.understand('多久发或').answer?.id).toBe('shipping_time');
    expect(engine.understand('怎么退活').candidates[0]!.why).toContain('pinyin:tui huo');
  });

  it('reads traditional characters and colloquial words', () => {
    expect(engine.understand('怎麼退貨').answer?.id).toBe('returns');
    expect(engine.understand('啥时候发货').answer?.id).toBe('shipping_time');
  });

  it('applies the shop lexicon: its typos and synonyms', () => {
    const kb = shopKb({ lexicon: { synonyms: [['发票', '收据单']], typos: { 退贷: '退货' }, stopwords: [] } });
    const shop = createEngine(kb);
    expect(shop.understand('怎么退贷').answer?.id).toBe('returns');
    expect(shop.understand('怎么开收据单').answer?.id).toBe('invoice');
  });

  it('leaves questions outside the knowledge unanswered', () => {
    for (const text of ['你们店铺在哪个城市', '能用微信支付吗', '今天天气怎么样', 'do you sell gift cards?']) {
      const u = engine.understand(text);
      expect(u.answer, text).toBeNull();
      expect(u.reason).toBe('no_match');
    }
  });

  it('matches English with typos', () => {
    expect(engine.understand('how can i get a refnud?').answer?.id).toBe('en_refund');
    expect(engine.understand('where is my oder').answer?.id).toBe('en_track');
  });

  it('offers promotions only while they are active', () => {
    const during = engine.understand('双十一有什么优惠吗', { now: new Date('2026-11-05T12:00:00+08:00') });
    expect(during.answer?.id).toBe('double11');
    expect(during.reason).toBe('promotion');
    const after = engine.understand('双十一有什么优惠吗', { now: new Date('2026-12-01T12:00:00+08:00') });
    expect(after.answer).toBeNull();
    expect(after.candidates.map((c) => c.id)).not.toContain('double11');
  });

  it('hands over after answering from an entry marked escalate', () => {
    const u = engine.understand('订单不想要了怎么取消');
    expect(u.answer?.id).toBe('cancel');
    expect(u.escalate).toBe(true);
    expect(u.reason).toBe('faq_handoff');
  });

  it('works on an empty knowledge base', () => {
    const empty = createEngine(emptyKnowledgeBase());
    const u = empty.understand('怎么退货');
    expect(u.answer).toBeNull();
    expect(u.candidates).toEqual([]);
    expect(u.reason).toBe('no_match');
  });

  it('treats greetings as smalltalk', () => {
    const u = engine.understand('你好');
    expect(u.answer).toBeNull();
    expect(u.reason).toBe('smalltalk');
    expect(u.escalate).toBe(false);
  });
});
