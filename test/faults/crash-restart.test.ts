// kill -9 of the real bot process (`xiaoer start`: Telegram customers and the Feishu desk in one process)
// in the middle of a handoff, twice, restarted each time on the same store (the SQLite file, then a
// Redis of the test's own): nothing is lost and the customer hears nothing twice.
//   1st kill: the customer's complaint is in the inbox, its ticket saved, the desk posting its card
//             (Feishu is down); the customer's reply (you are passed on) queued alongside, sent or not.
//   2nd kill: an agent's reply is being sent to the customer (the Bot API has the request and drops it
//             when the process dies: it never reached Telegram).
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FakeFeishu } from '../../adapters/feishu/fake-feishu-api.js';
import { FakeBotApi } from '../../adapters/telegram/fake-bot-api.js';
import { dayOf, turnLog, type TurnRecord } from '../../core/stages/record.js';
import { openStore } from '../../core/store/open-store.js';
import type { Store } from '../../core/store/store.js';
import { BotProcess, freePort, hasRedisServer, OwnRedis } from './processes.js';

const TOKEN = 'v-token-crash';
const KEY = 'encrypt-key-crash';
const carol = { openId: 'ou_carol', name: 'Carol' };
const customer = { id: 4242, first_name: '小明' };

const cleanup: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const fn of cleanup.reverse()) await fn().catch(() => undefined);
});

async function scenario(storeEnv: Record<string, string>, openTestStore: () => Promise<Store>): Promise<void> {
  const api = await FakeBotApi.start();
  const fake = await FakeFeishu.start({ verificationToken: TOKEN, encryptKey: KEY });
  cleanup.push(() => api.close(), () => fake.close());
  for (const [chat, name] of [['oc_presale', '售前'], ['oc_aftersale', '售后'], ['oc_senior', '高级']]) fake.addChat(chat!, name!, [carol]);
  const port = await freePort();
  const env = {
    ...storeEnv,
    TELEGRAM_BOT_TOKEN: api.token,
    TELEGRAM_API_ROOT: api.apiRoot,
    FEISHU_APP_ID: `cli_${randomBytes(8).toString('hex')}`,
    FEISHU_APP_SECRET: 'secret',
    FEISHU_DOMAIN: fake.url,
    FEISHU_MODE: 'webhook',
    FEISHU_WEBHOOK_PORT: String(port),
    FEISHU_VERIFICATION_TOKEN: TOKEN,
    FEISHU_ENCRYPT_KEY: KEY,
    FEISHU_GROUPS: 'presale=oc_presale,aftersale=oc_aftersale,senior=oc_senior',
  };
  const webhook = `http://127.0.0.1:${port}/feishu/events`;
  const start = async () => {
    const bot = new BotProcess(['start'], env, 'xiaoer start');
    cleanup.push(() => bot.kill9());
    await bot.waitForLog('agent desk running');
    return bot;
  };
  const cards = () => ['oc_presale', 'oc_aftersale', 'oc_senior'].flatMap((c) => fake.cards(c));

  const first = await start();
  api.userSays(customer, '你好，在吗');
  await api.waitForSent(customer.id, 1);

  // 1st kill: the complaint's turn is opening its ticket, the desk posting the card.
  fake.down = true;
  let killed: Promise<void> | undefined;
  fake.onRequest = (request) => {
    if (!killed && request.path === '/open-apis/im/v1/messages' && (request.body as { msg_type?: string } | undefined)?.msg_type === 'interactive') killed = first.kill9();
  };
  api.userSays(customer, '我要投诉，收到的茶叶罐子都压扁了，太过分了');
  await (async () => {
    const deadline = Date.now() + 20_000;
    while (!killed && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 10));
    await killed;
  })();
  expect(killed, 'the desk never tried to post the card').toBeDefined();
  // The reply that a person takes over goes out alongside the card: it may have been sent already.
  expect([1, 2]).toContain(api.sentTo(customer.id).length);
  fake.onRequest = undefined;
  fake.down = false;

  // Restart: the complaint is replayed from the inbox; the same ticket, one card, one answer (not a
  // second one if the first run's went out).
  const second = await start();
  await api.waitForSent(customer.id, 2, 20_000);
  await fake.waitFor(() => cards().length > 0, 20_000);
  await new Promise((resolve) => setTimeout(resolve, 1500)); // time for anything that would come twice
  expect(api.sentTo(customer.id)).toHaveLength(2);
  expect(cards()).toHaveLength(1);
  const card = cards()[0]!;

  // 2nd kill: Carol's reply is on its way to the customer.
  const hold = api.holdNext('sendMessage');
  const pushed = await fake.push(webhook, fake.messageEvent({ chatId: card.chat_id, sender: carol.openId, rootId: card.message_id, text: '您好，我是 Carol，马上给您补发' }));
  expect(pushed.status).toBe(200); // acknowledged: Feishu will not send it again
  await hold.arrived;
  await second.kill9();
  hold.drop();

  // Restart: the reply waiting in the outbox goes out; the replayed event does not queue it again.
  const third = await start();
  await api.waitForSent(customer.id, 3, 20_000);
  await new Promise((resolve) => setTimeout(resolve, 1500));
  const said = api.sentTo(customer.id).map((m) => m.text);
  expect(said).toHaveLength(3);
  expect(said[2]).toContain('马上给您补发');
  expect(cards()).toHaveLength(1);
  expect(await third.stop()).toBe(0);
  expect(third.errors()).toEqual([]);

  // Nothing lost: both customer messages have their turn; one ticket, open, with Carol's reply in it.
  const store = await openTestStore();
  try {
    const day = dayOf(Date.now());
    const turns = [...(await store.read<TurnRecord>(turnLog(day))), ...(await store.read<TurnRecord>(turnLog(dayOf(Date.now() - 86_400_000))))];
    const texts = turns.filter((t) => t.channel === 'telegram').map((t) => t.text);
    expect(texts).toContain('你好，在吗');
    expect(texts).toContain('我要投诉，收到的茶叶罐子都压扁了，太过分了');
    const open = await store.members('tickets:open');
    expect(open).toHaveLength(1);
    const ticket = await store.get<{ status: string; transcript: { role: string; text: string }[] }>(`ticket:${open[0]}`);
    expect(ticket?.transcript.filter((l) => l.role === 'agent').map((l) => l.text)).toEqual(['您好，我是 Carol，马上给您补发']);
  } finally {
    await store.close();
  }
}

describe('kill -9 mid-handoff, then restart', () => {
  it('on the SQLite file: nothing lost, nothing said twice', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'xiaoer-crash-'));
    cleanup.push(async () => rmSync(dir, { recursive: true, force: true }));
    await scenario({ DATA_DIR: dir }, () => openStore({ dataDir: dir }));
  }, 120_000);

  it.runIf(hasRedisServer)('on Redis: nothing lost, nothing said twice', async () => {
    const redis = await OwnRedis.start();
    cleanup.push(() => redis.close());
    await scenario({ REDIS_URL: redis.url, DATA_DIR: mkdtempSync(path.join(tmpdir(), 'xiaoer-crash-r-')) }, () => openStore({ redisUrl: redis.url }));
  }, 120_000);
});
