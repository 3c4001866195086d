// The handoff to people in Feishu, end to end: a WeChat customer (fake sender) → ticket card in the
// agents' group of the local fake Feishu → claim → relay both ways → /close → rating; duplicates,
// forgeries, non-members, an outage and a restart.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cardLocationKey, type CardLocation } from '../../adapters/feishu/feishu-desk.js';
import { DurableQueue } from '../../core/store/durable-queue.js';
import { openStore } from '../../core/store/open-store.js';
import { parseFeishuEvent, type FeishuEvent } from '../../adapters/feishu/parse-event.js';
import { carol, dan, ENCRYPT_KEY, erin, feishuHarness, feishuKb, mallory, type Harness } from '../fakes/fake-feishu-harness.js';

const open: Harness[] = [];
async function rig(options: Parameters<typeof feishuHarness>[0] = {}): Promise<Harness> {
  const h = await feishuHarness(options);
  open.push(h);
  return h;
}
afterEach(async () => {
  while (open.length) await open.pop()!.close();
});

const cardText = (card: unknown) => JSON.stringify(card);

async function escalated(h: Harness) {
  const turn = await h.customer('我要投诉你们，东西坏了');
  expect(turn?.decision?.action).toBe('escalate');
  const card = await h.fake.waitFor(() => h.fake.cards('oc_aftersale')[0]);
  const ticket = (await h.runtime.deps.handoff.get(turn!.ticketId!))!;
  return { ticket, card };
}

describe('Feishu handoff', () => {
  it('customer → card → claim → relay both ways → /close → rating', async () => {
    const h = await rig();
    const { ticket, card } = await escalated(h);

    // The customer hears honestly that a person is coming; the card reaches the after-sale group.
    expect(h.wechat.sent[0]).toMatchObject({ address: 'wechat:wxid_cust', text: '人工马上来', from: 'bot' });
    const shown = cardText(card.content);
    expect(shown).toContain('王**'); // the customer, masked
    expect(shown).not.toContain('王小明');
    expect(shown).toContain('微信');
    expect(shown).toContain('投诉');
    expect(shown).toContain('我要投诉你们，东西坏了'); // the last turns
    expect(shown).toContain('历史工单'); // the profile the store knows
    expect(shown).toContain('"xiaoer":"claim"');
    expect(ticket.deskAddress).toBe(`feishu:oc_aftersale:${card.message_id}`);

    // Claim with the card's button: exclusive, shown on the card and in the thread.
    const claim = await h.push(h.fake.cardActionEvent({ operator: carol.openId, messageId: card.message_id, chatId: 'oc_aftersale', value: { xiaoer: 'claim', ticket: ticket.id } }));
    expect(claim.status).toBe(200);
    expect(claim.body).toMatchObject({ toast: { type: 'success', content: 'Carol 已接待' } });
    await h.fake.waitFor(() => cardText(h.fake.currentCard(card.message_id)).includes('由 Carol 接待中'));
    expect(h.fake.texts({ rootId: card.message_id })).toContain('Carol 已接待');
    const other = await h.push(h.fake.messageEvent({ chatId: 'oc_aftersale', sender: dan.openId, rootId: card.message_id, text: '/claim' }));
    expect(other.status).toBe(200);
    await h.fake.waitFor(() => h.fake.texts({ rootId: card.message_id }).includes('工单已由 Carol 接待'));

    // The agent's reply in the thread reaches the customer on WeChat.
    await h.push(h.fake.messageEvent({ chatId: 'oc_aftersale', sender: carol.openId, rootId: card.message_id, text: '您好，我是客服 Carol，马上为您处理' }));
    expect(h.wechat.sent.at(-1)).toMatchObject({ address: 'wechat:wxid_cust', text: '您好，我是客服 Carol，马上为您处理', from: 'agent' });

    // What the customer writes meanwhile is mirrored to the thread (masked), and the bot stays silent.
    const before = h.wechat.sent.length;
    await h.customer('订单号 12345678901，快点');
    expect(h.wechat.sent).toHaveLength(before);
    await h.fake.waitFor(() => h.fake.texts({ rootId: card.message_id }).find((t) => t.startsWith('客户：')));
    const mirrored = h.fake.texts({ rootId: card.message_id }).find((t) => t.startsWith('客户：'))!;
    expect(mirrored).toContain('快点');
    expect(mirrored).not.toContain('12345678901');

    // A note stays internal; talking to a colleague with an @-mention too.
    await h.push(h.fake.messageEvent({ chatId: 'oc_aftersale', sender: carol.openId, rootId: card.message_id, text: '/note 客户情绪激动' }));
    await h.push(h.fake.messageEvent({ chatId: 'oc_aftersale', sender: carol.openId, rootId: card.message_id, text: '帮我查下物流', mentions: [dan] }));
    expect(h.wechat.texts()).not.toContain('帮我查下物流');
    expect(h.wechat.texts()).not.toContain('客户情绪激动');

    // /close: the customer is asked for a rating; the card shows the end; the rating is stored.
    await h.push(h.fake.messageEvent({ chatId: 'oc_aftersale', sender: carol.openId, rootId: card.message_id, text: '/close 已补发' }));
    expect(h.wechat.texts().at(-1)).toContain('1–5');
    await h.fake.waitFor(() => cardText(h.fake.currentCard(card.message_id)).includes('已结束'));
    expect(cardText(h.fake.currentCard(card.message_id))).not.toContain('"xiaoer":"claim"');
    const rated = await h.customer('5');
    expect(rated?.decision?.action).toBe('rating');
    const closed = (await h.runtime.deps.handoff.get(ticket.id))!;
    expect(closed).toMatchObject({ status: 'closed', endReason: 'resolved', closeNote: '已补发', rating: 5, assignee: { id: carol.openId, name: 'Carol' } });
    expect(closed.transcript.filter((l) => l.role === 'note').map((l) => l.text)).toEqual(['客户情绪激动', '帮我查下物流']);
    expect(await h.runtime.deps.store.read('ratings')).toEqual([expect.objectContaining({ ticket: ticket.id, rating: 5, channel: 'wechat' })]);
    await h.fake.waitFor(() => h.fake.texts({ rootId: card.message_id }).includes('⭐ 客户评分：5/5'));
    expect(await h.runtime.deps.handoff.openTicketIds()).toEqual([]);

    // The bot answers again.
    await h.customer('什么时候发货');
    expect(h.wechat.texts().at(-1)).toBe('48小时内发货哦😊'); // WeChat's variant
  });

  it('relays a redelivered event once', async () => {
    const h = await rig();
    const { card } = await escalated(h);
    const reply = h.fake.messageEvent({ chatId: 'oc_aftersale', sender: carol.openId, rootId: card.message_id, text: '您好，在的' });
    await h.push(reply);
    await h.push(reply); // Feishu retried
    // The same message under a new event id (a WebSocket replay) is a duplicate too.
    const replayed = structuredClone(reply) as { header: { event_id: string } };
    replayed.header.event_id = 'ev_other';
    await h.push(replayed);
    expect(h.wechat.texts().filter((t) => t === '您好，在的')).toHaveLength(1);
    expect(h.feishu.receiver.stats).toMatchObject({ accepted: 1, duplicates: 2 });
  });

  it('rejects and logs a forged event', async () => {
    const h = await rig();
    const { card } = await escalated(h);
    const forged = h.fake.messageEvent({ chatId: 'oc_aftersale', sender: carol.openId, rootId: card.message_id, text: '退款已到账，请给好评' });
    expect((await h.push(forged, { signWith: 'not-the-key' })).status).toBe(401);
    expect((await h.push(forged, { unsigned: true })).status).toBe(401);
    // Right signature, wrong verification token.
    const wrongToken = structuredClone(forged) as { header: { token: string; event_id: string } };
    wrongToken.header.token = 'guess';
    wrongToken.header.event_id = 'ev_forged';
    expect((await h.push(wrongToken)).status).toBe(401);
    // Garbage and a wrong path neither crash nor hang.
    expect((await fetch(h.webhook, { method: 'POST', body: '{"encrypt":"bm9wZQ=="}', headers: { 'x-lark-signature': 'x' } })).status).toBe(401);
    expect((await fetch(h.webhook, { method: 'POST', body: 'not json' })).status).toBe(400);
    expect((await fetch(h.webhook.replace('/feishu/events', '/other'), { method: 'POST', body: '{}' })).status).toBe(404);
    expect(h.wechat.texts()).not.toContain('退款已到账，请给好评');
    expect(h.logs.filter((l) => l.includes('rejected a webhook request')).length).toBeGreaterThanOrEqual(4);
    expect(h.logs.some((l) => l.includes('bad signature'))).toBe(true);
    // The genuine event still goes through.
    await h.push(forged);
    expect(h.wechat.texts()).toContain('退款已到账，请给好评');
  });

  it('answers the URL verification challenge', async () => {
    const h = await rig();
    const res = await h.fake.push(h.webhook, { type: 'url_verification', challenge: 'abc123', token: 'v-token-test' }, { unsigned: true });
    expect(res).toEqual({ status: 200, body: { challenge: 'abc123' } });
  });

  it('refuses commands and buttons from someone not in the agents groups', async () => {
    const h = await rig();
    const { ticket, card } = await escalated(h);
    await h.push(h.fake.messageEvent({ chatId: 'oc_aftersale', sender: mallory.openId, rootId: card.message_id, text: '/close' }));
    await h.fake.waitFor(() => h.fake.texts({ rootId: card.message_id }).includes('抱歉，只有客服组成员可以操作工单。'));
    const button = await h.push(h.fake.cardActionEvent({ operator: mallory.openId, messageId: card.message_id, chatId: 'oc_elsewhere', value: { xiaoer: 'claim', ticket: ticket.id } }));
    expect(button.body).toMatchObject({ toast: { type: 'warning', content: '抱歉，只有客服组成员可以操作工单。' } });
    expect(await h.runtime.deps.handoff.get(ticket.id)).toMatchObject({ status: 'waiting' });
    expect(h.logs.filter((l) => l.includes('non-member'))).toHaveLength(2);
    // A member of another agents' group may act.
    await h.push(h.fake.messageEvent({ chatId: 'oc_aftersale', sender: erin.openId, rootId: card.message_id, text: '/claim' }));
    expect(await h.runtime.deps.handoff.get(ticket.id)).toMatchObject({ status: 'assigned', assignee: { id: erin.openId, name: 'Erin' } });
  });

  it('receives events over the long connection (the SDK’s WSClient against the fake)', async () => {
    const h = await rig({ settings: { mode: 'ws' } });
    await h.fake.connected();
    const { ticket, card } = await escalated(h);
    const answer = await h.fake.pushOverWebSocket(h.fake.cardActionEvent({ operator: carol.openId, messageId: card.message_id, chatId: 'oc_aftersale', value: { xiaoer: 'claim', ticket: ticket.id } }));
    expect(answer).toMatchObject({ code: 200, data: { toast: { type: 'success', content: 'Carol 已接待' } } });
    const reply = h.fake.messageEvent({ chatId: 'oc_aftersale', sender: carol.openId, rootId: card.message_id, text: '长连接收到，马上处理' });
    expect(await h.fake.pushOverWebSocket(reply)).toMatchObject({ code: 200 });
    expect(await h.fake.pushOverWebSocket(reply)).toMatchObject({ code: 200 }); // a replay after a reconnect
    await h.feishu.receiver.idle();
    expect(h.wechat.texts().filter((t) => t === '长连接收到，马上处理')).toHaveLength(1);
  });

  it('drives handlers through the dispatcher, as the WebSocket client does', async () => {
    const h = await rig({ start: false });
    const { ticket, card } = await escalated(h);
    await h.feishu.receiver.dispatcher.invoke(h.fake.messageEvent({ chatId: 'oc_aftersale', sender: carol.openId, rootId: card.message_id, text: '收到，我来处理' }), { needCheck: false });
    await h.feishu.receiver.idle();
    expect(h.wechat.sent.at(-1)).toMatchObject({ text: '收到，我来处理', from: 'agent' });
    expect(await h.runtime.deps.handoff.get(ticket.id)).toMatchObject({ status: 'assigned' }); // replying claims
  });

  it('posts the card once Feishu is back from an outage; the customer is answered meanwhile', async () => {
    const h = await rig();
    h.fake.down = true;
    const turn = await h.customer('我要投诉');
    expect(h.wechat.texts()).toEqual(['人工马上来']);
    expect(h.fake.cards()).toHaveLength(0);
    await h.customer('人呢？'); // mirrored later, after the card
    h.fake.down = false;
    await new Promise((r) => setTimeout(r, 600)); // past the first backoff
    await h.runtime.deps.outbox.drain();
    const card = await h.fake.waitFor(() => h.fake.cards('oc_aftersale')[0]);
    expect(h.fake.cards()).toHaveLength(1);
    await h.fake.waitFor(() => h.fake.texts({ rootId: card.message_id }).includes('客户：人呢？'));
    expect(await h.runtime.deps.handoff.get(turn!.ticketId!)).toMatchObject({ deskAddress: `feishu:oc_aftersale:${card.message_id}` });
    await h.push(h.fake.messageEvent({ chatId: 'oc_aftersale', sender: carol.openId, rootId: card.message_id, text: '抱歉久等' }));
    expect(h.wechat.texts().at(-1)).toBe('抱歉久等');
  });

  it('loses nothing across a restart mid-handoff', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'xiaoer-feishu-'));
    try {
      const first = await feishuHarness({ store: await openStore({ dataDir: dir }) });
      const fake = first.fake;
      const { ticket, card } = await escalated(first);
      await first.push(fake.cardActionEvent({ operator: carol.openId, messageId: card.message_id, chatId: 'oc_aftersale', value: { xiaoer: 'claim', ticket: ticket.id } }));
      // WeChat is down: the agent's reply waits in the outbox.
      first.wechat.failing = true;
      await first.push(fake.messageEvent({ chatId: 'oc_aftersale', sender: carol.openId, rootId: card.message_id, text: '已为您登记补发' }));
      // An event acknowledged but not handled when the process died.
      const interrupted = parseFeishuEvent(fake.messageEvent({ chatId: 'oc_aftersale', sender: carol.openId, rootId: card.message_id, text: '单号稍后发您' }))!;
      await new DurableQueue<FeishuEvent>(first.runtime.deps.store, 'feishu-events:main').push(interrupted);
      await first.feishu.stop();
      await first.runtime.close();

      const second = await feishuHarness({ store: await openStore({ dataDir: dir }), fake });
      open.push(second);
      await second.feishu.receiver.idle(); // start() replayed the interrupted event
      await second.runtime.deps.outbox.drain(); // and the relay that waited
      expect(second.wechat.texts()).toEqual(['已为您登记补发', '单号稍后发您']);
      await second.runtime.deps.outbox.drain();
      expect(second.wechat.texts()).toHaveLength(2); // delivered once
      expect(await second.runtime.deps.handoff.get(ticket.id)).toMatchObject({ status: 'assigned', assignee: { id: carol.openId } });
      // The thread still leads to the customer and back.
      await second.customer('好的谢谢');
      await fake.waitFor(() => fake.texts({ rootId: card.message_id }).includes('客户：好的谢谢'));
      await second.push(fake.messageEvent({ chatId: 'oc_aftersale', sender: carol.openId, rootId: card.message_id, text: '/close' }));
      expect(second.wechat.texts().at(-1)).toContain('1–5');
      await fake.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('moves a ticket to another group with /transfer', async () => {
    const h = await rig();
    const { ticket, card } = await escalated(h);
    await h.push(h.fake.messageEvent({ chatId: 'oc_aftersale', sender: carol.openId, rootId: card.message_id, text: '/transfer 高级客服组' }));
    const moved = await h.fake.waitFor(() => h.fake.cards('oc_senior')[0]);
    await h.fake.waitFor(() => cardText(h.fake.currentCard(card.message_id)).includes('已转给 高级客服组'));
    expect(await h.runtime.deps.handoff.get(ticket.id)).toMatchObject({ group: 'senior', status: 'waiting', deskAddress: `feishu:oc_senior:${moved.message_id}` });
    expect(await h.runtime.deps.store.get<CardLocation>(cardLocationKey(ticket.id))).toMatchObject({ chatId: 'oc_senior', seq: 1 });
    await h.push(h.fake.messageEvent({ chatId: 'oc_senior', sender: erin.openId, rootId: moved.message_id, text: '我是高级客服 Erin' }));
    expect(h.wechat.texts().at(-1)).toBe('我是高级客服 Erin');
    await h.push(h.fake.messageEvent({ chatId: 'oc_senior', sender: erin.openId, rootId: moved.message_id, text: '/transfer nowhere' }));
    await h.fake.waitFor(() => h.fake.texts({ rootId: moved.message_id }).includes('没有这个组：nowhere'));
  });

  it('opens a Feishu group per ticket when configured, with the on-duty agents', async () => {
    const h = await rig({ settings: { ticketChats: true } });
    const turn = await h.customer('我要投诉');
    const card = await h.fake.waitFor(() => h.fake.cards().find((c) => c.chat_id.startsWith('oc_ticket_')));
    const chat = h.fake.chats.get(card.chat_id)!;
    expect([...chat.members].sort()).toEqual([carol.openId, dan.openId].sort());
    expect(chat.name).toContain(turn!.ticketId!);
    await h.fake.waitFor(() => h.fake.texts({ chatId: 'oc_aftersale' }).find((t) => t.includes('已建独立群')));
    await h.push(h.fake.messageEvent({ chatId: card.chat_id, sender: dan.openId, text: '您好，我来处理' }));
    expect(h.wechat.texts().at(-1)).toBe('您好，我来处理');
    await h.customer('好的');
    await h.fake.waitFor(() => h.fake.texts({ chatId: card.chat_id }).includes('客户：好的'));
  });

  it('shows a command the way to the thread when used outside one', async () => {
    const h = await rig();
    await escalated(h);
    const event = h.fake.messageEvent({ chatId: 'oc_aftersale', sender: carol.openId, text: '/claim' });
    await h.push(event);
    const id = (event as { event: { message: { message_id: string } } }).event.message.message_id;
    await h.fake.waitFor(() => h.fake.texts({ rootId: id }).find((t) => t.includes('话题')));
  });
});

describe('ticket timeouts', () => {
  it('reminds the group and tells the customer when nobody claims, then reminds the assignee', async () => {
    let now = Date.parse('2025-03-03T03:00:00Z'); // 11:00 in Shanghai, a Monday
    const h = await rig({ now: () => now });
    const { ticket, card } = await escalated(h);
    now += 4 * 60_000;
    expect(await h.runtime.timeouts.check()).toEqual([]);
    now += 2 * 60_000;
    expect(await h.runtime.timeouts.check()).toEqual(['claim_reminder']);
    expect(await h.runtime.timeouts.check()).toEqual([]); // once per threshold
    const reminder = await h.fake.waitFor(() => h.fake.texts({ rootId: card.message_id }).find((t) => t.includes('无人认领')));
    expect(reminder).toContain('<at user_id="all">');
    expect(h.wechat.texts().at(-1)).toContain('请再稍等');

    await h.push(h.fake.messageEvent({ chatId: 'oc_aftersale', sender: carol.openId, rootId: card.message_id, text: '/claim' }));
    now += 11 * 60_000;
    expect(await h.runtime.timeouts.check()).toEqual(['reply_reminder']);
    const nudge = await h.fake.waitFor(() => h.fake.texts({ rootId: card.message_id }).find((t) => t.includes('客户已等待回复')));
    expect(nudge).toContain(`<at user_id="${carol.openId}">`);
    await h.push(h.fake.messageEvent({ chatId: 'oc_aftersale', sender: carol.openId, rootId: card.message_id, text: '在的' }));
    now += 11 * 60_000;
    expect(await h.runtime.timeouts.check()).toEqual([]); // answered: nothing to remind
    await h.customer('还要多久');
    now += 11 * 60_000;
    expect(await h.runtime.timeouts.check()).toEqual(['reply_reminder']);
    expect((await h.runtime.deps.handoff.get(ticket.id))?.status).toBe('assigned');
  });

  it('after hours: the customer is told when, the ticket waits for the opening', async () => {
    let now = Date.parse('2025-03-03T13:00:00Z'); // 21:00 in Shanghai
    const hours = { days: [0, 1, 2, 3, 4, 5, 6], open: '09:00', close: '18:00' };
    const knowledge = feishuKb({
      groups: [
        { id: 'presale', name: '售前咨询组', hours },
        { id: 'aftersale', name: '售后服务组', hours },
        { id: 'senior', name: '高级客服组', hours },
      ],
    });
    const h = await rig({ now: () => now, knowledge });
    const { ticket, card } = await escalated(h);
    expect(h.wechat.texts()[0]).toContain('明天 09:00');
    expect(ticket.opensAt).toBe(Date.parse('2025-03-04T01:00:00Z'));
    expect(cardText(card.content)).toContain('非工作时间');
    now += 30 * 60_000;
    expect(await h.runtime.timeouts.check()).toEqual([]); // nobody to remind at night
    now = Date.parse('2025-03-04T01:00:00Z'); // 09:00
    expect(await h.runtime.timeouts.check()).toEqual(['opening']);
    await h.fake.waitFor(() => h.fake.texts({ rootId: card.message_id }).find((t) => t.includes('上班啦')));
    now += 6 * 60_000;
    expect(await h.runtime.timeouts.check()).toEqual(['claim_reminder']);
  });

  it('speaks to a customer writing English in English: still waiting, after hours, the close and the rating', async () => {
    let now = Date.parse('2025-03-03T09:50:00Z'); // 17:50 in Shanghai
    const hours = { days: [0, 1, 2, 3, 4, 5, 6], open: '09:00', close: '18:00' };
    const knowledge = feishuKb({ groups: [{ id: 'presale', hours }, { id: 'aftersale', hours }, { id: 'senior', hours }] });
    const h = await rig({ now: () => now, knowledge });
    const turn = await h.customer('转人工'); // the button under a Chinese reply
    await h.customer('my parcel never arrived, can someone help me please');
    now += 6 * 60_000; // 17:56: nobody took it
    expect(await h.runtime.timeouts.check()).toEqual(['claim_reminder']);
    expect(h.wechat.texts().at(-1)).toMatch(/^Someone from our team is on the way/u);
    now += 5 * 60_000; // 18:01
    expect(await h.runtime.timeouts.check()).toEqual(['after_hours']);
    expect(h.wechat.texts().at(-1)).toMatch(/back tomorrow at 09:00\.$/u);
    await h.runtime.deps.handoff.close(turn!.ticketId!, 'resolved');
    expect(h.wechat.texts().at(-1)).toMatch(/rating from 1 to 5/u);
    await h.customer('5');
    expect(h.wechat.texts().at(-1)).toBe('Thank you for your rating, have a great day!');
  });

  it('tells a waiting customer when the group closes before anyone took the ticket', async () => {
    let now = Date.parse('2025-03-03T09:58:00Z'); // 17:58 in Shanghai
    const hours = { days: [0, 1, 2, 3, 4, 5, 6], open: '09:00', close: '18:00' };
    const knowledge = feishuKb({ groups: [{ id: 'presale', hours }, { id: 'aftersale', hours }, { id: 'senior', hours }] });
    const h = await rig({ now: () => now, knowledge });
    const { ticket } = await escalated(h);
    now += 3 * 60_000; // 18:01
    expect(await h.runtime.timeouts.check()).toEqual(['after_hours']);
    expect(h.wechat.texts().at(-1)).toContain('明天 09:00');
    expect(await h.runtime.timeouts.check()).toEqual([]);
    expect((await h.runtime.deps.handoff.get(ticket.id))?.opensLabel).toBe('明天 09:00');
  });
});
