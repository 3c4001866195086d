import { describe, expect, it } from 'vitest';
import { completion } from '../fakes/fake-openai.js';
import { closingHarness, userMessageOf } from './harness.js';

/** A harness per test, closed after it. */
const harness = closingHarness();

const isClassify = (body: { messages?: { role: string; content: string }[] } | undefined) => body?.messages?.[0]?.content.includes('sort customer messages') ?? false;
const isRewrite = (body: { messages?: { role: string; content: string }[] } | undefined) => body?.messages?.[0]?.content.includes('standalone question') ?? false;

describe('second opinion', () => {
  it('picks among the engine\'s candidates when the engine is unsure, then answers grounded on the pick', async () => {
    const { bot, sender, fake, message } = await harness({ unsure: { '钱啥时候能回来': ['refund-time', 'returns'] } });
    fake.respond((req) =>
      isClassify(req.body) ? completion({ id: 'refund-time' }) : completion({ reply: '退货签收后1-3个工作日内原路退款哦', sources: ['refund-time'] }),
    );
    const turn = await bot.receive(message('钱啥时候能回来'));
    expect(turn?.decision).toMatchObject({ action: 'answer', reason: 'llm_classified' });
    expect(turn?.faq).toBe('refund-time');
    expect(turn?.llm).toMatchObject({ secondOpinion: 'classified', used: true, sources: ['refund-time'] });
    expect(sender.texts()).toEqual(['退货签收后1-3个工作日内原路退款哦']);
    expect(userMessageOf(fake, 0)).toContain('id: refund-time');
    expect(userMessageOf(fake, 0)).toContain('id: returns');
  });

  it('ignores a pick outside the candidates, and "none": the offline fallback stands', async () => {
    const { bot, sender, fake, message } = await harness({ unsure: { '随便问问': ['returns'], '再问问': ['returns'] } });
    fake.sequence(completion({ id: 'cancel-paid' }), completion({ id: null }));
    const first = await bot.receive(message('随便问问'));
    const second = await bot.receive(message('再问问', { address: 'test:bob', userId: 'bob' }));
    expect(first?.decision?.action).toBe('fallback');
    expect(second?.decision?.action).toBe('fallback');
    expect(first?.llm?.secondOpinion).toBe('none');
    // The offline fallback stands: with a likely reading it asks back instead of guessing.
    expect(sender.texts()).toHaveLength(2);
    for (const text of sender.texts()) expect(text).toContain('您想问的是不是「怎么退货」');
  });

  it('rewrites a follow-up into a standalone question and answers it from the knowledge', async () => {
    const { bot, sender, fake, message } = await harness({ unsure: { '那退货呢': [] } });
    fake.respond((req) => {
      if (isRewrite(req.body)) return completion({ question: '怎么退货' });
      return completion({ reply: '签收后7天内、未拆封的都能无理由退货～', sources: ['returns'] });
    });
    await bot.receive(message('什么时候发货'));
    const turn = await bot.receive(message('那退货呢'));
    expect(turn?.decision).toMatchObject({ action: 'answer', reason: 'llm_rewrite' });
    expect(turn?.faq).toBe('returns');
    expect(turn?.llm?.secondOpinion).toBe('rewritten');
    expect(sender.texts().at(-1)).toBe('签收后7天内、未拆封的都能无理由退货～');
    const rewriteRequest = fake.chatBodies().find((b) => isRewrite(b));
    expect(rewriteRequest?.messages?.[1]?.content).toContain('什么时候发货');
  });

  it('never second-guesses a confident knowledge answer', async () => {
    const { bot, fake, message } = await harness();
    fake.respond((req) => (isClassify(req.body) || isRewrite(req.body) ? completion({ id: 'returns', question: '怎么退货' }) : completion({ reply: '48小时内发货', sources: ['shipping'] })));
    await bot.receive(message('怎么退货'));
    const turn = await bot.receive(message('什么时候发货'));
    expect(turn?.faq).toBe('shipping');
    expect(turn?.llm?.secondOpinion).toBeUndefined();
    expect(fake.chatBodies().some((b) => isClassify(b) || isRewrite(b))).toBe(false);
  });

  it('does not run on escalations or small talk', async () => {
    const { bot, fake, message } = await harness();
    await bot.receive(message('我要投诉'));
    await bot.receive(message('你好', { address: 'test:bob', userId: 'bob' }));
    expect(fake.requests).toHaveLength(0);
  });

  it('a fault in the second opinion leaves the offline decision alone', async () => {
    const { bot, sender, fake, message } = await harness({ unsure: { '钱啥时候能回来': ['refund-time'] } });
    fake.respond({ status: 500, body: {} });
    const turn = await bot.receive(message('钱啥时候能回来'));
    expect(turn?.decision?.action).toBe('fallback');
    expect(turn?.llm?.faults).toEqual(['server']);
    expect(sender.texts()).toHaveLength(1);
    expect(sender.texts()[0]).toContain('您想问的是不是「退款多久到账」');
  });
});
