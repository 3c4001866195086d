// What agents do in Feishu, turned into handoff actions:
// - a message in a ticket's thread (or per-ticket chat) is a reply for the customer, or a command
//   (/claim, /close [reason], /transfer GROUP, /note TEXT, /suggest, /bot, /help);
// - a message that @-mentions a colleague (not the bot) is internal: kept as a note, never relayed;
// - the card's buttons claim and close.
// A message in one of our groups proves its sender is a member; commands and buttons are checked
// against the agents' groups' member lists all the same (a card can be forwarded, a member can leave),
// and a non-member gets a polite refusal and a log line.
import { randomUUID } from 'node:crypto';
import { HandoffService, type Agent } from '../../core/handoff/handoff-service.js';
import type { Logger } from '../../core/log.js';
import type { Outbox } from '../../core/outbox.js';
import type { Store } from '../../core/store/store.js';
import { cardLocationKey, deskAddressOf, FEISHU, feishuOutbound, type CardLocation } from './feishu-desk.js';
import type { FeishuGroups } from './groups.js';
import type { FeishuCardAction, FeishuEvent, FeishuMessage } from './parse-event.js';
import type { AgentRoster } from './roster.js';

export interface CardActionResponse {
  toast: { type: 'success' | 'info' | 'warning' | 'error'; content: string };
}

export interface AgentEventsOptions {
  handoff: HandoffService;
  store: Store;
  outbox: Outbox;
  roster: Pick<AgentRoster, 'check' | 'nameOf'>;
  groups: FeishuGroups;
  log: Logger;
  /** The bot's open id, to tell a mention of the bot from a mention of a colleague. */
  botOpenId?: () => string | undefined;
}

export const NOT_A_MEMBER = '抱歉，只有客服组成员可以操作工单。';

export class AgentEvents {
  constructor(private readonly options: AgentEventsOptions) {}

  async handle(event: FeishuEvent): Promise<CardActionResponse | undefined> {
    return event.kind === 'message' ? this.message(event).then(() => undefined) : this.cardAction(event);
  }

  private async ticketFor(chatId: string, rootId: string | undefined) {
    const { handoff } = this.options;
    return (rootId ? await handoff.findByDesk(`${FEISHU}:${chatId}:${rootId}`) : undefined) ?? (await handoff.findByDesk(`${FEISHU}:${chatId}`));
  }

  /** A line in the chat, in the thread of `rootId` when given; through the outbox like every Feishu send. */
  private async say(chatId: string, rootId: string | undefined, text: string): Promise<void> {
    const address = rootId ? `${FEISHU}:${chatId}:${rootId}` : `${FEISHU}:${chatId}`;
    await this.options.outbox.enqueue(feishuOutbound({ op: 'text', chatId, rootId, text, uuid: randomUUID() }, text, address));
  }

  private async message(m: FeishuMessage): Promise<void> {
    const { handoff, roster, groups, log } = this.options;
    if (m.senderType !== 'user') return; // our own cards and lines, other bots
    const ticket = await this.ticketFor(m.chatId, m.rootId);
    const command = HandoffService.isCommand(m.text);
    // Replies go in the ticket's thread: to the card (the thread's root) in a group, plainly in a ticket chat.
    const replyRoot = m.rootId ?? (ticket?.deskAddress === `${FEISHU}:${m.chatId}` ? undefined : m.messageId);
    if (!ticket) {
      if (command && groups.isAgentChat(m.chatId)) await this.say(m.chatId, m.messageId, '请在工单卡片的话题里使用命令（点卡片下方的“回复”）。');
      return;
    }
    let agent: Agent = { id: m.senderId, name: roster.nameOf(m.senderId) };
    if (command) {
      const member = await roster.check(m.senderId);
      if (!member) {
        log.warn({ operator: m.senderId, chat: m.chatId, ticket: ticket.id, command: m.text.split(/\s/u)[0] }, 'feishu: refused an agent command from a non-member');
        await this.say(m.chatId, replyRoot, NOT_A_MEMBER);
        return;
      }
      agent = { id: m.senderId, name: member.name };
    }
    if (!m.text) return; // only a mention
    let text = m.text;
    if (!command) {
      if (m.messageType !== 'text' && m.messageType !== 'post') {
        await this.say(m.chatId, replyRoot, '暂不支持把图片、文件转给客户，请用文字回复。');
        return;
      }
      const bot = this.options.botOpenId?.();
      if (m.mentions.some((x) => x.openId && x.openId !== bot && x.key !== '@_all')) text = `/note ${text}`; // talking to a colleague
    }
    const ack = await handoff.agentSaid(ticket.id, agent, text, { ref: m.messageId });
    if (ack) await this.say(m.chatId, replyRoot, ack);
  }

  private async cardAction(a: FeishuCardAction): Promise<CardActionResponse | undefined> {
    const { handoff, roster, store, log } = this.options;
    if (!a.action || !a.ticketId) return undefined; // not one of our buttons
    const member = await roster.check(a.operatorId);
    if (!member) {
      log.warn({ operator: a.operatorId, chat: a.chatId, ticket: a.ticketId, action: a.action }, 'feishu: refused a card action from a non-member');
      return { toast: { type: 'warning', content: NOT_A_MEMBER } };
    }
    const agent: Agent = { id: a.operatorId, name: member.name };
    const ack = await handoff.agentSaid(a.ticketId, agent, a.action === 'claim' ? '/claim' : '/close');
    const location = await store.get<CardLocation>(cardLocationKey(a.ticketId));
    if (location && ack) {
      const address = deskAddressOf(location);
      await this.say(location.chatId, address.split(':')[2], ack);
    }
    const ok = /已接待|已结束/u.test(ack);
    return { toast: { type: ok ? 'success' : 'info', content: ack } };
  }
}
