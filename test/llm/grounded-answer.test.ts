import { describe, expect, it } from 'vitest';
import { rejectedLog, tokensKey } from '../../core/llm/llm-client.js';
import { PROMPT_CANARY } from '../../core/llm/prompts.js';
import { dayOf, turnLog, type TurnRecord } from '../../core/stages/record.js';
import { completion } from '../fakes/fake-openai.js';
import { closingHarness, sentText, systemMessageOf, turnFor, userMessageOf } from './harness.js';

/** A harness per test, closed after it. */
const harness = closingHarness();

describe('grounded answers', () => {
  it('answers in the LLM\'s words from the numbered sources, and records the cited ids on the turn and in the log', async () => {
    const { bot, sender, fake, store } = await harness();
    fake.respond(completion({ reply: '亲，付款后48小时内就会发货，默认顺丰哦。[1]', sources: ['shipping', 'made-up-id'] }, { prompt_tokens: 300, completion_tokens: 40 }));
    const turn = await bot.receive({ id: 'g1', channel: 'test', address: 'test:alice', userId: 'alice', userName: 'Alice', kind: 'text', text: '请问什么时候发货呀', at: Date.now() });

    expect(sender.texts()).toEqual(['亲，付款后48小时内就会发货，默认顺丰哦。']); // citation mark removed
    expect(turn?.faq).toBe('shipping');
    expect(turn?.llm).toMatchObject({ used: true, sources: ['shipping'], tokens: 340, faults: [] }); // unknown ids dropped

    const prompt = userMessageOf(fake);
    expect(prompt).toMatch(/\[1\] id=shipping（常见问题，主要依据）/u);
    expect(prompt).toContain('付款后48小时内发货');
    expect(prompt).toContain('请问什么时候发货呀');
    expect(fake.chatBodies()[0]?.model).toBe('fake-model');

    const [record] = await store.read<TurnRecord>(turnLog(dayOf(Date.now())));
    expect(record).toMatchObject({ llm: true, sources: ['shipping'], tokens: 340, faq: 'shipping' });
    expect(await store.increment(tokensKey(dayOf(Date.now())), 0)).toBe(340);
  });

  it('grounds on a product the customer named and on the promotion running for it', async () => {
    const { bot, sender, fake, message } = await harness({
      entities: { '明前龙井什么时候发货': [{ kind: 'product', value: 'longjing', text: '明前龙井' }] },
    });
    fake.respond(completion({ reply: '明前龙井付款后48小时内发货，现在满199减30，单罐¥168。', sources: ['shipping', 'product:longjing', 'winter-sale'] }));
    const turn = await bot.receive(message('明前龙井什么时候发货'));
    const prompt = userMessageOf(fake);
    expect(prompt).toContain('id=product:longjing');
    expect(prompt).toContain('价格：¥168/罐');
    expect(prompt).toContain('id=winter-sale');
    expect(sender.texts()[0]).toContain('满199减30');
    expect(turn?.llm?.sources).toEqual(['shipping', 'product:longjing', 'winter-sale']);
  });

  it('uses facts another stage put on the turn (order data) as a citable source, masked on the way out', async () => {
    const { deps, fake, message } = await harness();
    fake.respond(completion({ reply: '您的订单已发出，顺丰单号SF1234567890，48小时内发货的承诺已兑现。', sources: ['order:1', 'shipping'] }));
    const { groundedAnswer } = await import('../../core/llm/grounded-answer.js');
    // The orders stage puts order data on the turn; here the turn is built by hand with it.
    const turn = turnFor(deps, message('我的订单什么时候发货'), {
      facts: [{ id: 'order:1', text: '订单 4201234567890123：已发货，顺丰 SF1234567890，收件人张三，电话13812345678' }],
    });
    const text = await groundedAnswer(turn, 'shipping', '付款后48小时内发货，默认发顺丰。');
    const prompt = userMessageOf(fake);
    expect(prompt).toContain('id=order:1（订单/查询结果）');
    expect(prompt).not.toContain('13812345678');
    expect(prompt).not.toContain('4201234567890123');
    expect(prompt).not.toContain('张三');
    expect(turn.llm).toMatchObject({ used: false }); // 承诺 is not in the sources: the knowledge answer
    expect(text).toBe('付款后48小时内发货，默认发顺丰。');

    fake.respond(completion({ reply: '您的订单已发出，顺丰单号SF1234567890～', sources: ['order:1'] }));
    const again = { ...turn, llm: undefined } as typeof turn;
    expect(await groundedAnswer(again, 'shipping', 'x')).toBe('您的订单已发出，顺丰单号SF1234567890～');
    expect(again.llm?.sources).toEqual(['order:1']);
  });

  it('tells the model the channel\'s tone and never to reveal its instructions, and shows it the conversation', async () => {
    const { bot, fake, message } = await harness();
    fake.respond(completion({ reply: '48小时内发货哦😊', sources: ['shipping'] }));
    await bot.receive(message('怎么退货', { channel: 'wechat', address: 'wechat:w1' }));
    await bot.receive(message('什么时候发货', { channel: 'wechat', address: 'wechat:w1' }));
    const system = systemMessageOf(fake, 1);
    expect(system).toMatch(/WeChat.*emoji/u);
    expect(system).toMatch(/Never reveal/u);
    expect(system).toContain(PROMPT_CANARY);
    const user = userMessageOf(fake, 1);
    expect(user).toContain('Conversation so far');
    expect(user).toContain('顾客：怎么退货');
  });

  it('catches a reply that invents compensation and sends the knowledge answer instead, logged and counted', async () => {
    const { bot, sender, fake, llm, store, message } = await harness();
    fake.respond(completion({ reply: '非常抱歉！我们会赔偿您50元红包，明天一定给您补发。', sources: ['damaged'] }));
    const turn = await bot.receive(message('收到破损了怎么办'));
    expect(sender.texts()).toEqual(['收到破损请拍照联系客服，核实后为您补发。']);
    expect(turn?.llm?.used).toBe(false);
    expect(turn?.llm?.rejected).toEqual(expect.arrayContaining(['money:50元', 'date:明天', 'promise:赔偿', 'promise:红包', 'promise:一定']));
    expect(llm.stats.rejected).toBe(1);
    const rejected = await store.read<{ problems: string[]; reply: string }>(rejectedLog(dayOf(Date.now())));
    expect(rejected).toHaveLength(1);
    expect(rejected[0]?.problems).toContain('promise:赔偿');
    const [record] = await store.read<TurnRecord>(turnLog(dayOf(Date.now())));
    expect(record).toMatchObject({ llm: false, sources: ['damaged'] });
  });

  it('catches an invented discount, delivery date and refund, and lets supported amounts through', async () => {
    const { bot, sender, fake, message } = await harness();
    fake.sequence(
      completion({ reply: '现在全场8折，下单后3天内送到，还全额退款哦', sources: ['shipping'] }),
      completion({ reply: '冬日茶节正在进行，指定商品满199减30～', sources: ['winter-sale'] }),
    );
    await bot.receive(message('什么时候发货'));
    await bot.receive(message('最近有什么活动'));
    expect(sender.texts()).toEqual(['付款后48小时内发货，默认发顺丰。', '冬日茶节正在进行，指定商品满199减30～']);
  });

  it('masks the customer\'s phone number, name and order number before they leave, and restores them in the reply', async () => {
    const { bot, sender, fake, message } = await harness();
    fake.respond((req) => {
      const user = req.body?.messages?.find((m) => m.role === 'user')?.content ?? '';
      const phone = /⟨PHONE_\d⟩/u.exec(user)?.[0] ?? '';
      return completion({ reply: `好的，已记下您的电话${phone}，付款后48小时内发货。`, sources: ['shipping'] });
    });
    await bot.receive(message('我叫王小明，电话13812345678，订单4201234567890123什么时候发货'));
    const wire = sentText(fake);
    expect(wire).not.toContain('13812345678');
    expect(wire).not.toContain('4201234567890123');
    expect(wire).not.toContain('王小明');
    expect(wire).toContain('⟨PHONE_1⟩');
    expect(sender.texts()).toEqual(['好的，已记下您的电话13812345678，付款后48小时内发货。']);
  });

  it('keeps the platform display name and earlier turns\' phone numbers out of the request as well', async () => {
    const { bot, fake, message } = await harness();
    fake.respond(completion({ reply: '付款后48小时内发货。', sources: ['shipping'] }));
    await bot.receive(message('我的手机是13912345678', { userName: '张晓红' }));
    await bot.receive(message('张晓红想问什么时候发货', { userName: '张晓红' }));
    const wire = sentText(fake);
    expect(fake.chatBodies().length).toBeGreaterThan(0);
    expect(wire).not.toContain('13912345678');
    expect(wire).not.toContain('张晓红');
  });

  it('drops a reply that uses a placeholder it was never given or the shop\'s forbidden phrases', async () => {
    const { bot, sender, fake, message } = await harness();
    fake.sequence(completion({ reply: '已发到⟨PHONE_3⟩', sources: ['shipping'] }), completion({ reply: '亲爹，48小时内发货', sources: ['shipping'] }));
    await bot.receive(message('什么时候发货'));
    await bot.receive(message('什么时候发货呢'));
    expect(sender.texts()).toEqual(['付款后48小时内发货，默认发顺丰。', '付款后48小时内发货，默认发顺丰。']);
  });

  it('accepts a plain-text reply from a model that ignores the JSON format, still checked', async () => {
    const { bot, sender, fake, message } = await harness();
    fake.respond(completion('付款后48小时内发货，默认顺丰～'));
    const turn = await bot.receive(message('什么时候发货'));
    expect(sender.texts()).toEqual(['付款后48小时内发货，默认顺丰～']);
    expect(turn?.llm?.sources).toEqual(['shipping']);
  });

  it('keeps the offline path unchanged when no LLM is configured', async () => {
    const { testRuntime } = await import('../fakes/test-runtime.js');
    const { bot, sender, message } = testRuntime();
    const turn = await bot.receive(message('什么时候发货'));
    expect(sender.texts()).toEqual(['48小时内发货']);
    expect(turn?.llm).toBeUndefined();
  });
});
