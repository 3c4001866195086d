// The evaluation figures, computed exactly as ../shared/eval/score.py computes them, so `xiaoer eval`
// and the suite's own scorer agree.

export interface EvalCase {
  id: string;
  text: string;
  history?: { role: 'customer' | 'agent'; text: string }[];
  expect: string[] | null;
  escalate: boolean | null;
  tags?: string[];
}

export interface Prediction {
  id: string;
  faq: string | null;
  score: number;
  escalate: boolean;
  reason: string;
}

export interface Scores {
  cases: number;
  missing: number;
  accuracy?: number;
  answered_precision?: number | null;
  coverage?: number;
  false_answer_rate_oos?: number | null;
  by_tag?: Record<string, number>;
  escalation?: { precision: number; recall: number; f1: number; tp: number; fp: number; fn: number; tn: number };
}

const round = (x: number) => Math.round(x * 10_000) / 10_000;

export function score(cases: EvalCase[], predictions: Prediction[]): Scores {
  const byId = new Map(predictions.map((p) => [p.id, p]));
  let accN = 0, accOk = 0, answered = 0, answeredOk = 0, oosN = 0, oosFalse = 0;
  let tp = 0, fp = 0, fn = 0, tn = 0;
  const tags = new Map<string, [number, number]>();
  for (const c of cases) {
    const p = byId.get(c.id);
    const faq = p?.faq ?? null;
    if (c.expect !== null) {
      const ok = c.expect.length ? faq !== null && c.expect.includes(faq) : faq === null;
      accN++;
      accOk += Number(ok);
      if (faq !== null) {
        answered++;
        answeredOk += Number(c.expect.includes(faq));
      }
      if (!c.expect.length) {
        oosN++;
        oosFalse += Number(faq !== null);
      }
      for (const t of c.tags?.length ? c.tags : ['-']) {
        const a = tags.get(t) ?? [0, 0];
        a[0]++;
        a[1] += Number(ok);
        tags.set(t, a);
      }
    }
    if (c.escalate !== null && c.escalate !== undefined) {
      const e = Boolean(p?.escalate);
      if (c.escalate) (e ? tp++ : fn++);
      else (e ? fp++ : tn++);
    }
  }
  const r: Scores = { cases: cases.length, missing: cases.filter((c) => !byId.has(c.id)).length };
  if (accN) {
    r.accuracy = round(accOk / accN);
    r.answered_precision = answered ? round(answeredOk / answered) : null;
    r.coverage = round(answered / accN);
    r.false_answer_rate_oos = oosN ? round(oosFalse / oosN) : null;
    r.by_tag = Object.fromEntries([...tags.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([t, [n, ok]]) => [t, round(ok / n)]));
  }
  if (tp + fn + fp) {
    const precision = tp + fp ? tp / (tp + fp) : 0;
    const recall = tp + fn ? tp / (tp + fn) : 0;
    r.escalation = { precision: round(precision), recall: round(recall), f1: precision + recall ? round((2 * precision * recall) / (precision + recall)) : 0, tp, fp, fn, tn };
  }
  return r;
}
