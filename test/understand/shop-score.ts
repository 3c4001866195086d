// Scores the offline engine on a shop's knowledge and its held-out customer turns (a cases.jsonl in the
// suite layout): what the shop tests below set their floors on.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { predict } from '../../core/eval/match-cases.js';
import { score, type EvalCase } from '../../core/eval/score.js';
import { loadKnowledge } from '../../core/knowledge/load.js';
import { createEngine } from '../../core/understand/engine.js';

export async function scoreShop(knowledgeDir: string, casesFile: string): Promise<ReturnType<typeof score>> {
  const engine = createEngine(await loadKnowledge(knowledgeDir));
  const cases = readFileSync(casesFile, 'utf8')
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l) as EvalCase);
  return score(cases, cases.map((c) => predict(engine, c)));
}

/** Every stored question, asked word for word, and the entry the engine answers it from. */
export async function storedQuestionAnswers(knowledgeDir: string): Promise<{ question: string; expected: string; got?: string }[]> {
  const kb = await loadKnowledge(knowledgeDir);
  const engine = createEngine(kb);
  return kb.faq.flatMap((entry) => entry.questions.map((question) => ({ question, expected: entry.id, got: engine.understand(question).answer?.id })));
}

export interface ShopFloors {
  accuracy: number;
  precision: number;
  /** The most of the out-of-knowledge questions it may answer. */
  falseOos: number;
  /** Accuracy floors by tag. */
  byTag?: Record<string, number>;
}

/**
 * The two tests every held-out shop in test/understand/NAME has: the engine stays above its floors on
 * NAME/cases.jsonl against NAME/kb, and answers every stored question, asked word for word, from its
 * own entry.
 */
export function describeShop(title: string, name: string, floors: ShopFloors): void {
  const dir = path.join(import.meta.dirname, name);
  describe(title, () => {
    it('answers most turns rightly, rarely wrongly, and keeps out of what it does not know', async () => {
      const s = await scoreShop(path.join(dir, 'kb'), path.join(dir, 'cases.jsonl'));
      expect(s.accuracy).toBeGreaterThanOrEqual(floors.accuracy);
      expect(s.answered_precision!).toBeGreaterThanOrEqual(floors.precision);
      expect(s.false_answer_rate_oos!).toBeLessThanOrEqual(floors.falseOos);
      for (const [tag, floor] of Object.entries(floors.byTag ?? {})) expect(s.by_tag![tag], tag).toBeGreaterThanOrEqual(floor);
    });

    it('answers every stored question, asked word for word, from its own entry', async () => {
      for (const { question, expected, got } of await storedQuestionAnswers(path.join(dir, 'kb'))) expect(got, question).toBe(expected);
    });
  });
}

export interface EscalationFloors {
  cases: number;
  /** How many of them should go to a person now. */
  handOver: number;
  precision: number;
  recall: number;
}

/**
 * The test every set of first messages in test/understand/NAME/cases.jsonl has (escalation judged
 * against the sample shop): its size is what was written, and the hand-over stays above its floors.
 */
export function describeEscalation(title: string, should: string, name: string, floors: EscalationFloors): void {
  describe(title, () => {
    it(should, async () => {
      const s = await scoreShop('knowledge', path.join('test/understand', name, 'cases.jsonl'));
      expect(s.cases).toBe(floors.cases);
      expect(s.escalation!.tp + s.escalation!.fn).toBe(floors.handOver);
      expect(s.escalation!.precision).toBeGreaterThanOrEqual(floors.precision);
      expect(s.escalation!.recall).toBeGreaterThanOrEqual(floors.recall);
    });
  });
}
