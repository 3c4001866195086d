// The bot's own words follow the customer's language: an English customer gets English fallbacks,
// clarifying questions, handoffs, flood replies and order prompts through the real pipeline; a Chinese
// customer gets exactly the Chinese of before; the shop's own wording is used when it is in the
// customer's language.
import { describe, expect, it } from 'vitest';
import { emptyKnowledgeBase } from '../../core/knowledge/knowledge-base.js';
import { nextOpening } from '../../core/routing/business-hours.js';
import { ShopUnavailableError } from '../../core/shop/shop-errors.js';
import { conversationLanguage } from '../../core/stages/customer-language.js';
import { languageIn } from '../../core/text/language.js';
import { createEngine } from '../../core/understand/engine.js';
import type { UnderstandingEngine } from '../../core/understand/types.js';
import { keywordEngine } from '../fakes/keyword-engine.js';
import { sampleKb, testRuntime } from '../fakes/test-runtime.js';
import { shopKb, shopRuntime } from '../shop/shop-fixtures.js';

const HUMAN_EN = { label: 'Talk to a person', text: 'Talk to a person' };
const HUMAN_ZH = { label: '转人工', text: '转人工' };

describe('the language the engine reads and the one fixed messages use agree', () => {
  it('text/language.ts reads a message as the engine does', () => {
    const engine = createEngine(emptyKnowledgeBase('test'));
    const texts = ['where is my order', '我的快递到哪了', 'iPhone 15 有货吗', 'is the 龙井 in stock', 'ＨＥＬＬＯ there', 'ok', '请问 SKU A12 B34 C56 D78 有吗', 'see https://shop.example.com/item/123 pls'];
    for (const text of texts) expect(languageIn(text), text).toBe(engine.understand(text).language);
    // Without words it says nothing (the engine defaults to Chinese): the conversation decides.
    expect(languageIn('4273')).toBeUndefined();
    expect(languageIn('👍')).toBeUndefined();
  });

  it('a conversation (or a ticket) is held in the language of its latest words; "ok" after Chinese keeps the Chinese', () => {
    const lines = (...texts: string[]) => texts.map((text) => ({ role: 'customer', text }));
    expect(conversationLanguage(lines('怎么退货', 'ok'))).toBe('zh');
    expect(conversationLanguage(lines('怎么退货', 'my parcel never arrived'))).toBe('en');
    expect(conversationLanguage(lines('how do I return it', '4273', 'ok'))).toBe('en');
    expect(conversationLanguage(lines('thx'))).toBe('en');
    expect(conversationLanguage([{ role: 'agent', text: 'hello there, how can I help' }, ...lines('👍')])).toBeUndefined();
  });
});

describe('an English customer', () => {
  it('gets the English fallback and button, not the Chinese shop wording', async () => {
    const { bot, sender, message } = testRuntime();
    const turn = await bot.receive(message('what is the weather like'));
    expect(turn?.decision).toMatchObject({ action: 'fallback' });
    expect(sender.sent[0]).toMatchObject({
      text: 'Sorry, I didn\'t quite understand that. Could you put it another way? You can also reply "talk to a person" to reach our customer service.',
      quickReplies: [HUMAN_EN],
    });
  });

  it("gets the shop's own fallback when the shop wrote it in English", async () => {
    const kb = sampleKb();
    kb.shop = { ...kb.shop, fallback: 'Sorry, no idea!' };
    const { bot, sender, message } = testRuntime({ knowledge: kb });
    await bot.receive(message('what is the weather like'));
    await bot.receive(message('天气如何', { address: 'test:bob', userId: 'bob' }));
    // The Chinese customer gets the built-in Chinese one, not the English override.
    expect(sender.texts()).toEqual(['Sorry, no idea!', '抱歉，这个问题我还不太明白，可以换个说法吗？也可以回复“转人工”找客服。']);
  });

  it("is asked back with the entry's English question when it has one, else its first question", async () => {
    const kb = sampleKb();
    kb.faq = [...kb.faq, { id: 'gift-wrap', questions: ['能包装成礼物吗', 'can you gift wrap it', 'gift wrapping'], answer: '可以免费礼品包装' }];
    const unsure: Record<string, string> = { 'when will it leave': 'shipping', 'wrap as a present?': 'gift-wrap', 啥时候能送出来: 'gift-wrap' };
    const engine = (k: typeof kb): UnderstandingEngine => {
      const base = keywordEngine(k);
      return {
        understand(text, options) {
          const u = base.understand(text, options);
          const id = unsure[text];
          return id ? { ...u, candidates: [{ id, score: 0.4, question: '', why: [] }], answer: null, reason: 'low_confidence' } : u;
        },
      };
    };
    const { bot, sender, message } = testRuntime({ knowledge: kb, engineFactory: engine });

    await bot.receive(message('wrap as a present?'));
    expect(sender.sent.at(-1)).toMatchObject({
      text: 'Did you mean "can you gift wrap it"? Tap the question below to see the answer; if that\'s not it, try other words or reply "talk to a person".',
      quickReplies: [{ label: 'can you gift wrap it', text: 'can you gift wrap it' }, HUMAN_EN],
    });
    // An entry written only in Chinese is still offered, in the English sentence.
    await bot.receive(message('when will it leave'));
    expect(sender.sent.at(-1)).toMatchObject({ text: expect.stringMatching(/^Did you mean "什么时候发货"\?/u), quickReplies: [{ label: '什么时候发货', text: '什么时候发货' }, HUMAN_EN] });
    // A Chinese customer sees the Chinese question and sentence, as before.
    await bot.receive(message('啥时候能送出来', { address: 'test:bob', userId: 'bob' }));
    expect(sender.sent.at(-1)).toMatchObject({
      text: '您想问的是不是「能包装成礼物吗」？点下面的问题就能看到答案；都不是的话，换个说法或回复“转人工”。',
      quickReplies: [{ label: '能包装成礼物吗', text: '能包装成礼物吗' }, HUMAN_ZH],
    });
  });

  it('is told in English that a person is coming, and the English button asks for one', async () => {
    const { bot, sender, desk, message } = testRuntime({ engineFactory: createEngine });
    const turn = await bot.receive(message(HUMAN_EN.text));
    expect(turn?.decision).toMatchObject({ action: 'escalate', reason: 'human_request' });
    expect(desk.cards).toHaveLength(1);
    expect(sender.texts()).toEqual(["I'm connecting you to our customer service. Please wait a moment, someone will be with you shortly."]);
    // A Chinese customer still gets the shop's own (Chinese) handoff wording.
    await bot.receive(message('转人工', { address: 'test:bob', userId: 'bob' }));
    expect(sender.texts().at(-1)!.split('\n').at(-1)).toBe('人工马上来');
  });

  it('after hours hears in English when a person will be there', async () => {
    const kb = sampleKb();
    kb.routing = { default_group: 'desk', groups: [{ id: 'desk', hours: { days: [0, 1, 2, 3, 4, 5, 6], open: '09:00', close: '21:00' } }], rules: [] };
    const night = Date.parse('2026-11-20T23:30:00+08:00');
    const { bot, sender, desk, message } = testRuntime({ knowledge: kb, engineFactory: createEngine, now: () => night });
    await bot.receive(message('I want to talk to a person'));
    await bot.receive(message('我要转人工', { address: 'test:bob', userId: 'bob' }));
    expect(sender.texts()).toEqual([
      "Our customer service team is off duty right now. I've noted your request, and someone will contact you as soon as they are back tomorrow at 09:00.",
      '现在是客服休息时间，已为您登记，人工客服 明天 09:00 上线后会第一时间联系您。',
    ]);
    // The agents' card keeps its Chinese label.
    expect(desk.cards.map((c) => c.ticket.opensLabel)).toEqual(['明天 09:00', '明天 09:00']);
  });

  it("gets an entry's English answer when the shop wrote one (answers.en), on any channel; a Chinese customer the channel's", async () => {
    const kb = sampleKb();
    kb.faq = [
      { id: 'shipping', questions: ['什么时候发货', 'when do you ship'], answer: '48小时内发货', answers: { wechat: '48小时内发货哦😊', en: 'We ship within 48 hours.' } },
      { id: 'returns', questions: ['怎么退货', 'how do I return it'], answer: '7天无理由退货' },
    ];
    const { bot, sender, message } = testRuntime({ knowledge: kb });
    await bot.receive(message('when do you ship', { channel: 'wechat' }));
    await bot.receive(message('什么时候发货', { channel: 'wechat', address: 'test:bob', userId: 'bob' }));
    // No English answer written: the entry's own.
    await bot.receive(message('how do I return it'));
    expect(sender.texts()).toEqual(['We ship within 48 hours.', '48小时内发货哦😊', '7天无理由退货']);
  });

  it('gets the flood reply in English; a Chinese customer the Chinese one', async () => {
    const { bot, sender, message } = testRuntime({ settings: { RATE_LIMIT_PER_MINUTE: 2 } });
    for (let i = 0; i < 4; i++) await bot.receive(message('what is the weather like'));
    for (let i = 0; i < 4; i++) await bot.receive(message('天气如何', { address: 'test:bob', userId: 'bob' }));
    const flood = (address: string) => sender.sent.filter((m) => m.address === address).map((m) => m.text);
    expect(flood('test:alice')).toHaveLength(3);
    expect(flood('test:alice')[2]).toBe("That's a lot of messages at once, and I need a moment to catch up. Please wait a minute before sending more.");
    expect(flood('test:bob')[2]).toBe('您的消息有点多，我需要一点时间处理，请稍等一分钟再发哦～');
  });

  it('gets the apology in English when a turn fails', async () => {
    const { bot, sender, message } = testRuntime({ engine: { throwOn: 'boom' } });
    await bot.receive(message('boom goes the engine'));
    expect(sender.texts()).toEqual(['Sorry, something went wrong on our side. Please try again in a moment, or reply "talk to a person".']);
  });

  it('keeps English for a message without words (a picture), and a Chinese "ok" stays Chinese', async () => {
    const { bot, sender, message } = testRuntime();
    await bot.receive(message('what is the weather like'));
    await bot.receive(message('', { kind: 'image' }));
    expect(sender.texts()[1]).toMatch(/^Thanks for the picture!/u);
    await bot.receive(message('天气如何', { address: 'test:bob', userId: 'bob' }));
    await bot.receive(message('ok', { address: 'test:bob', userId: 'bob' }));
    expect(sender.texts().at(-1)).toBe('没听懂'); // the shop's own (Chinese) fallback
  });
});

describe('an English customer asking about an order', () => {
  function englishKb() {
    const kb = shopKb();
    const english: Record<string, string> = { 'track-order': 'where is my order', 'change-address': 'can I change my address' };
    kb.faq = kb.faq.map((e) => (english[e.id] ? { ...e, questions: [...e.questions, english[e.id]!] } : e));
    return kb;
  }
  const englishShop = () => shopRuntime({ knowledge: englishKb() });

  it('is asked for the order number and the last 4 digits, then reads the status in English', async () => {
    const t = englishShop();
    const data = await t.demo.snapshot();
    const order = data.orders.find((o) => o.status === 'in_transit')!;

    await t.bot.receive(t.message('where is my order'));
    expect(t.sender.texts().at(-1)).toBe(
      'Please send me your order number (you can copy it from "My orders") and I\'ll look it up right away. If it\'s hard to find, the phone number you ordered with works too.',
    );
    await t.bot.receive(t.message(`it is ${order.id}`));
    expect(t.sender.texts().at(-1)).toBe('To protect your order details, please tell me the last 4 digits of the phone number on this order.');
    // Four digits say nothing about the language: the conversation's English holds.
    await t.bot.receive(t.message(order.phone.slice(-4)));
    const status = t.sender.texts().at(-1)!;
    expect(status).toMatch(new RegExp(`^Order ${order.id}: `, 'u'));
    expect(status).toContain('\nStatus: in transit\nCourier: ');
    expect(status).toMatch(/\nLatest scan: [A-Z][a-z]{2} \d{1,2}, \d\d:\d\d /u);
    expect(status).not.toMatch(/状态|快递：|最新物流|预计/u);
  });

  it('hears "not found" in English with the English button, and the order system being down', async () => {
    const t = englishShop();
    await t.bot.receive(t.message('where is my order 420000000000000001'));
    await t.bot.receive(t.message('0000'));
    expect(t.sender.sent.at(-1)).toMatchObject({
      text: 'I couldn\'t find order details I can show you. Please check the order number and the last 4 digits of the phone number and send them again, or reply "talk to a person" and our customer service will look it up.',
      quickReplies: [HUMAN_EN],
    });

    const fail = () => Promise.reject(new ShopUnavailableError('server', 'HTTP 503'));
    const down = shopRuntime({ knowledge: englishKb(), shop: { name: 'down', getOrder: fail, recentOrders: fail, tracking: fail, product: fail, customer: fail, requestChange: fail } });
    const turn = await down.bot.receive(down.message('where is my order 427537049369620697'));
    expect(turn?.decision).toMatchObject({ action: 'fallback', reason: 'shop_unavailable' });
    expect(down.sender.sent.at(-1)).toMatchObject({ text: expect.stringMatching(/^Sorry, I can't reach the order system right now/u), quickReplies: [HUMAN_EN] });
  });

  it('changes the address of an order not shipped yet to an English street address', async () => {
    const t = englishShop();
    const order = (await t.demo.snapshot()).orders.find((o) => o.status === 'pending')!;
    await t.bot.receive(t.message(`I put the wrong address on order ${order.id}`));
    await t.bot.receive(t.message(order.phone.slice(-4)));
    expect(t.sender.texts().at(-1)).toMatch(/hasn't shipped yet, so the address can be changed/u);
    const address = 'Ann Lee, 12 High Street, Flat 3, London SW1A 1AA';
    const turn = await t.bot.receive(t.message(address));
    expect(turn?.decision?.reason).toBe('order_address_performed');
    expect(t.sender.texts().at(-1)).toContain(`:\n${address}\nThe order system confirmed the change`);
    expect((await t.demo.getOrder(order.id))?.address).toBe(address);
  });

  it('a Chinese customer gets the same prompts in Chinese, word for word as before', async () => {
    const t = englishShop();
    const order = (await t.demo.snapshot()).orders.find((o) => o.status === 'in_transit')!;
    await t.bot.receive(t.message('我的快递到哪了'));
    await t.bot.receive(t.message(`订单号是 ${order.id}`));
    await t.bot.receive(t.message('0000'));
    expect(t.sender.texts()).toEqual([
      '请把订单号发给我（在“我的订单”里可以复制），我马上帮您查～不方便找订单号的话，告诉我下单时的手机号也可以。',
      '为了保护您的订单信息，请告诉我这个订单收货手机号的后4位～',
      '没有查到可以给您看的订单信息。请核对订单号和收货手机号后4位再发我一次，也可以回复“转人工”让客服帮您查。',
    ]);
    expect(t.sender.sent.at(-1)?.quickReplies).toEqual([HUMAN_ZH]);
  });
});

describe('business hours in the customer language', () => {
  it('names the next opening in English as well as in Chinese', () => {
    const hours = { days: [1, 2, 3, 4, 5], open: '09:00', close: '18:00' };
    const friday = new Date('2026-11-20T19:00:00+08:00');
    const mondayMorning = new Date('2026-11-23T07:00:00+08:00');
    expect(nextOpening(hours, friday, 'Asia/Shanghai')).toBe('周一 09:00');
    expect(nextOpening(hours, friday, 'Asia/Shanghai', 'en')).toBe('Monday at 09:00');
    expect(nextOpening(hours, mondayMorning, 'Asia/Shanghai', 'en')).toBe('today at 09:00');
  });
});
