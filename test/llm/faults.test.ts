// Every way the LLM can fail ends the same for the customer: the knowledge answer, within the turn's time
// limit. Each fault is counted (process counters, the day's store counters, the turn's record).
import { createServer } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import type { FaultKind } from '../../core/llm/llm-fault.js';
import { dayOf, turnLog, type TurnRecord } from '../../core/stages/record.js';
import { completion, type FakeResponse } from '../fakes/fake-openai.js';
import { llmHarness } from './harness.js';

let cleanup: (() => Promise<void>) | undefined;
afterEach(async () => {
  await cleanup?.();
  cleanup = undefined;
});

const KNOWLEDGE = '付款后48小时内发货，默认发顺丰。';

async function expectFallback(response: FakeResponse, kind: FaultKind, llmOptions: Parameters<typeof llmHarness>[0] = {}) {
  const h = await llmHarness({ settings: { TURN_TIMEOUT_MS: 1500 }, ...llmOptions });
  cleanup = h.close;
  h.fake.respond(response);
  const turn = await h.bot.receive(h.message('什么时候发货'));
  expect(turn?.decision).toMatchObject({ action: 'answer' }); // not the time limit's apology
  expect(h.sender.texts()).toEqual([KNOWLEDGE]);
  expect(turn?.llm).toMatchObject({ used: false, faults: [kind] });
  expect(h.llm.stats.faults[kind]).toBe(1);
  expect((await h.llm.faultsOn())[kind]).toBe(1);
  const [record] = await h.store.read<TurnRecord>(turnLog(dayOf(Date.now())));
  expect(record).toMatchObject({ llm: false, llmFaults: [kind], sources: ['shipping'] });
  return h;
}

describe('LLM faults', () => {
  it('a server slower than the turn allows: timeout, and the knowledge answer within the time limit', async () => {
    await expectFallback({ ...completion({ reply: '迟到的回答', sources: ['shipping'] }), delayMs: 5000 }, 'timeout', { llm: { timeoutMs: 5000 } });
  });

  it('a server slower than OPENAI_TIMEOUT_MS: timeout', async () => {
    await expectFallback({ ...completion({ reply: '迟到的回答', sources: ['shipping'] }), delayMs: 3000 }, 'timeout', { llm: { timeoutMs: 300 }, settings: { TURN_TIMEOUT_MS: 5000 } });
  });

  it('a server that sends headers and then stalls mid-body: timeout', async () => {
    await expectFallback({ ...completion({ reply: 'x', sources: [] }), stallBody: true }, 'timeout');
  });

  it('429: rate_limited, not retried into the customer\'s wait', async () => {
    const h = await expectFallback({ status: 429, headers: { 'retry-after-ms': '10' }, body: { error: { message: 'slow down', type: 'rate_limit' } } }, 'rate_limited');
    expect(h.fake.requests).toHaveLength(1);
  });

  it('500 and 503: server', async () => {
    await expectFallback({ status: 500, body: { error: { message: 'boom' } } }, 'server');
    await cleanup?.();
    await expectFallback({ status: 503, body: 'upstream unavailable' }, 'server');
  });

  it('a body that is not JSON: malformed', async () => {
    await expectFallback({ body: '{"choices": [{"message": ' }, 'malformed');
  });

  it('JSON that is not a chat completion: malformed', async () => {
    await expectFallback({ body: { hello: 'world' } }, 'malformed');
  });

  it('content that is not the JSON object asked for: malformed', async () => {
    await expectFallback(completion('{"reply": 42}'), 'malformed');
  });

  it('empty content, null content, or an empty reply: empty', async () => {
    await expectFallback(completion(''), 'empty');
    await cleanup?.();
    await expectFallback({ body: { choices: [{ index: 0, message: { role: 'assistant', content: null }, finish_reason: 'stop' }] } }, 'empty');
    await cleanup?.();
    await expectFallback(completion({ reply: '  ', sources: [] }), 'empty');
  });

  it('a wrong key or unknown model (401/404): rejected', async () => {
    await expectFallback({ status: 401, body: { error: { message: 'invalid api key' } } }, 'rejected');
  });

  it('nothing listening at the base URL: unreachable', async () => {
    const port = await freePort();
    const h = await llmHarness({ llm: { baseURL: `http://127.0.0.1:${port}/v1` } });
    cleanup = h.close;
    const turn = await h.bot.receive(h.message('什么时候发货'));
    expect(h.sender.texts()).toEqual([KNOWLEDGE]);
    expect(turn?.llm?.faults).toEqual(['unreachable']);
  });

  it('a fault on one turn does not stick: the next turn uses the LLM again', async () => {
    const h = await llmHarness();
    cleanup = h.close;
    h.fake.sequence({ status: 500, body: {} }, completion({ reply: '48小时内发货哦', sources: ['shipping'] }));
    await h.bot.receive(h.message('什么时候发货'));
    await h.bot.receive(h.message('什么时候发货呢'));
    expect(h.sender.texts()).toEqual([KNOWLEDGE, '48小时内发货哦']);
    expect(h.llm.stats).toMatchObject({ calls: 2, answered: 1 });
  });
});

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}
