// Between understanding and routing: when an LLM is configured, screen the message for prompt injection
// (an attempt is answered offline) and, when the offline engine found no confident answer, ask the LLM
// for a second opinion. Without an LLM this stage does nothing at all.
import { emptyRecord, injectionAttempt } from '../llm/llm-turn.js';
import { secondOpinion } from '../llm/second-opinion.js';
import type { Middleware } from '../pipeline/compose.js';
import type { Turn } from '../pipeline/turn.js';

export const llmAssist: Middleware<Turn> = async (turn, next) => {
  if (turn.deps.llm && turn.understanding) {
    turn.llm ??= emptyRecord();
    if (!(await injectionAttempt(turn))) await secondOpinion(turn);
  }
  await next();
};
