// The context one customer turn carries through the pipeline stages.
import type { ConversationState } from '../dialogue/conversation.js';
import type { LoadedConversation } from '../dialogue/conversation-save.js';
import type { Inbound, QuickReply } from '../types.js';
import type { Understanding } from '../understand/types.js';
import type { EngineDeps } from '../engine-deps.js';

export type Action = 'answer' | 'escalate' | 'fallback' | 'smalltalk' | 'relay' | 'rating' | 'flood' | 'ignore';

export interface Decision {
  action: Action;
  reason: string;
  /** Routing group for an escalation. */
  group?: string;
  priority?: 'low' | 'normal' | 'high' | 'urgent';
}

export interface Reply {
  text: string;
  quickReplies?: QuickReply[];
}

/** What the LLM did in a turn (set only when one is configured). */
export interface TurnLlm {
  /** The customer's reply was written by the LLM (and passed the guardrails). */
  used: boolean;
  /** Ids of the knowledge the reply was grounded on: citations for QA and reports. */
  sources: string[];
  /** Tokens spent this turn, all calls together. */
  tokens: number;
  /** Faults met this turn (timeout, rate_limited, server, malformed, empty, budget...), in order. */
  faults: string[];
  /** Why an LLM reply was thrown away for the knowledge answer (guardrail problems). */
  rejected?: string[];
  /** An injection attempt in the customer's message: the LLM was not asked at all. */
  injection?: string;
  /** What the second opinion did when the offline engine was unsure. */
  secondOpinion?: 'classified' | 'rewritten' | 'none';
}

/** A fact another stage looked up for this turn (an order's status), offered to the LLM as a source. */
export interface TurnFact {
  /** Cited like a knowledge entry id, e.g. "order:4201234567890123". */
  id: string;
  text: string;
}

export interface Turn {
  readonly inbound: Inbound;
  readonly deps: EngineDeps;
  readonly startedAt: number;
  /** Aborted when the turn runs past its time limit: stages stop and send nothing more. */
  readonly signal: AbortSignal;
  conversation: ConversationState;
  /** What the conversation was when loaded: its save keeps what another process added since (conversation-save.ts). */
  loaded?: LoadedConversation;
  understanding?: Understanding;
  decision?: Decision;
  /** What the bot said this turn, in order. */
  replies: Reply[];
  /** The knowledge entry answered from, if any. */
  faq: string | null;
  ticketId?: string;
  /** Facts for grounding an LLM answer (order data), when a stage found them. */
  facts?: TurnFact[];
  llm?: TurnLlm;
  /** The customer's messages this minute, this one included, once counted (stages/rate-limit.ts). */
  messageCount?: Promise<number>;
}
