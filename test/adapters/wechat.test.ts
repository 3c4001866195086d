// The WeChat adapter on the real wechaty SDK with wechaty-puppet-mock: offline, no login QR, no network.
import { afterEach, describe, expect, it } from 'vitest';
import { MockWechat } from '../../adapters/wechat/mock-wechat.js';
import { WechatAdapter, type WechatAdapterOptions } from '../../adapters/wechat/wechat-adapter.js';
import { silentLogger } from '../../core/log.js';
import type { Store } from '../../core/store/store.js';
import { AdapterEvents } from '../fakes/adapter-events.js';
import { sampleKb, testRuntime } from '../fakes/test-runtime.js';

const LONG_ANSWER = Array.from({ length: 40 }, (_, i) => `第${i + 1}条说明：茶叶请密封避光保存，开封后尽快饮用。`).join('');

const running: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const stop of running.splice(0)) await stop();
});

async function harness(options: { store?: Store; adapter?: Partial<WechatAdapterOptions> } = {}) {
  const kb = sampleKb();
  kb.faq.push({ id: 'storage', questions: ['怎么保存'], answer: LONG_ANSWER });
  const t = testRuntime({ knowledge: kb, ...(options.store ? { store: options.store } : {}) });
  const wechat = new MockWechat('山间茶铺');
  const events = new AdapterEvents(['own message']);
  const adapter = new WechatAdapter(t.bot, {
    wechaty: wechat.wechaty,
    log: silentLogger,
    jitterMs: 0,
    sendsPerMinute: 600,
    burst: 100,
    onQrCode: () => undefined,
    ...events.hooks,
    ...options.adapter,
  });
  t.deps.outbox.register(adapter);
  await adapter.start();
  const loggedIn = adapter.whenLoggedIn();
  wechat.login();
  await loggedIn;
  const stop = async () => {
    await t.bot.stop();
    await t.deps.outbox.stop();
    await adapter.stop();
  };
  running.push(stop);
  return { ...t, wechat, adapter, events, stop };
}

describe('WeChat adapter (wechaty + puppet-mock)', () => {
  it('answers a customer one to one, with the WeChat variant of the answer, and ignores its own messages', async () => {
    const { wechat, events } = await harness();
    const alice = wechat.customer('Alice');
    wechat.says(alice, '亲，什么时候发货呀');
    const inbound = await events.turn();
    expect(inbound).toMatchObject({ channel: 'wechat', address: `wechat:${alice.id}`, userId: alice.id, userName: 'Alice', kind: 'text' });
    expect(wechat.received(alice)).toEqual(['48小时内发货哦😊']);
    // The reply comes back as a message event from the shop's own account: skipped, never answered.
    wechat.says(alice, '怎么退货');
    await events.turn();
    expect(events.allSkips.filter((s) => s.reason === 'own message').length).toBeGreaterThanOrEqual(1);
    expect(events.accepted).toHaveLength(2);
  });

  it('in a group, answers only when @-mentioned', async () => {
    const { wechat, events } = await harness();
    const alice = wechat.customer('Alice');
    const bob = wechat.customer('Bob');
    const room = wechat.room('茶友群', [alice, bob]);
    expect(room.id).toContain('@');

    wechat.says(bob, '什么时候发货', room);
    expect(await events.skip()).toBe('group message without @');
    wechat.says(alice, '什么时候发货', room, true);
    const inbound = await events.turn();
    expect(inbound).toMatchObject({ address: `wechat:${room.id}`, userId: alice.id, isGroup: true, mentioned: true });
    expect(wechat.received(room)).toEqual(['48小时内发货哦😊']);
  });

  it('answers every group message when the group mode is "all"', async () => {
    const { wechat, events } = await harness({ adapter: { groupMode: 'all' } });
    const bob = wechat.customer('Bob');
    const room = wechat.room('售后群', [bob]);
    wechat.says(bob, '怎么退货', room);
    await events.turn();
    expect(wechat.received(room)).toEqual(['7天无理由退货\n\n回复 1：运费谁出']);
  });

  it('answers a picture with a helpful hint, never an error', async () => {
    const { wechat, events, deps } = await harness();
    const alice = wechat.customer('Alice');
    wechat.sendsFile(alice, 'broken-box.png');
    const inbound = await events.turn();
    expect(inbound).toMatchObject({ kind: 'image', text: '' });
    expect(wechat.received(alice)).toHaveLength(1);
    expect(wechat.received(alice)[0]).toContain('图片');
    const { dayOf, turnLog } = await import('../../core/stages/record.js');
    const log = await deps.store.read<{ reason: string }>(turnLog(dayOf(Date.now())));
    expect(log.at(-1)).toMatchObject({ reason: 'media_image' }); // logged like any turn
  });

  it('renders quick replies as a numbered list and maps a lone digit back, from the store', async () => {
    const first = await harness();
    const alice = first.wechat.customer('Alice', 'wxid_alice');
    first.wechat.says(alice, '怎么退货');
    await first.events.turn();
    expect(first.wechat.received(alice)).toEqual(['7天无理由退货\n\n回复 1：运费谁出']);
    await first.stop();

    // A restart between the menu and the answer: the new process still knows what "1" meant.
    const second = await harness({ store: first.deps.store });
    const again = second.wechat.customer('Alice', 'wxid_alice');
    second.wechat.says(again, '1');
    expect(await second.events.turn()).toMatchObject({ text: '运费谁出', action: 'quick-reply:1' });
  });

  it('splits a long answer at sentence ends into parts of at most 600 characters', async () => {
    const { wechat, events } = await harness();
    const alice = wechat.customer('Alice');
    wechat.says(alice, '茶叶怎么保存');
    await events.turn();
    const parts = wechat.received(alice);
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) {
      expect([...part].length).toBeLessThanOrEqual(600);
      expect(part.endsWith('。')).toBe(true);
    }
    expect(parts.join('')).toBe(LONG_ANSWER);
  });

  it('gives a redelivered message no second reply, even after a restart', async () => {
    const first = await harness();
    const alice = first.wechat.customer('Alice', 'wxid_alice');
    first.wechat.deliver(alice, '什么时候发货', 'wx-msg-0001');
    await first.events.turn();
    first.wechat.redeliver('wx-msg-0001');
    expect(await first.events.skip()).toBe('duplicate');
    await first.stop();

    const second = await harness({ store: first.deps.store });
    const same = second.wechat.customer('Alice', 'wxid_alice');
    second.wechat.deliver(same, '什么时候发货', 'wx-msg-0001');
    expect(await second.events.skip()).toBe('duplicate');
    second.wechat.says(same, '怎么退货'); // and the new process does answer new messages
    await second.events.turn();
    expect(first.wechat.received(alice)).toEqual(['48小时内发货哦😊']);
    expect(second.wechat.received(same)).toEqual(['7天无理由退货\n\n回复 1：运费谁出']);
  });

  it('keeps replies while logged out and delivers them after the next login', async () => {
    const { wechat, adapter, deps } = await harness();
    const alice = wechat.customer('Alice');
    await wechat.wechaty.puppet.logout();
    expect(adapter.loggedIn).toBe(false);
    await deps.outbox.enqueue({ address: `wechat:${alice.id}`, text: '您的补发已安排', from: 'agent' });
    expect(wechat.received(alice)).toEqual([]); // queued, not lost

    deps.outbox.start(20);
    const loggedIn = adapter.whenLoggedIn();
    wechat.login();
    await loggedIn;
    await until(() => wechat.received(alice).length > 0);
    expect(wechat.received(alice)).toEqual(['【人工客服】您的补发已安排']);
    // An agent writing English to an English-speaking customer is labelled in English.
    await deps.outbox.enqueue({ address: `wechat:${alice.id}`, text: 'Your replacement is on its way.', from: 'agent' });
    await until(() => wechat.received(alice).length > 1);
    expect(wechat.received(alice)[1]).toBe('[Customer service] Your replacement is on its way.');
  });

  it('shows the login QR code when the puppet asks for a scan', async () => {
    const codes: string[] = [];
    const { wechat } = await harness({ adapter: { onQrCode: (qr) => codes.push(qr) } });
    wechat.mocker.scan('https://login.weixin.qq.com/l/abc123', 2); // ScanStatus.Waiting
    await until(() => codes.length > 0);
    expect(codes).toEqual(['https://login.weixin.qq.com/l/abc123']);
    const { renderLoginQr } = await import('../../adapters/wechat/login-qr.js');
    const drawn = await renderLoginQr(codes[0]!);
    expect(drawn).toContain('▄');
    expect(drawn).toContain('https://wechaty.js.org/qrcode/https%3A%2F%2Flogin.weixin.qq.com%2Fl%2Fabc123');
  });

  it('logs a wechaty error instead of dying of it', async () => {
    const { wechat, events } = await harness();
    expect(() => wechat.wechaty.emitError(new Error('puppet hiccup'))).not.toThrow();
    const alice = wechat.customer('Alice');
    wechat.says(alice, '什么时候发货');
    await events.turn();
    expect(wechat.received(alice)).toHaveLength(1);
  });
});

/** Polls a condition the system reaches on its own (a retry loop): a safety limit, not a speed test. */
async function until(condition: () => boolean, limitMs = 10_000): Promise<void> {
  const deadline = Date.now() + limitMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not reached');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
