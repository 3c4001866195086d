// A handoff ticket, in botpress' human-in-the-loop vocabulary: opened (waiting), assigned to an agent,
// closed with an end reason. It carries everything an agent needs and everything reports count.
import type { Address } from '../types.js';

export type TicketStatus = 'waiting' | 'assigned' | 'closed';
export type EndReason = 'resolved' | 'handed_back' | 'timeout' | 'customer_left';

export interface TranscriptLine {
  role: 'customer' | 'bot' | 'agent' | 'note';
  text: string;
  at: number;
  by?: string;
  /** The desk's id of the message this line came from (a Feishu message id): a replayed event is not relayed twice. */
  ref?: string;
}

export interface Ticket {
  id: string;
  conversationKey: string;
  /** Where the customer is (WeChat chat, Telegram chat, console). */
  customerAddress: Address;
  channel: string;
  customerId: string;
  customerName?: string;
  /** Routing group (pre-sale, after-sale, senior...). */
  group: string;
  priority: 'low' | 'normal' | 'high' | 'urgent';
  /** Why the bot handed over: complaint, human_request, unresolved... */
  reason: string;
  /** Where the agents talk about it (a Feishu thread or group), once posted. */
  deskAddress?: Address;
  status: TicketStatus;
  assignee?: { id: string; name?: string };
  createdAt: number;
  claimedAt?: number;
  firstAgentReplyAt?: number;
  closedAt?: number;
  endReason?: EndReason;
  closeNote?: string;
  rating?: number;
  transcript: TranscriptLine[];
  /** What the card shows, kept so the desk can redraw it when the ticket changes. */
  suggestions?: string[];
  profile?: Record<string, string>;
  steps?: string[];
  /** Opened after hours: when the group opens (epoch ms) and how the customer was told ("明天 09:00"). */
  opensAt?: number;
  opensLabel?: string;
  /** How many times the ticket moved to another group. */
  transfers?: number;
}

export const ticketKey = (id: string) => `ticket:${id}`;
export const deskIndexKey = (deskAddress: Address) => `ticket-at:${deskAddress}`;
/** The set (Store.members) of the ids of tickets not closed yet (for the timeouts check). */
export const openTicketsKey = 'tickets:open';
/** A customer's tickets, oldest first (for the profile on the card). */
export const customerTicketsKey = (customerId: string) => `customer-tickets:${customerId}`;

const REASONS: Record<string, string> = {
  complaint: '投诉',
  human_request: '要求人工',
  anger: '情绪激动',
  threat: '威胁投诉',
  compensation: '要求赔偿',
  unresolved: '多轮未解决',
  order_change: '订单修改申请',
  faq_handoff: '需人工处理',
};

/** The reason in words for agents: complaint → 投诉, entry:cancel-paid → 需人工处理（cancel-paid）. */
export function reasonLabel(reason: string): string {
  if (reason.startsWith('entry:')) return `需人工处理（${reason.slice(6)}）`;
  return REASONS[reason] ?? reason;
}

export const priorityLabel: Record<Ticket['priority'], string> = { low: '低', normal: '普通', high: '高', urgent: '紧急' };
