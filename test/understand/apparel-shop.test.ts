// The engine against a second, independent shop (test/understand/apparel-shop: a clothing shop's FAQ
// and customer turns written for these tests, not the sample shop nor any evaluation suite). Floors
// a little under today's figures: a change that loses generality fails here.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { predict } from '../../core/eval/match-cases.js';
import { score, type EvalCase } from '../../core/eval/score.js';
import { loadKnowledge } from '../../core/knowledge/load.js';
import { createEngine } from '../../core/understand/engine.js';

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'apparel-shop');

describe('an independent shop', () => {
  it('answers most turns rightly, rarely wrongly, and keeps out of what it does not know', async () => {
    const engine = createEngine(await loadKnowledge(path.join(dir, 'kb')));
    const cases = readFileSync(path.join(dir, 'cases.jsonl'), 'utf8')
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l) as EvalCase);
    const s = score(cases, cases.map((c) => predict(engine, c)));
    expect(s.accuracy).toBeGreaterThanOrEqual(0.77);
    expect(s.answered_precision!).toBeGreaterThanOrEqual(0.88);
    expect(s.false_answer_rate_oos!).toBeLessThanOrEqual(0.2);
    expect(s.by_tag!['follow-up']).toBe(1);
  });

  it('answers every stored question, asked word for word, from its own entry', async () => {
    const kb = await loadKnowledge(path.join(dir, 'kb'));
    const engine = createEngine(kb);
    for (const entry of kb.faq) for (const q of entry.questions) expect(engine.understand(q).answer?.id, q).toBe(entry.id);
  });
});
