// What a text looks like to matching: a bag of weighted features. Chinese gives characters,
// character pairs and the sounds of character pairs (so homophone typos still meet); English gives
// stems of spelling-corrected words; both give the synonym groups they touch.
import { fuzzy, readings } from '../text/pinyin.js';
import { scan } from '../text/segment.js';
import type { Speller } from '../text/speller.js';
import { stem } from '../text/stem.js';
import type { CompiledLexicon } from './lexicon.js';

/** How much each kind of feature counts, before the rarity (IDF) of the feature itself. */
export const FEATURE_WEIGHT = {
  /** A Chinese character (customers reorder, drop and add characters: single ones carry the most). */
  u: 1,
  /** Two adjacent Chinese characters. */
  b: 0.3,
  /**
   * The sounds of two adjacent characters (fuzzy pinyin), for pairs the knowledge does not have as
   * written: homophone typos. Extra evidence: it does not count in a text's own weight (norm).
   */
  p: 0.2,
  /** A synonym group. */
  s: 0.8,
  /** An English word stem. */
  w: 1,
  /** Two adjacent English words, small words included ("change to" is not "change on"). */
  v: 0.3,
  /** That a place is named (any place: "ship to Norway?" is the same question as "ship to Peru?"). */
  l: 0.8,
  /** A number (order numbers and amounts differ from case to case: they barely count). */
  n: 0.1,
} as const;

export type FeatureKind = keyof typeof FEATURE_WEIGHT;

/** Feature key (kind letter + value) → weight. */
export type Features = Map<string, number>;

export interface FeatureContext {
  lexicon: CompiledLexicon;
  /** Corrects unknown English words in questions; absent while indexing the knowledge itself. */
  speller?: Speller;
  /** English stems the knowledge uses: a word whose stem is known is not "corrected". */
  knownStems?: Set<string>;
  /**
   * Character-pair features the knowledge holds. A question's pair that the knowledge also has is
   * taken as written; only an unknown pair (a likely typo) is matched by its sound. Absent while
   * indexing: the knowledge offers the sounds of all its pairs.
   */
  knownPairs?: { has(key: string): boolean };
}

function add(out: Features, key: string, weight: number): void {
  // A feature counts once, at its strongest (set semantics: questions are short).
  const had = out.get(key);
  if (had === undefined || had < weight) out.set(key, weight);
}

function chineseFeatures(run: string, ctx: FeatureContext, out: Features): void {
  const chars = [...run];
  const stop = ctx.lexicon.zhStopChars;
  const frame = ctx.lexicon.zhFunctionChars;
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    if (!stop.has(c)) add(out, 'u' + c, FEATURE_WEIGHT.u * (frame.has(c) ? FRAME_FACTOR : 1));
    const next = chars[i + 1];
    if (next === undefined || (stop.has(c) && stop.has(next))) continue;
    const pair = 'b' + c + next;
    add(out, pair, FEATURE_WEIGHT.b * (frame.has(c) && frame.has(next) ? FRAME_FACTOR : 1));
    if (ctx.knownPairs?.has(pair)) continue;
    // Every reading pair (还 reads hai or huan), the weight shared so a pair counts once in all.
    const r1 = readings(c).slice(0, 2);
    const r2 = readings(next).slice(0, 2);
    const share = FEATURE_WEIGHT.p / Math.max(1, r1.length * r2.length);
    for (const a of r1) for (const b of r2) add(out, 'p' + fuzzy(a) + ' ' + fuzzy(b), share);
  }
  for (const group of ctx.lexicon.zhSynonymGroups(run)) add(out, 's' + group, FEATURE_WEIGHT.s);
  if (ctx.lexicon.zhHasPlace(run)) add(out, 'l', FEATURE_WEIGHT.l);
}

/** How much a question-frame character (怎, 么) counts next to a topic character. */
const FRAME_FACTOR = 0.3;

/** How much a name (a capitalised word, a place) counts next to an ordinary word. */
const NAME_FACTOR = 0.3;

/** Expands chat spellings (ur → your, can't → can not) into plain words. */
function englishWords(words: readonly string[], lexicon: CompiledLexicon): string[] {
  const out: string[] = [];
  for (const w of words) {
    const r = lexicon.enRewrite.get(w);
    if (r === undefined) out.push(w);
    else if (r) out.push(...r.split(' '));
  }
  return out;
}

/**
 * The word as the knowledge would spell it: itself when known, two words when two were run together
 * (tocancel), else the nearest known word (cancdling → canceling), else itself.
 */
function spell(word: string, ctx: FeatureContext): string[] {
  const speller = ctx.speller;
  if (!speller || ctx.knownStems?.has(stem(word)) || speller.has(word) || ctx.lexicon.enStop.has(word)) return [word];
  const split = speller.split(word, ctx.lexicon.enStop);
  if (split && split[0].length > 1 && split[1].length > 1) return split;
  const corrected = speller.correct(word);
  if (corrected) return [corrected];
  return split ?? [word];
}

function englishFeatures(raw: readonly string[], ctx: FeatureContext, out: Features, names?: ReadonlySet<string>): void {
  const lexicon = ctx.lexicon;
  const words = englishWords(
    englishWords(raw, lexicon).flatMap((w) => spell(w, ctx)),
    lexicon,
  );
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const next = words[i + 1];
    if (next !== undefined && !(lexicon.enStop.has(w) && lexicon.enStop.has(next))) {
      add(out, 'v' + stem(w) + ' ' + stem(next), FEATURE_WEIGHT.v);
    }
    const pair = i + 1 < words.length ? `${w} ${words[i + 1]}` : undefined;
    for (const g of (pair && lexicon.enGroups.get(pair)) || []) add(out, 's' + g, FEATURE_WEIGHT.s);
    if (lexicon.enStop.has(w)) continue;
    if (lexicon.enPlaces.has(w)) {
      add(out, 'l', FEATURE_WEIGHT.l);
      add(out, 'w' + stem(w), FEATURE_WEIGHT.w * NAME_FACTOR);
      continue;
    }
    if (names?.has(w)) {
      add(out, 'w' + stem(w), FEATURE_WEIGHT.w * NAME_FACTOR);
      continue;
    }
    add(out, 'w' + stem(w), FEATURE_WEIGHT.w);
    for (const g of lexicon.enGroups.get(w) ?? []) add(out, 's' + g, FEATURE_WEIGHT.s);
  }
}

/**
 * The features of a normalised text. `names`: its capitalised words (see capitalizedWords), which
 * count less.
 */
export function extractFeatures(normalized: string, ctx: FeatureContext, names?: ReadonlySet<string>): Features {
  const out: Features = new Map();
  const text = ctx.lexicon.rewriteZh(normalized);
  let words: string[] = [];
  for (const token of scan(text)) {
    if (token.kind === 'word') {
      words.push(token.text);
      continue;
    }
    if (words.length) englishFeatures(words, ctx, out, names), (words = []);
    if (token.kind === 'han') chineseFeatures(token.text, ctx, out);
    else add(out, 'n#', FEATURE_WEIGHT.n);
  }
  if (words.length) englishFeatures(words, ctx, out, names);
  return out;
}

/** The English words of a text as the knowledge spells them (for the spelling vocabulary). */
export function englishVocabulary(normalized: string, lexicon: CompiledLexicon): string[] {
  const words = scan(normalized)
    .filter((t) => t.kind === 'word')
    .map((t) => t.text);
  return englishWords(words, lexicon);
}

/**
 * The text with its English words as the knowledge spells them (chat spellings expanded, typos
 * corrected, run-together words split): what the English escalation cues read.
 */
export function correctEnglish(normalized: string, ctx: FeatureContext): string {
  return normalized.replace(/[a-z][a-z'-]*/gu, (word) =>
    englishWords(englishWords([word], ctx.lexicon).flatMap((w) => spell(w, ctx)), ctx.lexicon).join(' '),
  );
}

/** Merges feature bags; a feature present in several keeps its strongest weight. */
export function mergeFeatures(...bags: { features: Features; factor: number }[]): Features {
  const out: Features = new Map();
  for (const { features, factor } of bags) for (const [key, w] of features) add(out, key, w * factor);
  return out;
}
