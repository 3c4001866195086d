// Scoring a question against the index: how much IDF-weighted evidence it shares with each stored
// question, relative to what both hold (a weighted Dice coefficient), blended with how much of the
// query the entry's pooled question variants cover. An entry scores as its best question. Besides the
// blended score, each entry reports the two sides of coverage that calibration reads: how much of
// what the customer said the entry explains, and how central that is to the entry.
import { CONTRAST, contrastsOf } from './contrast.js';
import type { Features } from './features.js';
import type { MatchIndex } from './index.js';
import { KIND, KIND_SHIFT } from './keys.js';

export interface EntryScore {
  /** Index into index.entries. */
  entry: number;
  /** Index into index.questions: the entry's best question. */
  question: number;
  /** The blended similarity, 0..1: what ranks entries. */
  score: number;
  /** The best question's weighted Dice coefficient with the query. */
  best: number;
  /** Shared evidence over the query's: how much of what the customer said the best question covers. */
  queryCover: number;
  /** Shared evidence over the question's: how much of the stored question the customer said. */
  questionCover: number;
  /** How much of what the customer said the entry's questions cover, pooled (0..1). */
  pooledCover: number;
  /**
   * How much of what the entry is about the customer said (0..1): its vocabulary weighted by the
   * share of its questions using each word.
   */
  entryCover: number;
  /**
   * How central what the customer said is to the entry (0..1): the query's evidence weighted by the
   * share of the entry's questions that use each word. The entry that owns a topic (退货 in most of
   * its questions) is more central to 退货 than one that mentions it once.
   */
  centrality: number;
  /**
   * The best question's most distinctive word the customer did not say, against the most distinctive
   * one they did (idf × weight of each): above 1, the stored question is about something the customer
   * never mentioned (怎么退款 against 拒收了怎么退款: 拒收 is what that question is about).
   */
  unsaid: number;
  /**
   * The same with only the best question's words counted on the unsaid side (character pairs and
   * synonym groups, not lone characters): a character the customer left out is often said another
   * way (a synonym, a homophone), a word left out is a thing they did not ask about.
   */
  unsaidWord: number;
  /**
   * Whether the best question names the alternative of something the customer said, and not what
   * they said (借呗 where the customer said 花呗; see contrast.ts).
   */
  contradicts: boolean;
}

export interface Scored {
  /** Best entries, best first. */
  top: EntryScore[];
  /** Σ idf × weight over the query's features (what the customer said, in evidence). */
  norm: number;
  /** The query's features the knowledge knows (feature numbers), for explanations. */
  known: Int32Array;
}

/**
 * How the ranking score blends: the best question's Dice coefficient, the pooled coverage of the
 * query, and how much of the entry's own topic the query mentions (for an entry of one question,
 * the pooled coverage again).
 */
export const SCORE = { best: 0.4, pooled: 0.4, entry: 0.2 };

const DENSE_LIMIT = 20_000;
/** Extra candidates kept when alternatives may reorder them. */
const CONTRAST_POOL = 5;
const SOUND = KIND.p;

interface Scratch {
  acc: Float64Array;
  touched: Int32Array;
  entryBest: Float64Array;
  entryQuestion: Int32Array;
  entryShared: Float64Array;
  entryPooled: Float64Array;
  entryKeyed: Float64Array;
  touchedEntries: Int32Array;
  known: Int32Array;
  topEntry: Int32Array;
  topScore: Float64Array;
  mark: Int32Array;
  against: Int32Array;
  /** For a feature marked `against`: the query's feature it is the alternative of. */
  againstWhat: Int32Array;
  contradicting: Uint8Array;
  stamp: number;
  /** No entry has more than one question (see keepTopSingles). */
  singles: boolean;
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
      entryKeyed: new Float64Array(m),
      touchedEntries: new Int32Array(m),
      known: new Int32Array(256),
      topEntry: new Int32Array(16),
      topScore: new Float64Array(16),
      mark: new Int32Array(index.featureKeys.length),
      against: new Int32Array(index.featureKeys.length),
      againstWhat: new Int32Array(index.featureKeys.length),
      contradicting: new Uint8Array(16),
      stamp: 0,
      singles: index.entryQuestions.every((count) => count <= 1),
    };
    scratch.set(index, s);
  }
  return s;
}

/**
 * The best `limit` entries for a query, best first. `allowed` filters entries (inactive promotions,
 * a follow-up's topic).
 *
 * The work is split into small functions, one loop each: a short-lived process (`xiaoer match`)
 * runs most queries before the optimising compiler is done with a large function, and small ones
 * are compiled sooner and faster.
 */
export function scoreEntries(index: MatchIndex, features: Features, limit = 5, allowed?: (entry: number) => boolean): Scored {
  const s = scratchOf(index);
  // A small knowledge base is scored densely (every question visited once at the end), which
  // beats remembering which questions were touched; a large one sparsely.
  const dense = index.questions.length <= DENSE_LIMIT;
  const { norm, knownCount, base, touchedCount } = accumulate(index, features, s, dense);
  const knownIds = s.known.slice(0, knownCount);
  if (norm <= 0) {
    // Nothing to score (sounds alone): leave the work arrays clean.
    s.acc.fill(0);
    s.entryPooled.fill(0);
    s.entryKeyed.fill(0);
    return { top: [], norm, known: knownIds };
  }
  // Which features the query holds (for `unsaid`), and the alternatives of those it holds that it
  // does not (see contrast.ts): a candidate naming one of these instead loses some of its score.
  const stamp = ++s.stamp;
  const contradicted = markQuery(index, s, knownCount, stamp);
  // A query with alternatives keeps a few more candidates, as the penalty may reorder them.
  const pool = contradicted ? limit + CONTRAST_POOL : limit;
  if (s.topEntry.length < pool) {
    s.topEntry = new Int32Array(pool);
    s.topScore = new Float64Array(pool);
    s.contradicting = new Uint8Array(pool);
  }
  let entryCount = 0;
  let kept: number;
  if (dense && s.singles) kept = keepTopSingles(index, s, norm, base, pool, allowed);
  else {
    entryCount = bestQuestions(index, s, norm, base, dense, touchedCount);
    kept = keepTop(index, s, entryCount, norm, pool, allowed);
  }
  s.contradicting.fill(0, 0, kept);
  if (contradicted) {
    penaliseContradictions(index, s, kept, stamp);
    if (kept > limit) kept = limit;
  }
  const top = results(index, s, kept, norm, stamp);
  const { touchedEntries, entryBest, entryPooled, entryKeyed } = s;
  for (let t = 0; t < entryCount; t++) {
    const e = touchedEntries[t]!;
    entryBest[e] = 0;
    entryPooled[e] = 0;
    entryKeyed[e] = 0;
  }
  return { top, norm, known: knownIds };
}

/** What `accumulate` found besides the per-question sums (one object, reused). */
interface Accumulated {
  /** Σ idf × weight over the query's features. */
  norm: number;
  /** How many of them the knowledge knows (in `s.known`). */
  knownCount: number;
  /** Credit given to every question at once (dense mode, commonest features). */
  base: number;
  /** Questions touched (sparse mode, in `s.touched`). */
  touchedCount: number;
}
const accumulated: Accumulated = { norm: 0, knownCount: 0, base: 0, touchedCount: 0 };

/** The evidence each question (`acc`) and each pooled entry shares with the query. */
function accumulate(index: MatchIndex, features: Features, s: Scratch, dense: boolean): Accumulated {
  const { acc, touched, entryPooled, entryKeyed } = s;
  const { idf: idfs, bonus, vocabulary } = index;
  const { start: pStart, item: pItem } = index.postings;
  const pWeight = index.postingWeight;
  const { start: lStart, item: lItem } = index.lacking;
  const uniforms = index.uniform;
  const { start: eStart, item: eItem } = index.entryPostings;
  const eWeight = index.entryPostingWeight;
  const eShare = index.entryPostingShare;
  let known = s.known;
  let knownCount = 0;
  let touchedCount = 0;
  let base = 0;
  let norm = 0;
  for (let f = 0; f < features.size; f++) {
    const key = features.keys[f]!;
    const weight = features.weights[f]!;
    const id = vocabulary.get(key);
    if (id < 0) {
      // What the knowledge never says still counts in what the customer said (sounds are extra).
      if (Math.floor(key / KIND_SHIFT) !== SOUND) norm += index.unseenIdf * weight;
      continue;
    }
    const idf = idfs[id]!;
    if (bonus[id] !== 1) norm += idf * weight;
    if (!(idf * weight > 0)) continue;
    if (knownCount === known.length) {
      const grown = new Int32Array(known.length * 2);
      grown.set(known);
      known = s.known = grown;
    }
    known[knownCount++] = id;
    const uniform = uniforms[id]!;
    if (dense && uniform === uniform) {
      // (uniform === uniform: not NaN) — credit everyone, debit the questions lacking it.
      const credit = idf * (weight < uniform ? weight : uniform);
      base += credit;
      debit(acc, lItem, lStart[id]!, lStart[id + 1]!, credit);
    } else if (dense) credit(acc, pItem, pWeight, pStart[id]!, pStart[id + 1]!, idf, weight);
    else touchedCount = creditSparse(acc, touched, touchedCount, pItem, pWeight, pStart[id]!, pStart[id + 1]!, idf, weight);
    for (let k = eStart[id]!, end = eStart[id + 1]!; k < end; k++) {
      const e = eItem[k]!;
      const h = eWeight[k]!;
      entryPooled[e] = entryPooled[e]! + idf * weight;
      entryKeyed[e] = entryKeyed[e]! + idf * (weight < h ? weight : h) * eShare[k]!;
    }
  }
  accumulated.norm = norm;
  accumulated.knownCount = knownCount;
  accumulated.base = base;
  accumulated.touchedCount = touchedCount;
  return accumulated;
}

/** The questions holding a feature share idf × the lesser of the two weights. */
function credit(acc: Float64Array, item: Int32Array, weights: Float32Array, from: number, to: number, idf: number, weight: number): void {
  for (let k = from; k < to; k++) {
    const h = weights[k]!;
    const q = item[k]!;
    acc[q] = acc[q]! + idf * (weight < h ? weight : h);
  }
}

/** Sparse mode: the same, remembering each question touched the first time. Returns the new count. */
function creditSparse(acc: Float64Array, touched: Int32Array, count: number, item: Int32Array, weights: Float32Array, from: number, to: number, idf: number, weight: number): number {
  for (let k = from; k < to; k++) {
    const q = item[k]!;
    const h = weights[k]!;
    const before = acc[q]!;
    acc[q] = before + idf * (weight < h ? weight : h);
    if (before === 0) touched[count++] = q;
  }
  return count;
}

/** The questions lacking a feature everyone else was credited for give the credit back. */
function debit(acc: Float64Array, item: Int32Array, from: number, to: number, credit: number): void {
  for (let k = from; k < to; k++) {
    const q = item[k]!;
    acc[q] = acc[q]! - credit;
  }
}

/**
 * Each entry's best question by its Dice coefficient with the query (`entryBest`, `entryQuestion`,
 * `entryShared`): every question in dense mode, where `base` is the credit all of them got at once;
 * the touched ones in sparse mode (`base` is 0 there). Clears `acc`; returns how many entries were touched.
 */
function bestQuestions(index: MatchIndex, s: Scratch, norm: number, base: number, dense: boolean, touchedCount: number): number {
  const { acc, touched, entryBest, entryQuestion, entryShared, touchedEntries } = s;
  const { questionEntry, questionNorm } = index;
  const visits = dense ? questionEntry.length : touchedCount;
  let entryCount = 0;
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
  return entryCount;
}

/**
 * Marks the query's features (`mark`) and the alternatives of those it holds that it does not
 * (`against`, `againstWhat`). Returns whether there are any such alternatives.
 */
function markQuery(index: MatchIndex, s: Scratch, knownCount: number, stamp: number): boolean {
  const { mark, known } = s;
  for (let k = 0; k < knownCount; k++) mark[known[k]!] = stamp;
  const contrasts = contrastsOf(index);
  if (!contrasts.any) return false;
  let contradicted = false;
  const { start: rStart, item: rItem } = contrasts;
  const { against, againstWhat } = s;
  for (let k = 0; k < knownCount; k++) {
    for (let r = rStart[known[k]!]!, end = rStart[known[k]! + 1]!; r < end; r++) {
      if (mark[rItem[r]!] === stamp) continue;
      against[rItem[r]!] = stamp;
      againstWhat[rItem[r]!] = known[k]!;
      contradicted = true;
    }
  }
  return contradicted;
}

/** Inserts a candidate into the sorted best `pool` (dropping the last when full); returns how many are kept. */
function insertTop(topEntry: Int32Array, topScore: Float64Array, kept: number, pool: number, entry: number, score: number): number {
  let i = kept === pool ? pool - 1 : kept++;
  while (i > 0 && topScore[i - 1]! < score) {
    topScore[i] = topScore[i - 1]!;
    topEntry[i] = topEntry[i - 1]!;
    i--;
  }
  topScore[i] = score;
  topEntry[i] = entry;
  return kept;
}

/**
 * Blends each touched entry's score and keeps the best `pool` by insertion into two small arrays
 * (`topEntry`, `topScore`): no sort of everything, no object per entry (a common word can touch
 * most of the knowledge). Returns how many were kept.
 */
function keepTop(index: MatchIndex, s: Scratch, entryCount: number, norm: number, pool: number, allowed?: (entry: number) => boolean): number {
  const { touchedEntries, entryBest, entryShared, entryPooled, entryKeyed, topEntry, topScore } = s;
  const { entryQuestions, entryMass } = index;
  const { best: wBest, pooled: wPooled, entry: wEntry } = SCORE;
  let kept = 0;
  for (let t = 0; t < entryCount; t++) {
    const e = touchedEntries[t]!;
    const several = entryQuestions[e]! > 1;
    // An entry of one question pools just that question.
    const shared = entryShared[e]!;
    const pooledCover = Math.min(1, (several ? entryPooled[e]! : shared) / norm);
    const mass = entryMass[e]!;
    const entryCover = mass > 0 ? Math.min(1, (several ? entryKeyed[e]! : shared) / mass) : 0;
    const score = wBest * entryBest[e]! + wPooled * pooledCover + wEntry * (several ? entryCover : pooledCover);
    if (kept === pool && score <= topScore[pool - 1]!) continue;
    if (allowed && !allowed(e)) continue;
    kept = insertTop(topEntry, topScore, kept, pool, e, score);
  }
  return kept;
}

/**
 * Dense mode when no entry has more than one question (knowledge written one question per entry,
 * as ATEC's is): an entry's figures are its question's, so the Dice coefficient, the blend and the
 * best `pool` come out of one pass over the questions — the figures bestQuestions then keepTop
 * give, in the same order, without a second pass over the entries. Writes `entryBest`,
 * `entryQuestion` and `entryShared` only for the entries it keeps (nothing else reads them here).
 */
function keepTopSingles(index: MatchIndex, s: Scratch, norm: number, base: number, pool: number, allowed?: (entry: number) => boolean): number {
  const { acc, entryBest, entryQuestion, entryShared, topEntry, topScore } = s;
  const { questionEntry, questionNorm } = index;
  const { best: wBest, pooled: wPooled, entry: wEntry } = SCORE;
  const nq = questionEntry.length;
  let kept = 0;
  for (let q = 0; q < nq; q++) {
    const shared = acc[q]! + base;
    acc[q] = 0;
    if (shared <= 1e-12) continue;
    const best = (2 * shared) / (norm + questionNorm[q]!);
    // An entry of one question pools just that question.
    const pooledCover = Math.min(1, shared / norm);
    const score = wBest * best + wPooled * pooledCover + wEntry * pooledCover;
    if (kept === pool && score <= topScore[pool - 1]!) continue;
    const e = questionEntry[q]!;
    if (allowed && !allowed(e)) continue;
    entryBest[e] = best;
    entryQuestion[e] = q;
    entryShared[e] = shared;
    kept = insertTop(topEntry, topScore, kept, pool, e, score);
  }
  return kept;
}

/** Candidates whose best question names an alternative of what was said lose part of their score. */
function penaliseContradictions(index: MatchIndex, s: Scratch, kept: number, stamp: number): void {
  const { topEntry, topScore, contradicting, entryQuestion } = s;
  for (let i = 0; i < kept; i++) {
    if (!contradicts(index, entryQuestion[topEntry[i]!]!, s, stamp)) continue;
    topScore[i]! *= 1 - CONTRAST.penalty;
    contradicting[i] = 1;
  }
  // Insertion sort of a handful.
  for (let i = 1; i < kept; i++) {
    const e = topEntry[i]!;
    const v = topScore[i]!;
    const against = contradicting[i]!;
    let j = i;
    for (; j > 0 && topScore[j - 1]! < v; j--) {
      topScore[j] = topScore[j - 1]!;
      topEntry[j] = topEntry[j - 1]!;
      contradicting[j] = contradicting[j - 1]!;
    }
    topScore[j] = v;
    topEntry[j] = e;
    contradicting[j] = against;
  }
}

/** The kept entries as EntryScores, best first. */
function results(index: MatchIndex, s: Scratch, kept: number, norm: number, stamp: number): EntryScore[] {
  const { topEntry, topScore, contradicting, entryBest, entryShared, entryPooled, entryKeyed, entryQuestion, mark } = s;
  const { entryQuestions, entryMass, questionNorm } = index;
  const top: EntryScore[] = [];
  for (let i = 0; i < kept; i++) {
    const e = topEntry[i]!;
    const several = entryQuestions[e]! > 1;
    const shared = entryShared[e]!;
    const pooled = several ? entryPooled[e]! : shared;
    const keyed = several ? entryKeyed[e]! : shared;
    const mass = entryMass[e]!;
    const q = entryQuestion[e]!;
    const qNorm = questionNorm[q]!;
    top.push({
      entry: e,
      question: q,
      score: topScore[i]!,
      best: entryBest[e]!,
      queryCover: shared / norm,
      questionCover: qNorm > 0 ? Math.min(1, shared / qNorm) : 0,
      pooledCover: Math.min(1, pooled / norm),
      entryCover: mass > 0 ? Math.min(1, keyed / mass) : 0,
      centrality: Math.min(1, keyed / norm),
      unsaid: unsaid(index, q, mark, stamp),
      unsaidWord: unsaidScratch.word,
      contradicts: contradicting[i] === 1,
    });
  }
  return top;
}

/** The feature keys a query shares with one stored question (for `why`). */
export function sharedFeatures(index: MatchIndex, known: Int32Array, question: number): number[] {
  const mine = new Set(known);
  const out: number[] = [];
  const { start, item } = index.questionFeatures;
  for (let k = start[question]!; k < start[question + 1]!; k++) if (mine.has(item[k]!)) out.push(index.featureKeys[item[k]!]!);
  return out;
}

/**
 * Whether a stored question holds one of the features marked `against` (alternatives of the query's)
 * without the feature of the query it is the alternative of (花呗和借呗都… names both), nor does
 * another question of its entry (坚果保质期多长 beside 龙井能放多久: an entry about every product).
 */
function contradicts(index: MatchIndex, question: number, s: Scratch, stamp: number): boolean {
  const { start, item } = index.questionFeatures;
  const from = start[question]!;
  const to = start[question + 1]!;
  for (let k = from; k < to; k++) {
    if (s.against[item[k]!] !== stamp) continue;
    const said = s.againstWhat[item[k]!]!;
    let holds = false;
    for (let j = from; j < to && !holds; j++) holds = item[j] === said;
    if (!holds && (contrastsOf(index).strict.has(said) || !entryHolds(index, index.questionEntry[question]!, said))) return true;
  }
  return false;
}

/** Whether any question of an entry of several holds a feature (its pooled vocabulary). */
function entryHolds(index: MatchIndex, entry: number, feature: number): boolean {
  const { start, item } = index.entryPostings;
  for (let k = start[feature]!; k < start[feature + 1]!; k++) if (item[k] === entry) return true;
  return false;
}

/** EntryScore.unsaidWord of the last `unsaid` call (one object, reused). */
const unsaidScratch = { word: 0 };

/**
 * See EntryScore.unsaid (returned) and EntryScore.unsaidWord (left in `unsaidScratch`).
 * `mark[feature] === stamp` for the query's features.
 */
function unsaid(index: MatchIndex, question: number, mark: Int32Array, stamp: number): number {
  const { start, item } = index.questionFeatures;
  const weights = index.questionFeatureWeight;
  let missing = 0;
  let missingWord = 0;
  let said = 0;
  for (let k = start[question]!; k < start[question + 1]!; k++) {
    const id = item[k]!;
    if (index.bonus[id] === 1) continue;
    const value = index.idf[id]! * weights[k]!;
    if (mark[id] === stamp) {
      if (value > said) said = value;
    } else {
      if (value > missing) missing = value;
      if (value > missingWord && isWord(index.featureKeys[id]!)) missingWord = value;
    }
  }
  unsaidScratch.word = said > 0 ? missingWord / said : 0;
  return said > 0 ? missing / said : 0;
}

/** A feature of a word: a character pair or a synonym group (see EntryScore.unsaidWord). */
function isWord(key: number): boolean {
  const kind = Math.floor(key / KIND_SHIFT);
  return kind === KIND.b || kind === KIND.s;
}
