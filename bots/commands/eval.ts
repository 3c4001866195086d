// `xiaoer eval [SUITE…]`: runs the shared evaluation suites through the match contract and prints the
// figures score.py prints.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { predict } from '../../core/eval/match-cases.js';
import { score, type EvalCase, type Scores } from '../../core/eval/score.js';
import { loadKnowledge } from '../../core/knowledge/load.js';
import { createEngine } from '../../core/understand/engine.js';
import { fail } from '../fail.js';

export interface EvalOptions {
  dir: string;
  json?: boolean;
}

export async function runEval(suites: string[], options: EvalOptions): Promise<Record<string, Scores & { cases_per_s: number }>> {
  const root = path.resolve(options.dir);
  if (!existsSync(root)) fail(`no evaluation suites at ${root} (use --dir)`);
  const names = suites.length ? suites : readdirSync(root).filter((n) => existsSync(path.join(root, n, 'cases.jsonl'))).sort();
  const results: Record<string, Scores & { cases_per_s: number }> = {};
  for (const name of names) {
    const dir = path.join(root, name);
    if (!existsSync(path.join(dir, 'cases.jsonl'))) fail(`${name}: not a suite (no cases.jsonl in ${dir})`);
    const cases = readFileSync(path.join(dir, 'cases.jsonl'), 'utf8')
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l) as EvalCase);
    const started = performance.now();
    const engine = createEngine(await loadKnowledge(path.join(dir, 'kb')));
    const predictions = cases.map((c) => predict(engine, c));
    const seconds = (performance.now() - started) / 1000;
    results[name] = { ...score(cases, predictions), cases_per_s: Math.round(cases.length / seconds) };
  }
  return results;
}

const fmt = (x: number | null | undefined) => (x === undefined || x === null ? '—' : x.toFixed(3));

export function printTable(results: Record<string, Scores & { cases_per_s: number }>): void {
  const rows = [['suite', 'cases', 'accuracy', 'answered_prec', 'coverage', 'false_oos', 'esc_P', 'esc_R', 'esc_F1', 'cases/s']];
  for (const [name, r] of Object.entries(results)) {
    rows.push([name, String(r.cases), fmt(r.accuracy), fmt(r.answered_precision), fmt(r.coverage), fmt(r.false_answer_rate_oos), fmt(r.escalation?.precision), fmt(r.escalation?.recall), fmt(r.escalation?.f1), String(r.cases_per_s)]);
  }
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => [...r[i]!].length)));
  for (const row of rows) process.stdout.write(row.map((cell, i) => cell.padEnd(widths[i]!)).join('  ') + '\n');
  for (const [name, r] of Object.entries(results)) {
    if (r.by_tag) process.stdout.write(`\n${name} accuracy by tag: ${Object.entries(r.by_tag).map(([t, a]) => `${t} ${a.toFixed(3)}`).join(', ')}\n`);
  }
}
