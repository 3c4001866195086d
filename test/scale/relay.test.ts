// Scaled out on Redis: the customer-service process (Telegram) and the agent-desk process (Feishu) run
// apart and share only Redis. A customer's escalation opened by the first reaches the agents through the
// second; an agent's reply taken in by the second is delivered by the first (it holds the channel);
// closing and rating cross back the same way. Two scheduler processes race for a missed job's period:
// the lock (SET NX) lets one run it.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FakeFeishu } from '../../adapters/feishu/fake-feishu-api.js';
import { FakeBotApi } from '../../adapters/telegram/fake-bot-api.js';
import { loadConfig } from '../../core/config.js';
import { openStore } from '../../core/store/open-store.js';
import { scheduleOf } from '../../jobs/job-deps.js';
import { doneKey, lastKey } from '../../jobs/run-once.js';
import { duePeriod } from '../../jobs/schedule.js';
import { BotProcess, freePort, hasRedisServer, OwnRedis } from '../faults/processes.js';

const TOKEN = 'v-token-scale';
const KEY = 'encrypt-key-scale';
const carol = { openId: 'ou_carol', name: 'Carol' };
const customer = { id: 8080, first_name: '王小明' };

const cleanup: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  for (const fn of cleanup.reverse()) await fn().catch(() => undefined);
});

describe.runIf(hasRedisServer)('scaled out on Redis', () => {
  it('relays cross from the agent-desk process to the customer-service process and back', async () => {
    const redis = await OwnRedis.start();
    cleanup.push(() => redis.close());
    const api = await FakeBotApi.start();
    const fake = await FakeFeishu.start({ verificationToken: TOKEN, encryptKey: KEY });
    cleanup.push(() => api.close(), () => fake.close());
    for (const chat of ['oc_presale', 'oc_aftersale', 'oc_senior']) fake.addChat(chat, chat, [carol]);
    const dataDir = mkdtempSync(path.join(tmpdir(), 'xiaoer-scale-'));
    cleanup.push(async () => rmSync(dataDir, { recursive: true, force: true }));
    const port = await freePort();
    const shared = {
      REDIS_URL: redis.url,
      DATA_DIR: dataDir,
      FEISHU_APP_ID: `cli_${randomBytes(8).toString('hex')}`,
      FEISHU_APP_SECRET: 'secret',
      FEISHU_DOMAIN: fake.url,
      FEISHU_GROUPS: 'presale=oc_presale,aftersale=oc_aftersale,senior=oc_senior',
    };
    const customerService = new BotProcess(['customer-service'], { ...shared, TELEGRAM_BOT_TOKEN: api.token, TELEGRAM_API_ROOT: api.apiRoot }, 'customer-service');
    const agentDesk = new BotProcess(['agent-desk'], { ...shared, FEISHU_MODE: 'webhook', FEISHU_WEBHOOK_PORT: String(port), FEISHU_VERIFICATION_TOKEN: TOKEN, FEISHU_ENCRYPT_KEY: KEY }, 'agent-desk');
    cleanup.push(() => customerService.kill9(), () => agentDesk.kill9());
    await Promise.all([customerService.waitForLog('customer service running'), agentDesk.waitForLog('agent desk running')]);
    const webhook = `http://127.0.0.1:${port}/feishu/events`;

    api.userSays(customer, '你好');
    await api.waitForSent(customer.id, 1);

    // The escalation: ticket and customer's answer in customer-service, the card posted by agent-desk.
    api.userSays(customer, '我要投诉，收到的罐子压扁了，转人工');
    await api.waitForSent(customer.id, 2);
    const card = await fake.waitFor(() => ['oc_presale', 'oc_aftersale', 'oc_senior'].flatMap((c) => fake.cards(c))[0], 10_000);

    // Carol answers in the card's thread: taken in by agent-desk, delivered by customer-service.
    expect((await fake.push(webhook, fake.messageEvent({ chatId: card.chat_id, sender: carol.openId, rootId: card.message_id, text: '您好，我是 Carol，这就给您补发' }))).status).toBe(200);
    const [, , relayed] = await api.waitForSent(customer.id, 3, 10_000);
    expect(relayed!.text).toContain('这就给您补发');
    expect(relayed!.text).toContain('人工客服');

    // The customer's words while a person has the conversation go to the thread, not to the bot.
    api.userSays(customer, '好的，谢谢，订单号 20261111001');
    await fake.waitFor(() => fake.texts({ rootId: card.message_id }).find((t) => t.includes('好的，谢谢')), 10_000);
    expect(api.sentTo(customer.id)).toHaveLength(3);

    // /close: the ticket closes in agent-desk, the rating question reaches the customer through customer-service.
    await fake.push(webhook, fake.messageEvent({ chatId: card.chat_id, sender: carol.openId, rootId: card.message_id, text: '/close 已补发' }));
    const closing = await api.waitForSent(customer.id, 4, 10_000);
    expect(closing[3]!.text).toMatch(/1–5|1-5/u);
    api.userSays(customer, '5');
    await api.waitForSent(customer.id, 5, 10_000);
    await fake.waitFor(() => fake.texts({ rootId: card.message_id }).find((t) => t.includes('5/5')), 10_000);

    expect(await customerService.stop()).toBe(0);
    expect(await agentDesk.stop()).toBe(0);
    expect(customerService.errors()).toEqual([]);
    expect(agentDesk.errors()).toEqual([]);
    const store = await openStore({ redisUrl: redis.url });
    try {
      expect(await store.read('ratings')).toEqual([expect.objectContaining({ rating: 5, channel: 'telegram' })]);
      expect(await store.members('tickets:open')).toEqual([]);
    } finally {
      await store.close();
    }
  }, 90_000);

  it('two schedulers on one Redis: a missed period runs once', async () => {
    const redis = await OwnRedis.start();
    cleanup.push(() => redis.close());
    const dataDir = mkdtempSync(path.join(tmpdir(), 'xiaoer-scale-jobs-'));
    cleanup.push(async () => rmSync(dataDir, { recursive: true, force: true }));
    const env = { REDIS_URL: redis.url, DATA_DIR: dataDir, KNOWLEDGE_DIR: path.resolve('knowledge') };
    const config = loadConfig(env);
    const period = duePeriod(scheduleOf('daily-report', config), Date.now());
    const store = await openStore({ redisUrl: redis.url });
    cleanup.push(() => store.close());
    await store.set(lastKey('daily-report'), '2026-01-01'); // it ran long ago; the latest period was missed
    const schedulers = [new BotProcess(['scheduler'], env, 'scheduler 1'), new BotProcess(['scheduler'], env, 'scheduler 2')];
    for (const s of schedulers) cleanup.push(() => s.kill9());
    await Promise.all(schedulers.map((s) => s.waitForLog('scheduler: started')));
    await Promise.all(schedulers.map((s) => s.waitForLog('scheduler: job finished', 45_000)));
    for (const s of schedulers) expect(await s.stop()).toBe(0);
    const results = schedulers.flatMap((s) => s.lines.filter((l) => l.includes('scheduler: job finished')));
    expect(results.filter((l) => l.includes('"status":"ran"'))).toHaveLength(1);
    expect(results.filter((l) => /"status":"(done|busy)"/u.test(l))).toHaveLength(1);
    expect(await store.get(doneKey('daily-report', period))).toBeDefined();
  }, 90_000);
});
