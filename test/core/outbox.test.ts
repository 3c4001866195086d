import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../core/log.js';
import { Outbox } from '../../core/outbox.js';
import { DurableQueue } from '../../core/store/durable-queue.js';
import { memoryStore } from '../../core/store/open-store.js';
import { FakeSender } from '../fakes/fake-sender.js';

const message = (text: string, address = 'test:alice') => ({ address, text, from: 'bot' as const });

describe('outbox', () => {
  it('sends what a crashed process left queued before anything new to the same customer', async () => {
    const store = memoryStore();
    // A previous process queued this and died before sending it.
    await new DurableQueue(store, 'outbox:test').push({ ...message('first'), queuedAt: Date.now() });
    const outbox = new Outbox(store, silentLogger);
    const sender = new FakeSender('test');
    outbox.register(sender);
    await outbox.enqueue(message('second'));
    expect(sender.texts()).toEqual(['first', 'second']);
    await outbox.drain();
    expect(sender.texts()).toEqual(['first', 'second']); // once each
  });

  it('does not let a new message overtake one whose send failed', async () => {
    const outbox = new Outbox(memoryStore(), silentLogger);
    const sender = new FakeSender('test');
    outbox.register(sender);
    sender.failing = true;
    await outbox.enqueue(message('A'));
    sender.failing = false;
    await outbox.enqueue(message('B'));
    expect(sender.texts()).toEqual([]); // B waits behind A
    await new Promise((r) => setTimeout(r, 600)); // past the first backoff
    await outbox.drain();
    expect(sender.texts()).toEqual(['A', 'B']);
    await outbox.enqueue(message('C')); // backlog cleared: straight out again
    expect(sender.texts()).toEqual(['A', 'B', 'C']);
  });

  it('claims a reply it sends at once in the step that queues it, and gives the claim back when the send fails', async () => {
    const store = memoryStore();
    const claimed: string[] = [];
    const setIfAbsent = store.setIfAbsent.bind(store);
    store.setIfAbsent = (key, value, ttl) => {
      if (key.startsWith('outbox-claim:')) claimed.push(key);
      return setIfAbsent(key, value, ttl);
    };
    const outbox = new Outbox(store, silentLogger);
    const sender = new FakeSender('test');
    outbox.register(sender);
    await outbox.drain(); // nothing older: the backlog is clear
    const turn = outbox.forTurn('test:m1');
    await turn.enqueue(message('A'));
    expect(sender.texts()).toEqual(['A']);
    expect(claimed).toEqual([]); // no separate claim
    expect(await store.get('outbox-claim:test:0')).toEqual(expect.stringMatching(/^main\//u));
    // Another drainer (another process) finds nothing to take.
    const other = new Outbox(store, silentLogger, 'other');
    const elsewhere = new FakeSender('test');
    other.register(elsewhere);
    await other.drain();
    expect(elsewhere.texts()).toEqual([]);

    sender.failing = true;
    await turn.enqueue(message('B'));
    expect(await store.get('outbox-claim:test:1')).toBeUndefined(); // released for the retry
    sender.failing = false;
    await new Promise((r) => setTimeout(r, 600)); // past the first backoff
    await outbox.drain();
    expect(sender.texts()).toEqual(['A', 'B']);
  });

  it('does not hold the caller for a paced channel, and still sends in order', async () => {
    const outbox = new Outbox(memoryStore(), silentLogger);
    const sent: string[] = [];
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    outbox.register({ channel: 'wechat', paced: true, send: async (m) => void (await gate, sent.push(m.text)) });
    await outbox.drain(); // nothing older: the backlog is clear
    await outbox.enqueue(message('one', 'wechat:a'));
    await outbox.enqueue(message('two', 'wechat:a'));
    expect(sent).toEqual([]); // the turn did not wait for the pacing
    release();
    await outbox.flush();
    expect(sent).toEqual(['one', 'two']);
  });
});
