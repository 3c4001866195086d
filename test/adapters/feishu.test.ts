// The Feishu adapter's parts on their own: event parsing, the card, groups, the API wrapper's errors.
import { describe, expect, it } from 'vitest';
import { maskName, ticketCard } from '../../adapters/feishu/card.js';
import { FeishuApi, FeishuApiError } from '../../adapters/feishu/feishu-api.js';
import { FeishuGroups, parseGroupsEnv } from '../../adapters/feishu/groups.js';
import { parseFeishuEvent } from '../../adapters/feishu/parse-event.js';
import type { Ticket } from '../../core/handoff/ticket.js';
import { silentLogger } from '../../core/log.js';
import { nextOpeningAt } from '../../core/routing/business-hours.js';
import { routingSchema } from '../../core/routing/routing-rules.js';
import { FakeFeishu } from '../fakes/fake-feishu.js';

describe('parseFeishuEvent', () => {
  const envelope = (message: Record<string, unknown>) => ({
    schema: '2.0',
    header: { event_id: 'ev1', event_type: 'im.message.receive_v1', token: 't' },
    event: { sender: { sender_id: { open_id: 'ou_a' }, sender_type: 'user' }, message: { message_id: 'om_2', chat_id: 'oc_1', root_id: 'om_1', message_type: 'text', ...message } },
  });

  it('reads a text message in a thread, @-mentions removed', () => {
    const event = parseFeishuEvent(envelope({ content: JSON.stringify({ text: '@_user_1  /close  已补发' }), mentions: [{ key: '@_user_1', id: { open_id: 'ou_bot' }, name: '店小二' }] }));
    expect(event).toMatchObject({ kind: 'message', eventId: 'ev1', messageId: 'om_2', chatId: 'oc_1', rootId: 'om_1', senderId: 'ou_a', senderType: 'user', text: '/close 已补发' });
  });

  it('reads the SDK’s flattened form and rich text (post) messages', () => {
    const raw = envelope({
      message_type: 'post',
      content: JSON.stringify({ zh_cn: { title: '', content: [[{ tag: 'text', text: '第一行' }], [{ tag: 'at', user_id: 'ou_x' }, { tag: 'text', text: ' 第二行 ' }, { tag: 'a', text: '链接', href: 'https://x' }]] } }),
    });
    const flattened = { ...raw, ...raw.header, ...raw.event };
    expect(parseFeishuEvent(flattened)).toMatchObject({ messageType: 'post', text: '第一行\n第二行 链接' });
  });

  it('describes non-text messages', () => {
    expect(parseFeishuEvent(envelope({ message_type: 'image', content: '{"image_key":"k"}' }))).toMatchObject({ text: '[图片]' });
  });

  it('reads card button presses, new and old formats', () => {
    expect(
      parseFeishuEvent({
        schema: '2.0',
        header: { event_id: 'ev2', event_type: 'card.action.trigger' },
        event: { operator: { open_id: 'ou_a' }, action: { value: { xiaoer: 'claim', ticket: 't1' }, tag: 'button' }, context: { open_message_id: 'om_1', open_chat_id: 'oc_1' } },
      }),
    ).toMatchObject({ kind: 'card_action', eventId: 'ev2', operatorId: 'ou_a', action: 'claim', ticketId: 't1', messageId: 'om_1', chatId: 'oc_1' });
    expect(parseFeishuEvent({ open_id: 'ou_b', open_message_id: 'om_9', action: { value: '{"xiaoer":"close","ticket":"t2"}', tag: 'button' } })).toMatchObject({ action: 'close', ticketId: 't2', operatorId: 'ou_b' });
  });

  it('ignores what is not ours or is malformed', () => {
    expect(parseFeishuEvent({ header: { event_type: 'im.chat.member.user.added_v1' }, event: {} })).toBeUndefined();
    expect(parseFeishuEvent(envelope({ message_id: undefined }))).toBeUndefined();
    expect(parseFeishuEvent(null)).toBeUndefined();
    expect(parseFeishuEvent(envelope({ content: 'not json' }))).toMatchObject({ text: '' });
  });
});

describe('ticket card', () => {
  const ticket: Ticket = {
    id: 't1',
    conversationKey: 'conv:x',
    customerAddress: 'wechat:wx1',
    channel: 'wechat',
    customerId: 'wechat:wx1',
    customerName: '王小明',
    group: 'aftersale',
    priority: 'urgent',
    reason: 'threat',
    status: 'waiting',
    createdAt: 0,
    transcript: [{ role: 'customer', text: '**加粗** <at user_id="all">所有人</at> 手机 13812345678', at: 0 }],
    suggestions: ['您好，我是客服主管'],
    steps: ['加急认领'],
    profile: { 历史工单: '无' },
  };

  it('masks the customer and quotes their words as plain text only', () => {
    const card = ticketCard(ticket, { groupName: '售后服务组' });
    const json = JSON.stringify(card);
    expect(json).toContain('王**');
    expect(json).not.toContain('王小明');
    expect(json).not.toContain('13812345678');
    expect(json).toContain('138****5678');
    expect(card).toMatchObject({ config: { update_multi: true }, header: { template: 'red' } });
    // The customer's text sits in a plain_text element: markdown and @all cannot take effect.
    const elements = (card as { elements: { tag: string; text?: { tag: string; content: string } }[] }).elements;
    const quoted = elements.find((e) => e.text?.content.includes('加粗'))!;
    expect(quoted.text!.tag).toBe('plain_text');
    expect(json).toContain('"xiaoer":"claim"');
    expect(json).toContain('"xiaoer":"close"');
  });

  it('shows who claimed it, and no buttons once closed', () => {
    const claimed = JSON.stringify(ticketCard({ ...ticket, status: 'assigned', assignee: { id: 'ou_c', name: 'Carol' } }));
    expect(claimed).toContain('由 Carol 接待中');
    expect(claimed).not.toContain('"xiaoer":"claim"');
    const closed = JSON.stringify(ticketCard({ ...ticket, status: 'closed', endReason: 'resolved', assignee: { id: 'ou_c', name: 'Carol' }, rating: 4 }));
    expect(closed).toContain('评分 4/5');
    expect(closed).not.toContain('"xiaoer"');
  });

  it('masks names', () => {
    expect(maskName('王小明')).toBe('王**');
    expect(maskName('Alexander')).toBe('A****');
    expect(maskName(undefined)).toBe('匿名客户');
  });
});

describe('groups', () => {
  const routing = routingSchema.parse({
    default_group: 'presale',
    groups: [{ id: 'presale', feishu_chat_id: 'oc_yaml_pre' }, { id: 'aftersale' }, { id: 'senior', feishu_chat_id: 'oc_yaml_senior', feishu_ticket_chat: true }],
  });

  it('maps routing groups to chats: environment first, then routing.yaml, then the default group', () => {
    const groups = new FeishuGroups(parseGroupsEnv('senior=oc_env_senior'), () => routing);
    expect(groups.chatFor('senior')).toBe('oc_env_senior');
    expect(groups.chatFor('presale')).toBe('oc_yaml_pre');
    expect(groups.chatFor('aftersale')).toBe('oc_yaml_pre');
    expect(groups.agentChats().sort()).toEqual(['oc_env_senior', 'oc_yaml_pre']);
    expect(groups.ticketChats('senior')).toBe(true);
    expect(groups.ticketChats('presale')).toBe(false);
  });

  it('names a malformed FEISHU_GROUPS', () => {
    expect(() => parseGroupsEnv('presale:oc_x')).toThrow(/FEISHU_GROUPS: "presale:oc_x"/u);
    expect(parseGroupsEnv(' presale = oc_a , , aftersale=oc_b ')).toEqual({ presale: 'oc_a', aftersale: 'oc_b' });
  });
});

describe('business hours', () => {
  const hours = { days: [1, 2, 3, 4, 5], open: '09:00', close: '18:00' };
  it('finds the next opening as a moment', () => {
    // Friday 20:30 in Shanghai → Monday 09:00.
    expect(nextOpeningAt(hours, new Date('2025-03-07T12:30:00Z'), 'Asia/Shanghai')).toBe(Date.parse('2025-03-10T01:00:00Z'));
    // Tuesday 07:15 → the same day 09:00.
    expect(nextOpeningAt(hours, new Date('2025-03-03T23:15:00Z'), 'Asia/Shanghai')).toBe(Date.parse('2025-03-04T01:00:00Z'));
  });
});

describe('Feishu API wrapper', () => {
  it('sorts failures into retryable and not', async () => {
    const fake = await FakeFeishu.start();
    fake.addChat('oc_1', 'x', []);
    const api = new FeishuApi({ appId: 'cli_api_test', appSecret: 's', domain: fake.url, log: silentLogger });
    try {
      fake.failNext(1, 502);
      const outage = await api.sendMessage('oc_1', 'text', { text: 'hi' }).catch((e: unknown) => e);
      expect(outage).toBeInstanceOf(FeishuApiError);
      expect(outage).toMatchObject({ status: 502, retryable: true });
      const refused = await api.sendMessage('oc_not_in', 'text', { text: 'hi' }).catch((e: unknown) => e);
      expect(refused).toMatchObject({ code: 230002, retryable: false });
      const sent = await api.sendMessage('oc_1', 'text', { text: 'hi' }, 'u1');
      expect(await api.sendMessage('oc_1', 'text', { text: 'hi' }, 'u1')).toEqual(sent); // same uuid, same message
      expect(fake.messages).toHaveLength(1);
      expect(await api.botOpenId()).toBe('ou_bot_xiaoer');
    } finally {
      await fake.close();
    }
  });
});
