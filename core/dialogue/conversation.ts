// Per-conversation state: the last turns (for follow-ups), how many turns in a row went unanswered,
// whether a person has taken over, and slots filled along the way (an order number, a product).
import type { Address } from '../types.js';
import type { HistoryTurn } from '../understand/types.js';

export const HISTORY_TURNS = 12;

export interface ConversationState {
  key: string;
  address: Address;
  channel: string;
  userId: string;
  userName?: string;
  /** The customer's linked identity across channels. */
  customerId: string;
  turns: HistoryTurn[];
  /** Consecutive customer turns the bot could not answer. */
  unresolved: number;
  mode: 'bot' | 'handoff';
  ticketId?: string;
  /** Set after a ticket closes: the next digit 1–5 the customer sends is their rating. */
  awaitingRating?: string;
  slots: Record<string, string>;
  startedAt: number;
  lastAt: number;
  turnCount: number;
}

/** One conversation per customer per chat: in a group, each member has their own. */
export function conversationKey(channel: string, address: Address, userId: string): string {
  return `conv:${address}|${channel}:${userId}`;
}

export function newConversation(key: string, fields: Pick<ConversationState, 'address' | 'channel' | 'userId' | 'userName' | 'customerId'>, now: number): ConversationState {
  return { key, ...fields, turns: [], unresolved: 0, mode: 'bot', slots: {}, startedAt: now, lastAt: now, turnCount: 0 };
}

export function remember(conversation: ConversationState, ...turns: HistoryTurn[]): void {
  conversation.turns.push(...turns);
  if (conversation.turns.length > HISTORY_TURNS) conversation.turns.splice(0, conversation.turns.length - HISTORY_TURNS);
}
