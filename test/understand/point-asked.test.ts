import { describe, expect, it } from 'vitest';
import { normalize } from '../../core/text/normalize.js';
import { createEngine } from '../../core/understand/engine.js';
import { pointAsked } from '../../core/understand/point-asked.js';
import { kbOf } from './kb.js';

const asks = (text: string) => pointAsked(normalize(text), /^[a-z]/iu.test(text)) !== undefined;

describe('whether something can be passed to another person', () => {
  it('is asked of points, coupons, warranties and courses, in English and Chinese', () => {
    expect(asks("Can I transfer my reward points to my sister's account?")).toBe(true);
    expect(asks("Can I move my gift card balance over to my mom's account?")).toBe(true);
    expect(asks('If I sell my guitar on, does the warranty pass to the new owner?')).toBe(true);
    expect(asks('If I sell my knife to a friend, does the lifetime warranty pass on to them?')).toBe(true);
    expect(asks('我的积分能转到我老婆的账号上吗')).toBe(true);
    expect(asks('优惠券能送给朋友用吗')).toBe(true);
    expect(asks('卡激活以后能不能过户给我老婆用')).toBe(true);
  });

  it('is not a payment by transfer, a parcel sent on elsewhere, or something to go with a purchase', () => {
    expect(asks('Can I pay by bank transfer?')).toBe(false);
    expect(asks('i cannot make a transfer, inform of payment errors')).toBe(false);
    expect(asks('Do you sell cushions to go with the wallpaper?')).toBe(false);
    expect(asks('包裹已经在路上了，能不能让快递员转送到我公司那边去？')).toBe(false);
    expect(asks('积分怎么用')).toBe(false);
  });
});

describe('an invoice redone, the e-mail address changed', () => {
  it('is asked', () => {
    expect(asks('发票抬头写错了，已经开出来的能作废重新开吗')).toBe(true);
    expect(asks('抬头开错了能重开吗')).toBe(true);
    expect(asks('can you reissue the invoice with our company name?')).toBe(true);
    expect(asks('How do I change the email address on my account?')).toBe(true);
  });

  it('is not an invoice asked for, an address written wrong, or a password reset', () => {
    expect(asks('能开发票吗')).toBe(false);
    expect(asks('地址写错了 能改吗')).toBe(false);
    expect(asks('forgot my password and the reset email never came')).toBe(false);
  });

  it('is answered only from an entry that speaks of it', () => {
    const e = createEngine(
      kbOf([
        ['invoice', ['能开发票吗', '发票怎么开'], '下单时填写抬头和税号，发货后3天内开具电子发票。'],
        ['change-order', ['Can I change my order?'], 'Orders can be changed within 1 hour from My Account > Order History, using the link in your confirmation email.'],
        ['shipping', ['多久发货'], '付款后48小时内发货。'],
      ]),
    );
    expect(e.understand('发票抬头写错了，已经开出来的能作废重新开吗').answer).toBeNull();
    expect(e.understand('How do I change the email address on my account?').answer).toBeNull();
    expect(e.understand('发票怎么开啊').answer?.id).toBe('invoice');
    const fixes = createEngine(
      kbOf([
        ['invoice', ['能开发票吗'], '下单时填写抬头和税号，发货后3天内开具电子发票；开错可申请作废重开。'],
        ['shipping', ['多久发货'], '付款后48小时内发货。'],
      ]),
    );
    expect(fixes.understand('发票抬头写错了，已经开出来的能作废重新开吗').answer?.id).toBe('invoice');
  });
});

describe('a job with the shop, a discount for a group of people', () => {
  it('is asked', () => {
    expect(asks('Are you hiring at the Harrogate shop? I have retail experience')).toBe(true);
    expect(asks('你们招不招兼职客服啊')).toBe(true);
    expect(asks('Do you do a student discount?')).toBe(true);
    expect(asks('Is there a coupon for military or first responders?')).toBe(true);
    expect(asks('学生证能打折吗')).toBe(true);
  });

  it('is not a question of hours, of discounts in general, or of a reseller', () => {
    expect(asks('what are your opening hours?')).toBe(false);
    expect(asks('do you have any discount codes?')).toBe(false);
    // (A reseller's question is a point of its own, not a job's.)
    expect(pointAsked(normalize('你们招不招代理'), false)?.speaks.test('招聘')).not.toBe(true);
  });

  it('is answered only from an entry that names it', () => {
    const e = createEngine(
      kbOf([
        ['discounts', ['Do you have any discount codes?', 'How do I use a promo code?'], 'Sign up to our newsletter for 10% off your first order.'],
        ['hours', ['When is the shop open?'], 'Our Leeds shop is open 9am to 6pm, Monday to Saturday.'],
        ['shipping', ['How long does shipping take?'], 'Orders ship within 2 days.'],
      ]),
    );
    expect(e.understand('Do you do a student discount?').answer).toBeNull();
    expect(e.understand('Are you hiring at the Leeds shop?').answer).toBeNull();
    expect(e.understand('any discount codes at the moment?').answer?.id).toBe('discounts');
    const academic = createEngine(
      kbOf([
        ['discounts', ['Do you have any discount codes?'], 'Students and teachers get 15% off with a valid academic email.'],
        ['shipping', ['How long does shipping take?'], 'Orders ship within 2 days.'],
      ]),
    );
    expect(academic.understand('Do you do a student discount?').answer?.id).toBe('discounts');
  });
});

describe('what an invoice says, coupons and points expiring, instalment fees, a part bought on its own', () => {
  it('is asked', () => {
    expect(asks('发票内容能开成办公用品吗')).toBe(true);
    expect(asks('优惠券过期了还能恢复吗')).toBe(true);
    expect(asks('My gift card ran out last month without me using it, can you extend it?')).toBe(true);
    expect(asks('会员积分会过期吗 一年不用会不会清零')).toBe(true);
    expect(asks('Do my rewards points expire?')).toBe(true);
    expect(asks('12期的手续费是多少')).toBe(true);
    expect(asks('分期付款的话能提前一次性还清吗')).toBe(true);
    expect(asks('保温杯杯盖的硅胶圈丢了 能单独买一个吗')).toBe(true);
    expect(asks("Do you sell the batteries on their own? I'd rather change it myself.")).toBe(true);
  });

  it('is not an invoice asked for, a PIN restored, nor something bought in an order (下单买)', () => {
    expect(asks('发票怎么开')).toBe(false);
    expect(asks('is it possible to restore my user PIN code?')).toBe(false);
    expect(asks('昨晚下单买了两盒月抛 还没发货 能改吗')).toBe(false);
    expect(asks('花呗能分期吗')).toBe(false);
  });

  it('is answered only from an entry that speaks of it', () => {
    const e = createEngine(
      kbOf([
        ['invoice', ['能开发票吗', '发票怎么开'], '下单时填写抬头和税号，发货后3天内开具电子发票。'],
        ['points', ['积分怎么获得', '积分有什么用'], '每消费1元得1积分，100积分可抵1元。'],
        ['installments', ['能分期付款吗', '支持花呗分期吗'], '支持花呗3期、6期、12期分期付款。'],
        ['shipping', ['多久发货'], '付款后48小时内发货。'],
      ]),
    );
    expect(e.understand('发票内容能开成办公用品吗').answer).toBeNull();
    expect(e.understand('积分会过期吗').answer).toBeNull();
    expect(e.understand('12期的手续费是多少').answer).toBeNull();
    expect(e.understand('花呗分期能分几期').answer?.id).toBe('installments');
    const told = createEngine(
      kbOf([
        ['points', ['积分怎么获得', '积分有什么用'], '每消费1元得1积分，积分有效期一年，每年12月31日清零。'],
        ['installments', ['能分期付款吗'], '支持花呗3期、6期免息，12期手续费由买家承担。'],
        ['shipping', ['多久发货'], '付款后48小时内发货。'],
      ]),
    );
    expect(told.understand('积分会过期吗').answer?.id).toBe('points');
    expect(told.understand('12期的手续费是多少').answer?.id).toBe('installments');
  });
});

describe('parking at the shop, recycling, a PO box', () => {
  it('is asked, but not of a dashcam parking mode', () => {
    expect(asks('Is there parking near the shop?')).toBe(true);
    expect(asks('开车去你们门店那边好停车吗')).toBe(true);
    expect(asks('Is your packaging plastic-free or at least recyclable?')).toBe(true);
    expect(asks('Do you deliver to PO boxes?')).toBe(true);
    expect(asks('does the dashcam have a parking mode?')).toBe(false);
    expect(asks('停车监控一定要接降压线吗')).toBe(false);
  });

  it('is answered only from an entry that speaks of it', () => {
    const e = createEngine(
      kbOf([
        ['collect', ['Can I collect my order from the shop?'], 'Choose Click & Collect at checkout and pick it up from our Leeds shop within 7 days.'],
        ['shipping', ['Where do you deliver?', 'How much is shipping?'], 'We deliver across the UK; standard delivery is £3.95.'],
      ]),
    );
    expect(e.understand('Is there parking at the shop when I come to collect?').answer).toBeNull();
    expect(e.understand('Do you deliver to PO boxes?').answer).toBeNull();
    expect(e.understand('can I collect my order from the shop?').answer?.id).toBe('collect');
  });
});

describe("a gift card's refund or e-mail, one order paid two ways, a holiday, a dog in the shop", () => {
  it('is asked', () => {
    expect(asks('can i get a refund on a gift card')).toBe(true);
    expect(asks('I accidentally deleted the email with my gift card code, can you send it again?')).toBe(true);
    expect(asks('Can I pay part of my order with a gift card and the rest with PayPal?')).toBe(true);
    expect(asks('花呗额度不够，能一部分花呗一部分用储蓄卡付吗')).toBe(true);
    expect(asks('Are your phone lines open on the bank holiday Monday?')).toBe(true);
    expect(asks('can i bring my dog in the shop')).toBe(true);
    expect(asks('If I give my stroller to my sister, does the warranty still cover her?')).toBe(true);
  });

  it('is answered only from an entry that speaks of it: of both the gift card and a refund', () => {
    const e = createEngine(
      kbOf([
        ['refunds', ['What is your refund policy?', 'How long do refunds take?'], 'Refunds go back to your card within 5 days of your return arriving.'],
        ['gift-cards', ['Do you sell gift cards?'], 'Our e-gift cards come in $25 to $200 and never expire.'],
        ['shipping', ['How long does shipping take?'], 'Orders ship within 2 days.'],
      ]),
    );
    expect(e.understand('What is your refund policy on gift cards?').answer).toBeNull();
    expect(e.understand('what is your refund policy?').answer?.id).toBe('refunds');
    const said = createEngine(
      kbOf([
        ['gift-cards', ['Do you sell gift cards?'], 'Our e-gift cards never expire and cannot be refunded or exchanged for cash.'],
        ['shipping', ['How long does shipping take?'], 'Orders ship within 2 days.'],
      ]),
    );
    expect(said.understand('can i get a refund on a gift card').answer?.id).toBe('gift-cards');
  });
});

describe("a credit check, a return's tracking, renting, card details kept, a refund to a closed card", () => {
  it('is asked', () => {
    expect(asks('Does paying with Klarna involve a credit check?')).toBe(true);
    expect(asks('分期付款要查征信吗')).toBe(true);
    expect(asks('How can I track the return I posted back to you?')).toBe(true);
    expect(asks('可以租琴吗，按月付租金那种')).toBe(true);
    expect(asks('Do you save my card number on the site after I pay?')).toBe(true);
    expect(asks('原来付款的那张银行卡已经注销了，退款怎么办？')).toBe(true);
    // Not the order's tracking, nor a rented flat.
    expect(asks('How can I track my order?')).toBe(false);
    expect(asks('我是租房的，能上门安装吗')).toBe(false);
  });

  it('is answered only from an entry that speaks of it, unless another question beside it asks for that entry', () => {
    const e = createEngine(
      kbOf([
        ['payment', ['What payment methods do you accept?', 'Can I pay with Klarna?'], 'We take cards, PayPal and Klarna (pay in 3).'],
        ['tracking', ['How can I track my order?'], 'The tracking link is in your dispatch e-mail.'],
        ['shipping-abroad', ['Do you ship to New Zealand?', 'Do you ship internationally?'], 'We ship to New Zealand and Australia for $25.'],
      ]),
    );
    expect(e.understand('Does paying with Klarna involve a credit check?').answer).toBeNull();
    expect(e.understand('How can I track the return I posted back to you?').answer).toBeNull();
    expect(e.understand('How can I track my order?').answer?.id).toBe('tracking');
    // Renting is not answered, shipping to New Zealand is.
    expect(e.understand('can I rent a kayak, and do you ship to New Zealand?').answer?.id).toBe('shipping-abroad');
    const checked = createEngine(
      kbOf([['payment', ['Can I pay with Klarna?'], 'Klarna runs a soft credit check that does not affect your credit score.']]),
    );
    expect(checked.understand('Does paying with Klarna involve a credit check?').answer?.id).toBe('payment');
  });
});

describe("paying for someone else, a repair out of warranty, a gift card's balance, a delivery's time of day", () => {
  it('is asked', () => {
    expect(asks('我花呗额度不够，能让我爸用他的花呗帮我付吗？')).toBe(true);
    expect(asks('灯具过了保修期，付费修一次大概多少钱')).toBe(true);
    expect(asks('What does a repair cost once it is out of warranty?')).toBe(true);
    expect(asks('How do I check the balance on my gift card?')).toBe(true);
    expect(asks('Can I pick a delivery time window, like after 5 pm?')).toBe(true);
    expect(asks('优惠券过期了没用上，还能给补一张吗')).toBe(true);
    expect(asks('My husband and I both have accounts, can we combine our reward points into one?')).toBe(true);
    expect(asks('拆下来的旧吊灯你们回收吗')).toBe(true);
    expect(asks('你们还招安装师傅吗？我是持证电工')).toBe(true);
    // Not paying oneself, nor a repair under warranty, nor the delivery's day.
    expect(asks('能用花呗付吗')).toBe(false);
    expect(asks('保修期内坏了怎么修')).toBe(false);
    expect(asks('How long does delivery take?')).toBe(false);
  });

  it('is answered only from an entry that speaks of it', () => {
    const e = createEngine(
      kbOf([
        ['warranty', ['保修多久', '坏了怎么修'], '整机保修一年，保修期内免费维修。'],
        ['payment', ['可以用花呗吗', '支持哪些付款方式'], '支持支付宝、花呗和微信支付。'],
      ]),
    );
    expect(e.understand('过了保修期，付费修一次多少钱').answer).toBeNull();
    expect(e.understand('能让我妈帮我付吗').answer).toBeNull();
    expect(e.understand('保修多久').answer?.id).toBe('warranty');
    const paid = createEngine(kbOf([['warranty', ['保修多久'], '整机保修一年；保修期外付费维修，检测免费。']]));
    expect(paid.understand('过了保修期，付费修一次多少钱').answer?.id).toBe('warranty');
  });
});

describe('something bought elsewhere, wheelchair access', () => {
  it('is asked', () => {
    expect(asks('我在别家买的AJ，能帮我鉴定一下真假吗？')).toBe(true);
    expect(asks('can you repair a phone i bought elsewhere')).toBe(true);
    expect(asks('Is the shop wheelchair accessible?')).toBe(true);
    expect(asks('我在你们家买的鞋能鉴定吗')).toBe(false);
  });

  it('is answered only from an entry that speaks of it, and a park in an address is no parking', () => {
    const e = createEngine(
      kbOf([
        ['authenticity', ['你们卖的是正品吗', '能提供鉴定证书吗'], '所有商品均为官方渠道正品，可提供鉴定证书。'],
        ['collect', ['Can I collect my order?'], 'Collect from our shop at Unit 4, Kirkstall Trade Park, Leeds, 9am-5pm.'],
      ]),
    );
    expect(e.understand('我在别家买的鞋，能帮我鉴定一下真假吗？').answer).toBeNull();
    expect(e.understand('Is the collection shop wheelchair accessible and is there parking?').answer).toBeNull();
    expect(e.understand('Can I collect my order?').answer?.id).toBe('collect');
  });
});

describe('an app, a referral, something lost and issued again, becoming a reseller, collecting for someone, insurance', () => {
  it('is asked', () => {
    for (const text of [
      'is there an app i can download for ordering',
      'How many reward points do I get for referring a friend?',
      '鉴定证书弄丢了还能补一张吗',
      '我是宝妈，想做你们家的分销代理，怎么申请？',
      'For click and collect, can my son pick the bike up for me?',
      'Can I take out insurance through you when I buy?',
      'Can I swap a gift card I was given for cash?',
      '发票开出来以后还能改抬头吗？',
      "I've posted my return back to you, how can I track where that parcel is?",
    ]) expect(asks(text), text).toBe(true);
    // Apple Pay is no app; a coupon code kept is nothing lost.
    expect(asks('付款能用Apple Pay吗')).toBe(false);
    expect(asks('Where do I enter my discount code?')).toBe(false);
  });

  it('is answered only from an entry that speaks of it', () => {
    const e = createEngine(
      kbOf([
        ['tracking', ['How can I track my order?'], 'Use the link in your dispatch e-mail.'],
        ['points', ['How do reward points work?'], 'You earn 1 point per $1 and redeem 100 points for $5.'],
      ]),
    );
    expect(e.understand('Do you have a mobile app I can track orders in?').answer).toBeNull();
    expect(e.understand('How many reward points do I get for referring a friend?').answer).toBeNull();
    expect(e.understand('How do reward points work?').answer?.id).toBe('points');
    const referring = createEngine(kbOf([['points', ['How do reward points work?'], 'You earn 1 point per $1, and 500 points when you refer a friend.']]));
    expect(referring.understand('How many reward points do I get for referring a friend?').answer?.id).toBe('points');
  });
});

describe('a subscription as a present, payment terms, another currency, a points balance, an extended warranty, the old one taken away', () => {
  it('is asked', () => {
    for (const text of [
      'Can I buy a coffee subscription as a present for my dad?',
      'Can you invoice our company on 30-day credit terms instead of paying upfront?',
      '能月结吗',
      'Can I pay in euros instead of pounds?',
      'how many reward points have i got on my account right now',
      'Can I buy an extended warranty to cover my charger for 3 years?',
      'When the delivery team bring the new set, can they take my old garden furniture away?',
    ]) expect(asks(text), text).toBe(true);
    // Not a wedding next month, nor points in general.
    expect(asks('我下个月结婚，想买一对戒指')).toBe(false);
    expect(asks('how do reward points work?')).toBe(false);
  });

  it('is answered only from an entry that speaks of it', () => {
    const e = createEngine(
      kbOf([
        ['subscription', ['How does the coffee subscription work?'], 'Choose your beans and how often; cancel any time.'],
        ['points', ['How do reward points work?'], 'Earn 1 point per £1; see your balance in your account.'],
      ]),
    );
    expect(e.understand('Can I buy a coffee subscription as a present for my dad?').answer).toBeNull();
    expect(e.understand('how many reward points have i got right now').answer?.id).toBe('points');
  });
});

describe("a warranty card lost, recycling, a trade-in's fate, an engraving's font, a coupon given back", () => {
  it('is asked', () => {
    for (const text of [
      '保修卡弄丢了，还能保修吗',
      '冷链用的泡沫箱和冰袋你们回收吗？',
      '以旧换新收走的旧床垫你们拿去干嘛了，会不会翻新再卖？',
      '刻字的字体能选吗，想要手写体',
      '退款的时候，我下单用掉的那张优惠券会退回来吗？',
    ]) expect(asks(text), text).toBe(true);
    // Not what a trade-in is valued at when it is collected.
    expect(asks('旧手机屏幕有点裂，实际回收的时候估价会不会不一样')).toBe(false);
  });

  it('is answered only from an entry that speaks of it', () => {
    const e = createEngine(
      kbOf([
        ['engraving', ['可以刻字吗', '刻字收费吗'], '可免费刻字，最多8个字。'],
        ['warranty', ['保修多久'], '整机保修一年。'],
      ]),
    );
    expect(e.understand('刻字的字体能选吗').answer).toBeNull();
    expect(e.understand('保修卡弄丢了，还能保修吗').answer).toBeNull();
    const fonts = createEngine(kbOf([['engraving', ['可以刻字吗'], '可免费刻字，字体有楷体和手写体两种。']]));
    expect(fonts.understand('刻字的字体能选吗').answer?.id).toBe('engraving');
  });
});

describe('an HSA or FSA, tracking by text, a parcel left with a neighbour, a weekend delivery, a service for something not bought here', () => {
  it('is asked', () => {
    for (const text of [
      'Can I pay for a treadmill with my HSA or FSA card?',
      'Can I get tracking updates by text message instead of email?',
      'can the courier leave my parcel with a neighbour if im out?',
      'any chance of getting it delivered saturday',
      "How should I wash a wool duvet inner? It's not one of yours.",
      'How do I check how many Summit Rewards points I have?',
    ]) expect(asks(text), text).toBe(true);
    // Not neighbours in a story, nor a sofa left at the door.
    expect(asks('I asked all my neighbours and nobody took the parcel in')).toBe(false);
    expect(asks('Will they bring the sofa up to my flat or just leave it at the door?')).toBe(false);
  });

  it('is answered only from an entry that speaks of it', () => {
    const e = createEngine(
      kbOf([
        ['delivery', ['How long does delivery take?'], 'Orders arrive in 2-4 working days, Monday to Friday.'],
        ['payment', ['What payment methods do you accept?'], 'Visa, Mastercard and PayPal.'],
      ]),
    );
    expect(e.understand('Can I pay with my HSA card?').answer).toBeNull();
    expect(e.understand('can the courier leave my parcel with a neighbour?').answer).toBeNull();
    // Monday to Friday says whether Saturday is a delivery day.
    expect(pointAsked(normalize('do you deliver on saturdays?'), true)?.speaks.test('orders arrive monday to friday.')).toBe(true);
  });
});

describe('answering it', () => {
  it('only from an entry that speaks of passing it on', () => {
    const silent = createEngine(
      kbOf([
        ['points', ['积分怎么获得', '积分有什么用'], '每消费1元得1积分，100积分可抵1元。'],
        ['coupons', ['优惠券怎么用', '优惠券能叠加吗'], '下单时在结算页选择优惠券，每单限用一张。'],
        ['shipping', ['多久发货'], '付款后48小时内发货。'],
      ]),
    );
    expect(silent.understand('我的积分能转到我老婆的账号上吗').answer).toBeNull();
    expect(silent.understand('优惠券能送给朋友用吗').answer).toBeNull();
    expect(silent.understand('积分有啥用').answer?.id).toBe('points');

    const says = createEngine(
      kbOf([
        ['points', ['积分怎么获得', '积分有什么用'], '每消费1元得1积分，积分仅限本人账号使用，不能转赠。'],
        ['shipping', ['多久发货'], '付款后48小时内发货。'],
      ]),
    );
    expect(says.understand('我的积分能转到我老婆的账号上吗').answer?.id).toBe('points');
  });

  it('in English too: the warranty that says nothing of a new owner does not answer for one', () => {
    const e = createEngine(
      kbOf([
        ['warranty', ['What does the warranty cover?', 'How long is the warranty?'], 'Every guitar has a 2-year warranty against manufacturing faults.'],
        ['shipping', ['How long does shipping take?'], 'Orders ship within 2 days.'],
      ]),
    );
    expect(e.understand('If I sell my guitar on, does the warranty pass to the new owner?').answer).toBeNull();
    expect(e.understand('how long is the warranty on guitars?').answer?.id).toBe('warranty');
  });
});
