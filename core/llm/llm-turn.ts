// What every LLM call of one customer turn shares: the wall-clock deadline (the turn's time limit less a
// margin for the fallback to still be sent), the turn's abort signal, the token/fault account on
// `turn.llm`, and one pseudonymization map, so the same phone number is ⟨PHONE_1⟩ in the history, the
// message and the order facts alike, and the reply's placeholders can be put back.
import type { Turn, TurnLlm } from '../pipeline/turn.js';
import { pseudonymize, type Pseudonymized } from '../privacy/mask.js';
import { detectInjection } from './injection.js';
import type { CallOptions } from './llm-client.js';

export interface LlmTurn {
  readonly record: TurnLlm;
  readonly deadline: number;
  /** Masks personal data in text about to leave for the LLM. */
  hide(text: string): string;
  /** Puts the masked values back into text that came from the LLM. */
  reveal(text: string): string;
  /** Placeholders handed out so far (a reply may use only these). */
  placeholders(): string[];
  call(purpose: string, extra?: Partial<CallOptions>): CallOptions;
}

const contexts = new WeakMap<Turn, LlmTurn>();

/** Time kept back from the turn's limit for the knowledge answer to go out after a failed call. */
export function marginMs(turnTimeoutMs: number): number {
  return Math.min(1000, Math.max(100, Math.round(turnTimeoutMs * 0.2)));
}

/** What a turn's reply rests on: the LLM's citations when it wrote the reply, else the entry answered from. */
export function sourcesOf(turn: Pick<Turn, 'llm' | 'faq'>): string[] {
  if (turn.llm?.used) return turn.llm.sources;
  return turn.faq ? [turn.faq] : [];
}

export function emptyRecord(): TurnLlm {
  return { used: false, sources: [], tokens: 0, faults: [] };
}

/** The turn's LLM context, made on first use. */
export function llmTurn(turn: Turn): LlmTurn {
  let context = contexts.get(turn);
  if (context) return context;
  const { deps } = turn;
  turn.llm ??= emptyRecord();
  const record = turn.llm;
  // The deps' clock may be a test's fixed clock: the time already spent is taken from it, the deadline
  // itself lives on the real clock the timers run on.
  const spent = Math.max(0, deps.now() - turn.startedAt);
  const deadline = Date.now() + deps.settings.TURN_TIMEOUT_MS - spent - marginMs(deps.settings.TURN_TIMEOUT_MS);
  const names = [turn.inbound.userName, turn.conversation?.userName].filter((n): n is string => Boolean(n && n.trim().length >= 2));
  let mask: Pseudonymized | undefined;
  context = {
    record,
    deadline,
    hide(text) {
      mask = pseudonymize(text, mask, { names });
      return mask.text;
    },
    reveal(text) {
      return mask ? mask.restore(text) : text;
    },
    placeholders() {
      return mask ? [...mask.values.keys()] : [];
    },
    call(purpose, extra = {}) {
      return { purpose, signal: turn.signal, deadline, account: record, ...extra };
    },
  };
  contexts.set(turn, context);
  return context;
}

const screened = new WeakSet<Turn>();

/**
 * True when the customer's message tries prompt injection: then no LLM sees this turn. Checked once per
 * turn, logged and counted once.
 */
export async function injectionAttempt(turn: Turn): Promise<boolean> {
  const { deps } = turn;
  if (!deps.llm) return false;
  const context = llmTurn(turn);
  if (screened.has(turn)) return Boolean(context.record.injection);
  screened.add(turn);
  const found = detectInjection(turn.inbound.text);
  if (!found) return false;
  context.record.injection = found.kind;
  deps.log.warn({ kind: found.kind, evidence: found.evidence, channel: turn.inbound.channel, id: turn.inbound.id }, 'llm: prompt injection attempt, answering offline');
  await deps.llm.countInjection();
  return true;
}
