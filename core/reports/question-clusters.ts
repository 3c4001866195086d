// Groups customers' questions that ask the same thing in different words (怎么开发票 / 发票怎么开 /
// 能开票吗), by character-bigram overlap, with the answers agents gave to them. A week of unanswered
// questions is mostly repeats, so identical questions are counted first and only distinct ones compared.
import { questionKey } from './day-scan.js';

export interface GapQuestion {
  text: string;
  kind: 'unanswered' | 'low_confidence';
  /** The entry a low-confidence answer came from. */
  entry?: string;
  /** What an agent answered to it, when the conversation was handed over. */
  agentAnswer?: string;
}

export interface QuestionCluster {
  /** Distinct wordings, most asked first. */
  questions: { text: string; count: number }[];
  count: number;
  unanswered: number;
  lowConfidence: number;
  /** Entries that answered some of them with low confidence. */
  entries: string[];
  /** Agents' answers, most given first. */
  answers: { text: string; count: number }[];
}

/** Two questions this similar (Jaccard of character bigrams) are one question. */
export const SIMILARITY = 0.45;
/** Distinct questions compared at most (the most asked): beyond that the tail is noise. */
const MAX_DISTINCT = 3000;

// Greetings before a question and particles after it say nothing about what is asked.
const OPENING = /^(?:亲亲|亲|你好|您好|在吗|在不在|请问|老板|哈喽|hello|hi|hey|麻烦问一下|问一下)+/u;
const PARTICLES = /(?:吗|呢|啊|呀|吧|哈|嘛|不|么|哦)+$/u;

/** What a question asks, for comparing: 亲，你们招兼职吗呀？ → 你们招兼职. */
export function questionCore(text: string): string {
  const key = questionKey(text);
  const core = key.replace(OPENING, '').replace(PARTICLES, '');
  return core || key;
}

/** The wording to show: the customer's, without a greeting in front or trailing punctuation. */
export function tidyQuestion(text: string): string {
  const tidy = text
    .trim()
    .replace(/^(?:亲亲|亲|你好|您好|在吗|在不在|老板|哈喽|hello|hi|hey)[\s,，!！~～]*/iu, '')
    .replace(/[\s?？!！~～。.,，]+$/u, '')
    .trim();
  return tidy || text.trim();
}

function bigrams(key: string): Set<string> {
  const out = new Set<string>();
  if (key.length < 2) {
    if (key) out.add(key);
    return out;
  }
  for (let i = 0; i < key.length - 1; i++) out.add(key.slice(i, i + 2));
  return out;
}

export function similarity(a: Set<string>, b: Set<string>): number {
  if (!a.size || !b.size) return 0;
  let shared = 0;
  for (const g of a) if (b.has(g)) shared++;
  return shared / (a.size + b.size - shared);
}

interface Distinct {
  key: string;
  grams: Set<string>;
  texts: Map<string, number>;
  count: number;
  unanswered: number;
  lowConfidence: number;
  entries: Set<string>;
  answers: Map<string, number>;
}

const bump = (map: Map<string, number>, key: string, by = 1) => map.set(key, (map.get(key) ?? 0) + by);
const ranked = (map: Map<string, number>) => [...map].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([text, count]) => ({ text, count }));

export interface ClusterOptions {
  threshold?: number;
  /** The shop's typos (wrong → right, knowledge/lexicon.yaml): 退贷 and 退货 ask the same. */
  typos?: Record<string, string>;
}

export function clusterQuestions(items: GapQuestion[], options: ClusterOptions = {}): QuestionCluster[] {
  const threshold = options.threshold ?? SIMILARITY;
  const typos = Object.entries(options.typos ?? {});
  const distinct = new Map<string, Distinct>();
  for (const item of items) {
    let key = questionCore(item.text);
    for (const [wrong, right] of typos) if (key.includes(wrong)) key = key.replaceAll(wrong, right);
    if (!key) continue;
    let d = distinct.get(key);
    if (!d) distinct.set(key, (d = { key, grams: bigrams(key), texts: new Map(), count: 0, unanswered: 0, lowConfidence: 0, entries: new Set(), answers: new Map() }));
    d.count++;
    bump(d.texts, tidyQuestion(item.text));
    if (item.kind === 'unanswered') d.unanswered++;
    else d.lowConfidence++;
    if (item.entry) d.entries.add(item.entry);
    if (item.agentAnswer) bump(d.answers, item.agentAnswer.trim());
  }
  const byFrequency = [...distinct.values()].sort((a, b) => b.count - a.count || a.key.localeCompare(b.key)).slice(0, MAX_DISTINCT);
  const clusters: { head: Distinct; members: Distinct[] }[] = [];
  for (const d of byFrequency) {
    let best: (typeof clusters)[number] | undefined;
    let bestScore = threshold;
    for (const c of clusters) {
      const s = similarity(d.grams, c.head.grams);
      if (s >= bestScore) {
        best = c;
        bestScore = s;
      }
    }
    if (best) best.members.push(d);
    else clusters.push({ head: d, members: [d] });
  }
  return clusters
    .map(({ members }) => {
      const texts = new Map<string, number>();
      const answers = new Map<string, number>();
      const entries = new Set<string>();
      for (const m of members) {
        for (const [t, n] of m.texts) bump(texts, t, n);
        for (const [t, n] of m.answers) bump(answers, t, n);
        for (const e of m.entries) entries.add(e);
      }
      return {
        questions: ranked(texts),
        count: members.reduce((n, m) => n + m.count, 0),
        unanswered: members.reduce((n, m) => n + m.unanswered, 0),
        lowConfidence: members.reduce((n, m) => n + m.lowConfidence, 0),
        entries: [...entries].sort(),
        answers: ranked(answers),
      };
    })
    .sort((a, b) => b.count - a.count || (a.questions[0]?.text ?? '').localeCompare(b.questions[0]?.text ?? ''));
}
