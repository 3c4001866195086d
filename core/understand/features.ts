// What a text looks like to matching: a bag of weighted features, each an integer key (keys.ts).
// Chinese gives characters, character pairs and the sounds of character pairs (so homophone typos
// still meet), read after the lexicon's rewrites (啥 → 什么, 包不包邮 → 包邮); English gives stems of
// spelling-corrected words and word pairs; both give the synonym groups they touch.
import { lookAlikes } from '../text/look-alikes.js';
import { fuzzyId, syllableOf } from '../text/pinyin.js';
import { scan } from '../text/segment.js';
import type { Speller } from '../text/speller.js';
import { stem } from '../text/stem.js';
import { charKey, FeatureBag, groupKey, intern, internedName, type KeyMap, NUMBER_KEY, pairKey, PLACE_KEY, soundKey, wordKey, wordPairKey } from './keys.js';
import { HOMOPHONE, type Homophones } from './homophones.js';
import { HYPHENATED, type CompiledLexicon } from './lexicon.js';
import { isCommonEnglish } from '../text/common-english.js';
import { placeAreasEn, placeAreasZh, placeKindsZh, placeNameAt } from './lexicon/places.js';

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
  s: 1,
  /** An English word stem. */
  w: 1,
  /**
   * Two adjacent English words, small words included ("change to" is not "change on"); also by
   * sense (their synonym groups: "switch to" meets "change to").
   */
  v: 0.3,
  /** That a place is named (any place: "ship to Norway?" is the same question as "ship to Peru?"). */
  l: 0.8,
  /** A number (order numbers and amounts differ from case to case: they barely count). */
  n: 0.1,
} as const;

export type FeatureKind = keyof typeof FEATURE_WEIGHT;

/** Feature key (see keys.ts) → weight. */
export type Features = FeatureBag;

export interface FeatureContext {
  lexicon: CompiledLexicon;
  /** Corrects unknown English words in questions; absent while indexing the knowledge itself. */
  speller?: Speller;
  /** English stems the knowledge uses: a word whose stem is known is not "corrected". */
  knownStems?: Set<string>;
  /** The English words of the knowledge's own questions and answers (not the lexicon's). */
  knowledgeWords?: ReadonlySet<string>;
  /**
   * Character-pair features the knowledge holds. A question's pair that the knowledge also has is
   * taken as written; only an unknown pair (a likely typo) is matched by its sound. Absent while
   * indexing: the knowledge offers the sounds of all its pairs.
   */
  knownPairs?: { has(key: number): boolean };
  /**
   * Character pairs the knowledge only ever uses inside one longer word: the pair → the code of the
   * character that always follows it there (咖啡 → 因 in a shop whose questions say 咖啡因 only).
   * A question with the pair followed by another character names another thing (咖啡豆): the pair
   * counts for little. Absent while indexing.
   */
  boundPairs?: KeyMap;
  /**
   * The knowledge's pairs by their sound, to repair homophone typos (包油 → 包邮: see homophones.ts).
   * Absent while indexing.
   */
  homophones?: Homophones;
}

/** How much a pair (and its characters) counts when the question uses it in another word. */
export const OTHER_WORD_FACTOR = 0.25;

/**
 * A stored question of the knowledge, read as written (nothing learnt yet: no known or bound pairs,
 * no homophones): characters, pairs and the sounds of every pair. Exactly what `messageFeatures` gives
 * in such a context, in a function of its own: indexing runs it for every stored question, and the
 * optimising compiler then compiles a loop whose branches all ran. Message-only branches, never taken
 * while indexing, would otherwise throw that compiled code away on the first messages, and a short
 * `xiaoer match` process pays for each compilation (on the same two cores as the matching itself).
 */
function storedFeatures(run: string, lexicon: CompiledLexicon, out: Features): void {
  const cls = lexicon.zhCharClass;
  const n = run.length;
  // Characters of question words (几天, 怎么办) are frame, whatever they are alone.
  const frames = lexicon.zhFrames(run);
  for (let i = 0; i < n; i++) {
    const c = run.charCodeAt(i);
    const kind = frames?.[i] ? cls[c]! | 2 : cls[c]!;
    if (!(kind & 1)) out.add(charKey(c), FEATURE_WEIGHT.u * (kind & 2 ? FRAME_FACTOR : 1));
    if (i + 1 === n) continue;
    const next = run.charCodeAt(i + 1);
    const nextKind = frames?.[i + 1] ? cls[next]! | 2 : cls[next]!;
    if (kind & nextKind & 1) continue;
    out.add(pairKey(c, next), FEATURE_WEIGHT.b * (kind & nextKind & 2 ? FRAME_FACTOR : 1));
    // The knowledge offers the sounds of all its pairs.
    addSounds(c, next, out);
  }
  addGroupsAndPlace(run, lexicon, out);
}

/**
 * The synonym groups and the place a run of Chinese text names (one callback site for both readers).
 * In a message (`known`: what the knowledge holds), a place's characters and pairs the knowledge never
 * uses count as a name's do: that a place is named is what matters, and 乌鲁木齐's four unknown
 * characters would otherwise outweigh the question about it (能寄吗, 要几天). Those the knowledge uses
 * keep their weight: 香港's 港 is what tells the entry for 港澳台; so do the words for kinds of place
 * (国外, 偏远地区), which are no names.
 */
function addGroupsAndPlace(run: string, lexicon: CompiledLexicon, out: Features, known?: { has(key: number): boolean }): void {
  lexicon.eachZhGroup(run, (id) => out.add(groupKey(id), FEATURE_WEIGHT.s));
  const places = lexicon.zhPlaceSpans(run);
  if (!places) return;
  out.add(PLACE_KEY, FEATURE_WEIGHT.l);
  if (!known) return;
  for (let k = 0; k < places.length; k += 2) {
    const place = run.slice(places[k], places[k + 1]);
    if (placeKindsZh.has(place)) continue;
    for (let i = places[k]!; i < places[k + 1]!; i++) {
      const c = charKey(run.charCodeAt(i));
      if (!known.has(c)) out.scale(c, NAME_FACTOR);
      const pair = i + 1 < places[k + 1]! ? pairKey(run.charCodeAt(i), run.charCodeAt(i + 1)) : -1;
      if (pair >= 0 && !known.has(pair)) out.scale(pair, NAME_FACTOR);
    }
    // …and the areas it lies in, where the knowledge names them (乌鲁木齐: 新疆, 偏远地区), as the
    // English areas (see englishFeatures); an area the text names itself already counts.
    for (const area of placeAreasZh.get(place) ?? NO_AREAS) {
      if (run.includes(area)) continue;
      for (let i = 0; i < area.length; i++) {
        const c = charKey(area.charCodeAt(i));
        if (known.has(c)) out.add(c, FEATURE_WEIGHT.u * AREA_FACTOR);
        const pair = i + 1 < area.length ? pairKey(area.charCodeAt(i), area.charCodeAt(i + 1)) : -1;
        if (pair >= 0 && known.has(pair)) out.add(pair, FEATURE_WEIGHT.b * AREA_FACTOR);
      }
    }
  }
}

/**
 * The sounds of two adjacent characters: every reading pair (还 reads hai or huan), the weight shared
 * so that a pair counts once in all. Nothing when either character has no sound.
 */
function addSounds(c: number, next: number, out: Features): void {
  const a1 = fuzzyId(syllableOf(c, 0));
  if (!a1) return;
  const b1 = fuzzyId(syllableOf(next, 0));
  if (!b1) return;
  const a2 = fuzzyId(syllableOf(c, 1));
  const b2 = fuzzyId(syllableOf(next, 1));
  const share = FEATURE_WEIGHT.p / ((a2 ? 2 : 1) * (b2 ? 2 : 1));
  out.add(soundKey(a1, b1), share);
  if (b2) out.add(soundKey(a1, b2), share);
  if (a2) {
    out.add(soundKey(a2, b1), share);
    if (b2) out.add(soundKey(a2, b2), share);
  }
}

/**
 * The knowledge's pair sounding like two adjacent characters (by the first reading of each, or one
 * character's second one), or -1.
 */
function soundAlike(c: number, next: number, sounds: Homophones): number {
  const exactA = syllableOf(c, 0);
  const exactB = syllableOf(next, 0);
  const a1 = fuzzyId(exactA);
  const b1 = fuzzyId(exactB);
  if (!a1 || !b1) return -1;
  let meant = sounds.exactPairFor(soundKey(exactA, exactB));
  if (meant < 0) meant = sounds.pairFor(soundKey(a1, b1));
  const b2 = fuzzyId(syllableOf(next, 1));
  if (meant < 0 && b2) meant = sounds.pairFor(soundKey(a1, b2));
  const a2 = fuzzyId(syllableOf(c, 1));
  if (meant < 0 && a2) meant = sounds.pairFor(soundKey(a2, b1));
  return meant;
}

/**
 * The knowledge's pair two adjacent characters make with one of them replaced by a character it looks
 * like (退贷 → 退货), or -1: none, or more than one (which was meant is a guess).
 */
function shapeAlike(c: number, next: number, known: { has(key: number): boolean }): number {
  let meant = -1;
  for (const other of lookAlikes(c)) {
    if (!known.has(pairKey(other, next))) continue;
    if (meant >= 0) return -1;
    meant = other * 65536 + next;
  }
  for (const other of lookAlikes(next)) {
    if (!known.has(pairKey(c, other))) continue;
    if (meant >= 0) return -1;
    meant = c * 65536 + other;
  }
  return meant;
}

/** A customer's message, read against what the index learnt from the knowledge (see FeatureContext). */
function messageFeatures(run: string, ctx: FeatureContext, out: Features): void {
  const cls = ctx.lexicon.zhCharClass;
  const known = ctx.knownPairs;
  const bound = ctx.boundPairs;
  let others: number[] | undefined;
  let repairs: number[] | undefined;
  const sounds = ctx.homophones;
  const n = run.length;
  // Characters of question words (几天, 怎么办) are frame, whatever they are alone.
  const frames = ctx.lexicon.zhFrames(run);
  for (let i = 0; i < n; i++) {
    const c = run.charCodeAt(i);
    const kind = frames?.[i] ? cls[c]! | 2 : cls[c]!;
    // A particle closing the question (快点发呗) that the knowledge never puts after this character.
    const closing = known && i + 1 === n && i > 0 && c === BEI && !known.has(pairKey(run.charCodeAt(i - 1), c));
    if (!(kind & 1) && !closing) out.add(charKey(c), FEATURE_WEIGHT.u * (kind & 2 ? FRAME_FACTOR : 1));
    if (i + 1 === n) continue;
    const next = run.charCodeAt(i + 1);
    const nextKind = frames?.[i + 1] ? cls[next]! | 2 : cls[next]!;
    if (kind & nextKind & 1) continue;
    const pair = pairKey(c, next);
    // Worked out for every pair, not only in the rarer branches reading them: compiled code meeting
    // an operation it has never seen run is thrown away (and compiled again).
    const isKnown = known?.has(pair) ?? false;
    // The character after the pair (0: the run ends; a run holds Chinese characters only).
    const after = i + 2 < n ? run.charCodeAt(i + 2) : 0;
    const afterClass = cls[after]!;
    const closesClause = after === 0 || (afterClass & 1) === 1;
    // A sentence-final particle the knowledge never puts after this character (退货呀) only closes
    // the question: it is no unmatched evidence.
    if (known && FINAL.has(next) && closesClause && !isKnown) continue;
    out.add(pair, FEATURE_WEIGHT.b * (kind & nextKind & 2 ? FRAME_FACTOR : 1));
    if (bound) {
      // Followed by another character, or by nothing: 咖啡 alone is no 咖啡因 either.
      const head = bound.get(pair);
      if (head > 0 && head !== after && !afterClass) (others ??= []).push(i);
    }
    if (isKnown) continue;
    addSounds(c, next, out);
    if (sounds && !((cls[c]! | cls[next]!) & 1) && !(kind & nextKind & 2)) {
      // A pair of the knowledge with this sound and one of these two characters: a homophone typo;
      // or with one of them replaced by a character it looks like (look-alikes.ts).
      let meant = soundAlike(c, next, sounds);
      if (meant < 0 && known) meant = shapeAlike(c, next, known);
      // (Not when the character kept belongs to a question word: 满多少减多少 is 多少 then 减, no 少件.)
      const kept = run.charCodeAt(i) === Math.floor(meant / 65536) ? i : i + 1;
      if (meant >= 0 && !frames?.[kept] && repairable(run, i, meant, cls, known)) (repairs ??= []).push(i, meant);
    }
  }
  let said = run;
  if (repairs) said = repairHomophones(run, repairs, cls, out);
  // Pairs used in another word than the knowledge's (咖啡豆 where the knowledge says 咖啡因).
  for (const i of others ?? []) {
    // …unless a repair restored the word's own next character (情人结 read as 情人节).
    if (said !== run && bound!.get(pairKey(run.charCodeAt(i), run.charCodeAt(i + 1))) === said.charCodeAt(i + 2)) continue;
    out.scale(pairKey(run.charCodeAt(i), run.charCodeAt(i + 1)), OTHER_WORD_FACTOR);
    out.scale(charKey(run.charCodeAt(i)), OTHER_WORD_FACTOR);
    out.scale(charKey(run.charCodeAt(i + 1)), OTHER_WORD_FACTOR);
  }
  addGroupsAndPlace(said, ctx.lexicon, out, known);
  // …and as typed: a repair can break a phrase the customer wrote right (五袋只收到四袋 read as 袋子
  // loses 只收到, a missing item).
  if (said !== run) addGroupsAndPlace(run, ctx.lexicon, out);
}

/**
 * Whether the pair at `i` is a homophone typo of the knowledge's pair `meant`: they share one
 * character and differ in the other (the stray one), both of the knowledge's characters are topic
 * characters (sounds of particles and question words are too common to tell anything), and the stray
 * character's other pair is unknown too (a typo breaks both pairs it is in: 侯 of 什么时侯 is a typo,
 * 候 of 时候能 is not).
 */
function repairable(run: string, i: number, meant: number, cls: Uint8Array, known: { has(key: number): boolean } | undefined): boolean {
  const a = Math.floor(meant / 65536);
  const b = meant % 65536;
  if (cls[a] || cls[b]) return false;
  const first = run.charCodeAt(i) === a;
  if (first === (run.charCodeAt(i + 1) === b)) return false;
  const at = first ? i + 1 : i;
  if (cls[run.charCodeAt(at)]! & 1) return false;
  // A number and its measure word (一单, 两盒) is any number of anything: 一单 is no typo of 一档.
  if (NUMERALS.has(first ? a : b)) return false;
  const outer = first ? (at + 1 < run.length ? pairKey(run.charCodeAt(at), run.charCodeAt(at + 1)) : -1) : at > 0 ? pairKey(run.charCodeAt(at - 1), run.charCodeAt(at)) : -1;
  return outer < 0 || !known?.has(outer);
}

/**
 * Homophone typos (`repairs`: position of the pair, the knowledge's pair, …): the knowledge's pair and
 * character are added, a little weaker than typed right; the stray character and pair hardly count.
 * Returns the run as meant, for the synonym groups and places.
 */
function repairHomophones(run: string, repairs: readonly number[], cls: Uint8Array, out: Features): string {
  const codes = Array.from(run, (ch) => ch.charCodeAt(0));
  for (let k = 0; k < repairs.length; k += 2) {
    const i = repairs[k]!;
    const meant = repairs[k + 1]!;
    const a = Math.floor(meant / 65536);
    const b = meant % 65536;
    const first = run.charCodeAt(i) === a;
    const stray = first ? run.charCodeAt(i + 1) : run.charCodeAt(i);
    const fixed = first ? b : a;
    out.scale(pairKey(run.charCodeAt(i), run.charCodeAt(i + 1)), HOMOPHONE.stray);
    out.scale(charKey(stray), HOMOPHONE.stray);
    out.add(pairKey(a, b), FEATURE_WEIGHT.b * HOMOPHONE.repaired);
    if (!(cls[fixed]! & 1)) out.add(charKey(fixed), FEATURE_WEIGHT.u * HOMOPHONE.repaired * (cls[fixed]! & 2 ? FRAME_FACTOR : 1));
    codes[first ? i + 1 : i] = fixed;
  }
  return String.fromCharCode(...codes);
}

/** Numerals, which go with any measure word. */
const NUMERALS = new Set(Array.from('一二两三四五六七八九十百千几半每', (c) => c.charCodeAt(0)));

/** Sentence-final particles. */
const FINAL = new Set(Array.from('吗呢吧啊呀哦嘛啦哈噢喔嘞咧哟呐哇嗦噻', (c) => c.charCodeAt(0)));

/**
 * 呗 closing a message (快点发呗) is a particle too, unless the knowledge puts it after that
 * character (花呗): then it is a word.
 */
const BEI = '呗'.charCodeAt(0);

/** How much a question-frame character (怎, 么) counts next to a topic character. */
const FRAME_FACTOR = 0.3;

/** How much a name (a capitalised word, a place) counts next to an ordinary word. */
const NAME_FACTOR = 0.3;

/** How much the area a named place lies in counts (Lyon: France, the EU), as if said. */
const AREA_FACTOR = 0.6;

const NO_GROUPS: readonly number[] = [];
const NO_AREAS: readonly string[] = [];

/**
 * The sense of a word for word pairs: the interned id of its first synonym group's name, marked so
 * that it differs from any word's own id ("=order"), or 0 for a word of no group. `nth`: its nth
 * group instead (change is in the group of edit and in that of switch), 0 past the last.
 */
function sense(w: string, lexicon: CompiledLexicon, nth = 0): number {
  if (lexicon.enStop.has(w)) return 0;
  const g = lexicon.enGroupIds.get(w) ?? lexicon.enStemGroupIds.get(stem(w));
  return g && g.length > nth ? intern('=' + internedName(g[nth]!)) : 0;
}

/** A number among English words: it pairs with its neighbours ("order #") but is no word itself. */
const NUMBER_SLOT = '#';

/**
 * Expands chat spellings (ur → your, can't → can not) into plain words, and hyphenated words into
 * their parts unless the lexicon spells them as one (next-day is next day, as customers type it;
 * e-mail is email).
 */
function englishWords(words: readonly string[], lexicon: CompiledLexicon): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const idioms = lexicon.enPhraseRewrite.size ? lexicon.enPhraseRewrite.get(w) : undefined;
    const idiom = idioms && phraseAt(idioms, words, i, lexicon.enPlaces);
    if (idiom) {
      out.push(...idiom.words);
      i += idiom.length - 1;
      continue;
    }
    const r = lexicon.enRewrite.get(w);
    if (r !== undefined) {
      if (r) out.push(...r.split(' '));
    } else if (HYPHENATED.test(w)) out.push(...w.split('-'));
    else out.push(w);
  }
  return out;
}

/**
 * The first of `phrases` (see CompiledLexicon.enPhraseRewrite) that `words` say from `at`: the words it
 * is rewritten to and how many it spans. A `*` takes one to three words (send it back, send the jacket
 * back, ordered the dark roast but got…); `@place` one place name (order from Canada), carried to the
 * rewrite like `*`.
 */
function phraseAt(phrases: readonly { words: string[]; to: string[] }[], words: readonly string[], at: number, places: ReadonlySet<string>): { words: string[]; length: number } | undefined {
  const says = (x: string, w: string | undefined) => w === x || (x === PLACE && w !== undefined && places.has(w));
  for (const phrase of phrases) {
    const star = phrase.words.indexOf('*');
    if (star < 0) {
      if (!phrase.words.every((x, k) => says(x, words[at + k]))) continue;
      const place = phrase.words.indexOf(PLACE);
      return { words: place < 0 ? phrase.to : phrase.to.map((x) => (x === PLACE ? words[at + place]! : x)), length: phrase.words.length };
    }
    if (!phrase.words.slice(0, star).every((x, k) => words[at + k] === x)) continue;
    const rest = phrase.words.slice(star + 1);
    for (const taken of [1, 2, 3]) {
      const from = at + star + taken;
      if (from > words.length || !rest.every((x, k) => words[from + k] === x)) continue;
      const object = words.slice(at + star, from);
      return { words: phrase.to.flatMap((x) => (x === '*' ? object : [x])), length: star + taken + rest.length };
    }
  }
  return undefined;
}

/** In a phrase rewrite, where a place name stands (see phraseAt). */
const PLACE = '@place';

/** Words of at most this many letters are corrected only into the knowledge's words (see spell). */
const SHORT_WORD = 6;

/** Letters beyond which a run is no word to correct or split (two long words run together fit). */
const LONGEST_SPELLED = 40;

/**
 * The word as the knowledge would spell it: itself when known, two words when two were run together
 * (tocancel), else the nearest known word (cancdling → canceling), else itself.
 */
function spell(word: string, ctx: FeatureContext): string[] {
  // A lone letter (q of q币) is no misspelling: the speller is not even built for it. Nor is a run
  // of letters longer than any word (splitting one tries every cut: quadratic in its length).
  if (word === NUMBER_SLOT || word.length < 2 || word.length > LONGEST_SPELLED) return [word];
  const speller = ctx.speller;
  if (!speller || speller.has(word) || EN_FRAME.has(word) || ctx.lexicon.enStop.has(word) || ctx.lexicon.enShort.has(word) || (word.length > 2 && ctx.knownStems?.has(stem(word)))) return [word];
  // A hyphenated word the knowledge lacks: as one word when it knows that (sibn-up → signup), else
  // as its parts (toll-free → toll free).
  if (word.includes('-')) {
    const joined = word.replaceAll('-', '');
    const one = spell(joined, ctx);
    return one.length > 1 || one[0] !== joined || speller.has(joined) ? one : word.split('-').filter(Boolean).flatMap((w) => spell(w, ctx));
  }
  // A common English word is meant as typed, unless the nearest known word is another form or spelling
  // of it (recovery → recover, color → colour): the knowledge not using it says that it asks about
  // something else ("is there parking?" is no question about marking, hiring none about a ring).
  // (Asked only of a word of four letters or more about to change: the list is read on first need,
  // which a Chinese shop's process, its English words mostly short brand names, may never have.)
  let common: boolean | undefined;
  const isCommon = () => word.length > 3 && (common ??= isCommonEnglish(word));
  const split = speller.split(word, ctx.lexicon.enStop);
  if (split && split[0].length > 1 && split[1].length > 1 && !isCommon()) return split;
  const corrected = speller.correct(word, ctx.lexicon.enStop);
  if (corrected && corrected !== word && isCommon() && !sameWordStart(word, corrected)) return [word];
  // A short word is more often another real word than a typo of one the knowledge does not use
  // (hold is no hole, mend no send): it is only corrected into the knowledge's words or a small word.
  if (corrected && word.length <= SHORT_WORD && ctx.knowledgeWords && !ctx.knowledgeWords.has(corrected) && !ctx.knownStems?.has(stem(corrected)) && !ctx.lexicon.enStop.has(corrected)) return [word];
  if (corrected) return [corrected];
  // A split leaving a lone letter (cani → can i) only when the rest is no courtesy word: siri is not
  // "sir i", which would vanish from the question altogether.
  // (Not a word of three letters: min is no "m in".)
  return split && word.length > 3 && !split.some((part) => ctx.lexicon.enCourtesy.has(part)) && !isCommon() ? split : [word];
}

/** Whether two words begin alike but for their last two letters, four at least: forms of one word. */
function sameWordStart(a: string, b: string): boolean {
  const need = Math.max(4, Math.min(a.length, b.length) - 2);
  return a.length >= need && b.length >= need && a.slice(0, need) === b.slice(0, need);
}

/** The groups of an English phrase, also in the plural (gift vouchers is a gift voucher). */
function phraseGroups(lexicon: CompiledLexicon, phrase: string): readonly number[] {
  return lexicon.enGroupIds.get(phrase) ?? (phrase.endsWith('s') ? lexicon.enGroupIds.get(phrase.slice(0, -1)) : undefined) ?? NO_GROUPS;
}

/**
 * Verbs that ask whether the shop has something (do you sell / carry / offer X): the thing is the
 * topic, the verb its frame, counted like a Chinese question word's characters. So are how and much:
 * "how much is it for a laptop?" is no "how much is shipping?" for sharing them. (Not long, when or
 * what: measured, they tell time from cost and one thing from another more than they mislead.)
 */
const EN_FRAME = new Set(['sell', 'carry', 'offer', 'provide', 'stock', 'how', 'much']);
function englishFeatures(raw: readonly string[], ctx: FeatureContext, out: Features, names?: ReadonlySet<string>): void {
  const lexicon = ctx.lexicon;
  const words = englishWords(
    englishWords(raw, lexicon).flatMap((w) => spell(w, ctx)),
    lexicon,
  ).filter((w) => !lexicon.enCourtesy.has(w));
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const next = words[i + 1];
    if (next !== undefined && !(lexicon.enStop.has(w) && lexicon.enStop.has(next))) {
      out.add(wordPairKey(intern(stem(w)), intern(stem(next))), FEATURE_WEIGHT.v);
      // The same pair by sense: "switch to" meets "change to", "to purchase" meets "to order"; a
      // word of two groups in each sense.
      const a = sense(w, lexicon);
      const b = sense(next, lexicon);
      if (a || b) out.add(wordPairKey(a || intern(stem(w)), b || intern(stem(next))), FEATURE_WEIGHT.v);
      const a2 = a && sense(w, lexicon, 1);
      const b2 = b && sense(next, lexicon, 1);
      if (a2) out.add(wordPairKey(a2, b || intern(stem(next))), FEATURE_WEIGHT.v);
      if (b2) out.add(wordPairKey(a || intern(stem(w)), b2), FEATURE_WEIGHT.v);
    }
    if (w === NUMBER_SLOT) continue;
    const pair = i + 1 < words.length ? `${w} ${words[i + 1]}` : undefined;
    if (pair) {
      for (const g of phraseGroups(lexicon, pair)) out.add(groupKey(g), FEATURE_WEIGHT.s);
      // Longer phrases (free of charge, did not arrive, send it back).
      let phrase = pair;
      for (let n = 3; n <= lexicon.enLongestPhrase && i + n <= words.length; n++) {
        phrase += ` ${words[i + n - 1]}`;
        for (const g of phraseGroups(lexicon, phrase)) out.add(groupKey(g), FEATURE_WEIGHT.s);
      }
    }
    if (lexicon.enStop.has(w)) continue;
    const key = wordKey(intern(stem(w)));
    if (lexicon.enPlaces.has(w)) {
      out.add(PLACE_KEY, FEATURE_WEIGHT.l);
      // Named in two words, the whole name (its key is the one a city in it gives its area: Belfast
      // meets Northern Ireland).
      const name = placeNameAt(words, i);
      out.add(name === w ? key : wordKey(intern(stem(name))), FEATURE_WEIGHT.w * NAME_FACTOR);
      // …and the areas it lies in, as names too: Lyon meets "we deliver to all EU countries".
      const areas = placeAreasEn.get(name) ?? NO_AREAS;
      for (const area of areas) out.add(wordKey(intern(stem(area))), FEATURE_WEIGHT.w * AREA_FACTOR);
      continue;
    }
    if (names?.has(w)) {
      out.add(key, FEATURE_WEIGHT.w * NAME_FACTOR);
      continue;
    }
    out.add(key, EN_FRAME.has(w) ? FEATURE_WEIGHT.w * FRAME_FACTOR : FEATURE_WEIGHT.w);
    for (const g of lexicon.enGroupIds.get(w) ?? lexicon.enStemGroupIds.get(stem(w)) ?? NO_GROUPS) out.add(groupKey(g), FEATURE_WEIGHT.s);
  }
}

const PLACEHOLDER = /\{\{([^{}]*)\}\}/gu;
const NAME_PLACEHOLDER = /name|person|customer|city|country|place|姓名|名字|城市/iu;

/**
 * Knowledge written as templates ("track order {{Order Number}}", "bill from {{Person Name}}"): a
 * number, amount or code slot reads as a number (what customers type there); a name slot as nothing
 * (a name counts little anyway).
 */
export function withoutPlaceholders(text: string): string {
  return text.replace(PLACEHOLDER, (_, inner: string) => (NAME_PLACEHOLDER.test(inner) ? ' ' : ' 0 '));
}

/**
 * The features of a normalised text. `names`: its capitalised words (see capitalizedWords), which
 * count less.
 */
export function extractFeatures(
  normalized: string,
  ctx: FeatureContext,
  names?: ReadonlySet<string>,
  out: Features = new FeatureBag(),
  /** The text has been through the lexicon's Chinese rewrites already. */
  rewritten = false,
): Features {
  out.clear();
  // Nothing learnt from the knowledge (indexing it): its questions as written.
  const asWritten = !ctx.knownPairs && !ctx.boundPairs && !ctx.homophones;
  let text = rewritten ? normalized : ctx.lexicon.rewriteZh(normalized);
  if (text.includes('{{')) text = withoutPlaceholders(text);
  let words: string[] = [];
  for (const token of scan(text)) {
    if (token.kind === 'word') {
      words.push(token.text);
      continue;
    }
    if (token.kind === 'num') {
      // A number stays in the run of words as a slot: "order 123" is an order, "order a" a verb.
      words.push(NUMBER_SLOT);
      out.add(NUMBER_KEY, FEATURE_WEIGHT.n);
      continue;
    }
    if (words.length) englishFeatures(words, ctx, out, names), (words = []);
    if (asWritten) storedFeatures(token.text, ctx.lexicon, out);
    else messageFeatures(token.text, ctx, out);
  }
  if (words.length) englishFeatures(words, ctx, out, names);
  return out;
}

/** The English words of a text as the knowledge spells them (for the spelling vocabulary). */
export function englishVocabulary(normalized: string, lexicon: CompiledLexicon): string[] {
  const words = scan(normalized.includes('{{') ? withoutPlaceholders(normalized) : normalized)
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
  const out = new FeatureBag();
  for (const { features, factor } of bags) for (let i = 0; i < features.size; i++) out.add(features.keys[i]!, features.weights[i]! * factor);
  return out;
}
