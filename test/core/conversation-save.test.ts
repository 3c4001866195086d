// A turn's save keeps what another process wrote to the conversation while the turn ran (the agent desk,
// scaled out): agent lines, and the bot's turn back when the ticket closed there.
import { describe, expect, it } from 'vitest';
import { newConversation, type ConversationState } from '../../core/dialogue/conversation.js';
import { loadedConversation, mergeConcurrent, saveConversation } from '../../core/dialogue/conversation-save.js';
import { memoryStore } from '../../core/store/open-store.js';
import { testRuntime } from '../fakes/test-runtime.js';

const base = (): ConversationState => ({
  ...newConversation('conv:test:alice|test:alice', { address: 'test:alice', channel: 'test', userId: 'alice', customerId: 'c1' }, 0),
  turns: [
    { role: 'customer', text: '我要投诉' },
    { role: 'bot', text: '已为您转接人工' },
  ],
  mode: 'handoff',
  ticketId: 't1',
});

describe('saving a conversation another process wrote meanwhile', () => {
  it('keeps the agent lines added elsewhere, after the turn\'s own', () => {
    const loaded = loadedConversation(base());
    const ours = base();
    ours.turns.push({ role: 'customer', text: '还在吗' });
    const stored = base();
    stored.turns.push({ role: 'agent', text: '您好，我来处理' });
    expect(mergeConcurrent(ours, stored, loaded).turns.slice(-2)).toEqual([
      { role: 'customer', text: '还在吗' },
      { role: 'agent', text: '您好，我来处理' },
    ]);
  });

  it('takes the close made elsewhere: the bot has the conversation and asks for a rating', () => {
    const loaded = loadedConversation(base());
    const ours = base();
    ours.turns.push({ role: 'customer', text: '好的谢谢' });
    const stored = { ...base(), mode: 'bot' as const, ticketId: undefined, awaitingRating: 't1' };
    const merged = mergeConcurrent(ours, stored, loaded);
    expect(merged).toMatchObject({ mode: 'bot', ticketId: undefined, awaitingRating: 't1' });
    expect(merged.turns.at(-1)).toEqual({ role: 'customer', text: '好的谢谢' });
  });

  it('lets the turn\'s own decision stand where both changed a field, and asks no rating during a new handoff', () => {
    const loaded = loadedConversation(base());
    const ours = { ...base(), ticketId: 't2' }; // the turn opened a new ticket
    const stored = { ...base(), mode: 'bot' as const, ticketId: undefined, awaitingRating: 't1' };
    const merged = mergeConcurrent(ours, stored, loaded);
    expect(merged).toMatchObject({ mode: 'handoff', ticketId: 't2' });
    expect(merged.awaitingRating).toBeUndefined();
  });

  it('counts repeated lines: an agent saying again what was said before is new', () => {
    const loaded = loadedConversation({ ...base(), turns: [{ role: 'agent', text: '好的' }] });
    const ours = { ...base(), turns: [{ role: 'agent' as const, text: '好的' }] };
    const stored = { ...base(), turns: [{ role: 'agent' as const, text: '好的' }, { role: 'agent' as const, text: '好的' }] };
    expect(mergeConcurrent(ours, stored, loaded).turns).toHaveLength(2);
  });

  it('saves plainly while the bot has the conversation, and merges with the store during a handoff', async () => {
    const store = memoryStore();
    const bot = { ...base(), mode: 'bot' as const, ticketId: undefined };
    await store.set(bot.key, { ...bot, turns: [{ role: 'agent', text: 'never written by anyone' }] });
    await saveConversation(store, bot, loadedConversation(bot));
    expect((await store.get<ConversationState>(bot.key))?.turns).toEqual(bot.turns);

    const loaded = loadedConversation(base());
    const stored = base();
    stored.turns.push({ role: 'agent', text: '您好，我来处理' });
    await store.set(stored.key, stored);
    const ours = base();
    ours.turns.push({ role: 'customer', text: '还在吗' });
    await saveConversation(store, ours, loaded);
    expect((await store.get<ConversationState>(ours.key))?.turns.map((t) => t.text)).toEqual(['我要投诉', '已为您转接人工', '还在吗', '您好，我来处理']);
    await store.close();
  });
});

describe('two processes on one store: a customer\'s turn and the agent desk at the same moment', () => {
  /** Process A (the customer's channel) with its conversation saves held until released; process B (the desk). */
  function twoProcesses() {
    const shared = memoryStore();
    let hold: Promise<void> | undefined;
    let release = () => {};
    let held = () => {};
    const reachedSave = new Promise<void>((resolve) => (held = resolve));
    // A's view of the store: a write of a conversation waits while held, as a slow save would.
    const delayed = new Proxy(shared, {
      get(target, name, receiver) {
        const value = Reflect.get(target, name, receiver) as unknown;
        if ((name !== 'set' && name !== 'update') || typeof value !== 'function') return typeof value === 'function' ? value.bind(target) : value;
        return async (key: string, ...rest: unknown[]) => {
          if (hold && key.startsWith('conv:')) {
            held();
            await hold;
          }
          return (value as (...args: unknown[]) => unknown).call(target, key, ...rest);
        };
      },
    });
    const a = testRuntime({ store: delayed });
    const b = testRuntime({ store: shared });
    return {
      a,
      b,
      holdSaves() {
        hold = new Promise((resolve) => (release = resolve));
      },
      reachedSave,
      release: () => release(),
      conversation: (key: string) => shared.get<ConversationState>(key),
    };
  }

  it('keeps the agent\'s line the desk wrote while the customer\'s turn ran', async () => {
    const p = twoProcesses();
    const opened = await p.a.bot.receive(p.a.message('我要投诉'));
    const ticketId = opened!.ticketId!;
    p.holdSaves();
    const turn = p.a.bot.receive(p.a.message('还在吗'));
    await p.reachedSave;
    await p.b.deps.handoff.agentSaid(ticketId, { id: 'ou_1', name: '小王' }, '您好，我来处理');
    p.release();
    await turn;
    const texts = (await p.conversation(opened!.conversation.key))!.turns.map((t) => t.text);
    expect(texts).toContain('还在吗');
    expect(texts).toContain('您好，我来处理');
  });

  it('keeps the close the desk made while the customer\'s turn ran: the bot answers next, and the rating is asked for', async () => {
    const p = twoProcesses();
    const opened = await p.a.bot.receive(p.a.message('我要投诉'));
    p.holdSaves();
    const turn = p.a.bot.receive(p.a.message('好的'));
    await p.reachedSave;
    await p.b.deps.handoff.agentSaid(opened!.ticketId!, { id: 'ou_1', name: '小王' }, '/close');
    p.release();
    await turn;
    expect(await p.conversation(opened!.conversation.key)).toMatchObject({ mode: 'bot', awaitingRating: opened!.ticketId });
  });
});
