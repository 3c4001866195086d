// Scores the offline engine on a shop's knowledge and its held-out customer turns (a cases.jsonl in the
// suite layout): what the shop tests below set their floors on.
import { readFileSync } from 'node:fs';
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
