// Replies suggested to a human agent: on the handoff card and on demand (/suggest in the ticket's
// thread). The LLM drafts a few from the knowledge, each checked by the same guardrails as a customer
// answer; the knowledge's own answers for the engine's best guesses follow. Without an LLM (or when it
// fails) the knowledge's answers alone.
import { answerFor } from '../answer/answer-text.js';
import type { KnowledgeHolder } from '../knowledge/knowledge-holder.js';
import { isActive, type KnowledgeBase } from '../knowledge/knowledge-base.js';
import type { Ticket } from '../handoff/ticket.js';
import type { Turn, TurnFact } from '../pipeline/turn.js';
import { pseudonymize, type Pseudonymized } from '../privacy/mask.js';
import type { HistoryTurn, Understanding, UnderstandingEngine } from '../understand/types.js';
import { ground, renderSources } from './grounding.js';
import { checkReply } from './guardrails.js';
import { detectInjection } from './injection.js';
import type { LlmClient } from './llm-client.js';
import { LlmFault } from './llm-fault.js';
import { injectionAttempt, llmTurn } from './llm-turn.js';
import { stringsIn } from './model-output.js';
import { quoted, suggestPrompt } from './prompts.js';

export interface SuggestInput {
  kb: KnowledgeBase;
  /** The customer's latest message. */
  text: string;
  channel: string;
  /** The conversation so far, oldest first. */
  history?: HistoryTurn[];
  /** The engine's reading of `text`, when the caller has it (the escalating turn does). */
  understanding?: Understanding;
  /** To read `text` when no understanding is given. */
  engine?: UnderstandingEngine;
  facts?: TurnFact[];
  /** Suggestions already known (a playbook's, the card's): listed after the LLM's drafts. */
  stored?: string[];
  /** The customer's display name: masked before anything leaves. */
  userName?: string;
  signal?: AbortSignal;
  /** Wall-clock time (Date.now()) by which the drafts must be in. */
  deadline?: number;
  /** Where the call's tokens and faults are added up (an escalating turn's record). */
  account?: { tokens: number; faults: string[] };
  now?: Date;
}

const MAX_SUGGESTIONS = 5;
const MAX_DRAFTS = 3;
/** The card is not held longer than this for drafts: the customer is waiting to hear they are handed over. */
const CARD_WAIT_MS = 2500;

export async function suggestReplies(llm: LlmClient | undefined, input: SuggestInput): Promise<string[]> {
  const now = input.now ?? new Date();
  const understanding = input.understanding ?? input.engine?.understand(input.text, { history: input.history, channel: input.channel, now }) ?? blank(input.text);
  const knowledge = understanding.candidates.slice(0, 3).flatMap((c) => {
    const item = input.kb.faq.find((e) => e.id === c.id) ?? input.kb.promotions.find((p) => p.id === c.id && isActive(p, now));
    return item ? [answerFor(item, input.channel)] : [];
  });
  const drafts = llm && !detectInjection(input.text) ? await draft(llm, input, understanding, now) : [];
  return [...new Set([...drafts, ...(input.stored ?? []), ...knowledge])].slice(0, MAX_SUGGESTIONS);
}

/**
 * The handoff card's suggestions for an escalating turn: the LLM's drafts (grounded, checked, within the
 * turn's time), then `stored` (the playbook's and the knowledge's). Without an LLM, or for a message that
 * tries injection, `stored` unchanged.
 */
export async function cardSuggestions(turn: Turn, stored: string[]): Promise<string[]> {
  const { deps, inbound, conversation } = turn;
  if (!deps.llm || !inbound.text.trim() || (await injectionAttempt(turn))) return stored;
  const context = llmTurn(turn);
  const drafts = await suggestReplies(deps.llm, {
    kb: deps.knowledge.kb,
    text: inbound.text,
    channel: inbound.channel,
    history: conversation.turns,
    understanding: turn.understanding,
    facts: turn.facts,
    userName: inbound.userName ?? conversation.userName,
    stored,
    signal: turn.signal,
    deadline: Math.min(context.deadline, Date.now() + CARD_WAIT_MS),
    account: context.record,
    now: new Date(deps.now()),
  });
  return drafts.length ? drafts : stored;
}

/** Suggestions for an open ticket (the /suggest command): its transcript is the conversation. */
export function suggestForTicket(llm: LlmClient | undefined, knowledge: KnowledgeHolder, ticket: Ticket, now = new Date()): Promise<string[]> {
  const lines = ticket.transcript.filter((l) => l.role !== 'note');
  const last = [...lines].reverse().find((l) => l.role === 'customer');
  const history = lines.slice(0, last ? lines.lastIndexOf(last) : lines.length).map((l) => ({ role: l.role as HistoryTurn['role'], text: l.text }));
  return suggestReplies(llm, {
    kb: knowledge.kb,
    engine: knowledge.engine,
    text: last?.text ?? '',
    channel: ticket.channel,
    history,
    userName: ticket.customerName,
    stored: ticket.suggestions,
    now,
  });
}

async function draft(llm: LlmClient, input: SuggestInput, understanding: Understanding, now: Date): Promise<string[]> {
  if (!input.text.trim()) return [];
  let mask: Pseudonymized | undefined;
  const names = input.userName && input.userName.trim().length >= 2 ? [input.userName] : [];
  const hide = (text: string) => {
    mask = pseudonymize(text, mask, { names });
    return mask.text;
  };
  const grounding = ground({ kb: input.kb, understanding, channel: input.channel, now, primary: understanding.answer?.id ?? understanding.candidates[0]?.id, facts: input.facts });
  const history = (input.history ?? []).filter((h) => !(h.role === 'customer' && detectInjection(h.text))).slice(-6);
  const parts = [`SOURCES:\n${renderSources(grounding, hide)}`];
  if (history.length) parts.push(`Conversation so far:\n${quoted(history.map((h) => `${h.role}: ${hide(h.text)}`).join('\n'))}`);
  parts.push(`The customer's latest message:\n${quoted(hide(input.text))}`);
  try {
    const json = await llm.chatJson(
      [
        { role: 'system', content: suggestPrompt(input.kb.shop.name, input.channel) },
        { role: 'user', content: parts.join('\n\n') },
      ],
      { purpose: 'suggest', signal: input.signal, deadline: input.deadline, account: input.account, maxTokens: 400 },
    );
    const placeholders = mask ? [...mask.values.keys()] : [];
    return stringsIn(json.replies)
      .slice(0, MAX_DRAFTS)
      .filter((reply) => checkReply({ reply, grounding: grounding.text, customerText: input.text, placeholders, forbidden: input.kb.forbiddenPhrases }).ok)
      .map((reply) => (mask ? mask.restore(reply) : reply));
  } catch (error) {
    if (!(error instanceof LlmFault)) throw error;
    return []; // counted and logged by the client; the knowledge's answers still help
  }
}

function blank(text: string): Understanding {
  return { text, normalized: text, resolved: text, candidates: [], answer: null, entities: [], signals: [], sentiment: 0, escalate: false, reason: 'no_match', language: 'zh' };
}
