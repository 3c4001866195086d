import { describe, expect, it } from 'vitest';
import { normalize } from '../../core/text/normalize.js';
import { createEngine } from '../../core/understand/engine.js';
import { loyaltyAsked } from '../../core/understand/loyalty-question.js';
import { kbOf } from './kb.js';

const asks = (text: string) => loyaltyAsked(normalize(text), /^[a-z]/iu.test(text)) !== undefined;

describe('what regulars get, asked in their own words', () => {
  it('is the loyalty question, whatever it is called', () => {
    expect(asks('I order from you all the time, do I ever get something back?')).toBe(true);
    expect(asks('any perks for repeat customers?')).toBe(true);
    expect(asks('do u do points or anything if i keep buying from u')).toBe(true);
    expect(asks('我是你们家老客户了 有优惠吗')).toBe(true);
    expect(asks('攒下来的那些分能干啥用')).toBe(true);
    expect(asks('在你们这花的钱越多 有没有什么回馈')).toBe(true);
    expect(asks('how many pts do I need for a tenner off?')).toBe(true);
    expect(asks('does spending with you build up anything toward my next order?')).toBe(true);
  });

  it('is not getting money back, a welcome discount, or buying the same thing again', () => {
    expect(asks('can I get my money back for the lamp?')).toBe(false);
    expect(asks("the pop-up said I'd get something off my first order")).toBe(false);
    expect(asks('上次买的护理液想回购')).toBe(false);
    // A delivery every fortnight is a subscription: what ordering so regularly saves is its discount.
    expect(asks('we want beans delivered every fortnight, any saving for ordering regularly?')).toBe(false);
  });

  it('is answered from the points entry', () => {
    const shop = createEngine(kbOf([['points', ['How do reward points work?', 'Do you have a loyalty program?']], ['refund', ['When will I get my refund?']], ['discount', ['Do you have a discount code?']]]));
    expect(shop.understand('I order from you all the time, do I ever get something back?').answer?.id).toBe('points');
    const zh = createEngine(kbOf([['points', ['积分怎么用', '会员有什么权益']], ['refund', ['退款多久到账']], ['coupon', ['有优惠券吗']]]));
    expect(zh.understand('攒下来的那些分能干啥用').answer?.id).toBe('points');
  });
});
