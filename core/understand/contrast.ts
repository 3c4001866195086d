// Alternatives learnt from the knowledge itself: two-character words that fill the same slot, differ
// in one character and are rarely asked about together (花呗 / 借呗, 退款 / 收款, 逾期 / 分期,
// 多少 / 多长). Each may be too common in the shop's questions to weigh much on its own, yet a
// stored question about one is not about the other: when the customer names one, a candidate
// whose best question names only its alternative is penalised. The catalogue's products, the English
// places the questions name and the lexicon's opposite actions are alternatives in the same way.
import type { MatchIndex } from './index.js';
import { intern, KIND, KIND_SHIFT, wordKey } from './keys.js';
import { placeAreasEn, placeNameAt, placesEn } from './lexicon/places.js';
import { stem } from '../text/stem.js';

export const CONTRAST = {
  /** A word counts when at least this share of the questions (and 3) use it. */
  share: 0.02,
  /** …and its distinctive character mostly lives in it: 花 in 花呗, not 蚁 in 蚂蚁花呗's 蚁花. */
  cohesion: 0.5,
  /** Two such words are alternatives when found together at most this share of chance. */
  together: 0.15,
  /** How much a candidate naming the alternative of what the customer said loses of its score. */
  penalty: 0.3,
  /**
   * Products of the catalogue are alternatives of one another when their names' words are at most
   * this many (every pair of them is a pair of rivals: a large catalogue would make millions).
   */
  productWords: 400,
};

/** Feature number → its alternatives (feature numbers), as rows. */
export interface Contrasts {
  start: Int32Array;
  item: Int32Array;
  /** Whether any feature has an alternative. */
  any: boolean;
  /**
   * Features whose alternatives count against a question even when another question of its entry
   * names the feature: the home a question leaves out ("do you ship outside the UK?" names the UK
   * only to exclude it, so the entry's "how long does delivery to Europe take?" is still not about
   * delivery within it).
   */
  strict: ReadonlySet<number>;
}

const cache = new WeakMap<MatchIndex, Contrasts>();

export function contrastsOf(index: MatchIndex): Contrasts {
  let c = cache.get(index);
  if (!c) cache.set(index, (c = build(index)));
  return c;
}

function build(index: MatchIndex): Contrasts {
  const rivals: number[][] = [];
  const strict = new Set<number>();
  let any = learnt(index, rivals);
  // The catalogue's products: a question about 金骏眉 is not about 龙井, however alike the rest.
  if (products(index, rivals)) any = true;
  if (englishPlaces(index, rivals, strict)) any = true;
  // Opposite English actions from the lexicon (create / delete), when the knowledge names both.
  for (const [a, b] of [...index.context.lexicon.enOpposites, ...index.context.lexicon.zhOpposites]) {
    const fa = index.vocabulary.get(a);
    const fb = index.vocabulary.get(b);
    if (fa < 0 || fb < 0) continue;
    (rivals[fa] ??= []).push(fb);
    (rivals[fb] ??= []).push(fa);
    any = true;
  }
  const nf = index.featureKeys.length;
  if (!any) return { start: new Int32Array(nf + 1), item: new Int32Array(0), any: false, strict };
  const start = new Int32Array(nf + 1);
  for (let f = 0; f < nf; f++) start[f + 1] = start[f]! + (rivals[f]?.length ?? 0);
  const item = new Int32Array(start[nf]!);
  for (let f = 0; f < nf; f++) if (rivals[f]) item.set(rivals[f]!, start[f]!);
  return { start, item, any, strict };
}

/**
 * Words of the names of different products (no product named by both: 龙井 of 明前龙井 and 雨前龙井
 * is no rival of 明前), into `rivals`; whether there are any.
 */
function products(index: MatchIndex, rivals: number[][]): boolean {
  const words = [...index.productWords];
  if (words.length < 2 || words.length > CONTRAST.productWords) return false;
  let any = false;
  for (const [fa, pa] of words) {
    for (const [fb, pb] of words) {
      if (fa === fb || pa.some((p) => pb.includes(p))) continue;
      (rivals[fa] ??= []).push(fb);
      any = true;
    }
  }
  return any;
}

const LATIN = /[a-z]/iu;
/** A place a question names only to leave it out: the shop's home ("do you ship outside the UK?"). */
const EXCLUDED_PLACE = /\b(?:outside|except|excluding|beyond|other than|apart from)\s+(?:of\s+)?(?:the\s+)?([a-z]+)/gu;

/**
 * English places the knowledge's questions name, into `rivals`; whether there are any. A question about
 * delivery to Europe is not about delivery within the UK, however alike the rest: places are rivals
 * unless one lies in the other (France in Europe) or a question names both. The home a question
 * leaves out ("outside the UK") has every other place as its rival, and is no place's rival.
 */
function englishPlaces(index: MatchIndex, rivals: number[][], strict: Set<number>): boolean {
  const home = new Set<string>();
  const named = new Map<string, number>();
  // Pairs of places some question names together ("a b").
  const together = new Set<string>();
  for (const q of index.questions) {
    // (A question without a Latin letter names no English place: most of a Chinese knowledge.)
    if (q.answer || !LATIN.test(q.text)) continue;
    const text = q.text.toLowerCase();
    for (const m of text.matchAll(EXCLUDED_PLACE)) home.add(m[1]!);
    // (A place named in two words by its whole name, as features.ts keys it: Northern Ireland.)
    const words = text.split(/[^a-z]+/u);
    const places = [...new Set(words.flatMap((word, i) => (placesEn.has(word) ? [placeNameAt(words, i)] : [])))];
    for (const word of places) {
      if (named.has(word)) continue;
      const f = index.vocabulary.get(wordKey(intern(stem(word))));
      if (f >= 0) named.set(word, f);
    }
    for (const a of places) for (const b of places) if (a !== b) together.add(`${a} ${b}`);
  }
  if (named.size < 2) return false;
  const within = (a: string, b: string) => placeAreasEn.get(a)?.includes(b) === true;
  let any = false;
  for (const [a, fa] of named) {
    for (const [b, fb] of named) {
      // (Asked about a place abroad, a question naming the home may be the one leaving it out; asked
      // about the home, one naming a place abroad is about somewhere else.)
      if (fa === fb || home.has(b) || within(a, b) || within(b, a) || together.has(`${a} ${b}`)) continue;
      (rivals[fa] ??= []).push(fb);
      if (home.has(a)) strict.add(fa);
      any = true;
    }
  }
  return any;
}

/** Alternatives learnt from the knowledge's Chinese words, into `rivals`; whether there are any. */
function learnt(index: MatchIndex, rivals: number[][]): boolean {
  const nf = index.featureKeys.length;
  const nq = index.questions.length;
  const { start: pStart } = index.postings;
  const questionsWith = (f: number) => pStart[f + 1]! - pStart[f]!;
  const cls = index.context.lexicon.zhCharClass;
  const minCount = Math.max(3, CONTRAST.share * nq);
  // Frequent pairs of topic characters, and how many questions hold each character.
  const frequent: number[] = [];
  for (let f = 0; f < nf; f++) {
    const key = index.featureKeys[f]!;
    if (Math.floor(key / KIND_SHIFT) !== KIND.b || questionsWith(f) < minCount) continue;
    const value = key % KIND_SHIFT;
    if (cls[Math.floor(value / 65536)] || cls[value % 65536]) continue;
    frequent.push(f);
  }
  if (frequent.length < 2) return false;
  const charCount = (code: number) => {
    const id = index.vocabulary.get(KIND.u * KIND_SHIFT + code);
    return id < 0 ? 0 : questionsWith(id);
  };
  // Questions holding both of two frequent pairs.
  const m = frequent.length;
  const slot = new Int32Array(nf).fill(-1);
  frequent.forEach((f, i) => (slot[f] = i));
  const together = new Int32Array(m * m);
  const { start: qStart, item: qItem } = index.questionFeatures;
  const held: number[] = [];
  for (let q = 0; q < nq; q++) {
    held.length = 0;
    for (let k = qStart[q]!; k < qStart[q + 1]!; k++) {
      const s = slot[qItem[k]!]!;
      if (s >= 0) held.push(s);
    }
    for (const a of held) for (const b of held) if (a !== b) together[a * m + b]!++;
  }
  let any = false;
  for (let a = 0; a < m; a++) {
    const fa = frequent[a]!;
    const va = index.featureKeys[fa]! % KIND_SHIFT;
    const a1 = Math.floor(va / 65536);
    const a2 = va % 65536;
    for (let b = 0; b < m; b++) {
      if (a === b) continue;
      const fb = frequent[b]!;
      const vb = index.featureKeys[fb]! % KIND_SHIFT;
      const b1 = Math.floor(vb / 65536);
      const b2 = vb % 65536;
      // The same slot: one character shared, in the same place.
      if ((a1 === b1) === (a2 === b2)) continue;
      const ca = a1 === b1 ? a2 : a1;
      const cb = a1 === b1 ? b2 : b1;
      if (questionsWith(fa) < CONTRAST.cohesion * charCount(ca) || questionsWith(fb) < CONTRAST.cohesion * charCount(cb)) continue;
      const chance = (questionsWith(fa) * questionsWith(fb)) / nq;
      if (together[a * m + b]! > CONTRAST.together * chance) continue;
      (rivals[fa] ??= []).push(fb);
      any = true;
    }
  }
  return any;
}
