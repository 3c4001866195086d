// The daily figures' definitions on hand-made logs: conversations split by pauses, bot resolution
// (no person, answered, not left on a failure, no repeat within 24 h), first response, agents' times,
// CSAT, top and unanswered questions, per channel and per hour.
import { describe, expect, it } from 'vitest';
import type { Ticket } from '../../core/handoff/ticket.js';
import { computeDailyFigures } from '../../core/reports/daily-figures.js';
import { isAcknowledgement, scanRecords } from '../../core/reports/day-scan.js';
import { dayStart } from '../../core/reports/days.js';
import type { TurnRecord } from '../../core/stages/record.js';
import { closedTicket } from '../fakes/tickets.js';

const DAY = '2026-03-14';
const T0 = dayStart(DAY);
const min = 60_000;
const hour = 60 * min;

function turn(user: string, atMs: number, action: string, fields: Partial<TurnRecord> = {}): TurnRecord {
  const channel = fields.channel ?? 'wechat';
  return {
    at: T0 + atMs,
    conversation: `conv:${channel}:${user}|${channel}:${user}`,
    channel,
    customerId: `${channel}:${user}`,
    inboundId: `${user}-${atMs}`,
    text: '什么时候发货',
    replies: ['48小时内发货'],
    action,
    reason: action === 'answer' ? 'faq' : action === 'escalate' ? 'complaint' : 'no_match',
    faq: action === 'answer' ? 'shipping-time' : null,
    score: action === 'answer' ? 0.9 : 0.2,
    escalated: action === 'escalate',
    signals: [],
    sentiment: 0,
    latencyMs: 20,
    ...fields,
  };
}

const ticket = (id: string, user: string, createdAtMs: number, fields: Partial<Ticket> = {}): Ticket =>
  closedTicket(id, user, T0 + createdAtMs, { group: 'aftersale', reason: 'complaint', ...fields });

describe('daily figures', () => {
  const records: TurnRecord[] = [
    // a: answered, then thanks the engine did not take for small talk: resolved by the bot.
    turn('a', 9 * hour, 'answer'),
    turn('a', 9 * hour + 2 * min, 'fallback', { text: '好的谢谢' }),
    // b: answered, back 40 minutes later (a new conversation), which was answered too: the first is a repeat.
    turn('b', 10 * hour, 'answer'),
    turn('b', 10 * hour + 40 * min, 'answer', { faq: 'return-policy' }),
    // c: left on a question the bot could not answer.
    turn('c', 11 * hour, 'answer'),
    turn('c', 11 * hour + min, 'fallback', { text: '你们招兼职吗' }),
    // d: complained on the first message, agent replied 5 minutes later; rating 2 arrived 2 hours later.
    turn('d', 12 * hour, 'escalate', { ticketId: 't1', sentiment: -0.8, text: '我要投诉' }),
    turn('d', 12 * hour + 3 * min, 'relay', { text: '人呢', sentiment: -0.5 }),
    turn('d', 14 * hour, 'rating', { text: '2' }),
    // e: Telegram, small talk only (not resolved: the bot answered nothing).
    turn('e', 20 * hour, 'smalltalk', { channel: 'telegram', text: '你好' }),
  ];
  const tickets = [ticket('t1', 'd', 12 * hour, { claimedAt: T0 + 12 * hour + 2 * min, firstAgentReplyAt: T0 + 12 * hour + 5 * min, closedAt: T0 + 12 * hour + 20 * min, assignee: { id: 'agent-1', name: '小美' }, endReason: 'resolved', rating: 2 })];
  const next = scanRecords('2026-03-15', [
    // a returns 23 hours after: a repeat within 24 h, so a was not resolved after all.
    { ...turn('a', 9 * hour + 2 * min + 23 * hour, 'answer') },
  ]);

  it('splits conversations by pauses and finds what the bot resolved', () => {
    const scan = scanRecords(DAY, records);
    expect(scan.sessions.filter((s) => s.substantive).map((s) => s.customerId)).toEqual(['wechat:a', 'wechat:b', 'wechat:b', 'wechat:c', 'wechat:d', 'telegram:e']);
    const alone = computeDailyFigures({ scan, tickets, ratings: [{ ticket: 't1', rating: 2, at: T0 + 14 * hour, channel: 'wechat' }], llmTokens: 1234, computedAt: T0 + 33 * hour });
    // Resolved: a (thanks is not a failure), b's second conversation. Not: b's first (came back), c, d, e.
    expect(alone.total.conversations).toBe(6);
    expect(alone.total.botResolved).toBe(2);
    expect(alone.total.resolutionRate).toBeCloseTo(2 / 6);
    const withNext = computeDailyFigures({ scan, next, tickets, ratings: [], llmTokens: 0, computedAt: T0 + 33 * hour });
    expect(withNext.total.botResolved).toBe(1);
  });

  it('measures escalations, first response, agents and satisfaction', () => {
    const scan = scanRecords(DAY, records);
    const f = computeDailyFigures({ scan, tickets, ratings: [{ ticket: 't1', rating: 2, at: T0 + 14 * hour, channel: 'wechat' }], llmTokens: 1234, computedAt: T0 + 33 * hour });
    expect(f.total.escalated).toBe(1);
    expect(f.escalationReasons).toEqual({ complaint: 1 });
    // First responses: 20 ms for the bot's conversations, 5 minutes for d (handed over on the first message).
    expect(f.total.firstResponseP50Ms).toBe(20);
    expect(f.total.firstResponseP90Ms).toBe(5 * min);
    expect(f.total.claimP50Ms).toBe(2 * min);
    expect(f.total.handleP50Ms).toBe(18 * min);
    expect(f.agents).toEqual([{ agent: '小美', claimed: 1, closed: 1, claimP50Ms: 2 * min, handleP50Ms: 18 * min, csatAverage: 2, csatCount: 1 }]);
    expect(f.total.csatAverage).toBe(2);
    expect(f.channels.wechat!.csatCount).toBe(1);
    expect(f.channels.telegram!.conversations).toBe(1);
    expect(f.total.negativeMessages).toBe(2);
    expect(f.llmTokens).toBe(1234);
  });

  it('counts questions by entry, unanswered ones by wording, conversations by hour', () => {
    const f = computeDailyFigures({ scan: scanRecords(DAY, records), tickets, ratings: [], llmTokens: 0, computedAt: T0 });
    expect(f.topQuestions).toEqual([
      { entry: 'shipping-time', count: 3 },
      { entry: 'return-policy', count: 1 },
    ]);
    expect(f.topUnanswered).toEqual([{ text: '你们招兼职吗', count: 1 }]);
    expect(f.hourly.conversations[9]).toBe(1);
    expect(f.hourly.conversations[10]).toBe(2);
    expect(f.hourly.botResolved[10]).toBe(1);
    expect(f.hourly.messages.reduce((a, b) => a + b, 0)).toBe(10);
  });

  it('says nothing rather than 0 % of nothing', () => {
    const f = computeDailyFigures({ scan: scanRecords(DAY, []), tickets: [], ratings: [], llmTokens: 0, computedAt: T0 });
    expect(f.total.conversations).toBe(0);
    expect(f.total.resolutionRate).toBeNull();
    expect(f.total.firstResponseP50Ms).toBeNull();
    expect(f.total.csatAverage).toBeNull();
  });

  it('tells thanks from questions', () => {
    for (const t of ['好的谢谢', '明白了，谢谢', '谢啦', 'ok', '好嘞！', 'thanks 😊']) expect(isAcknowledgement(t)).toBe(true);
    for (const t of ['谢谢，那运费呢', '好的 怎么退货', '你们招兼职吗']) expect(isAcknowledgement(t)).toBe(false);
  });
});
