// The match contract: a case in, a prediction out — the engine alone, no store, no side effects.
import type { UnderstandingEngine } from '../understand/types.js';
import type { EvalCase, Prediction } from './score.js';

export function predict(engine: UnderstandingEngine, c: Pick<EvalCase, 'id' | 'text' | 'history'>): Prediction {
  const u = engine.understand(String(c.text ?? ''), { history: c.history ?? [] });
  return {
    id: c.id,
    faq: u.answer?.id ?? null,
    score: Math.round((u.answer?.score ?? u.candidates[0]?.score ?? 0) * 10_000) / 10_000,
    escalate: u.escalate,
    reason: u.reason,
  };
}
