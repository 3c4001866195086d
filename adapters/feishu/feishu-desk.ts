// The agents' desk in Feishu. FeishuDesk (used by every process that opens tickets) only records what
// to do in the outbox, channel `feishu`; FeishuSender (registered by the process that holds the Feishu
// app) does it. So a Feishu outage delays cards and thread lines instead of losing them, and a WeChat
// process can open tickets while the agent-desk process talks to Feishu.
//
// A ticket's card is posted in its group's chat; the card's message id is learned only when Feishu
// answers. It is kept under `feishu-card:<ticket>` and the ticket is indexed by its desk address
// `feishu:<chat>:<card message id>` (the thread agents reply in), or `feishu:<chat>` for a per-ticket
// chat. Until then the card's buttons still work (they carry the ticket id), and thread lines wait in
// the outbox behind the card. Every send carries a uuid, so a retry after a timeout is not a duplicate.
import { randomUUID } from 'node:crypto';
import type { Desk, HandoffCard } from '../../core/handoff/desk.js';
import { reasonLabel, ticketKey, type Ticket } from '../../core/handoff/ticket.js';
import type { Logger } from '../../core/log.js';
import type { Outbox, Sender } from '../../core/outbox.js';
import { redact } from '../../core/privacy/mask.js';
import type { Store } from '../../core/store/store.js';
import type { Outbound } from '../../core/types.js';
import { cardSummary, maskName, ticketCard, transferredCard } from './card.js';
import { cardLocationKey } from './card-location.js';
import { FeishuApiError, type FeishuApi } from './feishu-api.js';
import type { FeishuGroups } from './groups.js';
import type { AgentRoster } from './roster.js';

export const FEISHU = 'feishu';

/** What the Feishu sender is asked to do; carried in Outbound.card as `{ feishu: op }`. */
export type FeishuOp =
  /** Post the ticket's card in its group's chat (again after a transfer: `seq` = transfers). */
  | { op: 'card'; ticketId: string; seq: number; uuid: string }
  /** A line in the ticket's thread (or per-ticket chat), optionally @-mentioning someone or "all". */
  | { op: 'thread'; ticketId: string; text: string; mention?: string; uuid: string }
  /** Redraw the ticket's card from its current state. */
  | { op: 'refresh'; ticketId: string }
  /** A text in a chat, or in the thread of `rootId`. */
  | { op: 'text'; chatId: string; rootId?: string; text: string; uuid: string };

export interface CardLocation {
  chatId: string;
  messageId: string;
  mode: 'thread' | 'chat';
  seq: number;
}

export { cardLocationKey };
const cardFailedKey = (ticketId: string) => `feishu-card-failed:${ticketId}`;

export function deskAddressOf(location: CardLocation): string {
  return location.mode === 'chat' ? `${FEISHU}:${location.chatId}` : `${FEISHU}:${location.chatId}:${location.messageId}`;
}

export function feishuOutbound(op: FeishuOp, text: string, address: string): Outbound {
  return { address, text, from: 'bot', card: { feishu: op } };
}

function opOf(message: Outbound): FeishuOp | undefined {
  const card = message.card as { feishu?: FeishuOp } | undefined;
  return card?.feishu;
}

export interface FeishuDeskOptions {
  store: Store;
  outbox: Outbox;
  log: Logger;
  groups: FeishuGroups;
  /** How long a desk call may hold up the customer's turn before it carries on in the background. */
  budgetMs?: number;
  /** Mask personal data in what the desk quotes of the customer (default true). */
  mask?: boolean;
}

export class FeishuDesk implements Desk {
  readonly name = FEISHU;
  private readonly budgetMs: number;

  constructor(private readonly options: FeishuDeskOptions) {
    this.budgetMs = options.budgetMs ?? 250;
  }

  /** Records the op in the outbox and waits for it at most budgetMs (the send carries on regardless). */
  private async send(op: FeishuOp, text: string, address: string): Promise<void> {
    const work = this.options.outbox.enqueue(feishuOutbound(op, text, address));
    work.catch((error: unknown) => this.options.log.error({ err: error, op: op.op }, 'feishu: could not queue a desk message'));
    let timer: NodeJS.Timeout | undefined;
    const budget = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, this.budgetMs);
    });
    try {
      await Promise.race([work.catch(() => undefined), budget]);
    } finally {
      clearTimeout(timer);
    }
  }

  private threadAddress(ticket: Ticket): string {
    return ticket.deskAddress ?? `${FEISHU}:${this.options.groups.chatFor(ticket.group) ?? 'unknown'}`;
  }

  async open(card: HandoffCard): Promise<string | undefined> {
    const ticket = card.ticket;
    const chat = this.options.groups.chatFor(ticket.group);
    if (!chat) {
      this.options.log.error({ ticket: ticket.id, group: ticket.group }, 'feishu: no chat configured for the group (FEISHU_GROUPS or feishu_chat_id); the ticket waits without a card');
      await this.options.store.set(cardFailedKey(ticket.id), 'no chat', 7 * 24 * 3600_000);
      return undefined;
    }
    const seq = ticket.transfers ?? 0;
    await this.send({ op: 'card', ticketId: ticket.id, seq, uuid: `xiaoer-card-${ticket.id}-${seq}` }, cardSummary(ticket), `${FEISHU}:${chat}`);
    const location = await this.options.store.get<CardLocation>(cardLocationKey(ticket.id));
    return location ? deskAddressOf(location) : undefined;
  }

  async mirror(ticket: Ticket, text: string): Promise<void> {
    const shown = this.options.mask === false ? text : redact(text);
    await this.send({ op: 'thread', ticketId: ticket.id, text: `客户：${shown}`, uuid: randomUUID() }, shown, this.threadAddress(ticket));
  }

  async update(ticket: Ticket, event: string): Promise<void> {
    if (event.startsWith('notice:')) return this.notify(ticket, event.slice(7));
    if (event.startsWith('transferred:')) {
      const seq = ticket.transfers ?? 1;
      const chat = this.options.groups.chatFor(ticket.group);
      await this.send({ op: 'card', ticketId: ticket.id, seq, uuid: `xiaoer-card-${ticket.id}-${seq}` }, cardSummary(ticket), `${FEISHU}:${chat ?? 'unknown'}`);
      return;
    }
    await this.send({ op: 'refresh', ticketId: ticket.id }, cardSummary(ticket), this.threadAddress(ticket));
    if (event === 'rated' && ticket.rating) {
      await this.notify(ticket, `⭐ 客户评分：${ticket.rating}/5`);
    }
  }

  async notify(ticket: Ticket, text: string, options: { mention?: string } = {}): Promise<void> {
    await this.send({ op: 'thread', ticketId: ticket.id, text, mention: options.mention, uuid: randomUUID() }, text, this.threadAddress(ticket));
  }
}

export interface FeishuSenderOptions {
  api: FeishuApi;
  store: Store;
  log: Logger;
  groups: FeishuGroups;
  roster?: AgentRoster;
  /** The card is in Feishu: index the ticket by its desk address. */
  onPosted: (ticketId: string, deskAddress: string) => Promise<void>;
  mask?: boolean;
  /** A send that takes longer is abandoned and retried (with the same uuid). */
  timeoutMs?: number;
}

const CARD_GRACE_MS = 120_000;

class NotYet extends Error {
  override name = 'NotYet';
}

export class FeishuSender implements Sender {
  readonly channel = FEISHU;

  constructor(private readonly options: FeishuSenderOptions) {}

  async send(message: Outbound): Promise<void> {
    const op = opOf(message);
    if (!op) {
      this.options.log.warn({ address: message.address }, 'feishu: a message without a desk op was dropped');
      return;
    }
    let timer: NodeJS.Timeout | undefined;
    const limit = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`feishu: ${op.op} took too long`)), this.options.timeoutMs ?? 15_000);
    });
    try {
      await Promise.race([this.run(op), limit]);
    } catch (error) {
      if (error instanceof FeishuApiError && !error.retryable) {
        // Feishu will never accept it (bot not in the chat, bad id...): drop it rather than block the queue.
        this.options.log.error({ err: error, op: op.op, ticket: 'ticketId' in op ? op.ticketId : undefined }, 'feishu: request refused, message dropped');
        if (op.op === 'card') await this.options.store.set(cardFailedKey(op.ticketId), error.message, 7 * 24 * 3600_000);
        return;
      }
      throw error; // the outbox retries with backoff
    } finally {
      clearTimeout(timer);
    }
  }

  private async run(op: FeishuOp): Promise<void> {
    switch (op.op) {
      case 'card':
        return this.postCard(op);
      case 'thread':
        return this.threadLine(op);
      case 'refresh':
        return this.refresh(op.ticketId);
      case 'text': {
        const content = { text: op.text };
        if (op.rootId) await this.options.api.reply(op.rootId, 'text', content, { inThread: true, uuid: op.uuid });
        else await this.options.api.sendMessage(op.chatId, 'text', content, op.uuid);
        return;
      }
    }
  }

  private async ticket(id: string): Promise<Ticket | undefined> {
    return this.options.store.get<Ticket>(ticketKey(id));
  }

  /** Where the ticket's card is; undefined when it will never be (refused): throws while it may still come. */
  private async location(ticketId: string): Promise<CardLocation | undefined> {
    const location = await this.options.store.get<CardLocation>(cardLocationKey(ticketId));
    if (location) return location;
    if (await this.options.store.get(cardFailedKey(ticketId))) return undefined;
    const ticket = await this.ticket(ticketId);
    // The card goes first in the same queue, so a missing card is one being posted right now; after a
    // while it is one that never will be, and waiting for it would block every Feishu send behind.
    if (!ticket || Date.now() - ticket.createdAt > CARD_GRACE_MS) return undefined;
    throw new NotYet(`feishu: the card of ticket ${ticketId} is not posted yet`);
  }

  private cardOf(ticket: Ticket): Record<string, unknown> {
    return ticketCard(ticket, { groupName: this.options.groups.groupName(ticket.group), mask: this.options.mask });
  }

  private async postCard(op: Extract<FeishuOp, { op: 'card' }>): Promise<void> {
    const { api, store, groups, log } = this.options;
    const ticket = await this.ticket(op.ticketId);
    if (!ticket) {
      log.warn({ ticket: op.ticketId }, 'feishu: card for an unknown ticket dropped');
      return;
    }
    const previous = await store.get<CardLocation>(cardLocationKey(ticket.id));
    if (previous && previous.seq >= op.seq) return; // already posted (a retry after a crash)
    const groupChat = groups.chatFor(ticket.group);
    if (!groupChat) {
      log.error({ ticket: ticket.id, group: ticket.group }, 'feishu: no chat for the group; card dropped');
      await store.set(cardFailedKey(ticket.id), 'no chat', 7 * 24 * 3600_000);
      return;
    }
    const perTicket = groups.ticketChats(ticket.group);
    let chatId = groupChat;
    if (perTicket) {
      const members = groups.onDuty(ticket.group) ?? (await this.options.roster?.membersOf(groupChat)) ?? [];
      if (previous?.mode === 'chat') {
        chatId = previous.chatId;
        await api.addMembers(chatId, members).catch((error: unknown) => log.warn({ err: error, ticket: ticket.id }, 'feishu: could not add the new group to the ticket chat'));
      } else {
        const name = `工单#${ticket.id} ${reasonLabel(ticket.reason)} ${maskName(ticket.customerName)}`;
        chatId = await api.createChat({ name, description: `店小二转人工工单 #${ticket.id}`, members, uuid: `xiaoer-chat-${ticket.id}` });
        await api
          .sendMessage(groupChat, 'text', { text: `🆕 工单 #${ticket.id}（${reasonLabel(ticket.reason)}）已建独立群「${name}」，已拉入值班客服 ${members.length} 人。` }, `xiaoer-notice-${ticket.id}-${op.seq}`)
          .catch((error: unknown) => log.warn({ err: error, ticket: ticket.id }, 'feishu: could not announce the ticket chat'));
      }
    }
    if (previous && previous.mode === 'thread') {
      // The old card in the old group says where the ticket went; its thread still reaches the customer.
      await api
        .patchCard(previous.messageId, transferredCard(ticket, groups.groupName(ticket.group)))
        .catch((error: unknown) => log.warn({ err: error, ticket: ticket.id }, 'feishu: could not mark the old card transferred'));
    }
    const sent = await api.sendMessage(chatId, 'interactive', this.cardOf(ticket), op.uuid);
    const location: CardLocation = { chatId, messageId: sent.message_id, mode: perTicket ? 'chat' : 'thread', seq: op.seq };
    await store.set(cardLocationKey(ticket.id), location);
    await this.options.onPosted(ticket.id, deskAddressOf(location));
    log.info({ ticket: ticket.id, chat: chatId, message: sent.message_id, mode: location.mode }, 'feishu: ticket card posted');
  }

  private async threadLine(op: Extract<FeishuOp, { op: 'thread' }>): Promise<void> {
    const location = await this.location(op.ticketId);
    if (!location) {
      this.options.log.warn({ ticket: op.ticketId }, 'feishu: thread line dropped (the ticket has no card)');
      return;
    }
    const mention = op.mention ? (op.mention === 'all' ? '<at user_id="all">所有人</at> ' : `<at user_id="${op.mention}"></at> `) : '';
    const content = { text: `${mention}${op.text}` };
    if (location.mode === 'chat') await this.options.api.sendMessage(location.chatId, 'text', content, op.uuid);
    else await this.options.api.reply(location.messageId, 'text', content, { inThread: true, uuid: op.uuid });
  }

  private async refresh(ticketId: string): Promise<void> {
    const location = await this.location(ticketId);
    const ticket = await this.ticket(ticketId);
    if (!location || !ticket) return;
    await this.options.api.patchCard(location.messageId, this.cardOf(ticket));
  }
}
