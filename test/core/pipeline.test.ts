import { describe, expect, it } from 'vitest';
import type { ConversationState } from '../../core/dialogue/conversation.js';
import { dayOf, turnLog, type TurnRecord } from '../../core/stages/record.js';
import { createEngine } from '../../core/understand/engine.js';
import { keywordEngine } from '../fakes/keyword-engine.js';
import { testRuntime } from '../fakes/test-runtime.js';

describe('pipeline', () => {
  it('answers from the knowledge and records the turn', async () => {
    const { bot, sender, deps, message } = testRuntime();
    const turn = await bot.receive(message('亲，什么时候发货呀'));
    expect(sender.texts()).toEqual(['48小时内发货']);
    expect(turn?.faq).toBe('shipping');
    const log = await deps.store.read<TurnRecord>(turnLog(dayOf(Date.now())));
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({ faq: 'shipping', action: 'answer', replies: ['48小时内发货'], customerId: 'test:alice' });
  });

  it('uses the channel variant of an answer and offers suggested follow-ups as quick replies', async () => {
    const { bot, sender, message } = testRuntime();
    await bot.receive(message('什么时候发货', { channel: 'wechat', address: 'test:w1' }));
    await bot.receive(message('怎么退货'));
    expect(sender.texts()).toEqual(['48小时内发货哦😊', '7天无理由退货']);
    expect(sender.sent[1]?.quickReplies).toEqual([{ label: '运费谁出', text: '运费谁出' }]);
  });

  it('falls back politely, and hands over after three unanswered turns in a row', async () => {
    const { bot, sender, desk, message } = testRuntime();
    await bot.receive(message('天气如何'));
    await bot.receive(message('股票怎么买'));
    expect(sender.texts()).toEqual(['没听懂', '没听懂']);
    expect(sender.sent[0]?.quickReplies?.at(-1)).toEqual({ label: '转人工', text: '转人工' });
    const third = await bot.receive(message('火星多远'));
    expect(third?.decision).toMatchObject({ action: 'escalate', reason: 'unresolved' });
    expect(desk.cards).toHaveLength(1);
  });

  it('stays silent while an agent has the conversation, relays both ways, and asks for a rating after', async () => {
    const { bot, sender, desk, deps, message } = testRuntime();
    const escalated = await bot.receive(message('我要投诉你们'));
    expect(escalated?.decision?.action).toBe('escalate');
    expect(sender.texts()).toEqual(['人工马上来']);
    const ticketId = escalated!.ticketId!;
    expect(desk.cards[0]?.ticket.transcript.at(-1)).toMatchObject({ role: 'customer', text: '我要投诉你们' });

    await bot.receive(message('什么时候发货'));
    expect(sender.texts()).toHaveLength(1); // the bot said nothing
    expect(desk.mirrored).toEqual(['什么时候发货']);

    expect(await deps.handoff.agentSaid(ticketId, { id: 'agent-1', name: '小王' }, '/claim')).toContain('已接待');
    expect(await deps.handoff.agentSaid(ticketId, { id: 'agent-2' }, '/claim')).toContain('小王');
    await deps.handoff.agentSaid(ticketId, { id: 'agent-1' }, '您好，我来帮您处理');
    expect(sender.sent.at(-1)).toMatchObject({ text: '您好，我来帮您处理', from: 'agent', address: 'test:alice' });

    await deps.handoff.agentSaid(ticketId, { id: 'agent-1' }, '/close 已补发');
    expect(sender.texts().at(-1)).toContain('1–5');
    const rated = await bot.receive(message('5'));
    expect(rated?.decision?.action).toBe('rating');
    expect(await deps.handoff.get(ticketId)).toMatchObject({ status: 'closed', endReason: 'resolved', rating: 5, closeNote: '已补发' });

    await bot.receive(message('什么时候发货'));
    expect(sender.texts().at(-1)).toBe('48小时内发货'); // the bot answers again
  });

  it('thanks a customer who praises, and says a greeting to one who only greets', async () => {
    const { bot, sender, message } = testRuntime({ engineFactory: createEngine });
    await bot.receive(message('东西收到了 很满意'));
    await bot.receive(message('谢谢你们'));
    expect(sender.texts()).toEqual(['谢谢您的喜欢～有问题随时找我哦～', '不客气，有问题随时找我哦～']);
  });

  it('escalates after answering an entry marked escalate', async () => {
    const { bot, sender, message } = testRuntime();
    const turn = await bot.receive(message('我想取消已付款订单'));
    expect(turn?.decision).toMatchObject({ action: 'escalate', reason: 'entry:cancel-paid' });
    expect(sender.texts()[0]).toBe('已付款订单取消需要人工处理\n人工马上来');
  });

  it('asks back with the likely question when unsure; a bare "not understood" when nothing is likely', async () => {
    // The keyword engine, unsure about two texts: a likely reading of the first, a faint one of the second.
    const unsure: Record<string, number> = { 啥时候能送出来: 0.4, 今天天气如何: 0.1 };
    const { bot, sender, message } = testRuntime({
      engineFactory: (kb) => {
        const base = keywordEngine(kb);
        return {
          understand(text, options) {
            const u = base.understand(text, options);
            const score = unsure[text];
            return score === undefined ? u : { ...u, candidates: [{ id: 'shipping', score, question: '什么时候发货', why: [] }], answer: null, reason: 'low_confidence' };
          },
        };
      },
    });
    const likely = await bot.receive(message('啥时候能送出来'));
    expect(likely?.decision).toMatchObject({ action: 'fallback', reason: 'low_confidence' });
    expect(likely?.faq).toBeNull();
    expect(sender.sent.at(-1)).toMatchObject({ text: expect.stringContaining('「什么时候发货」'), quickReplies: [{ label: '什么时候发货', text: '什么时候发货' }, { label: '转人工', text: '转人工' }] });
    await bot.receive(message('今天天气如何'));
    expect(sender.texts().at(-1)).not.toContain('什么时候发货');
    expect(sender.sent.at(-1)?.quickReplies?.[0]).toEqual({ label: '什么时候发货', text: '什么时候发货' }); // still offered as a button
  });

  it('drops a redelivered message: one reply only', async () => {
    const { bot, sender, message } = testRuntime();
    const m = message('什么时候发货');
    await bot.receive(m);
    expect(await bot.receive({ ...m })).toBeUndefined();
    expect(sender.texts()).toHaveLength(1);
  });

  it('rejects a malformed message with a clear error', async () => {
    const { bot } = testRuntime();
    await expect(bot.receive({ text: 'hi' } as never)).rejects.toThrow(/id must be a non-empty string/u);
  });

  it('ignores an empty message and answers a non-text one helpfully', async () => {
    const { bot, sender, message } = testRuntime();
    const empty = await bot.receive(message('   '));
    expect(empty?.decision?.action).toBe('ignore');
    await bot.receive(message('', { kind: 'image' }));
    expect(sender.texts()).toHaveLength(1);
    expect(sender.texts()[0]).toContain('图片');
  });

  it('turns a failing turn into an apology, never a crash', async () => {
    const { bot, sender, message } = testRuntime({ engine: { throwOn: '爆炸' } });
    const turn = await bot.receive(message('爆炸'));
    expect(turn?.decision).toMatchObject({ action: 'fallback', reason: 'error' });
    expect(sender.texts()[0]).toContain('抱歉');
    await bot.receive(message('什么时候发货'));
    expect(sender.texts()[1]).toBe('48小时内发货');
  });

  it('answers with an apology when a turn runs past the time limit', async () => {
    const { bot, sender, message } = testRuntime({ settings: { TURN_TIMEOUT_MS: 50 } });
    const deps = bot.deps;
    // A store that answers too slowly for the time limit: the turn must still answer.
    const slow = deps.store.get.bind(deps.store);
    deps.store.get = (async (key: string) => {
      if (key.startsWith('conv:')) await new Promise((r) => setTimeout(r, 200));
      return slow(key);
    }) as typeof deps.store.get;
    const turn = await bot.receive(message('什么时候发货'));
    expect(turn?.decision?.reason).toBe('timeout');
    await new Promise((r) => setTimeout(r, 300));
    expect(sender.texts()).toEqual([expect.stringContaining('抱歉')]); // the late answer is not sent
  });

  it('runs one turn at a time per conversation, in order, and conversations in parallel', async () => {
    const { bot, sender, message } = testRuntime();
    const texts = ['什么时候发货', '怎么退货', '什么时候发货', '怎么退货'];
    await Promise.all([
      ...texts.map((t) => bot.receive(message(t))),
      ...texts.map((t) => bot.receive(message(t, { address: 'test:bob', userId: 'bob' }))),
    ]);
    const alice = sender.sent.filter((m) => m.address === 'test:alice').map((m) => m.text);
    expect(alice).toEqual(['48小时内发货', '7天无理由退货', '48小时内发货', '7天无理由退货']);
    const conversation = await bot.deps.store.get<ConversationState>('conv:test:alice|test:alice');
    expect(conversation?.turnCount).toBe(4);
    expect(conversation?.turns.map((t) => t.text).slice(0, 2)).toEqual(['什么时候发货', '48小时内发货']);
  });

  it('limits a flood from one customer with one polite reply', async () => {
    const { bot, sender, message } = testRuntime({ settings: { RATE_LIMIT_PER_MINUTE: 3 } });
    for (let i = 0; i < 6; i++) await bot.receive(message('什么时候发货'));
    expect(sender.texts()).toHaveLength(4);
    expect(sender.texts()[3]).toContain('稍等');
  });

  it('replays an accepted message after a crash mid-turn', async () => {
    const first = testRuntime();
    const store = first.deps.store;
    // Simulate a crash: the message is accepted (in the inbox) but its turn never ran.
    const { DurableQueue } = await import('../../core/store/durable-queue.js');
    await new DurableQueue(store, 'inbox:main').push(first.message('什么时候发货'));
    const second = testRuntime({ store });
    expect(await second.bot.recover()).toBe(1);
    await second.bot.stop();
    expect(second.sender.texts()).toEqual(['48小时内发货']);
    expect(await testRuntime({ store }).bot.recover()).toBe(0);
  });

  it('delivers a reply that failed to send once the channel is back', async () => {
    const { bot, sender, deps, message } = testRuntime();
    sender.failing = true;
    await bot.receive(message('什么时候发货'));
    expect(sender.sent).toHaveLength(0);
    sender.failing = false;
    await new Promise((r) => setTimeout(r, 600)); // past the first backoff
    await deps.outbox.drain();
    expect(sender.texts()).toEqual(['48小时内发货']);
    await deps.outbox.drain();
    expect(sender.texts()).toHaveLength(1); // delivered once
  });
});
