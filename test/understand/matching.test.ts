import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { emptyKnowledgeBase, type KnowledgeBase } from '../../core/knowledge/knowledge-base.js';
import { loadKnowledge } from '../../core/knowledge/load.js';
import { createEngine } from '../../core/understand/engine.js';
import { extractFeatures } from '../../core/understand/features.js';
import { buildIndex, isPlaceholder } from '../../core/understand/index.js';
import { describeKey } from '../../core/understand/keys.js';
import { normalize } from '../../core/text/normalize.js';
import { kbOf, shopKb } from './kb.js';

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

  it('reads a product named in a question as its kind: the knowledge speaks of the kind', () => {
    const kb = shopKb({
      faq: [
        { id: 'brew_green', questions: ['绿茶怎么泡', '绿茶用多少度的水'], answer: '80度水。' },
        { id: 'brew_black', questions: ['红茶怎么泡'], answer: '90度水。' },
        { id: 'spring_vs_rain', questions: ['明前和雨前有什么区别', '明前龙井为啥贵这么多'], answer: '明前更嫩。' },
      ],
      products: [
        { id: 'lj-spring', name: '明前西湖龙井', aliases: ['明前龙井'], category: '绿茶', price: 168, variants: [{ sku: 'lj-s-250', name: '250g罐装', price: 758, stock: 5 }] },
        { id: 'lj-rain', name: '雨前西湖龙井', aliases: ['雨前龙井'], category: '绿茶', price: 98, variants: [{ sku: 'lj-r-250', name: '250g罐装', price: 228, stock: 5 }] },
        { id: 'jjm', name: '金骏眉', category: '红茶', price: 198 },
      ],
    });
    const tea = createEngine(kb);
    expect(tea.understand('明前龙井怎么泡').answer?.id).toBe('brew_green');
    expect(tea.understand('金骏眉怎么泡').answer?.id).toBe('brew_black');
    // A question about the product itself stays with it.
    expect(tea.understand('明前龙井为啥贵这么多').answer?.id).toBe('spring_vs_rain');
    // 这个 after a reply listing the product's sizes: the product, not a size every tin has.
    const history = [
      { role: 'customer' as const, text: '雨前龙井有货吗' },
      { role: 'bot' as const, text: '雨前西湖龙井 有2个规格：100g罐装 有现货，250g罐装 有现货' },
    ];
    expect(tea.understand('这个怎么泡', { history }).answer?.id).toBe('brew_green');
    // An English "that" is no product named in Chinese earlier: it asks about what was asked last.
    const mixed = [{ role: 'customer' as const, text: '金骏眉多少钱' }, { role: 'customer' as const, text: 'how do I brew black tea?' }];
    expect(tea.understand('and how long for that', { history: mixed }).resolved).not.toContain('金骏眉');
  });

  it('meets homophone typos through pinyin', () => {
    // 退活 (tui huo) is typed for 退货 (tui huo); 发或 for 发货.
    expect(engine.understand('怎么退活').answer?.id).toBe('returns');
    expect(engine.understand('多久发或').answer?.id).toBe('shipping_time');
    expect(engine.understand('怎么退活').candidates[0]!.why).toContain('pinyin:tui huo');
  });

  it('keeps a phrase written right that a homophone repair would break', async () => {
    // 袋只 sounds like the snack shop's 袋子 (a bag) and is repaired to it; 只收到 (only got: a missing
    // item) is the customer's own phrase, and is still read.
    const index = buildIndex(await loadKnowledge('test/understand/snack-shop/kb'));
    const features = extractFeatures(normalize('我买了五袋只收到四袋'), index.context);
    const read = Array.from({ length: features.size }, (_, i) => describeKey(features.keys[i]!));
    expect(read).toContain('b袋子');
    expect(read).toContain('s漏发');
  });

  it('repairs no pair whose kept character belongs to a question word', () => {
    // 少减 sounds like 少件 (a piece missing), but its 少 is 多少's: 满多少减多少 asks a discount.
    const index = buildIndex(shopKb({ faq: [{ id: 'missing', questions: ['少件了怎么办'], answer: '补发。' }, { id: 'coupons', questions: ['有优惠券吗'], answer: '满200减20。' }] }));
    const read = (text: string) => {
      const features = extractFeatures(normalize(text), index.context);
      return Array.from({ length: features.size }, (_, i) => describeKey(features.keys[i]!));
    };
    expect(read('满多少减多少')).not.toContain('b少件');
    expect(read('收到少减了')).toContain('b少件');
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

  it('treats thanks and praise that ask nothing as smalltalk, not as a question it failed', () => {
    for (const text of ['谢谢你们啊 太好用了', '东西收到了 很满意', 'love the kettle, thanks!']) expect(engine.understand(text).reason, text).toBe('smalltalk');
    // Praise with a question is a question.
    expect(engine.understand('很满意 保温杯多少钱').reason).not.toBe('smalltalk');
  });
});

describe('matching: coverage, ownership, word boundaries', () => {
  const kb = shopKb({
    faq: [
      { id: 'ship_when', questions: ['什么时候发货', '付款后多久发出', '今天能发货吗'], answer: '48小时内发货。' },
      { id: 'arrive_when', questions: ['几天能收到', '寄到北京要几天', '多久能到'], answer: '两到四天。' },
      { id: 'free_shipping', questions: ['包邮吗', '满多少包邮', '运费多少'], answer: '满99包邮。' },
      { id: 'return_policy', questions: ['支持七天无理由退货吗', '拆封了可以退货吗', '不喜欢能退吗'], answer: '七天无理由。' },
      { id: 'return_how', questions: ['怎么申请退货', '退货流程是什么', '退货寄到哪里', '退货要填什么'], answer: '订单页申请。' },
      { id: 'return_fee', questions: ['退货运费谁出', '有运费险吗'], answer: '运费险。' },
      { id: 'refund_time', questions: ['退款多久到账', '退货了钱什么时候退回来'], answer: '三天内。' },
      { id: 'case_colors', questions: ['手机壳有几种颜色', '手机壳有黑色的吗'], answer: '黑白两色。' },
      { id: 'case_price', questions: ['手机壳多少钱', '手机壳能便宜点吗'], answer: '29元。' },
      { id: 'shop_city', questions: ['店在哪个城市', '你们在上海吗'], answer: '上海。' },
    ],
  });
  const shop = createEngine(kb);

  it('answers a plain question that one entry owns, though related entries compete', () => {
    // return_how, return_policy, return_fee and refund_time all cover 退货; most of return_how's
    // questions are about it.
    expect(shop.understand('怎么退货').answer?.id).toBe('return_how');
  });

  it('reads an A-not-A question as its verb', () => {
    expect(shop.understand('包不包邮').answer?.id).toBe('free_shipping');
  });

  it('tells arrival from dispatch in colloquial words', () => {
    expect(shop.understand('什么时候能送到').answer?.id).toBe('arrive_when');
    expect(shop.understand('啥时候发出来').answer?.id).toBe('ship_when');
  });

  it('does not answer from a word that is part of another word in the knowledge', () => {
    // The knowledge says 手机壳 twice (a phone case); 手机号 is a phone number.
    const u = shop.understand('手机号怎么改');
    expect(u.answer).toBeNull();
  });

  it('does not answer when shared words leave the question unexplained or two entries fit as well', () => {
    for (const text of ['你们卖不卖咖啡机', '手机壳是什么材质的', '退货的时候要带发票吗']) expect(shop.understand(text).answer, text).toBeNull();
  });

  it('answers a request for a person from the entry about reaching one, whatever else the message says', () => {
    const withPerson = createEngine(shopKb({ faq: [...kb.faq, { id: 'person', questions: ['怎么转人工客服', '人工客服在吗'], answer: '回复"转人工"即可。' }] }));
    const u = withPerson.understand('机器人听不懂 转人工');
    expect(u.answer?.id).toBe('person');
    expect(u.escalate).toBe(true);
    // Without such an entry it is still a request for a person, answered by none.
    expect(shop.understand('机器人听不懂 转人工')).toMatchObject({ answer: null, escalate: true, reason: 'human_request' });
  });

  it('explains candidates lazily, and the explanation survives serialisation', () => {
    const u = shop.understand('手机壳多少钱');
    expect(u.answer?.id).toBe('case_price');
    const copy = JSON.parse(JSON.stringify(u.answer));
    expect(copy.why).toEqual(u.answer!.why);
    expect(copy.why).toContain('手机');
  });

  it('gives candidates no accessor of their own: each would be a hidden class of its own, which kept every candidate and what it held alive through scavenges', () => {
    const [a, b] = [shop.understand('手机壳多少钱').answer!, shop.understand('怎么退货').candidates[0]!];
    expect(Object.getOwnPropertyDescriptor(a, 'why')).toBeUndefined();
    expect(Object.getPrototypeOf(a)).toBe(Object.getPrototypeOf(b));
    expect(a.why).toContain('手机');
  });
});

describe('vague questions', () => {
  const bare = (faq: KnowledgeBase['faq']) => createEngine({ ...emptyKnowledgeBase(), faq });

  it('are not answered from an entry about something the customer never mentioned', () => {
    const engine = bare([
      { id: 'refuse', questions: ['拒收了怎么退款', '可以拒收吗', '拒签会扣钱吗'], answer: '拒收后原路退款。' },
      { id: 'refund_time', questions: ['退款多久到账', '钱什么时候退回来'], answer: '三天内。' },
      { id: 'cancel_before', questions: ['还没发货能退款吗', '拍错了想取消'], answer: '直接申请。' },
      { id: 'cancel_after', questions: ['发货了还能退款吗', '快递在路上能拦截吗'], answer: '拒收即可。' },
    ]);
    // Every refund entry mentions 退款; the one matching best is about 拒收, which was not said.
    expect(engine.understand('怎么退款').answer).toBeNull();
    expect(engine.understand('拒收以后怎么退款').answer?.id).toBe('refuse');
  });

  it('are not answered when several entries explain all of them and none owns the topic', () => {
    const engine = bare([
      { id: 'refund_refused', questions: ['拒收了怎么退款'], answer: '拒收后原路退款。' },
      { id: 'refund_cancelled', questions: ['取消订单后怎么退款'], answer: '自动退回。' },
      { id: 'refund_returned', questions: ['退货以后怎么退款'], answer: '仓库签收后退款。' },
      { id: 'invoice', questions: ['能开发票吗'], answer: '可以。' },
    ]);
    expect(engine.understand('怎么退款').answer).toBeNull();
    expect(engine.understand('取消了订单 怎么退款').answer?.id).toBe('refund_cancelled');
  });
});

describe("an entry's answer", () => {
  it('is read for what customers ask about it, unless it is a placeholder', () => {
    expect(isPlaceholder('(answer for cancel_order)', 'cancel_order')).toBe(true);
    expect(isPlaceholder('（atec-d0000 的答案）', 'atec-d0000')).toBe(true);
    expect(isPlaceholder('We refund within 3 working days of receiving your return.', 'refund')).toBe(false);
    expect(isPlaceholder('Yes, we refund.', 'refund')).toBe(false);
    const kb = shopKb({
      faq: [
        { id: 'payment', questions: ['what payment methods do you accept'], answer: 'Visa, Mastercard, PayPal and Apple Pay.' },
        { id: 'delivery', questions: ['how long does delivery take'], answer: '2-4 working days.' },
      ],
    });
    expect(createEngine(kb).understand('do you take apple pay?').answer?.id).toBe('payment');
  });

  it('leaves "do you make X?" unanswered when the entry found names none of X, and answers it when it does', () => {
    const kb = shopKb({
      faq: [
        { id: 'custom-design', questions: ['Can you design a custom engagement ring?', 'Do you make bespoke rings?'], answer: 'Our designers sketch your ring and craft it in gold or platinum within six weeks.' },
        { id: 'gift-cards', questions: ['Do you have gift cards?'], answer: 'Yes, digital gift cards from $50.' },
        { id: 'loyalty', questions: ['Do you have a rewards program?'], answer: 'Earn a point per dollar.' },
        { id: 'resizing', questions: ['Can you resize my ring?'], answer: 'Free resizing within a year.' },
      ],
    });
    const shop = createEngine(kb);
    // The custom designs are rings in gold or platinum: nothing of tungsten bands.
    expect(shop.understand('Do you make tungsten bands for men?').answer).toBeNull();
    expect(shop.understand('Do you make bespoke rings?').answer?.id).toBe('custom-design');
    // Named by the entry, itself or by its group (vouchers are gift cards): answered.
    expect(shop.understand('do you sell gift vouchers').answer?.id).toBe('gift-cards');
    // A points thing names no thing of its own; a number to call asks how to call.
    expect(shop.understand('do u guys have like a points thing where i get something back').answer?.id).toBe('loyalty');
    const support = createEngine(shopKb({ faq: [{ id: 'contact', questions: ['How do I contact customer service?'], answer: 'Chat with us from the help page.' }, { id: 'delivery', questions: ['When will my order arrive?'], answer: 'Within five working days.' }, ...kb.faq] }));
    expect(support.understand('do you have a phone number to contact customer support?').answer?.id).toBe('contact');
    // Nor is an idea or an update a thing the shop has.
    expect(support.understand('do you have any idea when my order will arrive?').answer?.id).toBe('delivery');
  });

  it('answers how long or how much of sending to a place abroad from the one entry whose answer names it, when the entry found names it not', () => {
    const kb = shopKb({
      faq: [
        { id: 'shipping-times', questions: ['How long does delivery take?', 'When will my order arrive?'], answer: 'Standard delivery within the contiguous US takes 3-5 business days, 5-8 to Alaska and Hawaii.' },
        { id: 'shipping-costs', questions: ['How much is shipping?', 'Is shipping free?'], answer: 'Shipping is $6.95, free over $75.' },
        { id: 'international', questions: ['Do you ship internationally?', 'Which countries do you deliver to?'], answer: 'We ship to Canada, the UK and the EU; international shipping starts at $19.95 and takes 7-15 business days.' },
        { id: 'price-match', questions: ['Do you price match?', 'Will you lower your price if it is cheaper elsewhere?'], answer: 'We match any US store price.' },
        { id: 'returns', questions: ['What is your return policy?'], answer: 'Returns within 30 days.' },
      ],
    });
    const shop = createEngine(kb);
    expect(shop.understand('how long does it take to get to the UK?').answer?.id).toBe('international');
    expect(shop.understand('how much is shipping to canada?').answer?.id).toBe('international');
    // At home, the delivery entries; and a price at a store over there is no price of sending.
    expect(shop.understand('how long does delivery take to hawaii?').answer?.id).toBe('shipping-times');
    expect(shop.understand('how much is shipping?').answer?.id).toBe('shipping-costs');
    expect(shop.understand('if it is cheaper at a store in the UK, will you lower your price?').answer?.id).not.toBe('international');
    // There is the place the customer asked about.
    const history = [
      { role: 'customer' as const, text: 'do you ship to the UK?' },
      { role: 'agent' as const, text: 'We ship to Canada, the UK and the EU; international shipping starts at $19.95 and takes 7-15 business days.' },
    ];
    expect(shop.understand('and how long does it take to get there?', { history }).answer?.id).toBe('international');
  });

  it('is sure enough of the entry found when only its answer names the place a message asks how much or how long of sending to, and states it', () => {
    const kb = shopKb({
      faq: [
        { id: 'shipping-cost', questions: ['运费多少钱？', '满多少包邮？'], answer: '实付满69元全国包邮，不满69元收运费8元；新疆、西藏满199元包邮，不满收运费18元。' },
        { id: 'delivery-areas', questions: ['你们发哪些地区？', '偏远地区能送吗？'], answer: '全国都能发，含新疆、西藏。' },
        { id: 'delivery-time', questions: ['几天能到？'], answer: '一般2-4天送达。' },
        { id: 'return-shipping-cost', questions: ['退货运费谁出？'], answer: '质量问题我们承担。' },
      ],
    });
    const shop = createEngine(kb);
    expect(shop.understand('请问寄到新疆乌鲁木齐要收多少运费？').answer?.id).toBe('shipping-cost');
    // Not when another answer gives that place's price too: which one is meant is not sure.
    const two = createEngine(shopKb({ faq: [...kb.faq, { id: 'courier', questions: ['发什么快递？'], answer: '默认中通，新疆、西藏发邮政，另加10元。' }] }));
    expect(two.understand('请问寄到新疆乌鲁木齐要收多少运费？').answer).toBeNull();
  });
});

describe('a way to pay that the shop "takes"', () => {
  it('is asked whether one can pay with it, not whether the shop accepts something', () => {
    // "do you take" alone reads as "do you accept", which the trade-in entry says as much.
    const kb = kbOf([
      ['payment', ['What payment methods do you accept?', 'Can I pay with PayPal or Apple Pay?']],
      ['trade-in', ['Do you take trade-ins?', 'How much will I get for my old set?']],
      ['returns', ['Do you accept returns of used items?']],
    ]);
    expect(createEngine(kb).understand('Do you take PayPal on the website?').answer?.id).toBe('payment');
    // Using one is paying with it, not a question of how to use a coupon.
    const coupons = kbOf([
      ['payment', ['What payment methods do you accept?', 'Can I pay with PayPal?']],
      ['coupon', ['How do I use a coupon code?', 'Where do I enter my discount code?']],
    ]);
    expect(createEngine(coupons).understand('can i use paypal').answer?.id).toBe('payment');
  });
});

describe('English words that mean something else together', () => {
  const kb = shopKb({
    faq: [
      { id: 'delivery-time', questions: ['How long does shipping take?', 'When will my order arrive?'], answer: 'Orders ship within 2 days and take 3-5 business days.' },
      { id: 'refund-time', questions: ['How long does a refund take?', 'When will I get my refund?'], answer: 'Refunds reach your card within 5 business days of the return reaching us.' },
      { id: 'contact', questions: ['How can I contact you?', 'What are your opening hours?'], answer: 'Chat with us 9-5, Monday to Friday.' },
    ],
  });
  const shop = createEngine(kb);

  it('reads something reaching the customer as its arriving, not a refund reaching them', async () => {
    expect(shop.understand('How many days does it take for a box of filters to reach me in Texas?').answer?.id).toBe('delivery-time');
    // (A bookshop's, whose refund answer reaches the customer too: the parcel's reaching them was read
    // as shipping abroad, a refund's "reach" and a place.)
    const books = createEngine(await loadKnowledge(path.resolve(import.meta.dirname, 'team-wording/kbs/books-en')));
    expect(books.understand('How soon would a parcel reach me in Leeds?').answer?.id).toBe('delivery-times');
  });

  it('reads paying extra for delivery as its cost, not a way to pay', () => {
    const costs = createEngine(
      kbOf([
        ['payment', ['Can I pay with PayPal?', 'What payment methods do you accept?']],
        ['shipping-cost', ['What is the minimum order for free delivery?', 'How much is delivery?']],
      ]),
    );
    expect(costs.understand("I'd rather not pay extra for delivery on a $35 order.").answer?.id).toBe('shipping-cost');
  });

  it('reads sending something back as returning it, however it is said', () => {
    const returns = createEngine(
      kbOf([
        ['return-policy', ['What is your returns policy?', 'How do I return an item?']],
        ['sizing', ['Do you sell wide fit shoes?', 'What size should I order?']],
      ]),
    );
    const [top] = returns.understand("What's the process for sending back a skirt that doesn't fit?").candidates;
    expect(top?.id).toBe('return-policy');
    expect(top?.why).toContain('word:return');
  });

  it('reads a number to call as the phone number, and whether it shipped yet as its tracking', () => {
    const shop = createEngine(
      kbOf([
        ['contact', ['What is your phone number?', 'What are your opening hours?']],
        ['tracking', ['How can I track my order?', 'What is the status of my order?']],
        ['delivery', ['How long does delivery take?']],
      ]),
    );
    expect(shop.understand('is there a number i can call?').answer?.id).toBe('contact');
    const [top] = shop.understand('did my stuff ship yet? how do i check that').candidates;
    expect(top?.id).toBe('tracking');
    expect(top?.why).toContain('synonym:status');
  });

  it('reads a contact lens as no contact with the shop', () => {
    expect(shop.understand('Do you sell contact lenses as well?').answer).toBeNull();
    expect(shop.understand('how do I contact you?').answer?.id).toBe('contact');
  });
});

describe('Chinese words for what the knowledge says otherwise', () => {
  it('reads points spent as money as their use (能当钱花不), and carrying up to a floor as delivery upstairs', () => {
    const shop = createEngine(
      kbOf([
        ['points', ['积分怎么用', '积分能抵扣吗']],
        ['coupons', ['有优惠券吗']],
        ['upstairs', ['送货上楼收费吗', '没有电梯能送上楼吗']],
        ['returns', ['怎么退货']],
      ]),
    );
    expect(shop.understand('我积分攒了好几千了，能当钱花不？').answer?.id).toBe('points');
    expect(shop.understand('大件能直接搬到我家6楼吗').candidates[0]?.why).toContain('synonym:送货上楼');
  });
});
