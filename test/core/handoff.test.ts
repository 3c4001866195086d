// The handoff core beyond the pipeline: agent commands, the profile on the card, suggestions, ratings.
import { describe, expect, it } from 'vitest';
import { StoreProfileProvider } from '../../core/handoff/profile.js';
import { customerWaitingSince } from '../../core/handoff/ticket-timeouts.js';
import type { Ticket } from '../../core/handoff/ticket.js';
import { testRuntime } from '../fakes/test-runtime.js';

const agent = { id: 'a1', name: '小王' };

describe('handoff service', () => {
  it('puts what the store knows about the customer on the card, earlier tickets included', async () => {
    const { bot, desk, deps, message } = testRuntime();
    const first = await bot.receive(message('我要投诉'));
    await deps.handoff.agentSaid(first!.ticketId!, agent, '/close');
    await bot.receive(message('4'));
    await bot.receive(message('转人工'));
    expect(desk.cards).toHaveLength(2);
    expect(desk.cards[0]!.profile).toMatchObject({ 渠道: 'test', 历史工单: '无' });
    expect(desk.cards[1]!.profile['历史工单']).toMatch(/^1 个（最近：#\w+ 投诉 4分）$/u);
    expect(desk.cards[1]!.profile['消息数']).toBe('3');
  });

  it('gives up on a slow profile provider rather than keep the customer waiting', async () => {
    const { bot, desk, message } = testRuntime({ profiles: { profile: () => new Promise((r) => setTimeout(() => r({ VIP: 'V4' }), 2000)) } });
    await bot.receive(message('我要投诉'));
    expect(desk.cards[0]!.profile).toEqual({}); // the card went without it
  });

  it('answers /suggest, /help and unknown commands; /transfer checks the group', async () => {
    const suggest = { suggest: async (t: Ticket) => [`给 ${t.customerName} 的建议`] };
    const { bot, deps, desk, message } = testRuntime({ suggest });
    const turn = await bot.receive(message('我要投诉'));
    const id = turn!.ticketId!;
    expect(await deps.handoff.agentSaid(id, agent, '/suggest')).toBe('建议回复：\n1. 给 Alice 的建议');
    expect(await deps.handoff.agentSaid(id, agent, '/help')).toContain('/transfer');
    expect(await deps.handoff.agentSaid(id, agent, '/foo')).toContain('未知命令 /foo');
    expect(await deps.handoff.agentSaid(id, agent, '/transfer 火星组')).toBe('没有这个组：火星组');
    expect(await deps.handoff.agentSaid(id, agent, '/note')).toContain('用法');
    expect(desk.events).toEqual([]);
  });

  it('answers again when the conversation still says handoff but its ticket was closed elsewhere', async () => {
    const { bot, deps, sender, message } = testRuntime();
    const turn = await bot.receive(message('我要投诉'));
    // The desk in another process closed the ticket, and a turn running meanwhile saved the conversation
    // as it had loaded it: the ticket is closed, the conversation still points at it.
    await deps.handoff.change(turn!.ticketId!, (t) => {
      t.status = 'closed';
    });
    const stale = await deps.store.get<{ mode: string }>(turn!.conversation.key);
    expect(stale?.mode).toBe('handoff');
    const next = await bot.receive(message('怎么退货'));
    expect(next!.decision?.action).toBe('answer');
    expect(sender.texts().at(-1)).toBeTruthy();
    expect((await deps.store.get<{ mode: string }>(turn!.conversation.key))?.mode).toBe('bot');
  });

  it('does not relay a redelivered agent message twice', async () => {
    const { bot, deps, sender, message } = testRuntime();
    const turn = await bot.receive(message('我要投诉'));
    await deps.handoff.agentSaid(turn!.ticketId!, agent, '您好', { ref: 'om_1' });
    await deps.handoff.agentSaid(turn!.ticketId!, agent, '您好', { ref: 'om_1' });
    expect(sender.texts().filter((t) => t === '您好')).toHaveLength(1);
  });

  it('stores ratings with the group and the agent, and tells the desk', async () => {
    const { bot, deps, desk, message } = testRuntime();
    const turn = await bot.receive(message('我要投诉'));
    await deps.handoff.agentSaid(turn!.ticketId!, agent, '/claim');
    await deps.handoff.agentSaid(turn!.ticketId!, agent, '/bot');
    await bot.receive(message('3分'));
    expect(await deps.store.read('ratings')).toEqual([expect.objectContaining({ rating: 3, agent: 'a1', group: 'agents' })]);
    expect(desk.events).toEqual(['claimed', 'closed', 'rated']);
    expect(await deps.handoff.openTicketIds()).toEqual([]);
  });

  it('knows since when a customer has waited for an agent', () => {
    const base = { status: 'assigned', claimedAt: 10 } as Ticket;
    expect(customerWaitingSince({ ...base, transcript: [{ role: 'customer', text: 'a', at: 5 }] })).toBe(10);
    expect(customerWaitingSince({ ...base, transcript: [{ role: 'agent', text: 'b', at: 12, by: 'x' }] })).toBeUndefined();
    expect(customerWaitingSince({ ...base, transcript: [{ role: 'agent', text: 'b', at: 12, by: 'x' }, { role: 'customer', text: 'c', at: 15 }] })).toBe(15);
  });

  it('profiles a customer never seen before', async () => {
    const { deps } = testRuntime();
    const lines = await new StoreProfileProvider(deps.store).profile({ channel: 'wechat', userId: 'nobody', customerId: 'wechat:nobody' } as never);
    expect(lines).toEqual({ 渠道: '微信', 历史工单: '无' });
  });
});
