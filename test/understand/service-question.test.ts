import { describe, expect, it } from 'vitest';
import { normalize } from '../../core/text/normalize.js';
import { createEngine } from '../../core/understand/engine.js';
import { serviceOf } from '../../core/understand/service-question.js';
import { kbOf } from './kb.js';

const of = (text: string) => serviceOf(normalize(text), /^[a-z]/iu.test(text));

describe('a service asked about in the customer’s words', () => {
  it('when someone is there, not a greeting', () => {
    expect(of('are you guys open sundays?')).toBe('hours');
    expect(of('客服晚上几点下班')).toBe('hours');
    expect(of('半夜还有人回消息吗')).toBe('hours');
    expect(of('你们晚上几点就没人回消息了啊')).toBe('hours');
    expect(of('客服在吗 我要改地址')).toBeUndefined();
    expect(of('what time does the york shop close on saturdays?')).toBeUndefined();
  });

  it('wrapping a present, not keeping a present looking nice', () => {
    expect(of("it's my mum's birthday present, could you wrap it with a ribbon?")).toBe('gift');
    expect(of('送我老婆的 能不能别放价格单')).toBe('gift');
    expect(of('my birthday present necklace is tarnishing, how do I keep it looking nice?')).toBeUndefined();
  });

  it('credit given as a present, or a present they can pick themselves: a gift card', () => {
    expect(of("my nephew's 18th is coming up, can I buy him some credit to spend with you?")).toBe('gift-card');
    expect(of('want a birthday present for my aunt but have no clue what she likes')).toBe('gift-card');
    expect(of('想送朋友一张你们家的购物卡')).toBe('gift-card');
    // Sending one back is another question; so is a refund to a credit card on the 7th.
    expect(of('can I return a gift card I bought for my sister?')).toBeUndefined();
    expect(of('you got my return on the 7th, when will the refund reach my credit card?')).toBeUndefined();
  });

  it('is answered from the entry keeping that service', () => {
    const shop = createEngine(kbOf([['hours', ['What are your customer service hours?']], ['gift', ['Do you offer gift wrapping?', 'Can I add a gift message?']], ['gift-card', ['Do you sell gift cards?']], ['delivery', ['How long does delivery take?']]]));
    expect(shop.understand("my nephew's 18th is coming up, can I buy him some credit to spend with you?").answer?.id).toBe('gift-card');
    expect(shop.understand('are you guys open sundays?').answer?.id).toBe('hours');
    expect(shop.understand("it's my mum's birthday present, could you wrap it with a ribbon?").answer?.id).toBe('gift');
  });
});
