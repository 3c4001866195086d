import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../core/knowledge/load.js';
import { normalize } from '../../core/text/normalize.js';
import { createEngine } from '../../core/understand/engine.js';
import { requestedChange } from '../../core/understand/order-request.js';
import { kbOf } from './kb.js';

const requestOf = (text: string) => requestedChange(normalize(text), /^[a-z]/iu.test(text));

describe('a request to undo or alter an order, told as the situation', () => {
  it('before it ships: cancelling, the address, any other change', () => {
    expect(requestOf('I bought a lamp half an hour ago and I really do not want it now, can you call it off?')).toBe('cancel');
    expect(requestOf("my order hasn't shipped yet and I'd like to scrap it")).toBe('cancel');
    expect(requestOf('刚拍完就后悔了 能撤回吗')).toBe('cancel');
    expect(requestOf('I ordered ten minutes ago but used my old address, can you update it?')).toBe('address');
    expect(requestOf('还没发货的话 收货地址能改成公司吗')).toBe('address');
    expect(requestOf('placed an order 15 mins ago, can I swap the red mug for the green one?')).toBe('change');
    expect(requestOf('还没发货 能不能不取消 只把颜色改成白的')).toBe('change');
    // The old address on an order just placed asks to change it, with no word of changing said.
    expect(requestOf('oops, the order I made 10 minutes ago has my previous house on it')).toBe('address');
    expect(requestOf('we placed it this morning and it is going to our old flat, please send it to the new place')).toBe('address');
  });

  it('after it came and does not suit: an exchange', () => {
    expect(requestOf('the boots are too tight, can I swap them for a bigger size?')).toBe('exchange');
    expect(requestOf("I'd rather have the navy one instead of the grey I got")).toBe('exchange');
    expect(requestOf('裤子有点紧 想换个大一码')).toBe('exchange');
    // The address changed is no exchange, whatever "one" follows.
    expect(requestOf('I want to change the address for delivery, I put my old one by mistake')).toBe('address');
  });

  it('needed by a day: faster delivery', () => {
    expect(requestOf('I need the candles by Saturday for a party, is that doable?')).toBe('rush');
    expect(requestOf('will it get here before the 14th if I order now?')).toBe('rush');
    expect(requestOf('周五之前能到吗 着急用')).toBe('rush');
    expect(requestOf('I need 40 shirts for a conference that starts in four days.')).toBe('rush');
    expect(requestOf('do I need to send it back within 14 days?')).toBeUndefined();
  });

  it('where it is now: tracking', () => {
    expect(requestOf("where's my parcel?? ordered on friday")).toBe('track');
    expect(requestOf('how do I follow my delivery once it leaves you?')).toBe('track');
    expect(requestOf('我的包裹现在走到哪儿了')).toBe('track');
    expect(requestOf('once it is on the way, can I keep an eye on where it is?')).toBe('track');
    // Where to send something is no question of where it has got to.
    expect(requestOf('退货要寄到哪里')).toBeUndefined();
  });

  it('when it leaves, when it arrives: not money landing, nor a parcel late already, nor the state it arrives in', () => {
    expect(requestOf('今天中午拍的 今天能发出去吗')).toBe('dispatch');
    expect(requestOf('if I order tonight, when will it actually turn up?')).toBe('delivery');
    expect(requestOf('下单后大概几天能收到')).toBe('delivery');
    expect(requestOf('once you have my return, when will the money land in my account?')).toBeUndefined();
    expect(requestOf("it's been a week and it still hasn't turned up")).toBeUndefined();
    expect(requestOf('充电器充到一半要多久能到')).toBeUndefined();
    // Nor what a thing will be like when it comes.
    expect(requestOf('How big will the neon tetras be when they get here?')).toBeUndefined();
    expect(requestOf('is the action low when they arrive or do i have to set it up myself?')).toBeUndefined();
    expect(requestOf('is it possible to know when they arrive?')).toBe('delivery');
  });

  it('the order undone whenever asked, and many bought at once', () => {
    expect(requestOf('can I still kill the order?')).toBe('cancel');
    expect(requestOf('这一单还能撤回吗')).toBe('cancel');
    expect(requestOf('our school needs 60 sets for the art room, is there a discount?')).toBe('bulk');
    expect(requestOf('单位年会要订八十盒 有团购价吗')).toBe('bulk');
    expect(requestOf("I'd like to stock your products in my gift shop")).toBe('bulk');
    // A price, not a quantity: 便宜了30 is the price falling; $20 cheaper elsewhere a price match.
    expect(requestOf('前天拍的 今天便宜了30 能补吗')).toBeUndefined();
    expect(requestOf('saw it $20 cheaper at another shop')).toBeUndefined();
    expect(requestOf('can I sell what I knit from your patterns?')).toBeUndefined();
  });

  it('a refund wished for what came: sending it back, not the refund on its way, a service or a fault', () => {
    expect(requestOf("I'd like my money back for the amp, it's just not the sound I was after.")).toBe('refund');
    expect(requestOf('can I get a refund? I never even opened it')).toBe('refund');
    expect(requestOf("I'd like my money back for the strap I sent back last week, it's still not in my account.")).toBeUndefined();
    expect(requestOf('when will I get my money back?')).toBeUndefined();
    expect(requestOf("can I get my money back for the class? I can't make it")).toBeUndefined();
    expect(requestOf('the bottle was leaking when it came, can I get a refund?')).toBeUndefined();
    expect(requestOf('it dropped 20% the week after, can I get refunded the difference?')).toBeUndefined();
    expect(requestOf('东西到了以后觉得不喜欢，能原封不动寄回去吗')).toBe('refund');
    expect(requestOf('还没开封的茶突然不想要了，还能寄回给你们吗')).toBe('refund');
    // Not much liked, or gone back on, of something bought and taken home.
    expect(requestOf('已经签收了，琴不太喜欢能退吗')).toBe('refund');
    expect(requestOf('如果买回去的琴我不满意，还有反悔的余地吗')).toBe('refund');
    expect(requestOf('杯子到手就碎了 不想要了 能退吗')).toBeUndefined();
    expect(requestOf('设计稿我还没确认呢，现在不想要了，钱能退吗')).toBeUndefined();
  });

  it('leaves other questions alone', () => {
    for (const text of ['how do I wash the cover?', 'can I change my password?', '怎么开发票', '退货运费谁出', 'the platter grinds when I switch it to 45']) expect(requestOf(text), text).toBeUndefined();
    // A size said with its article is one to swap for.
    expect(requestOf('I want to trade my iPhone 13 case for the 13 mini version instead')).toBe('exchange');
    expect(requestOf('收到的是黑色 觉得太闷了 包装还没动过 能改成白的吗')).toBe('exchange');
    // The order itself switched is a change to it, not an exchange of what came.
    expect(requestOf('can i switch my order to the black one')).toBe('change');
  });
});

describe('answering such a request', () => {
  const shop = createEngine(
    kbOf([
      ['cancel', ['Can I cancel my order?']],
      ['change', ['Can I change my order after placing it?']],
      ['address', ['How do I change my delivery address?']],
      ['exchange', ['Can I exchange an item for another size or colour?']],
      ['express', ['Do you offer express delivery?', 'Can I get next day delivery?']],
      ['tracking', ['How can I track my order?']],
      ['delivery-time', ['How long does delivery take?', 'When will my order arrive?']],
      ['bulk', ['Do you offer bulk order discounts?']],
      ['returns', ['What is your returns policy?']],
    ]),
  );

  it('answers from the entry the request is for, its story behind', () => {
    expect(shop.understand('I bought a lamp half an hour ago and I really do not want it now, can you call it off?').answer?.id).toBe('cancel');
    expect(shop.understand('I ordered ten minutes ago but used my old address, can you update it?').answer?.id).toBe('address');
    expect(shop.understand('placed an order 15 mins ago, can I swap the red mug for the green one?').answer?.id).toBe('change');
    expect(shop.understand('the boots are too tight, can I swap them for a bigger size?').answer?.id).toBe('exchange');
    expect(shop.understand('I need the candles by Saturday for a party, is that doable?').answer?.id).toBe('express');
    expect(shop.understand("where's my parcel?? ordered on friday").answer?.id).toBe('tracking');
    expect(shop.understand('if I order tonight, when will it actually turn up?').answer?.id).toBe('delivery-time');
    expect(shop.understand('our school needs 60 sets for the art room, is there a discount?').answer?.id).toBe('bulk');
  });

  it('answers a return wished for in Chinese from the returns entry, not from cancelling an order', async () => {
    const zh = createEngine(
      kbOf([
        ['cancel', ['订单能取消吗', '不想要了怎么取消订单']],
        ['returns', ['支持七天无理由退货吗', '退货有什么条件']],
        ['repair', ['坏了怎么寄修', '维修要寄到哪里']],
      ]),
    );
    expect(zh.understand('东西到了以后觉得不喜欢，能原封不动寄回去吗？').answer?.id).toBe('returns');
    expect(zh.understand('要是我不想要了，东西原封没动，多久之内可以寄回去？').answer?.id).toBe('returns');
    // The fishing shop of team-wording, whose cancelling entry says 不想要了 too.
    const fishing = createEngine(await loadKnowledge(path.join(import.meta.dirname, 'team-wording/kbs/fishing-zh')));
    expect(fishing.understand('竿子拿回家才发现不想要了，还没拆开呢，能退不？').answer?.id).toBe('return-policy');
  });

  it('answers where the order is even where the whole message is sure of an entry that never speaks of tracking', () => {
    const e = createEngine(
      kbOf([
        ['wrong-items', ["What if my parcel doesn't contain what I ordered?"]],
        ['tracking', ['How can I track my order?']],
        ['returns', ['How do I return an item?']],
      ]),
    );
    expect(requestOf('I just need to know where my parcel is, I ordered a week ago.')).toBe('track');
    expect(e.understand('I just need to know where my parcel is, I ordered a week ago.').answer?.id).toBe('tracking');
  });

  it('answers a request to alter the order even where the whole message is sure of another entry', () => {
    // "shipped yet" is a tracking question's words; the request is to change the order.
    const kb = kbOf([
      ['tracking', ['How can I track my order?', 'Has my order shipped yet?']],
      ['change', ['Can I change my order after placing it?']],
      ['cancel', ['How do I cancel my order?']],
    ]);
    const e = createEngine(kb);
    expect(e.understand('hey can i switch my order from a double to a king, it hasnt shipped yet').answer?.id).toBe('change');
    // Haste alone is no request: cancelling asap is still cancelling, and "asap" no express delivery.
    expect(e.understand('i need to cancel my order asap').answer?.id).toBe('cancel');
  });

  it('asks an exchange of what came even where an entry on changing the order reads sure of it', async () => {
    // The watch shop of team-wording: its entry on changing or cancelling an order says "change", a
    // synonym of "exchange" but not the word.
    const watches = createEngine(await loadKnowledge(path.join(import.meta.dirname, 'team-wording/kbs/watches-en')));
    expect(watches.understand('Is possible to change the watch for other colour? The blue is not same like on the photo.').answer?.id).toBe('exchanges');
  });

  it('asks how long delivery takes of a place named, where an entry never speaking of delivering reads sure of it', async () => {
    // "how long … beans" is how long beans stay fresh; getting to Sydney is delivering there.
    const espresso = createEngine(await loadKnowledge(path.join(import.meta.dirname, 'team-wording/kbs/espresso-en')));
    expect(espresso.understand('hey how long till beans usually get to sydney').answer?.id).toBe('shipping-times');
    expect(espresso.understand('how long do beans stay fresh once opened?').answer?.id).toBe('bean-storage');
  });

  it('asks how to send back what a refund is wished for, where an entry on when the money comes reads sure of it', () => {
    // "When will I get my money back?" is the refund's timing; its answer speaks of the return too.
    const e = createEngine(
      kbOf([
        ['refund-timing', ['How long does a refund take?', 'When will I get my money back?'], 'Refunds are issued within 3 days of your return reaching us.'],
        ['returns', ['What is your return policy?', 'Can I return something I no longer want?'], 'You can return unused items within 30 days for a full refund.'],
        ['shipping', ['How much is shipping?']],
      ]),
    );
    expect(e.understand("I'd like my money back for the lamp, it's just not what I expected.").answer?.id).toBe('returns');
    expect(e.understand("I'd like my money back for the lamp I sent back last week, nothing has shown up yet.").answer?.id).toBe('refund-timing');
  });
});

describe('in a conversation', () => {
  it('leaves a short question to the answer just given: 多久能收到 after the invoice answer is no delivery question', async () => {
    const kb = await loadKnowledge(path.resolve('test/understand/team-wording/kbs/kitchen-zh'));
    const invoice = kb.faq.find((e) => e.id === 'invoice')!;
    const history = [
      { role: 'customer' as const, text: '可以开票吗' },
      { role: 'agent' as const, text: invoice.answer },
    ];
    expect(createEngine(kb).understand('多久能收到', { history }).answer?.id).not.toBe('shipping-time');
  });
});
