// Saves the conversation and appends the turn to the day's append-only log, which reports and QA read.
// Wraps the rest of the pipeline: it runs after the reply has been decided and sent.
import { remember } from '../dialogue/conversation.js';
import { saveConversation } from '../dialogue/conversation-save.js';
import { sourcesOf } from '../llm/llm-turn.js';
import type { Middleware } from '../pipeline/compose.js';
import type { Turn } from '../pipeline/turn.js';

/** One line of the conversation log. */
export interface TurnRecord {
  at: number;
  conversation: string;
  channel: string;
  customerId: string;
  inboundId: string;
  text: string;
  replies: string[];
  action: string;
  reason: string;
  faq: string | null;
  score: number;
  escalated: boolean;
  ticketId?: string;
  signals: string[];
  sentiment: number;
  latencyMs: number;
  /** With an LLM configured: whether it wrote the reply. */
  llm?: boolean;
  /** The knowledge ids the reply rests on (citations for QA and reports). */
  sources?: string[];
  /** LLM tokens spent this turn. */
  tokens?: number;
  /** LLM faults met this turn (timeout, rate_limited, server, malformed, empty, budget...). */
  llmFaults?: string[];
}

const SHOP_OFFSET_MS = 8 * 3600_000; // the shop's day is UTC+8's
const DAY_MS = 86_400_000;
/** The last day named, and the epoch range it covers: every turn asks, and nearly all ask about today. */
let lastDay = { from: 0, to: 0, day: '' };

/** The shop's day (UTC+8) of an instant, as YYYY-MM-DD. */
export function dayOf(epochMs: number): string {
  if (epochMs >= lastDay.from && epochMs < lastDay.to) return lastDay.day;
  const day = new Date(epochMs + SHOP_OFFSET_MS).toISOString().slice(0, 10); // throws for an invalid time, as before
  const from = Math.floor((epochMs + SHOP_OFFSET_MS) / DAY_MS) * DAY_MS - SHOP_OFFSET_MS;
  lastDay = { from, to: from + DAY_MS, day };
  return day;
}
export const turnLog = (day: string) => `turns:${day}`;

export const record: Middleware<Turn> = async (turn, next) => {
  await next();
  if (turn.signal.aborted) return; // the time limit already answered and recorded this turn
  const { deps, conversation, inbound } = turn;
  const now = deps.now();
  const action = turn.decision?.action ?? 'ignore';
  if (action !== 'relay' && action !== 'ignore') {
    remember(conversation, { role: 'customer', text: inbound.text, faq: turn.faq });
    for (const reply of turn.replies) remember(conversation, { role: 'bot', text: reply.text, faq: turn.faq });
  }
  conversation.lastAt = now;
  conversation.turnCount++;
  const entry: TurnRecord = {
    at: now,
    conversation: conversation.key,
    channel: inbound.channel,
    customerId: conversation.customerId,
    inboundId: inbound.id,
    text: inbound.text,
    replies: turn.replies.map((r) => r.text),
    action,
    reason: turn.decision?.reason ?? '',
    faq: turn.faq,
    score: turn.understanding?.answer?.score ?? turn.understanding?.candidates[0]?.score ?? 0,
    escalated: action === 'escalate',
    ticketId: turn.ticketId,
    signals: turn.understanding?.signals.map((s) => s.kind) ?? [],
    sentiment: turn.understanding?.sentiment ?? 0,
    latencyMs: now - turn.startedAt,
  };
  if (turn.llm) {
    entry.llm = turn.llm.used;
    entry.sources = sourcesOf(turn);
    entry.tokens = turn.llm.tokens;
    if (turn.llm.faults.length) entry.llmFaults = turn.llm.faults;
  }
  // Different keys, no order between them: written in one round trip.
  await Promise.all([saveConversation(deps.store, conversation, turn.loaded), deps.store.append(turnLog(dayOf(now)), entry)]);
  deps.log.debug({ conversation: conversation.key, action, faq: turn.faq, reason: entry.reason, ms: entry.latencyMs }, 'turn');
};
