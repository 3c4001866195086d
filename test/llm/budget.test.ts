import { afterEach, describe, expect, it } from 'vitest';
import { tokensKey } from '../../core/llm/llm-client.js';
import { dayOf, turnLog, type TurnRecord } from '../../core/stages/record.js';
import { completion } from '../fakes/fake-openai.js';
import { llmHarness } from './harness.js';

let cleanup: (() => Promise<void>) | undefined;
afterEach(async () => {
  await cleanup?.();
  cleanup = undefined;
});

async function harness(budget: number) {
  const h = await llmHarness({ llm: { dailyTokenBudget: budget } });
  cleanup = h.close;
  return h;
}

describe('token cost', () => {
  it('records tokens per turn and per day, from the provider\'s usage', async () => {
    const { bot, fake, store, message } = await harness(1_000_000);
    fake.respond(completion({ reply: '48小时内发货', sources: ['shipping'] }, { prompt_tokens: 200, completion_tokens: 25 }));
    const first = await bot.receive(message('什么时候发货'));
    const second = await bot.receive(message('什么时候发货呀'));
    expect(first?.llm?.tokens).toBe(225);
    expect(second?.llm?.tokens).toBe(225);
    expect(await store.increment(tokensKey(dayOf(Date.now())), 0)).toBe(450);
    const records = await store.read<TurnRecord>(turnLog(dayOf(Date.now())));
    expect(records.map((r) => r.tokens)).toEqual([225, 225]);
  });

  it('estimates tokens when the server reports no usage, so the budget still holds', async () => {
    const { bot, fake, message } = await harness(1_000_000);
    const noUsage = completion({ reply: '48小时内发货', sources: ['shipping'] });
    delete (noUsage.body as { usage?: unknown }).usage;
    fake.respond(noUsage);
    const turn = await bot.receive(message('什么时候发货'));
    expect(turn?.llm?.tokens).toBeGreaterThan(50);
  });

  it('works offline once the day\'s budget is spent: no call, the knowledge answer, a budget fault', async () => {
    const { bot, sender, fake, llm, message } = await harness(500);
    fake.respond(completion({ reply: '48小时内发货哦', sources: ['shipping'] }, { prompt_tokens: 400, completion_tokens: 150 }));
    await bot.receive(message('什么时候发货'));
    expect(sender.texts()).toEqual(['48小时内发货哦']);
    expect(await llm.tokensToday()).toBe(550);

    const spent = await bot.receive(message('什么时候发货呢'));
    expect(fake.requests).toHaveLength(1); // the second turn never called
    expect(sender.texts()[1]).toBe('付款后48小时内发货，默认发顺丰。');
    expect(spent?.llm).toMatchObject({ used: false, tokens: 0, faults: ['budget'] });
    expect(llm.stats.faults.budget).toBe(1);
    expect(await llm.withinBudget()).toBe(false);
  });

  it('counts the budget per day across processes sharing the store', async () => {
    const { store, llm } = await harness(1000);
    await store.increment(tokensKey(dayOf(Date.now())), 1000); // another process spent it
    expect(await llm.withinBudget()).toBe(false);
    await store.increment(tokensKey(dayOf(Date.now() - 86_400_000)), 5000); // yesterday does not count
    expect(await llm.tokensToday()).toBe(1000);
  });
});
