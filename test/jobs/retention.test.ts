// The retention job on simulated days of the sample shop (real pipeline: turn logs, conversations,
// tickets, profiles) plus hand-made old data the simulation does not make (an open ticket a year old, a
// transferred ticket's earlier card, linked identities), on every store backend: what is older than
// RETENTION_DAYS goes, recent data and open tickets stay, a dry run and RETENTION_DAYS=0 delete nothing,
// an interrupted run leaves a consistent store that the next run finishes, and reports still run.
import { afterAll, describe, expect, it } from 'vitest';
import { cardLocationKey } from '../../adapters/feishu/card-location.js';
import type { ConversationState } from '../../core/dialogue/conversation.js';
import type { CustomerProfile } from '../../core/customers/customer-profile.js';
import { customerTicketsKey, deskIndexKey, openTicketsKey, ticketKey, type Ticket } from '../../core/handoff/ticket.js';
import { accessLog } from '../../core/orders/order-access.js';
import { orderRequestsLog } from '../../core/orders/order-changes.js';
import type { DailyFigures } from '../../core/reports/daily-figures.js';
import { addDays, dayStart } from '../../core/reports/days.js';
import { turnLog } from '../../core/stages/record.js';
import type { Store } from '../../core/store/store.js';
import { dailyReport } from '../../jobs/daily-report.js';
import { retention } from '../../jobs/retention.js';
import { embeddedBackends } from '../fakes/store-backends.js';
import { closedTicket } from '../fakes/tickets.js';
import { jobDeps, simulate } from './simulated-shop.js';

const DAY = '2026-03-14';
const OLD = '2025-01-10'; // more than a year before DAY
const RUN_AT = dayStart(addDays(DAY, 1)) + 3.5 * 3600_000;
const OLD_AT = dayStart(OLD) + 10 * 3600_000;

const backends = embeddedBackends('xiaoer-retention-');
if (process.env.REDIS_TEST_URL) {
  // A database of its own (9, unless the URL names one): the job walks the keys with SCAN, which would
  // otherwise wade through every key other tests left behind. Its namespaces are removed afterwards.
  const url = new URL(process.env.REDIS_TEST_URL);
  if (url.pathname.length <= 1) url.pathname = '/9';
  const namespaces: string[] = [];
  afterAll(async () => {
    const { createClient } = await import('@keyv/redis');
    const client = createClient({ url: url.toString() });
    await client.connect();
    for (const namespace of namespaces) {
      for await (const keys of client.scanIterator({ MATCH: `${namespace}:*`, COUNT: 1000 })) if (keys.length) await client.unlink(keys);
    }
    await client.quit();
  });
  backends.push([
    'redis',
    async () => {
      const { RedisStore } = await import('../../core/store/redis-store.js');
      const namespace = `test-${process.pid}-${Math.random().toString(36).slice(2)}`;
      namespaces.push(namespace);
      return RedisStore.open(url.toString(), namespace);
    },
  ]);
}

async function allKeys(store: Store, prefix: string): Promise<string[]> {
  const out: string[] = [];
  for await (const page of store.keys(prefix)) out.push(...page);
  return [...new Set(out)].sort();
}

/** Everything the job may touch, to compare before and after. */
async function snapshot(store: Store): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  for (const prefix of ['conv:', 'ticket:', 'ticket-at:', 'customer-tickets:', 'customer:', 'customer-links:', 'identity:', 'feishu-card:', 'report:figures:']) {
    const keys = await allKeys(store, prefix);
    const values = await store.getMany(keys);
    keys.forEach((key, i) => (out[key] = values[i]));
  }
  for (const day of [OLD, addDays(DAY, -1), DAY]) for (const log of [turnLog(day), accessLog(day), orderRequestsLog(day)]) out[`log ${log}`] = await store.length(log);
  return out;
}

const ticket = (id: string, fields: Partial<Ticket>): Ticket =>
  closedTicket(id, id, OLD_AT, { closedAt: OLD_AT + 600_000, transcript: [{ role: 'customer', text: '我的手机是13812345678', at: OLD_AT }], ...fields });

/** A year-old customer with an open ticket; a closed old ticket moved once (two desk addresses) and linked to a buyer; linked identities. */
async function handMade(store: Store): Promise<void> {
  const open = ticket('open1', { status: 'waiting', closedAt: undefined });
  await store.set(ticketKey(open.id), open);
  await store.addToSet(openTicketsKey, open.id);
  await store.set<Partial<ConversationState>>(open.conversationKey, { key: open.conversationKey, lastAt: OLD_AT, mode: 'handoff', customerId: open.customerId, turns: [] });
  await store.set<CustomerProfile>('customer:wechat:open1', { id: open.customerId, channel: 'wechat', userId: 'open1', firstSeen: OLD_AT, lastSeen: OLD_AT, messages: 3 });

  const moved = ticket('moved1', { customerId: 'buyer:b1', deskAddress: 'feishu:oc_2:om_2' });
  await store.set(ticketKey(moved.id), moved);
  await store.set(deskIndexKey('feishu:oc_1:om_1'), moved.id); // the card before the transfer
  await store.set(deskIndexKey('feishu:oc_2:om_2'), moved.id);
  await store.set(cardLocationKey(moved.id), { chatId: 'oc_2', messageId: 'om_2' });
  await store.set(customerTicketsKey('buyer:b1'), [moved.id]);
  await store.set(customerTicketsKey('wechat:moved1'), [moved.id]); // its list from before the link
  await store.set<CustomerProfile>('customer:wechat:moved1', { id: 'buyer:b1', channel: 'wechat', userId: 'moved1', firstSeen: OLD_AT, lastSeen: OLD_AT, messages: 5 });
  await store.set('customer-links:buyer:b1', { profiles: ['wechat:moved1'], formerIds: ['wechat:moved1'] });
  await store.set('identity:phone:h1', 'buyer:b1');

  // A buyer seen recently on one channel and long ago on another: the recent one and the identity stay.
  await store.set<CustomerProfile>('customer:telegram:t2', { id: 'buyer:b2', channel: 'telegram', userId: 't2', firstSeen: OLD_AT, lastSeen: RUN_AT - 3600_000, messages: 5 });
  await store.set<CustomerProfile>('customer:wechat:w2', { id: 'buyer:b2', channel: 'wechat', userId: 'w2', firstSeen: OLD_AT, lastSeen: OLD_AT, messages: 1 });
  await store.set('customer-links:buyer:b2', { profiles: ['telegram:t2', 'wechat:w2'], formerIds: [] });
  await store.set('identity:phone:h2', 'buyer:b2');

  // Address changes asked for, a year ago and today: the new address is personal data.
  await store.append(orderRequestsLog(OLD), { at: OLD_AT, orderId: 'o1', kind: 'address', detail: '上海市浦东新区张江路88号' });
  await store.append(orderRequestsLog(DAY), { at: dayStart(DAY), orderId: 'o2', kind: 'address', detail: '杭州市西湖区转塘街道1号' });
}

describe.each(backends)('retention on the %s store', (_name, open) => {
  it('deletes what is older than RETENTION_DAYS, keeps recent data and open tickets; dry run and 0 delete nothing; reports still run', async () => {
    const store = await open();
    const stats = await simulate(store, { [OLD]: 12, [addDays(DAY, -1)]: 10, [DAY]: 15 });
    expect(stats[OLD]!.tickets).toBeGreaterThan(0);
    await handMade(store);
    await store.set(`report:figures:${OLD}`, { day: OLD }); // an aggregate: stays
    const deps = await jobDeps(store, RUN_AT);
    const reportBefore = JSON.parse((await dailyReport.run(deps, { date: DAY, dryRun: true })).files['figures.json'] as string) as { today: DailyFigures };
    const before = await snapshot(store);
    expect(before[`log ${turnLog(OLD)}`]).toBeGreaterThan(0);

    const dry = await retention.run({ ...deps, settings: { ...deps.settings, retentionDays: 365 } }, { date: DAY, dryRun: true });
    expect(dry.summary).toMatch(/^would delete before 2025-03-15: [1-9]\d* day logs/u);
    expect(await snapshot(store)).toEqual(before);

    const off = await retention.run({ ...deps, settings: { ...deps.settings, retentionDays: 0 } }, { date: DAY, dryRun: false });
    expect(off.summary).toContain('nothing deleted');
    expect(await snapshot(store)).toEqual(before);

    const done = await retention.run({ ...deps, settings: { ...deps.settings, retentionDays: 365 } }, { date: DAY, dryRun: false });
    expect(done.summary).toMatch(/^deleted before 2025-03-15: [1-9]\d* day logs/u);
    const after = await snapshot(store);
    const cutoff = dayStart('2025-03-15');

    // Old day logs gone, recent ones whole; the aggregate stays.
    expect(after[`log ${turnLog(OLD)}`]).toBe(0);
    expect(await store.read(turnLog(OLD))).toEqual([]);
    expect(after[`log ${turnLog(DAY)}`]).toBe(before[`log ${turnLog(DAY)}`]);
    expect(after[`log ${turnLog(addDays(DAY, -1))}`]).toBe(before[`log ${turnLog(addDays(DAY, -1))}`]);
    expect(after[`report:figures:${OLD}`]).toEqual({ day: OLD });
    expect(after[`log ${orderRequestsLog(OLD)}`]).toBe(0);
    expect(after[`log ${orderRequestsLog(DAY)}`]).toBe(1);

    // Conversations: the old ones gone but the one a person still has; the recent ones all there.
    const conversations = Object.entries(after).filter(([k]) => k.startsWith('conv:')) as [string, ConversationState][];
    expect(conversations.filter(([, c]) => c.lastAt < cutoff).map(([k]) => k)).toEqual(['conv:wechat:open1|wechat:open1']);
    const recent = Object.entries(before).filter(([k, c]) => k.startsWith('conv:') && (c as ConversationState).lastAt >= cutoff);
    expect(recent.length).toBeGreaterThan(0);
    for (const [key, value] of recent) expect(after[key]).toEqual(value);

    // Tickets: closed old ones gone with what pointed at them; the open one stays; recent ones stay.
    const tickets = Object.entries(after).filter(([k]) => k.startsWith('ticket:')).map(([, t]) => t as Ticket);
    expect(tickets.filter((t) => t.createdAt < cutoff).map((t) => t.id)).toEqual(['open1']);
    expect(tickets.filter((t) => t.createdAt >= cutoff).length).toBe(Object.values(before).filter((t) => (t as Ticket)?.transcript && (t as Ticket).createdAt >= cutoff).length);
    for (const [key, id] of Object.entries(after).filter(([k]) => k.startsWith('ticket-at:'))) expect(after[ticketKey(id as string)]).toBeDefined();
    for (const [, ids] of Object.entries(after).filter(([k]) => k.startsWith('customer-tickets:'))) for (const id of ids as string[]) expect(after[ticketKey(id)]).toBeDefined();
    expect(after[customerTicketsKey('buyer:b1')]).toBeUndefined();
    expect(after[cardLocationKey('moved1')]).toBeUndefined();

    // Profiles: not seen since the cutoff → gone, unless an open ticket is theirs; links and identities follow.
    const profiles = Object.entries(after).filter(([k]) => k.startsWith('customer:')).map(([, p]) => p as CustomerProfile);
    expect(profiles.filter((p) => p.lastSeen < cutoff).map((p) => p.userId)).toEqual(['open1']);
    expect(after['customer-links:buyer:b1']).toBeUndefined();
    expect(after['identity:phone:h1']).toBeUndefined();
    expect(after['customer-links:buyer:b2']).toEqual({ profiles: ['telegram:t2'], formerIds: [] });
    expect(after['identity:phone:h2']).toBe('buyer:b2');

    // Again: nothing left to do.
    const again = await retention.run({ ...deps, settings: { ...deps.settings, retentionDays: 365 } }, { date: DAY, dryRun: false });
    expect(again.summary).toBe('deleted before 2025-03-15: 0 day logs (0 entries), 0 conversations, 0 closed tickets (0 index entries), 0 profiles, 0 identity entries');
    expect(await snapshot(store)).toEqual(after);

    // The kept days report as before.
    const reportAfter = JSON.parse((await dailyReport.run(deps, { date: DAY, dryRun: true })).files['figures.json'] as string) as { today: DailyFigures };
    expect(reportAfter.today.total).toEqual(reportBefore.today.total);
    expect(reportAfter.today.total.messages).toBe(stats[DAY]!.messages);
    await store.close();
  }, 60_000);

  it('leaves a consistent store when interrupted, and the next run finishes the work', async () => {
    const store = await open();
    await simulate(store, { [OLD]: 8, [DAY]: 4 });
    await handMade(store);
    const deps = await jobDeps(store, RUN_AT, {});
    const settings = { ...deps.settings, retentionDays: 365 };
    // The store "crashes" after a number of deletions: every write after that throws.
    let writes = 0;
    const crashing = new Proxy(store, {
      get(target, property) {
        const value = Reflect.get(target, property) as unknown;
        if (typeof value !== 'function') return value;
        if (['delete', 'update', 'dropLog'].includes(String(property))) {
          return (...args: unknown[]) => {
            if (++writes > 15) return Promise.reject(new Error('crash'));
            return (value as (...a: unknown[]) => unknown).apply(target, args);
          };
        }
        return (value as (...a: unknown[]) => unknown).bind(target);
      },
    });
    await expect(retention.run({ ...deps, store: crashing, settings }, { date: DAY, dryRun: false })).rejects.toThrow('crash');
    // Midway: whatever is left points only at what exists.
    const midway = await snapshot(store);
    for (const [key, id] of Object.entries(midway).filter(([k]) => k.startsWith('ticket-at:'))) {
      if (!midway[ticketKey(id as string)]) throw new Error(`${key} points at a deleted ticket`);
    }
    await retention.run({ ...deps, settings }, { date: DAY, dryRun: false });
    const after = await snapshot(store);
    expect(after[`log ${turnLog(OLD)}`]).toBe(0);
    expect(Object.entries(after).filter(([k, v]) => k.startsWith('ticket:') && (v as Ticket).status === 'closed' && (v as Ticket).createdAt < dayStart(DAY) - 300 * 86_400_000)).toEqual([]);
    for (const [, id] of Object.entries(after).filter(([k]) => k.startsWith('ticket-at:'))) expect(after[ticketKey(id as string)]).toBeDefined();
    expect(after['identity:phone:h1']).toBeUndefined();
    expect(after[ticketKey('open1')]).toBeDefined();
    await store.close();
  }, 60_000);
});
