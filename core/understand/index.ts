// The inverted index over every question of every knowledge entry (FAQ entries and promotions), with
// feature rarity (IDF) learned from the knowledge itself: a word every entry shares (the shop's own
// name, its main product) counts for little; a word one entry alone uses counts for much.
import type { KnowledgeBase } from '../knowledge/knowledge-base.js';
import type { FaqEntry, Promotion } from '../knowledge/schema.js';
import { capitalizedWords } from '../text/names.js';
import { normalize } from '../text/normalize.js';
import { Speller } from '../text/speller.js';
import { stem } from '../text/stem.js';
import { englishVocabulary, extractFeatures, type FeatureContext, type Features } from './features.js';
import { CompiledLexicon } from './lexicon.js';

/** Something that can be answered from: an FAQ entry or a promotion. */
export interface Answerable {
  id: string;
  kind: 'faq' | 'promotion';
  faq?: FaqEntry;
  promotion?: Promotion;
}

/** One stored question. */
export interface IndexedQuestion {
  /** Index into `entries`. */
  entry: number;
  text: string;
  /** Σ idf × weight over its features: the most a question can share with it. */
  norm: number;
}

export interface MatchIndex {
  entries: Answerable[];
  questions: IndexedQuestion[];
  /** Feature key → feature number. */
  vocabulary: Map<string, number>;
  idf: Float64Array;
  /** The IDF a feature no entry has. */
  unseenIdf: number;
  /**
   * Feature number → questions holding it, and the weight each holds it with. A feature most
   * questions hold, all with the same weight, also lists the questions lacking it (`lacking`):
   * scoring then credits everyone and debits those, which is shorter.
   */
  postings: { question: Int32Array; weight: Float32Array; lacking?: Int32Array; uniform?: number }[];
  /**
   * Feature number → entries of several questions any of which holds it: such an entry's vocabulary,
   * pooled over its question variants (a customer may combine words of two variants). An entry of
   * one question pools nothing more than that question, and is left out.
   */
  entryPostings: Int32Array[];
  /** Question number → entry number (typed, for the scoring loop). */
  questionEntry: Int32Array;
  /** Question number → norm. */
  questionNorm: Float64Array;
  /** Entry number → how many questions it has. */
  entryQuestions: Int32Array;
  /** Question number → its feature numbers (to explain a match). */
  questionFeatures: Int32Array[];
  /** Feature number → key (the inverse of `vocabulary`). */
  featureKeys: string[];
  context: FeatureContext;
}

/** BM25's IDF: rare features count more; a feature in every entry counts almost nothing. */
export function idfOf(df: number, n: number): number {
  return Math.log(1 + (n - df + 0.5) / (df + 0.5)) ** TUNING.idfPower;
}

export const TUNING = { idfPower: 0.5 };

/** Pinyin features are extra evidence (homophone repair): they add to what is shared, not to norms. */
export const PINYIN = 'p'.charCodeAt(0);

export function buildIndex(kb: KnowledgeBase): MatchIndex {
  const lexicon = new CompiledLexicon(kb.lexicon);
  const entries: Answerable[] = [
    ...kb.faq.map((faq): Answerable => ({ id: faq.id, kind: 'faq', faq })),
    ...kb.promotions
      .filter((p) => p.questions?.length)
      .map((promotion): Answerable => ({ id: promotion.id, kind: 'promotion', promotion })),
  ];
  const texts: { entry: number; text: string; normalized: string }[] = [];
  entries.forEach((e, entry) => {
    const questions = e.faq?.questions ?? e.promotion?.questions ?? [];
    for (const text of questions) texts.push({ entry, text, normalized: normalize(text) });
  });

  // The spelling vocabulary: every English word of the knowledge, plus the lexicon's own.
  const vocabulary: string[] = [...lexicon.enVocabulary];
  for (const t of texts) vocabulary.push(...englishVocabulary(t.normalized, lexicon));
  const context: FeatureContext = {
    lexicon,
    speller: new Speller(vocabulary),
    knownStems: new Set(vocabulary.map((w) => stem(w))),
  };
  context.knownPairs = { has: (key) => featureIds.has(key) };

  const featureIds = new Map<string, number>();
  const perQuestion: { ids: number[]; weights: number[] }[] = [];
  const entrySeen: number[] = []; // last entry that counted each feature, for entry-level df
  const df: number[] = [];
  for (const t of texts) {
    const features: Features = extractFeatures(t.normalized, { lexicon }, capitalizedWords(t.text));
    const ids: number[] = [];
    const weights: number[] = [];
    for (const [key, weight] of features) {
      let id = featureIds.get(key);
      if (id === undefined) {
        id = featureIds.size;
        featureIds.set(key, id);
        df.push(0);
        entrySeen.push(-1);
      }
      if (entrySeen[id] !== t.entry) {
        entrySeen[id] = t.entry;
        df[id]!++;
      }
      ids.push(id);
      weights.push(weight);
    }
    perQuestion.push({ ids, weights });
  }

  const n = Math.max(1, entries.length);
  const idf = Float64Array.from(df, (d) => idfOf(d, n));
  const counts = new Int32Array(featureIds.size);
  for (const q of perQuestion) for (const id of q.ids) counts[id]!++;
  const postings: MatchIndex['postings'] = Array.from(counts, (c) => ({ question: new Int32Array(c), weight: new Float32Array(c) }));
  const fill = new Int32Array(featureIds.size);
  const keys = [...featureIds.keys()];
  const isBonus = (_t: unknown, id: number) => keys[id]!.charCodeAt(0) === PINYIN;
  const questions: IndexedQuestion[] = texts.map((t, qi) => {
    const { ids, weights } = perQuestion[qi]!;
    let norm = 0;
    ids.forEach((id, k) => {
      const p = postings[id]!;
      p.question[fill[id]!] = qi;
      p.weight[fill[id]!] = weights[k]!;
      fill[id]!++;
      if (!isBonus(texts[qi]!, id)) norm += idf[id]! * weights[k]!;
    });
    return { entry: t.entry, text: t.text, norm };
  });

  const entryQuestions = new Int32Array(entries.length);
  for (const t of texts) entryQuestions[t.entry]!++;
  const entryLists: number[][] = Array.from({ length: featureIds.size }, () => []);
  perQuestion.forEach((q, qi) => {
    const entry = texts[qi]!.entry;
    if (entryQuestions[entry]! < 2) return;
    for (const id of q.ids) {
      const list = entryLists[id]!;
      if (list[list.length - 1] !== entry) list.push(entry);
    }
  });
  const entryPostings = entryLists.map((l) => Int32Array.from(l));

  // Complements of the commonest features (see `postings`).
  for (const p of postings) {
    if (p.question.length * 2 <= texts.length || !p.weight.every((w) => w === p.weight[0])) continue;
    const holds = new Uint8Array(texts.length);
    for (const q of p.question) holds[q] = 1;
    const lacking: number[] = [];
    holds.forEach((h, q) => h || lacking.push(q));
    p.lacking = Int32Array.from(lacking);
    p.uniform = p.weight[0]!;
  }

  return {
    entries,
    questions,
    vocabulary: featureIds,
    idf,
    unseenIdf: idfOf(0, n),
    postings,
    entryPostings,
    questionEntry: Int32Array.from(questions, (q) => q.entry),
    questionNorm: Float64Array.from(questions, (q) => q.norm),
    entryQuestions,
    questionFeatures: perQuestion.map((q) => Int32Array.from(q.ids)),
    featureKeys: keys,
    context,
  };
}
