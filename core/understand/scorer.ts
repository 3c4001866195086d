// Scoring a question against the index: how much IDF-weighted evidence it shares with each stored
// question, relative to what both hold (a weighted Dice coefficient), blended with how much of the
// query the entry's pooled question variants cover. An entry scores as its best question.
import type { Features } from './features.js';
import { PINYIN, type MatchIndex } from './index.js';

export interface EntryScore {
  /** Index into index.entries. */
  entry: number;
  /** Index into index.questions: the entry's best question. */
  question: number;
  /** The blended similarity, 0..1. */
  score: number;
  /** Shared evidence over the query's: how much of what the customer said the best question covers. */
  queryCover: number;
  /** Shared evidence over the question's: how much of the stored question the customer said. */
  questionCover: number;
}

export interface Scored {
  /** Best entries, best first. */
  top: EntryScore[];
  /** The query's features the knowledge knows, by feature number (for explanations). */
  known: Set<number>;
}

/** The share of the score that comes from the entry's pooled variants (the rest: its best question). */
export const SCORE = { pooled: 0.5 };

const DENSE_LIMIT = 20_000;

interface Scratch {
  acc: Float64Array;
  touched: Int32Array;
  entryBest: Float64Array;
  entryQuestion: Int32Array;
  entryShared: Float64Array;
  entryPooled: Float64Array;
  touchedEntries: Int32Array;
}

// Per-index work arrays, reused from query to query (allocation would cost more than scoring).
const scratch = new WeakMap<MatchIndex, Scratch>();

function scratchOf(index: MatchIndex): Scratch {
  let s = scratch.get(index);
  if (!s) {
    const n = index.questions.length;
    const m = index.entries.length;
    s = {
      acc: new Float64Array(n),
      touched: new Int32Array(n),
      entryBest: new Float64Array(m),
      entryQuestion: new Int32Array(m),
      entryShared: new Float64Array(m),
      entryPooled: new Float64Array(m),
      touchedEntries: new Int32Array(m),
    };
    scratch.set(index, s);
  }
  return s;
}

/**
 * The best `limit` entries for a query, best first. `allowed` filters entries (inactive promotions).
 */
export function scoreEntries(
  index: MatchIndex,
  features: Features,
  limit = 5,
  allowed?: (entry: number) => boolean,
): Scored {
  const s = scratchOf(index);
  const { acc, touched, entryBest, entryQuestion, entryShared, entryPooled, touchedEntries } = s;
  const { questionEntry, questionNorm, entryQuestions } = index;
  const known = new Set<number>();
  let touchedCount = 0;
  // A small knowledge base is scored densely (every question visited once at the end), which
  // beats remembering which questions were touched; a large one sparsely.
  const dense = index.questions.length <= DENSE_LIMIT;
  // Credit given to every question at once (dense mode, commonest features).
  let base = 0;
  let norm = 0;
  for (const [key, weight] of features) {
    const id = index.vocabulary.get(key);
    const bonus = key.charCodeAt(0) === PINYIN;
    if (id === undefined) {
      // What the knowledge never says still counts in what the customer said.
      if (!bonus) norm += index.unseenIdf * weight;
      continue;
    }
    const idf = index.idf[id]!;
    if (!bonus) norm += idf * weight;
    if (!(idf * weight > 0)) continue;
    known.add(id);
    const { question, weight: held, lacking, uniform } = index.postings[id]!;
    if (dense && lacking && uniform !== undefined) {
      const credit = idf * (weight < uniform ? weight : uniform);
      base += credit;
      for (let k = 0, n = lacking.length; k < n; k++) {
        const q = lacking[k]!;
        acc[q] = acc[q]! - credit;
      }
    } else if (dense) {
      for (let k = 0, n = question.length; k < n; k++) {
        const h = held[k]!;
        const q = question[k]!;
        acc[q] = acc[q]! + idf * (weight < h ? weight : h);
      }
    } else {
      for (let k = 0, n = question.length; k < n; k++) {
        const q = question[k]!;
        const h = held[k]!;
        const before = acc[q]!;
        acc[q] = before + idf * (weight < h ? weight : h);
        if (before === 0) touched[touchedCount++] = q;
      }
    }
    const pooled = index.entryPostings[id]!;
    for (let k = 0; k < pooled.length; k++) {
      const e = pooled[k]!;
      entryPooled[e] = entryPooled[e]! + idf * weight;
    }
  }
  if (norm <= 0) return { top: [], known };

  // Best question per entry.
  let entryCount = 0;
  const visits = dense ? index.questions.length : touchedCount;
  for (let t = 0; t < visits; t++) {
    const q = dense ? t : touched[t]!;
    const shared = acc[q]! + base;
    acc[q] = 0;
    if (shared <= 1e-12) continue;
    const e = questionEntry[q]!;
    const score = (2 * shared) / (norm + questionNorm[q]!);
    if (entryBest[e] === 0) touchedEntries[entryCount++] = e;
    if (score > entryBest[e]!) {
      entryBest[e] = score;
      entryQuestion[e] = q;
      entryShared[e] = shared;
    }
  }

  // Blend with pooled coverage, keep the top `limit` by insertion (no sort of everything: a common
  // word can touch most of the knowledge).
  const beta = SCORE.pooled;
  const top: EntryScore[] = [];
  for (let t = 0; t < entryCount; t++) {
    const e = touchedEntries[t]!;
    const best = entryBest[e]!;
    const shared = entryShared[e]!;
    // An entry of one question pools just that question.
    const pooled = entryQuestions[e]! > 1 ? entryPooled[e]! : shared;
    entryBest[e] = 0;
    entryPooled[e] = 0;
    const score = (1 - beta) * best + beta * Math.min(1, pooled / norm);
    if (top.length === limit && score <= top[limit - 1]!.score) continue;
    if (allowed && !allowed(e)) continue;
    const q = entryQuestion[e]!;
    const qNorm = questionNorm[q]!;
    const item: EntryScore = {
      entry: e,
      question: q,
      score,
      queryCover: shared / norm,
      questionCover: qNorm > 0 ? shared / qNorm : 0,
    };
    let i = top.length;
    if (i === limit) top.pop(), i--;
    while (i > 0 && top[i - 1]!.score < score) i--;
    top.splice(i, 0, item);
  }
  return { top, known };
}

/** The feature keys a query shares with one stored question (for `why`). */
export function sharedFeatures(index: MatchIndex, known: ReadonlySet<number>, question: number): string[] {
  const out: string[] = [];
  for (const id of index.questionFeatures[question] ?? []) if (known.has(id)) out.push(index.featureKeys[id]!);
  return out;
}
