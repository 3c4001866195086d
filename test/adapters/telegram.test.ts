// The Telegram adapter on the real telegraf SDK against a local fake Bot API (127.0.0.1): long polling,
// the webhook with its secret token, buttons, formatting, and platform failures.
import { afterEach, describe, expect, it } from 'vitest';
import { FakeBotApi, type FakeUser } from '../../adapters/telegram/fake-bot-api.js';
import { TelegramAdapter, type TelegramAdapterOptions } from '../../adapters/telegram/telegram-adapter.js';
import { silentLogger } from '../../core/log.js';
import type { Store } from '../../core/store/store.js';
import { AdapterEvents } from '../fakes/adapter-events.js';
import { sampleKb, testRuntime } from '../fakes/test-runtime.js';

const alex: FakeUser = { id: 111, first_name: 'Alex', username: 'alex' };
const mei: FakeUser = { id: 222, first_name: 'Mei' };
const LONG_ANSWER = Array.from({ length: 600 }, (_, i) => `第${i + 1}步：请按说明冲泡。`).join('');

const cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const fn of cleanup.splice(0).reverse()) await fn();
});

async function fakeApi(): Promise<FakeBotApi> {
  const api = await FakeBotApi.start();
  cleanup.push(() => api.close());
  return api;
}

async function harness(api: FakeBotApi, options: { store?: Store; adapter?: Partial<TelegramAdapterOptions>; timeoutMs?: number } = {}) {
  const kb = sampleKb();
  kb.faq.push(
    { id: 'markup', questions: ['满减规则'], answer: '满<99>元 & 包邮，<b>不叠加</b>' },
    { id: 'brewing', questions: ['怎么泡'], answer: LONG_ANSWER, suggest: ['水温多少'] },
  );
  const t = testRuntime({ knowledge: kb, ...(options.store ? { store: options.store } : {}), settings: { TURN_TIMEOUT_MS: options.timeoutMs ?? 8000 } });
  const events = new AdapterEvents();
  const adapter = new TelegramAdapter(t.bot, { token: api.token, apiRoot: api.apiRoot, log: silentLogger, retryMs: 20, ...events.hooks, ...options.adapter });
  t.deps.outbox.register(adapter);
  const stop = async () => {
    await adapter.pause();
    await t.bot.stop();
    await t.deps.outbox.stop();
    await adapter.stop();
  };
  cleanup.push(stop);
  await adapter.start();
  return { ...t, adapter, events, stop };
}

describe('Telegram adapter, long polling (telegraf + fake Bot API)', () => {
  it('answers a private message, HTML-escaped, with suggested questions as buttons', async () => {
    const api = await fakeApi();
    const { events } = await harness(api);
    api.userSays(alex, '请问怎么退货');
    const inbound = await events.turn();
    expect(inbound).toMatchObject({ id: expect.stringMatching(/^111:\d+$/u), address: 'telegram:111', userId: '111', userName: 'Alex', text: '请问怎么退货' });
    const [sent] = api.sentTo(111);
    expect(sent).toMatchObject({ text: '7天无理由退货', parseMode: 'HTML' });
    expect(sent!.replyMarkup?.inline_keyboard).toEqual([[{ text: '运费谁出', callback_data: 'qr:运费谁出' }]]);
    expect(api.calls).toContain('deleteWebhook'); // polling mode clears any webhook first
  });

  it('escapes markup characters for the HTML parse mode', async () => {
    const api = await fakeApi();
    const { events } = await harness(api);
    api.userSays(alex, '满减规则是什么');
    await events.turn();
    expect(api.sentTo(111)[0]?.text).toBe('满&lt;99&gt;元 &amp; 包邮，&lt;b&gt;不叠加&lt;/b&gt;');
  });

  it('turns a button press into the customer asking that question, and acknowledges the button', async () => {
    const api = await fakeApi();
    const { events } = await harness(api);
    api.userSays(alex, '/start');
    await events.turn();
    const greeting = api.sentTo(111)[0]!;
    expect(greeting.text).toBe('您好！');
    const labels = greeting.replyMarkup!.inline_keyboard.flat().map((b) => b.text);
    expect(labels).toEqual(['什么时候发货', '怎么退货', '取消已付款订单', '转人工']);

    const press = api.userPresses(alex, greeting, '什么时候发货');
    const inbound = await events.turn();
    expect(inbound).toMatchObject({ id: `cb:${press.callback_query.id}`, text: '什么时候发货', action: 'qr:什么时候发货' });
    expect(api.answeredCallbacks).toEqual([press.callback_query.id]);
    expect(api.sentTo(111).at(-1)?.text).toBe('48小时内发货');
  });

  it('answers /help with what it can do and a 转人工 button', async () => {
    const api = await fakeApi();
    const { events } = await harness(api);
    api.userSays(alex, '/help');
    await events.turn();
    const help = api.sentTo(111)[0]!;
    expect(help.text).toContain('转人工');
    expect(help.replyMarkup!.inline_keyboard.flat().at(-1)).toEqual({ text: '转人工', callback_data: 'qr:转人工' });
  });

  it('answers /start and /help in the language of an English-speaking Telegram', async () => {
    const api = await fakeApi();
    const { events } = await harness(api);
    const sam: FakeUser = { id: 333, first_name: 'Sam', language_code: 'en' };
    api.userSays(sam, '/start');
    await events.turn();
    const greeting = api.sentTo(333)[0]!;
    // The shop's greeting (您好！) is Chinese: an English customer gets the built-in English one.
    expect(greeting.text).toMatch(/^Hello\b/u);
    expect(greeting.replyMarkup!.inline_keyboard.flat().at(-1)).toEqual({ text: 'Talk to a person', callback_data: 'qr:Talk to a person' });

    api.userSays(sam, '/help');
    await events.turn();
    const help = api.sentTo(333)[1]!;
    expect(help.text).toMatch(/talk to a person/iu);
    expect(help.text).not.toMatch(/\p{Script=Han}/u); // the sample's Chinese categories are left out
    // (that the engine reads the button's words as asking for a person: test/e2e/cli.test.ts)
  });

  it("labels what an agent writes, in the agent's language", async () => {
    const api = await fakeApi();
    const { deps } = await harness(api);
    await deps.outbox.enqueue({ address: 'telegram:111', text: '您好，补发已安排', from: 'agent' });
    await deps.outbox.enqueue({ address: 'telegram:111', text: 'Your replacement is on its way.', from: 'agent' });
    expect(api.sentTo(111).map((m) => m.text)).toEqual(['<b>【人工客服】</b>您好，补发已安排', '<b>[Customer service]</b> Your replacement is on its way.']);
  });

  it('splits a reply longer than 4096 characters, buttons under the last part', async () => {
    const api = await fakeApi();
    const { events } = await harness(api);
    api.userSays(alex, '这个茶怎么泡');
    await events.turn();
    const parts = api.sentTo(111);
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect([...part.text].length).toBeLessThanOrEqual(4096);
    expect(parts.map((p) => p.text).join('')).toBe(LONG_ANSWER);
    expect(parts.map((p) => Boolean(p.replyMarkup))).toEqual([...parts.slice(1).map(() => false), true]);
  });

  it('answers a photo with a hint, and in groups only when @-mentioned', async () => {
    const api = await fakeApi();
    const { events } = await harness(api);
    api.userSends(alex, { photo: [{ file_id: 'p1', file_unique_id: 'u1', width: 90, height: 90 }] });
    expect(await events.turn()).toMatchObject({ kind: 'image', text: '' });
    expect(api.sentTo(111)[0]?.text).toContain('图片');

    const group = { id: -100500, type: 'supergroup' as const };
    api.userSays(mei, '什么时候发货', group);
    expect(await events.skip()).toBe('group message without @');
    api.userSays(mei, `@${api.botUser.username} 什么时候发货`, group);
    expect(await events.turn()).toMatchObject({ address: 'telegram:-100500', isGroup: true, mentioned: true, text: '什么时候发货' });
    expect(api.sentTo(-100500).map((m) => m.text)).toEqual(['48小时内发货']);
  });

  it('never lets a slow turn for one customer hold up another', async () => {
    const api = await fakeApi();
    const { events, deps } = await harness(api, { timeoutMs: 60_000 });
    // Alex's turn stalls on the store until released (a slow LLM or database, say).
    let release!: () => void;
    const stalled = new Promise<void>((resolve) => (release = resolve));
    const get = deps.store.get.bind(deps.store);
    deps.store.get = (async (key: string) => {
      if (key.startsWith('conv:telegram:111|')) await stalled;
      return get(key);
    }) as typeof deps.store.get;

    api.userSays(alex, '什么时候发货');
    const alexTurn = await events.next();
    api.userSays(mei, '怎么退货');
    await events.turn();
    expect(api.sentTo(222).map((m) => m.text)).toEqual(['7天无理由退货']);
    expect(api.sentTo(111)).toEqual([]); // still thinking

    release();
    if (alexTurn.type === 'accepted') await alexTurn.done;
    expect(api.sentTo(111).map((m) => m.text)).toEqual(['48小时内发货']);
  });

  it('gives a redelivered message no second reply, even after a restart', async () => {
    const api = await fakeApi();
    const first = await harness(api);
    const update = api.userSays(alex, '什么时候发货');
    await first.events.turn();
    await first.stop();

    const second = await harness(api, { store: first.deps.store });
    api.pushUpdate({ message: update.message }); // the same message again, in a new update
    expect(await second.events.skip()).toBe('duplicate');
    api.userSays(alex, '怎么退货');
    await second.events.turn();
    expect(api.sentTo(111).map((m) => m.text)).toEqual(['48小时内发货', '7天无理由退货']);
  });

  it('survives platform errors: a bad token at start, a failed send (retried), a blocked chat (dropped)', async () => {
    const api = await fakeApi();
    api.failNext('getMe', 401, 'Unauthorized');
    const { events, deps } = await harness(api);
    expect(api.calls[0]).toBe('getMe'); // the first attempt failed; start() did not throw, polling retried

    api.failNext('sendMessage', 500, 'Internal Server Error');
    deps.outbox.start(20);
    api.userSays(alex, '什么时候发货');
    await events.turn();
    await api.waitForSent(111, 1);
    expect(api.sentTo(111).map((m) => m.text)).toEqual(['48小时内发货']);

    api.failNext('sendMessage', 403, 'Forbidden: bot was blocked by the user');
    api.userSays(mei, '怎么退货');
    await events.turn();
    api.userSays(alex, '怎么退货');
    await events.turn();
    await api.waitForSent(111, 2); // Mei's undeliverable reply does not hold up Alex's
    expect(api.sentTo(222)).toEqual([]);
  });
});

describe('Telegram adapter, webhook', () => {
  const url = 'https://shop.example.com/telegram/hook';
  const secret = 'Xiaoer_webhook-Secret_42';

  async function webhookHarness(api: FakeBotApi) {
    const h = await harness(api, { adapter: { mode: 'webhook', webhook: { url, secret, port: 0, host: '127.0.0.1' } } });
    const post = (body: unknown, token?: string) =>
      fetch(`http://127.0.0.1:${h.adapter.webhookPort}/telegram/hook`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token === undefined ? {} : { 'x-telegram-bot-api-secret-token': token }) },
        body: JSON.stringify(body),
      });
    return { ...h, post };
  }

  it('registers the webhook with its secret, answers 403 to a wrong token and 200 to the right one', async () => {
    const api = await fakeApi();
    const { post, events } = await webhookHarness(api);
    expect(api.webhook).toEqual({ url, secretToken: secret });

    const update = api.userSays(alex, '什么时候发货');
    expect((await post(update, 'wrong-secret')).status).toBe(403);
    expect((await post(update)).status).toBe(403);
    expect(events.events).toEqual([]);

    const right = await post(update, secret);
    expect(right.status).toBe(200);
    await events.turn();
    expect(api.sentTo(111).map((m) => m.text)).toEqual(['48小时内发货']);
    expect((await post(update, secret)).status).toBe(200); // a redelivery is acknowledged, not answered again
    expect(await events.skip()).toBe('duplicate');
    expect(api.sentTo(111)).toHaveLength(1);
  });

  it('rejects garbage and wrong paths, and answers 500 while stopping so Telegram redelivers', async () => {
    const api = await fakeApi();
    const { post, adapter } = await webhookHarness(api);
    const garbage = await fetch(`http://127.0.0.1:${adapter.webhookPort}/telegram/hook`, {
      method: 'POST',
      headers: { 'x-telegram-bot-api-secret-token': secret },
      body: '{not json',
    });
    expect(garbage.status).toBe(400);
    expect((await fetch(`http://127.0.0.1:${adapter.webhookPort}/elsewhere`, { method: 'POST' })).status).toBe(404);
    await adapter.pause();
    expect((await post(api.userSays(alex, '在吗'), secret)).status).toBe(500);
  });
});
