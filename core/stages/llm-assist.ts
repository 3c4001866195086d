// Between understanding and routing: when an LLM is configured, screen the message for prompt injection
// (an attempt is answered offline) and, when the offline engine found no confident answer, ask the LLM
// for a second opinion. Without an LLM this stage does nothing at all.
import { emptyRecord, injectionAttempt } from '../llm/llm-turn.js';
import { secondOpinion } from '../llm/second-opinion.js';
import type { Middleware, Next } from '../pipeline/compose.js';
import type { Turn } from '../pipeline/turn.js';

export const llmAssist: Middleware<Turn> = (turn, next) => {
  // Offline (no LLM) the stage passes straight on: no async wrapper around the rest of the pipeline.
  if (!turn.deps.llm || !turn.understanding) return next();
  return assist(turn, next);
};

async function assist(turn: Turn, next: Next): Promise<void> {
  turn.llm ??= emptyRecord();
  if (!(await injectionAttempt(turn))) await secondOpinion(turn);
  await next();
}
