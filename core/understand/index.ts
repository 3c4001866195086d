// The inverted index over every question of every knowledge entry (FAQ entries and promotions), with
// feature rarity (IDF) learned from the knowledge itself: a word every entry shares (the shop's own
// name, its main product) counts for little; a word one entry alone uses counts for much.
//
// Everything is laid out flat (compressed sparse rows: one typed array of items and one of offsets
// per relation) so that building the index allocates a handful of arrays, not one per feature.
import type { KnowledgeBase } from '../knowledge/knowledge-base.js';
import type { FaqEntry, Promotion } from '../knowledge/schema.js';
import { normalize } from '../text/normalize.js';
import { englishVocabulary, extractFeatures, type FeatureContext } from './features.js';
import { homophones } from './homophones.js';
import { FeatureBag, KeyMap, KIND, kindOf, pairKey } from './keys.js';
import { KnowledgeContext } from './knowledge-context.js';
import { CompiledLexicon } from './lexicon.js';

/** Something that can be answered from: an FAQ entry or a promotion. */
export interface Answerable {
  id: string;
  kind: 'faq' | 'promotion';
  faq?: FaqEntry;
  promotion?: Promotion;
}

/** One stored question, or an entry's answer read as one (see ANSWER). */
export interface IndexedQuestion {
  /** Index into `entries`. */
  entry: number;
  /** The question as written (for an answer, its entry's first question: what is shown of a match). */
  text: string;
  /** Σ idf × weight over its features: the most a question can share with it. */
  norm: number;
  /** The row is the entry's answer. */
  answer: boolean;
}

/** A relation from numbers to lists: the items of row r are `item[start[r]] .. item[start[r + 1] - 1]`. */
export interface Rows {
  start: Int32Array;
  item: Int32Array;
}

export interface MatchIndex {
  entries: Answerable[];
  questions: IndexedQuestion[];
  /** Feature key → feature number (-1: unknown). */
  vocabulary: KeyMap;
  idf: Float64Array;
  /** The IDF a feature no entry has. */
  unseenIdf: number;
  /** Feature number → the questions holding it (`postingWeight`: the weight each holds it with). */
  postings: Rows;
  postingWeight: Float32Array;
  /**
   * Feature number → the questions lacking it, for a feature most questions hold with one weight
   * (`uniform`; NaN for every other feature): scoring then credits everyone and debits those,
   * which is shorter.
   */
  lacking: Rows;
  uniform: Float32Array;
  /**
   * Feature number → entries of several questions any of which holds it: such an entry's vocabulary,
   * pooled over its question variants (a customer may combine words of two variants). An entry of
   * one question pools nothing more than that question, and is left out. `entryPostingWeight`: the
   * strongest weight among the entry's questions; `entryPostingShare`: the share of its questions
   * that hold the feature (what the entry is about is said in most of its variants; a word of one
   * variant is incidental).
   */
  entryPostings: Rows;
  entryPostingWeight: Float32Array;
  entryPostingShare: Float32Array;
  /**
   * Entry number → Σ idf × weight × share over its vocabulary: the evidence of what the entry is
   * about (for an entry of one question, that question's norm).
   */
  entryMass: Float64Array;
  /**
   * Entry number → the entries that hold one of its questions word for word (after normalisation).
   * The knowledge's authors say such entries answer the same question: the margin between them is no
   * sign of doubt.
   */
  siblings: Map<number, Set<number>>;
  /** Question number → entry number (typed, for the scoring loop). */
  questionEntry: Int32Array;
  /** Question number → norm. */
  questionNorm: Float64Array;
  /** Entry number → how many questions it has (its answer, when indexed, counting as one). */
  entryQuestions: Int32Array;
  /** Question number → its feature numbers, in the order extracted (`questionFeatureWeight`: weights). */
  questionFeatures: Rows;
  questionFeatureWeight: Float32Array;
  /** Feature number → key (the inverse of `vocabulary`). */
  featureKeys: Float64Array;
  /** Feature number → 1 for a sound feature (extra evidence, left out of norms). */
  bonus: Uint8Array;
  /**
   * The catalogue's products as the questions name them: feature number (a character pair or an
   * English word of a product's name or alias that some question uses) → the products whose names
   * hold it (see contrast.ts: two such words of different products are alternatives).
   */
  productWords: Map<number, number[]>;
  context: FeatureContext;
}

/** The words of product names the questions use → the products named so (see MatchIndex.productWords). */
function productWords(kb: KnowledgeBase, lexicon: CompiledLexicon, indexing: FeatureContext, featureIds: KeyMap): Map<number, number[]> {
  const out = new Map<number, number[]>();
  const bag = new FeatureBag();
  kb.products.forEach((product, p) => {
    for (const name of [product.name, ...(product.aliases ?? [])]) {
      const features = extractFeatures(lexicon.rewriteZh(normalize(name)), indexing, undefined, bag, true);
      for (let f = 0; f < features.size; f++) {
        const key = features.keys[f]!;
        const kind = kindOf(key);
        if (kind !== KIND.b && kind !== KIND.w) continue;
        const id = featureIds.get(key);
        if (id < 0) continue;
        const products = out.get(id) ?? [];
        if (!products.includes(p)) products.push(p);
        out.set(id, products);
      }
    }
  });
  return out;
}

/** BM25's IDF: rare features count more; a feature in every entry counts almost nothing. */
export function idfOf(df: number, n: number): number {
  return Math.log(1 + (n - df + 0.5) / (df + 0.5)) ** TUNING.idfPower;
}

export const TUNING = { idfPower: 0.5 };

/**
 * An entry's answer is read as one more of its questions, its features at this share of their weight.
 * Customers ask about what the answer says (do you take PayPal, cal king sheets, fabric softener on
 * towels) in words none of the shop's questions use; the answer's words are weaker evidence than a
 * question's (an answer mentions much it is not about).
 */
export const ANSWER = { weight: 0.15 };

/**
 * A placeholder answer says nothing about the entry: "(answer for cancel_order)", "（atec-d0000 的答案）".
 */
export function isPlaceholder(answer: string, id: string): boolean {
  const text = answer.trim();
  // (A real answer may hold its id as a word: "Yes, we refund." for the entry `refund`.)
  return text.length < 2 || (text.includes(id) && /answer|答案|回答|placeholder|todo/iu.test(text) && text.length <= id.length + 24) || /^[(（][^()（）]*[)）]$/u.test(text);
}

/**
 * Features that more than this share of the answers hold (boilerplate: 以商品页为准, "our team"): they
 * say nothing about an entry, and would put every answer on the posting lists of common words.
 */
const ANSWER_COMMON = 0.05;
/** …and at least this many: in a small shop every answer counts (its common words still tell entries apart). */
const ANSWER_COMMON_MIN = 50;

/** A text's features, kept (the indexing bag is reused from text to text). */
interface KeptFeatures {
  size: number;
  keys: Float64Array;
  weights: Float64Array;
}

/**
 * Each answer's features (by its row in `texts`), read once, without the boilerplate (ANSWER_COMMON):
 * counting what the answers share needs all of them read before any is indexed.
 */
function answerFeatures(texts: readonly { answer?: boolean }[], rewritten: readonly string[], indexing: KnowledgeContext): Map<number, KeptFeatures> {
  const read = new Map<number, KeptFeatures>();
  const counts = new Map<number, number>();
  const bag = new FeatureBag();
  texts.forEach((t, qi) => {
    if (!t.answer) return;
    const features = extractFeatures(rewritten[qi]!, indexing, undefined, bag, true);
    const kept = { size: features.size, keys: features.keys.slice(0, features.size), weights: features.weights.slice(0, features.size) };
    read.set(qi, kept);
    for (let f = 0; f < kept.size; f++) counts.set(kept.keys[f]!, (counts.get(kept.keys[f]!) ?? 0) + 1);
  });
  const limit = Math.max(ANSWER_COMMON_MIN, ANSWER_COMMON * read.size);
  for (const [qi, kept] of read) {
    let size = 0;
    for (let f = 0; f < kept.size; f++) {
      if (counts.get(kept.keys[f]!)! > limit) continue;
      kept.keys[size] = kept.keys[f]!;
      kept.weights[size++] = kept.weights[f]!;
    }
    read.set(qi, { ...kept, size });
  }
  return read;
}

/** Pinyin features are extra evidence (homophone repair): they add to what is shared, not to norms. */
export const PINYIN = KIND.p;

/**
 * Pairs of topic characters the knowledge's questions use at least twice, always followed by the same
 * topic character (咖啡 in 咖啡因), and its answers never by another: pair key → that character's code.
 * See FeatureContext.boundPairs.
 */
function boundPairs(texts: readonly string[], answers: readonly string[], lexicon: CompiledLexicon): KeyMap {
  const cls = lexicon.zhCharClass;
  // pair → the code following it everywhere so far (0: varies, or ends a word), and how often seen
  const slot = new KeyMap(texts.length * 8);
  const after: number[] = [];
  const count: number[] = [];
  for (const text of texts) {
    for (let i = 0; i + 1 < text.length; i++) {
      const a = text.charCodeAt(i);
      const b = text.charCodeAt(i + 1);
      if (a < 0x3400 || b < 0x3400 || cls[a] || cls[b]) continue;
      const pair = pairKey(a, b);
      const c = i + 2 < text.length ? text.charCodeAt(i + 2) : 0;
      const next = c >= 0x3400 && !cls[c] ? c : 0;
      let k = slot.get(pair);
      if (k < 0) {
        slot.set(pair, (k = after.length));
        after.push(next);
        count.push(0);
      } else if (after[k] !== next) after[k] = 0;
      count[k]!++;
    }
  }
  // A pair the answers use before another character too is a word of its own (冷链 of 冷链药品, in
  // answers 冷链配送, 冷链运费): a question's 走冷链发吗 names the same thing.
  for (const text of answers) {
    for (let i = 0; i + 1 < text.length; i++) {
      const k = slot.get(pairKey(text.charCodeAt(i), text.charCodeAt(i + 1)));
      if (k < 0 || after[k] === 0) continue;
      const c = i + 2 < text.length ? text.charCodeAt(i + 2) : 0;
      if (c !== after[k]) after[k] = 0;
    }
  }
  const out = new KeyMap(16);
  slot.forEach((pair, k) => {
    if (after[k]! > 0 && count[k]! >= 2) out.set(pair, after[k]!);
  });
  return out;
}

/** Offsets from counts: start[r] = Σ counts before r. */
function offsets(counts: Int32Array): Int32Array {
  const start = new Int32Array(counts.length + 1);
  for (let i = 0; i < counts.length; i++) start[i + 1] = start[i]! + counts[i]!;
  return start;
}

/**
 * Complements of the commonest features (see MatchIndex.lacking): a feature most questions hold
 * with one weight gets that weight as `uniform` and the list of the questions lacking it.
 *
 * buildIndex's stages are functions of their own: a short process optimises a long function's
 * loops one by one as they run, recompiling it whole each time (and again when a later stage meets
 * an operation not yet seen); small functions are compiled once each.
 */
function complements(postings: Rows, postingWeight: Float32Array, nq: number): { uniform: Float32Array; lacking: Rows } {
  const nf = postings.start.length - 1;
  const uniform = new Float32Array(nf).fill(Number.NaN);
  const lackCounts = new Int32Array(nf);
  for (let id = 0; id < nf; id++) {
    const from = postings.start[id]!;
    const to = postings.start[id + 1]!;
    if ((to - from) * 2 <= nq) continue;
    const w = postingWeight[from]!;
    let same = true;
    for (let k = from + 1; k < to && same; k++) same = postingWeight[k] === w;
    if (!same) continue;
    uniform[id] = w;
    lackCounts[id] = nq - (to - from);
  }
  const lacking: Rows = { start: offsets(lackCounts), item: new Int32Array(lackCounts.reduce((a, b) => a + b, 0)) };
  for (let id = 0; id < nf; id++) {
    if (Number.isNaN(uniform[id])) continue;
    let at = lacking.start[id]!;
    let q = 0;
    for (let k = postings.start[id]!; k < postings.start[id + 1]!; k++, q++) {
      for (; q < postings.item[k]!; q++) lacking.item[at++] = q;
    }
    for (; q < nq; q++) lacking.item[at++] = q;
  }
  return { uniform, lacking };
}

/** See MatchIndex.siblings. */
function siblingsOf(texts: readonly { entry: number; normalized: string }[]): Map<number, Set<number>> {
  const siblings = new Map<number, Set<number>>();
  const holders = new Map<string, number>();
  for (const t of texts) {
    const key = t.normalized.replace(/[\s?!.,~]+/gu, '');
    const other = holders.get(key);
    if (other === undefined) holders.set(key, t.entry);
    else if (other !== t.entry) {
      (siblings.get(other) ?? siblings.set(other, new Set()).get(other)!).add(t.entry);
      (siblings.get(t.entry) ?? siblings.set(t.entry, new Set()).get(t.entry)!).add(other);
    }
  }
  return siblings;
}

export function buildIndex(kb: KnowledgeBase): MatchIndex {
  const lexicon = new CompiledLexicon(kb.lexicon);
  const entries: Answerable[] = [
    ...kb.faq.map((faq): Answerable => ({ id: faq.id, kind: 'faq', faq })),
    ...kb.promotions
      .filter((p) => p.questions?.length)
      .map((promotion): Answerable => ({ id: promotion.id, kind: 'promotion', promotion })),
  ];
  // Questions in entry order: an entry's questions are consecutive, its answer (when it says
  // something) after them.
  const texts: { entry: number; text: string; normalized: string; answer?: boolean }[] = [];
  entries.forEach((e, entry) => {
    const questions = e.faq?.questions ?? e.promotion?.questions ?? [];
    for (const text of questions) texts.push({ entry, text, normalized: normalize(text) });
    const answer = e.faq?.answer ?? e.promotion?.answer;
    if (questions.length && answer && !isPlaceholder(answer, e.id)) texts.push({ entry, text: questions[0]!, normalized: normalize(answer), answer: true });
  });
  const nq = texts.length;
  const ne = entries.length;

  // The spelling vocabulary: every English word of the knowledge, plus the lexicon's own.
  const vocabulary: string[] = [...lexicon.enVocabulary];
  const knowledgeWords = new Set<string>();
  for (const t of texts) {
    if (!/[a-z]/u.test(t.normalized)) continue;
    for (const w of englishVocabulary(t.normalized, lexicon)) vocabulary.push(w), knowledgeWords.add(w);
    // …and the parts of its hyphenated words (sign-up is read as signup, and a customer's sibn as sign).
    for (const part of t.normalized.match(/[a-z]+/gu) ?? []) knowledgeWords.add(part);
  }
  const context = new KnowledgeContext(lexicon, vocabulary);
  context.knowledgeWords = knowledgeWords;
  // The knowledge's own questions are read as written: nothing learnt yet, no spelling correction.
  const indexing = new KnowledgeContext(lexicon, undefined);
  const featureIds = new KeyMap(nq * 24);
  const rewritten = texts.map((t) => lexicon.rewriteZh(t.normalized));
  // What messages are read against, all set before the knowledge's questions are indexed: a field
  // of the context set afterwards would change its type and throw away the feature code compiled
  // while indexing. The homophones reach the index when the first message needs them.
  let index: MatchIndex | undefined;
  // Entries holding each feature in their questions (filled below, before any message is read).
  const df: number[] = [];
  // Pairs the questions use (an answer's wording is no guide to how customers write).
  context.knownPairs = { has: (key) => (df[featureIds.get(key)] ?? 0) > 0 };
  context.boundPairs = boundPairs(
    rewritten.filter((_, qi) => !texts[qi]!.answer),
    rewritten.filter((_, qi) => texts[qi]!.answer),
    lexicon,
  );
  context.homophones = homophones(() => index!);

  // Features of every question, flat.
  const keys: number[] = [];
  // Entries whose answer holds each feature: the rarity of a word no question uses. A word the
  // questions use keeps the rarity they give it (answers mention much in passing).
  const answerDf: number[] = [];
  const entrySeen: number[] = []; // last entry that counted each feature, for entry-level df
  const qfStart = new Int32Array(nq + 1);
  const qfId: number[] = [];
  const qfWeight: number[] = [];
  const bag = new FeatureBag();
  const answers = answerFeatures(texts, rewritten, indexing);
  for (let qi = 0; qi < nq; qi++) {
    const t = texts[qi]!;
    // No names here: a capitalised word of the knowledge is the shop's own thing (PayPal, Asheville,
    // the Harlow bed), which customers ask about by name.
    const features: KeptFeatures = t.answer ? answers.get(qi)! : extractFeatures(rewritten[qi]!, indexing, undefined, bag, true);
    for (let f = 0; f < features.size; f++) {
      const key = features.keys[f]!;
      let id = featureIds.get(key);
      if (id < 0) {
        id = keys.length;
        featureIds.set(key, id);
        keys.push(key);
        df.push(0);
        answerDf.push(0);
        entrySeen.push(-1);
      }
      if (t.answer) answerDf[id]!++;
      else if (entrySeen[id] !== t.entry) {
        entrySeen[id] = t.entry;
        df[id]!++;
      }
      qfId.push(id);
      qfWeight.push(t.answer ? features.weights[f]! * ANSWER.weight : features.weights[f]!);
    }
    qfStart[qi + 1] = qfId.length;
  }
  const nf = keys.length;
  const questionFeatures: Rows = { start: qfStart, item: new Int32Array(qfId) };
  const questionFeatureWeight = new Float32Array(qfWeight);
  const n = Math.max(1, ne);
  const idf = new Float64Array(nf);
  // Features share a few document frequencies (most are in one entry only): each IDF worked out once.
  const idfOfDf = new Float64Array(n + 1).fill(Number.NaN);
  for (let id = 0; id < nf; id++) {
    const d = df[id]! || answerDf[id]!;
    if (Number.isNaN(idfOfDf[d]!)) idfOfDf[d] = idfOf(d, n);
    idf[id] = idfOfDf[d]!;
  }
  const bonus = new Uint8Array(nf);
  for (let id = 0; id < nf; id++) if (kindOf(keys[id]!) === PINYIN) bonus[id] = 1;

  // Postings: feature → questions.
  const counts = new Int32Array(nf);
  for (let k = 0; k < qfId.length; k++) counts[qfId[k]!]!++;
  const postings: Rows = { start: offsets(counts), item: new Int32Array(qfId.length) };
  const postingWeight = new Float32Array(qfId.length);
  const fill = postings.start.slice(0, nf);
  const questionEntry = new Int32Array(nq);
  const questionNorm = new Float64Array(nq);
  const questions: IndexedQuestion[] = new Array(nq);
  for (let qi = 0; qi < nq; qi++) {
    let norm = 0;
    for (let k = qfStart[qi]!; k < qfStart[qi + 1]!; k++) {
      const id = questionFeatures.item[k]!;
      const at = fill[id]!++;
      postings.item[at] = qi;
      postingWeight[at] = questionFeatureWeight[k]!;
      if (!bonus[id]) norm += idf[id]! * questionFeatureWeight[k]!;
    }
    questionEntry[qi] = texts[qi]!.entry;
    questionNorm[qi] = norm;
    questions[qi] = { entry: texts[qi]!.entry, text: texts[qi]!.text, norm, answer: texts[qi]!.answer === true };
  }

  const { uniform, lacking } = complements(postings, postingWeight, nq);

  // Entries: question counts, siblings, pooled vocabularies.
  const entryQuestions = new Int32Array(ne);
  const entryFirst = new Int32Array(ne + 1);
  for (const t of texts) entryQuestions[t.entry]!++;
  for (let e = 0; e < ne; e++) entryFirst[e + 1] = entryFirst[e]! + entryQuestions[e]!;
  const siblings = siblingsOf(texts.filter((t) => !t.answer));
  // Entries of several questions (an answer counts as one): their pooled vocabulary, as postings
  // (feature → entries), with the strongest weight and the share of the entry's questions holding
  // each feature. An entry of one question pools nothing more than that question: its mass is the
  // question's norm.
  const seenCount = new Int32Array(nf);
  const seenWeight = new Float32Array(nf);
  const seenAnswer = new Uint8Array(nf);
  const entryMass = new Float64Array(ne);
  const pooledEntry: number[] = [];
  const pooledFeature: number[] = [];
  const pooledWeight: number[] = [];
  const pooledShare: number[] = [];
  const entryCounts = new Int32Array(nf);
  const list: number[] = [];
  for (let e = 0; e < ne; e++) {
    const questionsOf = entryQuestions[e]!;
    if (questionsOf < 2) {
      entryMass[e] = questionsOf ? questionNorm[entryFirst[e]!]! : 0;
      continue;
    }
    list.length = 0;
    // Shares are of the entry's questions; a word only its answer holds counts as held by one more
    // than all of them.
    let asked = 0;
    for (let qi = entryFirst[e]!; qi < entryFirst[e + 1]!; qi++) {
      const answer = questions[qi]!.answer;
      if (!answer) asked++;
      for (let k = qfStart[qi]!; k < qfStart[qi + 1]!; k++) {
        const id = questionFeatures.item[k]!;
        const w = questionFeatureWeight[k]!;
        if (seenCount[id] === 0 && seenAnswer[id] === 0) {
          list.push(id);
          seenWeight[id] = w;
        } else if (seenWeight[id]! < w) seenWeight[id] = w;
        if (answer) seenAnswer[id] = 1;
        else seenCount[id]!++;
      }
    }
    let mass = 0;
    for (const id of list) {
      const share = seenCount[id]! ? Math.min(1, seenCount[id]! / asked) : 1 / (asked + 1);
      seenAnswer[id] = 0;
      pooledEntry.push(e);
      pooledFeature.push(id);
      pooledWeight.push(seenWeight[id]!);
      pooledShare.push(share);
      entryCounts[id]!++;
      if (!bonus[id]) mass += idf[id]! * seenWeight[id]! * share;
      seenCount[id] = 0;
    }
    entryMass[e] = mass;
  }
  const entryPostings: Rows = { start: offsets(entryCounts), item: new Int32Array(pooledEntry.length) };
  const entryPostingWeight = new Float32Array(pooledEntry.length);
  const entryPostingShare = new Float32Array(pooledEntry.length);
  const entryFill = entryPostings.start.slice(0, nf);
  for (let k = 0; k < pooledEntry.length; k++) {
    const at = entryFill[pooledFeature[k]!]!++;
    entryPostings.item[at] = pooledEntry[k]!;
    entryPostingWeight[at] = pooledWeight[k]!;
    entryPostingShare[at] = pooledShare[k]!;
  }

  index = {
    productWords: productWords(kb, lexicon, indexing, featureIds),
    entries,
    questions,
    vocabulary: featureIds,
    idf,
    unseenIdf: idfOf(0, n),
    postings,
    postingWeight,
    lacking,
    uniform,
    entryPostings,
    entryPostingWeight,
    entryPostingShare,
    entryMass,
    siblings,
    questionEntry,
    questionNorm,
    entryQuestions,
    questionFeatures,
    questionFeatureWeight,
    featureKeys: Float64Array.from(keys),
    bonus,
    context,
  };
  return index;
}
