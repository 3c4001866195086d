// The platforms around the bot failing, each on loopback and bounded in time: Redis restarting under a
// running customer-service process; Feishu answering 5xx for 30 s while customers escalate; the LLM
// down; messages and events delivered twice, or replayed after a restart; the clock jumping across a
// scheduled job's time.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FakeBotApi } from '../../adapters/telegram/fake-bot-api.js';
import { TelegramAdapter } from '../../adapters/telegram/telegram-adapter.js';
import { MockWechat } from '../../adapters/wechat/mock-wechat.js';
import { WechatAdapter } from '../../adapters/wechat/wechat-adapter.js';
import { createScheduler } from '../../bots/scheduler.js';
import { loadConfig } from '../../core/config.js';
import { loadKnowledge } from '../../core/knowledge/load.js';
import { silentLogger } from '../../core/log.js';
import { runtimeFromConfig } from '../../core/runtime-from-config.js';
import { dayOf, turnLog, type TurnRecord } from '../../core/stages/record.js';
import { openStore } from '../../core/store/open-store.js';
import type { Store } from '../../core/store/store.js';
import { createEngine } from '../../core/understand/engine.js';
import type { Job, JobDeps } from '../../jobs/job.js';
import { scheduleOf } from '../../jobs/job-deps.js';
import { lastKey, runOnce } from '../../jobs/run-once.js';
import { duePeriod, latestDue, parseSchedule } from '../../jobs/schedule.js';
import { AdapterEvents } from '../fakes/adapter-events.js';
import { carol, feishuHarness } from '../fakes/fake-feishu-harness.js';
import { FakeOpenAI } from '../fakes/fake-openai.js';
import { BotProcess, hasRedisServer, OwnRedis } from './processes.js';

const cleanup: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  for (const fn of cleanup.reverse()) await fn().catch(() => undefined);
});
const tempDir = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'xiaoer-faults-'));
  cleanup.push(async () => rmSync(dir, { recursive: true, force: true }));
  return dir;
};

async function turnsOf(store: Store): Promise<TurnRecord[]> {
  const now = Date.now();
  return [...(await store.read<TurnRecord>(turnLog(dayOf(now - 86_400_000)))), ...(await store.read<TurnRecord>(turnLog(dayOf(now))))];
}

describe('platform faults', () => {
  it.runIf(hasRedisServer)('Redis restarts under a running customer-service process: it waits, then answers everything once', async () => {
    const redis = await OwnRedis.start();
    cleanup.push(() => redis.close());
    const api = await FakeBotApi.start();
    cleanup.push(() => api.close());
    const bot = new BotProcess(['customer-service'], { REDIS_URL: redis.url, DATA_DIR: tempDir(), TELEGRAM_BOT_TOKEN: api.token, TELEGRAM_API_ROOT: api.apiRoot }, 'customer-service');
    cleanup.push(() => bot.kill9());
    await bot.waitForLog('customer service running');
    const alice = { id: 5001, first_name: 'Alice' };
    api.userSays(alice, '什么时候发货');
    await api.waitForSent(alice.id, 1);

    await redis.stop();
    // Three customers write while Redis is away.
    const others = [5002, 5003, 5004].map((id) => ({ id, first_name: `C${id}` }));
    for (const c of others) api.userSays(c, '怎么退货');
    await new Promise((resolve) => setTimeout(resolve, 2000));
    await redis.start();

    for (const c of others) await api.waitForSent(c.id, 1, 20_000);
    api.userSays(alice, '你好');
    await api.waitForSent(alice.id, 2, 20_000);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    for (const c of others) expect(api.sentTo(c.id)).toHaveLength(1);
    expect(api.sentTo(alice.id)).toHaveLength(2);
    expect(await bot.stop()).toBe(0);
    const store = await openStore({ redisUrl: redis.url });
    try {
      const ids = (await turnsOf(store)).map((t) => t.customerId);
      for (const c of [alice, ...others]) expect(ids).toContain(`telegram:${c.id}`);
    } finally {
      await store.close();
    }
  }, 90_000);

  it('Feishu answers 5xx for 30 s: customers are answered meanwhile, every escalation reaches the agents afterwards', async () => {
    const h = await feishuHarness();
    cleanup.push(() => h.close());
    h.runtime.deps.outbox.start(200);
    h.fake.down = true;
    const downAt = Date.now();
    const escalations = ['我要投诉你们，东西坏了', '转人工', '我要投诉，快递太慢了'];
    for (const [i, text] of escalations.entries()) {
      const turn = await h.customer(text, { address: `wechat:wxid_down_${i}`, userId: `wxid_down_${i}` });
      expect(turn?.decision?.action).toBe('escalate');
    }
    // The customers heard at once that a person is coming; Feishu has nothing yet.
    expect(h.wechat.sent.filter((m) => m.address.startsWith('wechat:wxid_down_'))).toHaveLength(3);
    expect(h.fake.cards()).toHaveLength(0);
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, 30_000 - (Date.now() - downAt))));
    expect(h.fake.requests.filter((r) => r.status === 503).length).toBeGreaterThan(3); // it kept trying, backing off
    h.fake.down = false;
    await h.fake.waitFor(() => h.fake.cards().length >= 3, 45_000); // within the next backoff
    expect(h.fake.cards()).toHaveLength(3); // each once
    const open = await h.runtime.deps.handoff.openTicketIds();
    expect(open).toHaveLength(3);
    // And the agents can work them: a reply reaches the customer.
    const card = h.fake.cards()[0]!;
    await h.push(h.fake.messageEvent({ chatId: card.chat_id, sender: carol.openId, rootId: card.message_id, text: '您好，我来处理' }));
    expect(h.wechat.texts()).toContain('您好，我来处理');
  }, 120_000);

  it('the LLM is down: customers get the knowledge’s answers, within the turn, and escalations still happen', async () => {
    const fake = await FakeOpenAI.start();
    const baseURL = fake.url;
    await fake.close(); // nothing listens there any more
    const dir = tempDir();
    const config = loadConfig({ DATA_DIR: dir, KNOWLEDGE_DIR: path.resolve('knowledge'), OPENAI_API_KEY: 'test-key', OPENAI_BASE_URL: baseURL, SHOP_CONNECTOR: 'none', LOG_LEVEL: 'silent' });
    const runtime = await runtimeFromConfig(config, silentLogger, { watchKnowledge: false });
    cleanup.push(() => runtime.close());
    expect(runtime.deps.llm).toBeDefined();
    const sent: string[] = [];
    runtime.deps.outbox.register({ channel: 'telegram', send: async (m) => void sent.push(m.text) });
    const kb = await loadKnowledge(path.resolve('knowledge'));
    const engine = createEngine(kb);
    const question = '请问付款后多久发货';
    const entry = kb.faq.find((e) => e.id === engine.understand(question, { history: [] }).answer?.id);
    expect(entry).toBeDefined();
    const started = Date.now();
    const turn = await runtime.bot.receive({ id: 'llm-down-1', channel: 'telegram', address: 'telegram:6001', userId: '6001', kind: 'text', text: question, at: Date.now() });
    expect(Date.now() - started).toBeLessThan(runtime.deps.settings.TURN_TIMEOUT_MS);
    expect(sent).toEqual([entry!.answers?.telegram ?? entry!.answer]);
    expect(turn?.llm?.faults).toContain('unreachable');
    const complaint = await runtime.bot.receive({ id: 'llm-down-2', channel: 'telegram', address: 'telegram:6002', userId: '6002', kind: 'text', text: '我要投诉，转人工', at: Date.now() });
    expect(complaint?.decision?.action).toBe('escalate');
  }, 60_000);

  it('messages and events delivered twice, at once or after a restart: exactly one reply', async () => {
    const dir = tempDir();
    const kb = await loadKnowledge(path.resolve('knowledge'));
    const config = loadConfig({ DATA_DIR: dir, KNOWLEDGE_DIR: path.resolve('knowledge'), SHOP_CONNECTOR: 'none' });
    const api = await FakeBotApi.start();
    cleanup.push(() => api.close());
    const secret = 'dup-secret';
    const update = (n: number, text: string) => JSON.stringify({ update_id: 70_000 + n, message: { message_id: n, date: Math.floor(Date.now() / 1000), chat: { id: 7001, type: 'private' }, from: { id: 7001, is_bot: false, first_name: 'D' }, text } });
    const run = async () => {
      const runtime = await runtimeFromConfig(config, silentLogger, { watchKnowledge: false });
      const adapter = new TelegramAdapter(runtime.bot, { token: api.token, apiRoot: api.apiRoot, log: silentLogger, mode: 'webhook', webhook: { url: 'http://127.0.0.1/hook', secret, port: 0, host: '127.0.0.1' } });
      runtime.deps.outbox.register(adapter);
      await adapter.start();
      const post = (body: string) => fetch(`http://127.0.0.1:${adapter.webhookPort}/hook`, { method: 'POST', headers: { 'x-telegram-bot-api-secret-token': secret }, body }).then((r) => r.status);
      return {
        post,
        async stop() {
          await runtime.bot.stop();
          await runtime.deps.outbox.stop();
          await adapter.stop();
          await runtime.close();
        },
      };
    };
    const first = await run();
    // Telegram retries a webhook it thinks failed, sometimes while the first try is still running.
    expect(await Promise.all([first.post(update(1, '什么时候发货')), first.post(update(1, '什么时候发货')), first.post(update(1, '什么时候发货'))])).toEqual([200, 200, 200]);
    await api.waitForSent(7001, 1);
    await first.stop();
    // Redelivered to the restarted process, a day's dedupe later: still answered once.
    const second = await run();
    expect(await second.post(update(1, '什么时候发货'))).toBe(200);
    expect(await second.post(update(2, '怎么退货'))).toBe(200);
    await api.waitForSent(7001, 2);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(api.sentTo(7001)).toHaveLength(2);
    await second.stop();

    // WeChat: the puppet hands over a message again (a reconnect), before and after a restart.
    const store = await openStore({ dataDir: dir });
    cleanup.push(() => store.close());
    const wechatRun = async () => {
      const runtime = await runtimeFromConfig(config, silentLogger, { watchKnowledge: false, store: unclosable(store) });
      const wechat = new MockWechat();
      const events = new AdapterEvents(['own message']);
      const adapter = new WechatAdapter(runtime.bot, { wechaty: wechat.wechaty, log: silentLogger, jitterMs: 0, sendsPerMinute: 6000, burst: 100, onQrCode: () => undefined, ...events.hooks });
      runtime.deps.outbox.register(adapter);
      await adapter.start();
      const loggedIn = adapter.whenLoggedIn();
      wechat.login();
      await loggedIn;
      return { runtime, wechat, events, adapter };
    };
    const w1 = await wechatRun();
    const bob = w1.wechat.customer('Bob', 'wxid_bob_dup');
    w1.wechat.deliver(bob, '什么时候发货', 'wx-dup-1');
    await w1.events.turn();
    w1.wechat.redeliver('wx-dup-1');
    expect(await w1.events.skip()).toBe('duplicate');
    await w1.runtime.bot.stop();
    await w1.runtime.deps.outbox.stop();
    await w1.adapter.stop();
    const w2 = await wechatRun();
    const again = w2.wechat.customer('Bob', 'wxid_bob_dup');
    w2.wechat.deliver(again, '什么时候发货', 'wx-dup-1');
    expect(await w2.events.skip()).toBe('duplicate');
    await w2.runtime.bot.stop();
    await w2.runtime.deps.outbox.stop();
    await w2.adapter.stop();
    expect(w1.wechat.received(bob)).toHaveLength(1);
    expect(w2.wechat.received(again)).toHaveLength(0);
    expect((await turnsOf(store)).filter((t) => t.inboundId === 'wx-dup-1')).toHaveLength(1);
    void kb;

    // Feishu: an agent's reply delivered again, and replayed under a new event id: relayed once.
    const h = await feishuHarness();
    cleanup.push(() => h.close());
    await h.customer('我要投诉你们，东西坏了');
    const card = await h.fake.waitFor(() => h.fake.cards()[0]);
    const reply = h.fake.messageEvent({ chatId: card.chat_id, sender: carol.openId, rootId: card.message_id, text: '您好，在的' });
    await Promise.all([h.push(reply), h.push(reply)]);
    const replayed = structuredClone(reply) as { header: { event_id: string } };
    replayed.header.event_id = `ev_replay_${randomBytes(4).toString('hex')}`;
    await h.push(replayed);
    expect(h.wechat.texts().filter((t) => t === '您好，在的')).toHaveLength(1);
  }, 90_000);

  it('the clock jumps across a job’s time: the missed run happens once, a jump back runs nothing again', async () => {
    const store = await openStore({ dataDir: tempDir() });
    cleanup.push(() => store.close());
    const config = loadConfig({ DATA_DIR: tempDir(), KNOWLEDGE_DIR: path.resolve('knowledge'), REPORT_SCHEDULE: 'at 09:00' });
    const schedule = scheduleOf('daily-report', config);
    expect(schedule).toEqual(parseSchedule('at 09:00'));
    // 08:58 shop time (UTC+8) on 2026-11-12 (before the minute's grace for an early timer); the run for
    // 11-10 is done.
    const before = Date.parse('2026-11-12T08:58:00+08:00');
    let now = before;
    const runs: string[] = [];
    const job: Job = { name: 'daily-report', description: 'counts', defaultSchedule: 'at 09:00', run: async (_deps, options) => (runs.push(options.date), { summary: 'ok', files: {}, delivered: [] }) };
    const deps = { store, log: silentLogger, now: () => now, knowledge: undefined as never, targets: { report: [], qa: [] }, settings: { qaSampleSize: 1, suggestionsDir: '', suggestionsGit: false, knowledgeDir: '' } } satisfies JobDeps;
    await store.set(lastKey('daily-report'), '2026-11-10');
    const scheduler = await createScheduler(config, silentLogger, { only: ['daily-report'], store, now: () => now });
    cleanup.push(() => scheduler.stop());
    const catchUp = async () => {
      for (const name of await scheduler.missed()) await runOnce(job, deps, duePeriod(schedule, now));
    };

    await catchUp();
    expect(runs).toEqual([]); // 09:00 has not come
    now = Date.parse('2026-11-12T09:07:00+08:00'); // the clock jumps over 09:00 (a suspended VM, an NTP step)
    await catchUp();
    expect(runs).toEqual(['2026-11-11']);
    now = before; // and back again
    await catchUp();
    now = Date.parse('2026-11-12T09:07:00+08:00');
    await catchUp();
    expect(runs).toEqual(['2026-11-11']); // once
    // A timer firing a little early (the clock was slow) still counts as the 09:00 run, not yesterday's.
    expect(duePeriod(schedule, Date.parse('2026-11-13T08:59:40+08:00'))).toBe('2026-11-12');
    expect(latestDue(schedule, Date.parse('2026-11-13T08:59:40+08:00'))).toBe(Date.parse('2026-11-12T09:00:00+08:00'));
    // Three days suspended: one catch-up, for the latest period.
    now = Date.parse('2026-11-15T10:00:00+08:00');
    await catchUp();
    await catchUp();
    expect(runs).toEqual(['2026-11-11', '2026-11-14']);
    // The same period asked of a second scheduler (scaled out) at the same time: done, not run again.
    expect((await runOnce(job, deps, '2026-11-14')).status).toBe('done');
  }, 30_000);
});

/** The same store for two runtimes in a row: closing a runtime leaves it open. */
function unclosable(store: Store): Store {
  return new Proxy(store, { get: (target, prop) => (prop === 'close' ? async () => undefined : Reflect.get(target, prop, target)) });
}
