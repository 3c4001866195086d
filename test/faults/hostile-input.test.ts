// Hostile input (test/fixtures/hostile/corpus.json, made by generate.ts) through the real adapters:
// Telegram (telegraf long polling against the fake Bot API, and our webhook), WeChat (wechaty on the mock
// puppet), the console, and Feishu's event webhook with a ticket open. For every input: no crash, a clear
// handling (a reply, a documented ignore, or a refusal with a log line), and nothing lost: every message
// the bot accepted has its turn in the day's log.
import { readFileSync } from 'node:fs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConsoleAdapter } from '../../adapters/console/console-adapter.js';
import { MAX_INBOUND_CHARS } from '../../core/bot.js';
import { signFeishu } from '../../adapters/feishu/event-receiver.js';
import { FakeBotApi } from '../../adapters/telegram/fake-bot-api.js';
import { TelegramAdapter } from '../../adapters/telegram/telegram-adapter.js';
import { MockWechat } from '../../adapters/wechat/mock-wechat.js';
import { WechatAdapter } from '../../adapters/wechat/wechat-adapter.js';
import { loadKnowledge } from '../../core/knowledge/load.js';
import type { KnowledgeBase } from '../../core/knowledge/knowledge-base.js';
import { createLogger, type Logger } from '../../core/log.js';
import { createRuntime, type Runtime } from '../../core/runtime.js';
import { dayOf, turnLog, type TurnRecord } from '../../core/stages/record.js';
import { openStore } from '../../core/store/open-store.js';
import { createEngine } from '../../core/understand/engine.js';
import type { HostileEntry, Make } from '../fixtures/hostile/generate.js';
import { AdapterEvents } from '../fakes/adapter-events.js';
import { ENCRYPT_KEY, feishuHarness, mallory, VERIFICATION_TOKEN } from '../fakes/fake-feishu-harness.js';

const corpus = JSON.parse(readFileSync(path.resolve('test/fixtures/hostile/corpus.json'), 'utf8')) as HostileEntry[];
const make = (m: Make) => (m.prefix ?? '') + m.repeat.repeat(m.times) + (m.suffix ?? '');
const textOf = (e: HostileEntry) => (e.make ? make(e.make) : (e.text ?? ''));
const messages = corpus.filter((e) => e.kind === 'message');
const RATE_LIMIT_REPLY = '您的消息有点多';

const dirs: string[] = [];
let knowledge: KnowledgeBase;
beforeAll(async () => {
  knowledge = await loadKnowledge(path.resolve('knowledge'));
});
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A logger whose lines the test reads (warnings and errors are the "log line" of a rejection). */
function capturedLogger(): { log: Logger; lines: string[] } {
  const lines: string[] = [];
  const log = createLogger({
    level: 'info',
    pretty: false,
    destination: new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(chunk.toString());
        done();
      },
    }),
  });
  return { log, lines };
}

/** The real runtime as customer-service builds it: the sample shop, the offline engine, SQLite. */
async function realRuntime(log: Logger, now?: () => number): Promise<Runtime> {
  const dir = mkdtempSync(path.join(tmpdir(), 'xiaoer-hostile-'));
  dirs.push(dir);
  return createRuntime({ log, store: await openStore({ dataDir: dir }), knowledge, engineFactory: createEngine, now });
}

/** Stops in the order a process does at exit: no new turns, then deliveries, the adapter, the store, the fake platform. */
async function shutDown(runtime: Runtime, adapter: { stop(): Promise<void>; pause?(): Promise<void> }, platform?: { close(): Promise<void> }): Promise<void> {
  await adapter.pause?.();
  await runtime.bot.stop();
  await runtime.deps.outbox.stop();
  await adapter.stop();
  await runtime.close();
  await platform?.close();
}

async function turnsById(runtime: Runtime): Promise<Map<string, TurnRecord>> {
  const now = Date.now();
  const records: TurnRecord[] = [];
  for (const day of new Set([dayOf(now), dayOf(now - 86_400_000)])) records.push(...(await runtime.deps.store.read<TurnRecord>(turnLog(day))));
  return new Map(records.map((r) => [r.inboundId, r]));
}

async function until(probe: () => boolean, limitMs = 5000): Promise<boolean> {
  const deadline = Date.now() + limitMs;
  while (!probe()) {
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return true;
}

/** Collects problems instead of stopping at the first: the report names every input that failed. */
class Findings {
  readonly problems: string[] = [];
  check(ok: boolean, entry: HostileEntry, what: string): void {
    if (!ok) this.problems.push(`${entry.id} (${JSON.stringify(textOf(entry).slice(0, 40))}): ${what}`);
  }
}

describe('hostile input', () => {
  it('has at least 200 inputs of every kind the issue names', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(200);
    const categories = new Set(corpus.map((e) => e.category));
    for (const c of ['empty', 'huge', 'binary', 'control', 'zero-width', 'bidi', 'emoji', 'injection', 'markup', 'prompt-injection', 'agent-command', 'tg-forged', 'tg-webhook', 'feishu-forged', 'non-agent', 'flood']) {
      expect(categories, c).toContain(c);
    }
    expect(messages.some((e) => e.make && make(e.make).length >= 1 << 20)).toBe(true);
    expect(messages.some((e) => e.make && [...make(e.make)].length >= 10_000 && /\p{Extended_Pictographic}/u.test(e.make.repeat))).toBe(true);
  });

  it('Telegram, long polling: every message and forged update handled, every accepted one recorded', async () => {
    const { log, lines } = capturedLogger();
    const runtime = await realRuntime(log);
    const api = await FakeBotApi.start();
    const events = new AdapterEvents();
    const adapter = new TelegramAdapter(runtime.bot, { token: api.token, apiRoot: api.apiRoot, log, retryMs: 20, ...events.hooks });
    runtime.deps.outbox.register(adapter);
    await adapter.start();
    const findings = new Findings();
    try {
      let user = 700_000;
      for (const entry of [...messages, ...corpus.filter((e) => e.kind === 'telegram-update')]) {
        const id = ++user;
        // Each input from a customer of its own: one input's handoff must not silence the next.
        const payload = entry.payload && (JSON.parse(JSON.stringify(entry.payload).replaceAll('555001', String(id))) as Record<string, unknown>);
        if (entry.kind === 'message') api.userSays({ id, first_name: 'H' }, textOf(entry));
        else api.pushUpdate(payload as never);
        const event = await events.next();
        type WithChat = { chat?: { id: unknown }; message?: { chat?: { id: unknown } } } | undefined;
        const chat = entry.kind === 'message' ? id : ((payload?.message as WithChat)?.chat?.id ?? (payload?.callback_query as WithChat)?.message?.chat?.id);
        if (event.type === 'skipped') {
          // A command addressed to another bot is Telegram's documented ignore.
          const otherBot = event.reason === 'command for another bot' && /^\/\w+@/u.test(textOf(entry));
          findings.check(entry.expect === 'ignore' || otherBot, entry, `skipped (${event.reason}), expected ${entry.expect}`);
          continue;
        }
        await event.done;
        const command = /^\/\w/u.test(textOf(entry)) || (entry.kind === 'telegram-update' && String((payload?.message as { text?: unknown })?.text ?? '').startsWith('/'));
        const turn = (await turnsById(runtime)).get(event.inbound.id);
        const sent = chat === undefined ? [] : api.sentTo(String(chat));
        if (entry.expect === 'ignore') findings.check(turn?.action === 'ignore' && !sent.length, entry, `expected a silent ignore, got ${turn?.action} and ${sent.length} replies`);
        else {
          // /start, /help and unknown commands are answered by the adapter itself, without a turn.
          findings.check(command || turn !== undefined, entry, 'accepted but no turn recorded');
          findings.check(sent.length >= 1, entry, `no reply (turn: ${turn?.action}/${turn?.reason})`);
        }
      }
      // A message past the cap was cut, not refused, and said so in the log.
      const recorded = [...(await turnsById(runtime)).values()];
      expect(recorded.every((t) => t.text.length <= MAX_INBOUND_CHARS)).toBe(true);
      const cut = recorded.filter((t) => t.text.length >= MAX_INBOUND_CHARS - 1); // one less when the cut would split an emoji
      expect(cut.length).toBeGreaterThan(0);
      expect(lines.filter((l) => l.includes('message too long: cut')).length).toBe(cut.length);
      // Still alive and answering after all that.
      api.userSays({ id: 799_999, first_name: 'Normal' }, '什么时候发货');
      await (await events.next().then((e) => (e.type === 'accepted' ? e.done : undefined)));
      expect(api.sentTo(799_999).length).toBe(1);
      expect(lines.filter((l) => l.includes('"level":50')).filter((l) => !l.includes('telegram rejected the HTML'))).toEqual([]);
    } finally {
      await shutDown(runtime, adapter, api);
    }
    expect(findings.problems).toEqual([]);
  }, 180_000);

  it('Telegram, webhook: forged requests refused with a log line, every real update stored before 200', async () => {
    const { log, lines } = capturedLogger();
    const runtime = await realRuntime(log);
    const api = await FakeBotApi.start();
    const events = new AdapterEvents();
    const secret = 'hostile-test-secret';
    const adapter = new TelegramAdapter(runtime.bot, { token: api.token, apiRoot: api.apiRoot, log, mode: 'webhook', webhook: { url: 'http://127.0.0.1/tg-hook', secret, port: 0, host: '127.0.0.1' }, ...events.hooks });
    runtime.deps.outbox.register(adapter);
    await adapter.start();
    const base = `http://127.0.0.1:${adapter.webhookPort}`;
    const findings = new Findings();
    const post = (body: string, options: { path?: string; method?: string; token?: string } = {}) =>
      fetch(`${base}${options.path ?? '/tg-hook'}`, {
        method: options.method ?? 'POST',
        headers: { 'content-type': 'application/json', ...(options.token !== undefined ? { 'x-telegram-bot-api-secret-token': options.token } : {}) },
        body: (options.method ?? 'POST') === 'GET' ? undefined : body,
      });
    let consumed = 0;
    const nextEvent = () => {
      consumed++;
      return events.next();
    };
    try {
      for (const entry of corpus.filter((e) => e.kind === 'telegram-request')) {
        const r = entry.request!;
        const body = r.bodyMake ? make(r.bodyMake) : (r.body ?? '');
        const rejected = lines.length;
        const res = await post(body, { path: r.path, method: r.method, token: r.token === 'good' ? secret : r.token === 'bad' ? 'wrong' : undefined });
        findings.check(res.status === entry.status, entry, `status ${res.status}, expected ${entry.status}: ${lines.slice(rejected).join(' ').slice(0, 600)}`);
        if (entry.status === 403) findings.check(lines.slice(rejected).some((l) => l.includes('wrong secret token')), entry, 'no log line for the refusal');
        // What the adapter made of it (skipped, mostly) is not the next message's.
        while (events.events.length > consumed) {
          const event = await nextEvent();
          if (event.type === 'accepted') await event.done;
        }
      }
      let user = 800_000;
      let update = 1;
      for (const entry of messages) {
        const id = ++user;
        const text = textOf(entry);
        const body = JSON.stringify({ update_id: update++, message: { message_id: update, date: Math.floor(Date.now() / 1000), chat: { id, type: 'private' }, from: { id, is_bot: false, first_name: 'H' }, text } });
        const res = await post(body, { token: secret });
        if (Buffer.byteLength(body) > 1 << 20) {
          // Telegram never sends a message over 4096 characters: a body over 1 MB is refused unread.
          findings.check(res.status === 413, entry, `a ${Buffer.byteLength(body)} byte update got ${res.status}`);
          continue;
        }
        findings.check(res.status === 200, entry, `status ${res.status}`);
        const event = await nextEvent();
        if (event.type === 'skipped') {
          findings.check(entry.expect === 'ignore', entry, `skipped: ${event.reason}`);
          continue;
        }
        await event.done;
        const turn = (await turnsById(runtime)).get(event.inbound.id);
        const command = /^\/\w/u.test(text);
        if (entry.expect === 'ignore') findings.check(turn?.action === 'ignore', entry, `expected an ignore turn, got ${turn?.action}`);
        else findings.check((command || turn !== undefined) && api.sentTo(id).length >= 1, entry, `turn ${turn?.action}, ${api.sentTo(id).length} replies`);
      }
    } finally {
      await shutDown(runtime, { stop: () => adapter.stop() }, api);
    }
    expect(findings.problems).toEqual([]);
  }, 180_000);

  it('WeChat: every message and odd payload handled, every accepted one recorded', async () => {
    const { log, lines } = capturedLogger();
    const runtime = await realRuntime(log);
    const wechat = new MockWechat('山间茶铺');
    const events = new AdapterEvents(['own message']);
    const adapter = new WechatAdapter(runtime.bot, { wechaty: wechat.wechaty, log, jitterMs: 0, sendsPerMinute: 100_000, burst: 1000, onQrCode: () => undefined, ...events.hooks });
    runtime.deps.outbox.register(adapter);
    await adapter.start();
    const loggedIn = adapter.whenLoggedIn();
    wechat.login();
    await loggedIn;
    const findings = new Findings();
    try {
      let i = 0;
      for (const entry of [...messages, ...corpus.filter((e) => e.kind === 'wechat-message')]) {
        const customer = wechat.customer(`顾客${++i}`, `wxid_hostile_${i}`);
        if (entry.kind === 'message') wechat.says(customer, textOf(entry));
        else {
          const p = entry.payload as { type: number; text: string; timestamp?: number };
          const id = `wx-hostile-${i}`;
          wechat.mocker.MessageMock.create({ id, talkerId: customer.id, listenerId: wechat.account.id, text: p.text, type: p.type, timestamp: p.timestamp ?? Date.now() } as never);
          wechat.redeliver(id);
        }
        const event = await events.next();
        if (event.type === 'skipped') {
          findings.check(entry.expect === 'ignore', entry, `skipped: ${event.reason}`);
          continue;
        }
        await event.done;
        await runtime.deps.outbox.flush();
        const turn = (await turnsById(runtime)).get(event.inbound.id);
        findings.check(turn !== undefined, entry, 'accepted but no turn recorded');
        if (entry.expect === 'ignore') findings.check(turn?.action === 'ignore', entry, `expected an ignore turn, got ${turn?.action}`);
        else findings.check(await until(() => wechat.received(customer).length >= 1), entry, `no reply (turn: ${turn?.action}/${turn?.reason})`);
      }
      expect(lines.filter((l) => l.includes('"level":50'))).toEqual([]);
    } finally {
      await shutDown(runtime, { stop: () => adapter.stop() });
    }
    expect(findings.problems).toEqual([]);
  }, 180_000);

  it('the console: every line answered or, when blank, skipped; nothing lost', async () => {
    const { log } = capturedLogger();
    const runtime = await realRuntime(log);
    const input = new PassThrough();
    const said: string[] = [];
    const output = new Writable({
      write(chunk: Buffer, _encoding, done) {
        said.push(chunk.toString());
        done();
      },
    });
    const adapter = new ConsoleAdapter(runtime.bot, runtime.deps.handoff, { input, output });
    runtime.deps.outbox.register(adapter);
    const running = adapter.run();
    let expected = 0;
    messages.forEach((entry, i) => {
      input.write(`/user hostile-${i}\n`);
      // What the console reads as lines of customer text (a line starting with / is the operator's command).
      const lines = textOf(entry).split(/\r\n|\n|\r/u).map((l) => l.trim());
      expected += lines.filter((l) => l && !l.startsWith('/')).length;
      input.write(`${textOf(entry)}\n`);
    });
    input.end();
    await running;
    const turns = [...(await turnsById(runtime)).values()].filter((t) => t.channel === 'console');
    expect(turns.length).toBe(expected);
    // Every turn that speaks was heard (a flood's extra messages and a relay to an agent are silent by design).
    expect(said.filter((s) => s.startsWith('店小二>')).length).toBeGreaterThanOrEqual(turns.filter((t) => !['ignore', 'relay', 'flood'].includes(t.action)).length + 1);
    await runtime.close();
  }, 180_000);

  it('a flood from one customer: one polite reply once over the limit, every message recorded', async () => {
    const { log } = capturedLogger();
    // A clock at the start of a minute, so the whole flood falls in one.
    const start = Date.now();
    const base = Math.ceil(start / 60_000) * 60_000;
    const runtime = await realRuntime(log, () => base + (Date.now() - start));
    const api = await FakeBotApi.start();
    const events = new AdapterEvents();
    const adapter = new TelegramAdapter(runtime.bot, { token: api.token, apiRoot: api.apiRoot, log, ...events.hooks });
    runtime.deps.outbox.register(adapter);
    await adapter.start();
    try {
      const entry = corpus.find((e) => e.kind === 'flood')!;
      const user = { id: 900_001, first_name: 'Flood' };
      for (let i = 0; i < entry.count!; i++) api.userSays(user, `${entry.text}${i % 3 ? '？' : ''}`);
      const accepted: string[] = [];
      for (let i = 0; i < entry.count!; i++) {
        const event = await events.next();
        expect(event.type).toBe('accepted');
        if (event.type === 'accepted') {
          await event.done;
          accepted.push(event.inbound.id);
        }
      }
      const turns = await turnsById(runtime);
      expect(accepted.every((id) => turns.has(id))).toBe(true);
      const limit = runtime.deps.settings.RATE_LIMIT_PER_MINUTE;
      expect([...turns.values()].filter((t) => t.action === 'flood')).toHaveLength(entry.count! - limit);
      const sent = api.sentTo(user.id).map((m) => m.text);
      expect(sent.filter((t) => t.includes(RATE_LIMIT_REPLY))).toHaveLength(1);
      expect(sent).toHaveLength(limit + 1);
    } finally {
      await shutDown(runtime, adapter, api);
    }
  }, 60_000);

  it('Feishu: forged and malformed webhook requests refused with a log line; strangers cannot act on a ticket', async () => {
    const h = await feishuHarness();
    const findings = new Findings();
    try {
      for (const entry of corpus.filter((e) => e.kind === 'feishu-request')) {
        const r = entry.request!;
        let body = r.bodyMake ? make(r.bodyMake) : (r.body ?? '');
        body = body.replaceAll('"TOKEN"', r.token === 'good' ? JSON.stringify(VERIFICATION_TOKEN) : r.token === 'bad' ? '"guess"' : 'null');
        if (r.encrypt === 'garbage') body = JSON.stringify({ encrypt: '!!!not base64 at all!!!' });
        const timestamp = String(Math.floor(Date.now() / 1000));
        const nonce = 'n0nce';
        const headers: Record<string, string> = { 'content-type': 'application/json', 'x-lark-request-timestamp': timestamp, 'x-lark-request-nonce': nonce };
        if (r.sign === 'good') headers['x-lark-signature'] = signFeishu(timestamp, nonce, ENCRYPT_KEY, body);
        if (r.sign === 'bad') headers['x-lark-signature'] = 'f'.repeat(64);
        const before = h.logs.length;
        const sentBefore = h.wechat.sent.length;
        const url = h.webhook.replace('/feishu/events', r.path ?? '/feishu/events');
        const res = await fetch(url, { method: r.method ?? 'POST', headers, body: (r.method ?? 'POST') === 'GET' ? undefined : body });
        await h.feishu.receiver.idle();
        findings.check(res.status === entry.status, entry, `status ${res.status}, expected ${entry.status}`);
        if (entry.expect === 'reject' && res.status >= 400 && res.status !== 404 && res.status !== 405) {
          findings.check(h.logs.slice(before).some((l) => l.includes('rejected a webhook request')), entry, 'no log line for the refusal');
        }
        findings.check(h.wechat.sent.length === sentBefore, entry, 'something reached the customer');
      }

      // A ticket in the after-sale group; a stranger writes in its thread.
      const turn = await h.customer('我要投诉你们，东西坏了');
      expect(turn?.decision?.action).toBe('escalate');
      const card = await h.fake.waitFor(() => h.fake.cards('oc_aftersale')[0]);
      for (const entry of corpus.filter((e) => e.kind === 'feishu-agent')) {
        const before = h.wechat.sent.length;
        const refusalsBefore = h.fake.texts({ rootId: card.message_id }).filter((t) => t.includes('只有客服组成员')).length;
        await h.push(h.fake.messageEvent({ chatId: 'oc_aftersale', sender: mallory.openId, rootId: card.message_id, text: entry.text! }));
        if (entry.expect === 'refuse') {
          findings.check(await until(() => h.fake.texts({ rootId: card.message_id }).filter((t) => t.includes('只有客服组成员')).length > refusalsBefore, 3000), entry, 'no refusal in the thread');
          findings.check(h.wechat.sent.length === before, entry, 'a stranger’s command reached the customer');
        } else {
          // Writing in the ticket's own thread is taken as membership (ARCHITECTURE: "Being in one of our
          // chats proves membership for replies"): the words go to the customer, as text, marked as a person's.
          findings.check(h.wechat.sent.length === before + 1 && h.wechat.sent.at(-1)?.from === 'agent', entry, 'a reply in the thread did not reach the customer');
        }
      }
      // Their /close and /transfer were refused: the ticket is still open, in its group.
      expect(await h.runtime.deps.handoff.get(turn!.ticketId!)).toMatchObject({ status: expect.not.stringMatching('closed'), group: 'aftersale' });
    } finally {
      await h.close();
    }
    expect(findings.problems).toEqual([]);
  }, 120_000);
});
