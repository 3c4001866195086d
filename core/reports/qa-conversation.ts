// A conversation as QA reads it: who said what and when, and the facts the rules need (was it handed
// over, how did the ticket end, what rating). Built from the day's turn records for the bot's side and
// from a ticket's transcript for the agents' side.
import type { Ticket } from '../handoff/ticket.js';
import type { TurnRecord } from '../stages/record.js';
import type { Session } from './day-scan.js';

export type Stratum = 'escalated' | 'low_rating' | 'long' | 'random';

export interface QaLine {
  role: 'customer' | 'bot' | 'agent';
  text: string;
  at: number;
  /** The bot's reply time for a customer message it answered. */
  latencyMs?: number;
  /** What the bot did with the customer's message (answer, fallback, escalate…). */
  action?: string;
}

export interface QaConversation {
  kind: 'bot' | 'agent';
  /** The ticket id, or the conversation key and its start time. */
  id: string;
  conversation: string;
  channel: string;
  startedAt: number;
  lines: QaLine[];
  stratum?: Stratum;
  escalated: boolean;
  escalationReason?: string;
  ticketId?: string;
  deskAddress?: string;
  rating?: number;
  endReason?: string;
  /** When the ticket was opened and first answered by a person. */
  openedAt?: number;
  /** Opened after hours: when the agents' group opened (the customer was told to wait until then). */
  opensAt?: number;
  firstAgentReplyAt?: number;
}

export function botConversation(session: Session, records: Partial<TurnRecord>[], rating?: number): QaConversation {
  const lines: QaLine[] = [];
  for (const r of records) {
    if (r.action === 'ignore') continue;
    const at = r.at ?? session.start;
    lines.push({ role: 'customer', text: r.text ?? '', at, action: r.action, latencyMs: r.latencyMs });
    for (const reply of r.replies ?? []) lines.push({ role: 'bot', text: reply, at });
  }
  return {
    kind: 'bot',
    id: `${session.conversation}@${session.start}`,
    conversation: session.conversation,
    channel: session.channel,
    startedAt: session.start,
    lines,
    escalated: session.escalatedAt !== undefined,
    escalationReason: session.escalationReason,
    ticketId: session.ticketIds[0],
    rating,
  };
}

export function agentConversation(ticket: Ticket): QaConversation {
  return {
    kind: 'agent',
    id: ticket.id,
    conversation: ticket.conversationKey,
    channel: ticket.channel,
    startedAt: ticket.createdAt,
    // Internal notes are for colleagues, not the customer: QA judges what the customer saw.
    lines: ticket.transcript.flatMap((l) => (l.role === 'note' ? [] : [{ role: l.role, text: l.text, at: l.at }])),
    escalated: true,
    escalationReason: ticket.reason,
    ticketId: ticket.id,
    deskAddress: ticket.deskAddress,
    rating: ticket.rating,
    endReason: ticket.status === 'closed' ? ticket.endReason : 'open',
    openedAt: ticket.createdAt,
    opensAt: ticket.opensAt,
    firstAgentReplyAt: ticket.firstAgentReplyAt,
  };
}
