// `xiaoer simulate`'s traffic: synthetic customers from the sample shop through the real pipeline,
// timestamped across the given day, with handoffs answered by scripted agents and ratings; the same seed
// gives the same day.
import { describe, expect, it } from 'vitest';
import { addDays, dayOf, dayStart, DAY_MS } from '../../core/reports/days.js';
import { seededRandom } from '../../core/reports/seeded-random.js';
import type { TurnRecord } from '../../core/stages/record.js';
import { memoryStore } from '../../core/store/open-store.js';
import { ScriptWriter } from '../../jobs/simulate/customer-scripts.js';
import { EventQueue } from '../../jobs/simulate/event-queue.js';
import { sampleShop, simulate } from './simulated-shop.js';

const DAY = '2026-03-14';

describe('simulated customers', () => {
  it('ask the shop\'s questions the way buyers type, at the shop\'s busy hours', async () => {
    const kb = await sampleShop();
    const scripts = new ScriptWriter(kb, seededRandom('x')).day(DAY, 400, 'r');
    expect(scripts).toHaveLength(400);
    expect(scripts.every((s) => s.startAt >= dayStart(DAY) && s.startAt < dayStart(DAY) + DAY_MS)).toBe(true);
    expect(scripts.map((s) => s.startAt)).toEqual([...scripts.map((s) => s.startAt)].sort((a, b) => a - b));
    const personas = new Set(scripts.map((s) => s.persona));
    expect(personas).toEqual(new Set(['asker', 'follow_up', 'product', 'lost', 'complainer', 'human']));
    const texts = scripts.flatMap((s) => s.messages.map((m) => m.text));
    expect(texts.some((t) => /^(亲|你好|在吗|老板)/u.test(t))).toBe(true);
    expect(texts.some((t) => Object.keys(kb.lexicon.typos).some((typo) => t.includes(typo)))).toBe(true);
    expect(texts.some((t) => t.startsWith('那') && t.endsWith('呢'))).toBe(true);
    const night = scripts.filter((s) => new Date(s.startAt + 8 * 3600_000).getUTCHours() < 6).length;
    const evening = scripts.filter((s) => new Date(s.startAt + 8 * 3600_000).getUTCHours() >= 19 && new Date(s.startAt + 8 * 3600_000).getUTCHours() < 22).length;
    expect(evening).toBeGreaterThan(night * 3);
    // Some come back later the same day.
    expect(new Set(scripts.map((s) => s.userId)).size).toBeLessThan(400);
  });

  it('run through the pipeline across the day, with agents and ratings', async () => {
    const store = memoryStore();
    const stats = (await simulate(store, { [DAY]: 50 }, 'seed-1'))[DAY]!;
    expect(stats).toMatchObject({ conversations: 50 });
    expect(stats.tickets).toBeGreaterThan(0);
    expect(stats.agentReplies).toBe(stats.tickets);
    expect(stats.ratings).toBeGreaterThan(0);
    const turns = await store.read<TurnRecord>(`turns:${DAY}`);
    const late = await store.read<TurnRecord>(`turns:${addDays(DAY, 1)}`); // a ticket may close after midnight
    expect(turns.length + late.length).toBe(stats.messages);
    expect(turns.every((t) => dayOf(t.at) === DAY)).toBe(true);
    expect(new Set(turns.map((t) => t.channel))).toEqual(new Set(['wechat', 'telegram']));
    expect(turns.some((t) => t.action === 'answer')).toBe(true);
    expect(turns.some((t) => t.action === 'escalate')).toBe(true);
    expect(turns.some((t) => t.action === 'rating')).toBe(true);
    const events = await store.read<{ event: string; at: number }>('tickets');
    expect(events.filter((e) => e.event === 'closed')).toHaveLength(stats.tickets);
    expect((await store.read('ratings')).length).toBe(stats.ratings);

    // The same seed, the same traffic.
    const again = (await simulate(memoryStore(), { [DAY]: 50 }, 'seed-1'))[DAY]!;
    expect({ ...again, elapsedMs: 0 }).toEqual({ ...stats, elapsedMs: 0 });
  });

  it('keeps events in time order', () => {
    const queue = new EventQueue();
    const order: number[] = [];
    for (const at of [5, 1, 3, 3, 2, 9, 0]) queue.push(at, async () => void order.push(at));
    for (let e = queue.pop(); e; e = queue.pop()) void e.run();
    expect(order).toEqual([0, 1, 2, 3, 3, 5, 9]);
  });
});
