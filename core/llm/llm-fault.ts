// What can go wrong with an LLM call, sorted into a few kinds that are counted and logged. Every kind
// ends the same way for the customer (the knowledge answer or a handoff); the kinds tell the operator
// what to fix: a slow provider, a spent quota, a broken proxy, a model that ignores the output format.
import { APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError } from 'openai';

export const faultKinds = [
  'timeout', // the provider did not answer within the call's time (or the turn had no time left)
  'rate_limited', // 429: quota or requests per minute
  'server', // 5xx
  'unreachable', // connection refused, DNS, TLS
  'rejected', // another 4xx: wrong key, unknown model, a request the provider refuses
  'malformed', // an answer that is not a chat completion, or content not in the asked format
  'empty', // a completion with no text
  'budget', // the daily token budget is spent: not called at all
  'aborted', // the turn was over (its time limit passed) before the answer came
] as const;

export type FaultKind = (typeof faultKinds)[number];

export class LlmFault extends Error {
  override name = 'LlmFault';
  constructor(
    readonly kind: FaultKind,
    message: string,
    readonly status?: number,
  ) {
    super(`${kind}: ${message}`);
  }
}

/** Sorts whatever an openai call threw into a fault kind. */
export function classifyError(error: unknown, context: { timedOut: boolean; turnAborted: boolean }): LlmFault {
  if (error instanceof LlmFault) return error;
  // Our own timer fired or the turn ended: the SDK reports both as a user abort.
  if (context.timedOut) return new LlmFault('timeout', 'no answer within the call time');
  if (context.turnAborted) return new LlmFault('aborted', 'the turn ended first');
  if (error instanceof APIConnectionTimeoutError) return new LlmFault('timeout', error.message);
  if (error instanceof APIUserAbortError) return new LlmFault('aborted', error.message);
  if (error instanceof APIConnectionError) return new LlmFault('unreachable', error.message);
  if (error instanceof APIError) {
    const status = error.status ?? 0;
    if (status === 429) return new LlmFault('rate_limited', error.message, status);
    if (status === 408) return new LlmFault('timeout', error.message, status);
    if (status >= 500 || status === 409) return new LlmFault('server', error.message, status);
    return new LlmFault('rejected', error.message, status);
  }
  // Invalid JSON in a 200 answer surfaces as a SyntaxError from response.json().
  if (error instanceof SyntaxError) return new LlmFault('malformed', error.message);
  return new LlmFault('malformed', error instanceof Error ? error.message : String(error));
}
