// Quality floor on the held-out sample-shop set (test/eval/sample-shop: realistic customer turns against
// the sample shop's knowledge, phrasings not in the knowledge). Floors sit a little under what the engine
// reaches, so a change that makes customers' answers worse fails here rather than in production.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { predict } from '../../core/eval/match-cases.js';
import { score, type EvalCase } from '../../core/eval/score.js';
import { loadKnowledge } from '../../core/knowledge/load.js';
import { createEngine } from '../../core/understand/engine.js';

describe('the sample shop, held-out turns', () => {
  it('answers most questions, rarely wrongly, follows up, and escalates the right ones', async () => {
    const engine = createEngine(await loadKnowledge('knowledge'));
    const cases = readFileSync('test/eval/sample-shop/cases.jsonl', 'utf8')
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l) as EvalCase);
    const result = score(cases, cases.map((c) => predict(engine, c)));
    expect(result.accuracy).toBeGreaterThanOrEqual(0.95);
    expect(result.answered_precision).toBeGreaterThanOrEqual(0.97);
    expect(result.false_answer_rate_oos).toBeLessThanOrEqual(0.15);
    expect(result.by_tag?.['follow-up']).toBeGreaterThanOrEqual(0.85);
    expect(result.escalation?.f1).toBeGreaterThanOrEqual(0.95);
  });
});
