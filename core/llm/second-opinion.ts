// When the offline engine is unsure (no confident answer, nothing to escalate), the LLM gets a say:
// a follow-up ("那退货呢") is rewritten into a standalone question and the engine runs again on it; failing
// that, the LLM picks among the engine's own candidates, or none. It can only ever choose a knowledge
// entry the engine found — it never writes the answer here — and it never runs when the engine was
// confident: a sure knowledge answer is not second-guessed.
import { answerFor } from '../answer/answer-text.js';
import { isActive } from '../knowledge/knowledge-base.js';
import type { Turn } from '../pipeline/turn.js';
import type { Candidate } from '../understand/types.js';
import { recentHistory } from './grounded-answer.js';
import { LlmFault } from './llm-fault.js';
import type { LlmClient } from './llm-client.js';
import { injectionAttempt, llmTurn, type LlmTurn } from './llm-turn.js';
import { classifyPrompt, quoted, rewritePrompt } from './prompts.js';

/** Candidates shown to the classifier: the engine's top ones. */
const TOP_K = 5;

/** True when the turn may ask for a second opinion. */
export function needsSecondOpinion(turn: Turn): boolean {
  const u = turn.understanding;
  return Boolean(turn.deps.llm && u && !u.answer && !u.escalate && u.reason !== 'smalltalk' && u.reason !== 'declined_person' && turn.inbound.kind === 'text' && turn.inbound.text.trim());
}

export async function secondOpinion(turn: Turn): Promise<void> {
  if (!needsSecondOpinion(turn) || (await injectionAttempt(turn))) return;
  const { deps, inbound } = turn;
  const llm = deps.llm!;
  const context = llmTurn(turn);
  const u = turn.understanding!;
  try {
    const history = recentHistory(turn.conversation.turns);
    if (history.some((h) => h.role === 'customer')) {
      const question = await rewrite(llm, context, inbound.text, history);
      if (question && question !== inbound.text.trim()) {
        const again = deps.knowledge.engine.understand(question, { channel: inbound.channel, now: new Date(deps.now()) });
        if (again.answer && !again.escalate) {
          turn.understanding = { ...again, text: u.text, resolved: question, reason: 'llm_rewrite' };
          context.record.secondOpinion = 'rewritten';
          deps.log.info({ conversation: turn.conversation.key, faq: again.answer.id }, 'llm: follow-up rewritten and answered');
          return;
        }
      }
    }
    // Nothing the engine could find by words: the embeddings model may find it by meaning.
    let candidates = u.candidates;
    if (!candidates.length && llm.embeddings) {
      candidates = await llm.embeddings.nearest(deps.knowledge.kb, context.hide(inbound.text), context.call('retrieve'), new Date(deps.now()));
    }
    if (candidates.length) {
      const id = await classify(turn, llm, context, candidates);
      const chosen = id ? candidates.find((c) => c.id === id) : undefined;
      if (chosen) {
        turn.understanding = { ...u, candidates: u.candidates.length ? u.candidates : candidates, answer: chosen, reason: 'llm_classified' };
        context.record.secondOpinion = 'classified';
        deps.log.info({ conversation: turn.conversation.key, faq: chosen.id }, 'llm: classified among the candidates');
        return;
      }
    }
    context.record.secondOpinion = 'none';
  } catch (error) {
    // Faults are counted by the client; the turn goes on with the offline understanding.
    if (!(error instanceof LlmFault)) deps.log.error({ err: error }, 'llm: second opinion failed unexpectedly');
  }
}

async function rewrite(llm: LlmClient, context: LlmTurn, text: string, history: { role: string; text: string }[]): Promise<string | null> {
  const lines = history.map((h) => `${h.role === 'customer' ? '顾客' : '客服'}：${context.hide(h.text)}`).join('\n');
  const json = await llm.chatJson(
    [
      { role: 'system', content: rewritePrompt() },
      { role: 'user', content: `Conversation so far:\n${quoted(lines)}\n\nLatest message:\n${quoted(context.hide(text))}` },
    ],
    context.call('rewrite', { maxTokens: 80, temperature: 0 }),
  );
  const question = typeof json.question === 'string' ? json.question.trim() : '';
  // The engine gets the customer's real words back (a product name could have been a placeholder).
  return question ? context.reveal(question).slice(0, 200) : null;
}

async function classify(turn: Turn, llm: LlmClient, context: LlmTurn, candidates: Candidate[]): Promise<string | null> {
  const kb = turn.deps.knowledge.kb;
  const now = new Date(turn.deps.now());
  const lines = candidates.slice(0, TOP_K).flatMap((c) => {
    const item = kb.faq.find((e) => e.id === c.id) ?? kb.promotions.find((p) => p.id === c.id && isActive(p, now));
    return item ? [`- id: ${c.id}\n  question: ${c.question}\n  answer: ${answerFor(item, turn.inbound.channel).slice(0, 160)}`] : [];
  });
  if (!lines.length) return null;
  const json = await llm.chatJson(
    [
      { role: 'system', content: classifyPrompt() },
      { role: 'user', content: `Candidates:\n${lines.join('\n')}\n\nCustomer message:\n${quoted(context.hide(turn.inbound.text))}` },
    ],
    context.call('classify', { maxTokens: 40, temperature: 0 }),
  );
  return typeof json.id === 'string' ? json.id : null;
}
