// The lexicon the engine reads: the built-in Chinese and English ones with the shop's own
// (kb.lexicon: synonyms, typos, stopwords) merged over them, compiled for fast lookups.
import type { Lexicon as AdminLexicon } from '../knowledge/schema.js';
import { isHan } from '../text/pinyin.js';
import { stem } from '../text/stem.js';
import { readBodyMeasures } from './body-measures.js';
import { groupKey, intern, internedName, wordKey } from './keys.js';
import { enCourtesy, enOpposites, enRewrites, enServiceWords, enShortWords, enStopwords, enSynonyms } from './lexicon/en.js';
import { placesEn, placesZh } from './lexicon/places.js';
import { enCues } from './lexicon/signals.js';
import { zhFramePhrases, zhFunctionChars, zhOpposites, zhRewrites, zhStopwords, zhSynonyms } from './lexicon/zh.js';
import { readMismatchedItem } from './mismatched-item.js';
import { readMoneyBack } from './money-back.js';

/** Phrases keyed by the code of their first character, longest first, for longest-match scanning. */
type PhraseTable = Map<number, { phrase: string; value: string }[]>;

function addPhrase(table: PhraseTable, phrase: string, value: string): void {
  const first = phrase.charCodeAt(0);
  const list = table.get(first) ?? [];
  const same = list.findIndex((p) => p.phrase === phrase);
  if (same >= 0) list[same] = { phrase, value };
  else list.push({ phrase, value });
  list.sort((a, b) => b.phrase.length - a.phrase.length);
  table.set(first, list);
}

// A character, 不 or 没, the same character again: the yes-no question of Chinese (包不包邮, 是不是).
const A_NOT_A = /([\u4e00-\u9fff])[不没]\1/gu;
const A_NOT_A_ONE = /([\u4e00-\u9fff])[不没]\1/u;
// The same question with its second half left out (能退不, 有券没, 付款行不): 不 or 没 closing a
// clause after a verb asks yes or no, like 吗. Not after words that make it a statement (还没, 也不).
const CLOSING_NOT = /(?<=[\u4e00-\u9fff])(?<![还也都并从决绝可就要不没])(?:行不行|行不|[不没])(?![\u4e00-\u9fff])/gu;
const CLOSING_NOT_ONE = /[不没](?![\u4e00-\u9fff])/u;

/**
 * Words of two letters or more joined by hyphens (next-day, add-on): read as their parts, in the
 * knowledge, in messages and in synonym groups alike; fre-e is a typo of one word.
 */
export const HYPHENATED = /^[a-z']{2,}(?:-[a-z']{2,})+$/u;

function isChinese(text: string): boolean {
  return isHan(text.charCodeAt(0));
}

export class CompiledLexicon {
  /** Chinese rewrites and multi-character stopwords (rewritten to a separator). */
  private readonly zhTable: PhraseTable = new Map();
  /** Chinese synonym phrases → their groups. */
  private readonly zhGroups = new Map<number, { phrase: string; value: string; id: number }[]>();
  /** Single Chinese characters without meaning for matching (的, 了, 吗). */
  readonly zhStopChars = new Set<string>();
  /** Characters of a question's frame (怎, 么, 可, 以): weaker than topic characters. */
  readonly zhFunctionChars: ReadonlySet<string> = new Set(zhFunctionChars);
  /** By character code: bit 1 for a stop character, bit 2 for a frame character (for the matching loop). */
  readonly zhCharClass = new Uint8Array(65536);
  /** English word → its rewrite (words separated by spaces). */
  readonly enRewrite = new Map<string, string>();
  /**
   * English phrases rewritten (idioms: changed my mind → no longer want), keyed by their first word:
   * the phrase's words and its rewrite's, longest phrase first. A `*` in a phrase stands for one or
   * two words, carried to the `*` of the rewrite (send * back → return *).
   */
  readonly enPhraseRewrite = new Map<string, { words: string[]; to: string[] }[]>();
  /** English word or phrase → groups. */
  readonly enGroups = new Map<string, string[]>();
  /** English word or phrase → the interned ids of its groups. */
  readonly enGroupIds = new Map<string, number[]>();
  /** How many words the longest English phrase of a group has. */
  enLongestPhrase = 1;
  /**
   * English stem → the interned ids of the groups of the one-word members with that stem, so that
   * other forms of a member meet its group too (closing, closure → close; terminations → terminate).
   */
  readonly enStemGroupIds = new Map<string, number[]>();
  readonly enStop = new Set<string>();
  /** Greetings, thanks and fillers: left out of a message's words (see enCourtesy). */
  readonly enCourtesy = new Set<string>(enCourtesy);
  /** Opposite English actions (see enOpposites) as pairs of feature keys: their groups, else their stems. */
  readonly enOpposites: [number, number][];
  /** Opposite Chinese states (see zhOpposites) as pairs of their groups' feature keys. */
  readonly zhOpposites: [number, number][];
  /** Stems of the words naming what a shop does rather than what it sells (see enServiceWords). */
  readonly enService = new Set<string>(enServiceWords.map(stem));
  /** Common short English words: known words, whatever the knowledge says (see enShortWords). */
  readonly enShort = new Set<string>();
  /** Every English word the lexicon knows, for spelling correction. */
  readonly enVocabulary = new Set<string>();
  /** English place names. */
  readonly enPlaces: ReadonlySet<string> = placesEn;
  /** Chinese place names, keyed by first character. */
  private readonly zhPlaces: PhraseTable = new Map();
  /** Question words whose characters are all frame (see zhFramePhrases), keyed by first character. */
  private readonly zhFrameTable: PhraseTable = new Map();
  /** By character code: 1 when a frame phrase starts with it (most characters need no lookup). */
  private readonly frameFirst = new Uint8Array(65536);
  /** Positions of a run inside a frame phrase (1), reused from run to run. */
  private frameMask = new Uint8Array(64);

  constructor(admin?: AdminLexicon) {
    for (const [from, to] of Object.entries(zhRewrites)) addPhrase(this.zhTable, from, to);
    for (const [from, to] of Object.entries(enRewrites)) this.addEnRewrite(from, to);
    for (const group of zhSynonyms) this.addGroup(group);
    for (const group of enSynonyms) this.addGroup(group);
    for (const word of zhStopwords) this.addStopword(word);
    for (const word of [...enStopwords, ...enCourtesy]) this.enStop.add(word);
    for (const place of placesZh) addPhrase(this.zhPlaces, place, place);
    for (const phrase of zhFramePhrases) {
      addPhrase(this.zhFrameTable, phrase, phrase);
      this.frameFirst[phrase.charCodeAt(0)] = 1;
    }

    // The shop's own entries come last: they win over the built-in ones.
    for (const group of admin?.synonyms ?? []) this.addGroup(group.map((w) => w.toLowerCase()));
    for (const [from, to] of Object.entries(admin?.typos ?? {})) {
      if (isChinese(from)) addPhrase(this.zhTable, from, to.toLowerCase());
      else this.addEnRewrite(from.toLowerCase(), to.toLowerCase());
    }
    for (const word of admin?.stopwords ?? []) this.addStopword(word.toLowerCase());
    for (const c of this.zhFunctionChars) this.zhCharClass[c.charCodeAt(0)]! |= 2;
    for (const c of this.zhStopChars) this.zhCharClass[c.charCodeAt(0)]! |= 1;
    for (const word of [...this.enRewrite.values()].flatMap((w) => w.split(' '))) this.enVocabulary.add(word);
    for (const list of this.enPhraseRewrite.values()) for (const { words, to } of list) for (const word of [...words, ...to]) if (word !== '*' && word !== '@place') this.enVocabulary.add(word);
    for (const word of enShortWords) this.enShort.add(word);
    const keyOf = (w: string) => {
      const g = this.enGroupIds.get(w);
      return g?.length ? groupKey(g[0]!) : wordKey(intern(stem(w)));
    };
    this.enOpposites = enOpposites.map(([a, b]) => [keyOf(a), keyOf(b)]);
    this.zhOpposites = zhOpposites.map(([a, b]) => [groupKey(intern(a)), groupKey(intern(b))]);
    for (const key of this.enGroups.keys()) for (const w of key.split(' ')) this.enVocabulary.add(w);
    // The words of the English escalation cues, so that "complant" and "asisstant" are recognised.
    // Only long words: a short cue word ("police") is too near ordinary words ("polite") to correct to.
    for (const c of enCues) for (const w of c.pattern.source.match(/[a-z]{7,}/gu) ?? []) this.enVocabulary.add(w);
  }

  private addEnRewrite(from: string, to: string): void {
    const words = from.split(/\s+/u).filter(Boolean);
    if (words.length < 2) return void this.enRewrite.set(from.trim(), to);
    const list = this.enPhraseRewrite.get(words[0]!) ?? [];
    list.push({ words, to: to.split(/\s+/u).filter(Boolean) });
    list.sort((a, b) => b.words.length - a.words.length);
    this.enPhraseRewrite.set(words[0]!, list);
  }

  /** The Chinese words of the synonym groups (运费, 邮费, 到货…), once for each group they are in. */
  *zhGroupWords(): Iterable<string> {
    for (const list of this.zhGroups.values()) for (const { phrase } of list) yield phrase;
  }

  private addGroup(group: readonly string[]): void {
    const name = group[0]!;
    for (const written of group) {
      const member = HYPHENATED.test(written) ? written.replaceAll('-', ' ') : written;
      if (isChinese(member)) {
        const list = this.zhGroups.get(member.charCodeAt(0)) ?? [];
        list.push({ phrase: member, value: name, id: intern(name) });
        list.sort((a, b) => b.phrase.length - a.phrase.length);
        this.zhGroups.set(member.charCodeAt(0), list);
      } else {
        for (const phrase of withObjects(member)) {
          const groups = this.enGroups.get(phrase) ?? [];
          if (!groups.includes(name)) groups.push(name);
          this.enGroups.set(phrase, groups);
          this.enGroupIds.set(phrase, groups.map(intern));
          this.enLongestPhrase = Math.max(this.enLongestPhrase, phrase.split(' ').length);
        }
        // Base forms only: an inflected member (used, returns) would pull in words of other
        // meanings through its stem (use, user).
        if (!member.includes(' ') && !/(?:ed|ing|s)$/u.test(member)) {
          const key = stem(member);
          const ids = this.enStemGroupIds.get(key) ?? [];
          if (!ids.includes(intern(name))) ids.push(intern(name));
          this.enStemGroupIds.set(key, ids);
        }
      }
    }
  }

  private addStopword(word: string): void {
    if (!isChinese(word)) this.enStop.add(word);
    else if ([...word].length === 1) this.zhStopChars.add(word);
    // A longer stopword is cut out of the text (请问, 您好); a single character cannot be, as it may be
    // part of a word (么 in 什么): it only stops counting on its own.
    else addPhrase(this.zhTable, word, ' ');
  }

  /**
   * Applies Chinese rewrites by longest match (stopword phrases become spaces), then reads an
   * A-not-A question as its verb: 包不包邮 → 包邮, 能不能 → 能, 有没有 → 有; and one whose second
   * half is left out the same way: 能退不 → 能退, 有券没 → 有券, 付款行不 → 付款可以.
   */
  rewriteZh(raw: string): string {
    const text = readMoneyBack(readMismatchedItem(readBodyMeasures(raw)));
    const out = this.rewritePhrases(SMALL_COUNT_ONE.test(text) ? text.replace(SMALL_COUNT, (_, digits: string, at: number) => smallCount(digits, at, text)) : text);
    const asked = A_NOT_A_ONE.test(out) ? out.replace(A_NOT_A, '$1') : out;
    return CLOSING_NOT_ONE.test(asked) ? asked.replace(CLOSING_NOT, (m) => (m[0] === '行' ? '可以' : '')) : asked;
  }

  private rewritePhrases(text: string): string {
    let out = '';
    let copied = 0; // text before this offset is already in `out`
    for (let i = 0; i < text.length; ) {
      const code = text.charCodeAt(i);
      const list = code >= 0x3400 ? this.zhTable.get(code) : undefined;
      let hit: { phrase: string; value: string } | undefined;
      if (list) for (const p of list) if (text.startsWith(p.phrase, i)) { hit = p; break; }
      if (!hit) {
        i++;
        continue;
      }
      out += text.slice(copied, i) + hit.value;
      i += hit.phrase.length;
      copied = i;
    }
    return copied ? out + text.slice(copied) : text;
  }

  /**
   * The positions of a run of Chinese text that belong to a question word (see zhFramePhrases): 1 at
   * each, 0 elsewhere, in an array reused by the next call; undefined when the run has none.
   */
  zhFrames(run: string): Uint8Array | undefined {
    let mask: Uint8Array | undefined;
    for (let i = 0; i < run.length; i++) {
      if (!this.frameFirst[run.charCodeAt(i)]) continue;
      for (const p of this.zhFrameTable.get(run.charCodeAt(i))!) {
        if (!run.startsWith(p.phrase, i)) continue;
        if (!mask) {
          if (this.frameMask.length < run.length) this.frameMask = new Uint8Array(run.length * 2);
          mask = this.frameMask;
          mask.fill(0, 0, run.length);
        }
        mask.fill(1, i, i + p.phrase.length);
        break;
      }
    }
    return mask;
  }

  /** Where a run of Chinese text names places (新疆, 乌鲁木齐, 国外): start and end of each, or undefined. */
  zhPlaceSpans(run: string): number[] | undefined {
    let spans: number[] | undefined;
    for (let i = 0; i < run.length; i++) {
      const list = this.zhPlaces.get(run.charCodeAt(i));
      if (!list) continue;
      for (const p of list) {
        if (!run.startsWith(p.phrase, i)) continue;
        (spans ??= []).push(i, i + p.phrase.length);
        i += p.phrase.length - 1;
        break;
      }
    }
    return spans;
  }

  /** The synonym groups found anywhere in a run of Chinese text (overlaps allowed). */
  zhSynonymGroups(run: string): string[] {
    const out: string[] = [];
    this.eachZhGroup(run, (id) => out.push(internedName(id)));
    return out;
  }

  /**
   * Whether synonym-group phrases cover every character of a run of Chinese text: 运费 or 退货 alone
   * names a kind of question the knowledge answers, not a thing (纸尿裤) a question is asked of.
   */
  zhGroupsCover(run: string): boolean {
    let coveredTo = 0;
    for (let i = 0; i < run.length; i++) {
      const phrase = this.zhGroups.get(run.charCodeAt(i))?.find((p) => run.startsWith(p.phrase, i))?.phrase;
      if (phrase) coveredTo = Math.max(coveredTo, i + phrase.length);
      else if (i >= coveredTo) return false;
    }
    return run.length > 0;
  }

  /**
   * Calls `fn` with the interned id of every synonym group found in a run of Chinese text. Phrases
   * may overlap, but one inside a longer phrase found is not the customer's word: 退货 in 退货险
   * (return-shipping insurance) is no return.
   */
  eachZhGroup(run: string, fn: (id: number) => void): void {
    let coveredTo = 0; // the end of the phrases found so far
    for (let i = 0; i < run.length; i++) {
      const list = this.zhGroups.get(run.charCodeAt(i));
      if (!list || boundWord(run, i)) continue;
      // Longest first: only the longest phrase at i counts (in each group it belongs to), and only
      // if it reaches past the phrases found before.
      let found: string | undefined;
      for (const p of list) {
        if (found !== undefined ? p.phrase !== found : !run.startsWith(p.phrase, i)) continue;
        if (found === undefined && i + p.phrase.length <= coveredTo) break;
        found = p.phrase;
        fn(p.id);
      }
      if (found !== undefined) coveredTo = i + found.length;
    }
  }

}

/**
 * Whether the character at i is the end of a word that a phrase starting there would cut: the 少 of
 * 多少, 至少 and 不少 is no shortfall (每天倒多少给它 asks how much to feed, not about 少给, too few sent).
 */
function boundWord(run: string, i: number): boolean {
  return run.charCodeAt(i) === 0x5c11 && i > 0 && '多至不'.includes(run[i - 1]!);
}

/**
 * A small number of days, items or times written in digits (7天无理由, 换大1号, 2个): read as customers
 * and shops also write it, in Chinese (七天无理由, 大一号, 两个), so that both meet. 2 counts as 两,
 * except in dates and ordinals (2号, 2月).
 */
const SMALL_COUNT = /(?<![0-9.,:/a-z~\-到至])(10|[1-9])(?=[天个件次周年只包瓶盒箱袋罐条双套斤号月日楼层])/gu;
const SMALL_COUNT_ONE = /(?<![0-9.,:/a-z~\-到至])(?:10|[1-9])[天个件次周年只包瓶盒箱袋罐条双套斤号月日楼层]/u;
const ORDINAL = /[号月日楼层]/u;
function smallCount(digits: string, at: number, text: string): string {
  if (digits === '10') return '十';
  // (第2件 is the second item: 第二件.)
  if (digits === '2' && !ORDINAL.test(text[at + 1]!) && text[at - 1] !== '第') return '两';
  return '零一二三四五六七八九'[Number(digits)]!;
}

/** What a `*` of a lexicon phrase stands for: the object customers put inside a phrasal verb. */
const OBJECTS = ['it', 'them', 'this', 'that', 'these', 'those', 'me', 'us', 'you'];

/**
 * The phrases a lexicon member stands for: "send * back" is send back, send it back, send them
 * back… (only where the object inside keeps the sense: set it up is no account set up).
 */
function withObjects(member: string): string[] {
  if (!member.includes('*')) return [member];
  // Only a verb, the object and a particle or two (send * back, split * into payments); a `*` anywhere
  // else stands for nothing.
  if (!/^\S+ \* \S+(?: \S+)?$/u.test(member)) return [member.replace(/\s*\*\s*/gu, ' ').trim()];
  return [member.replace(' * ', ' '), ...OBJECTS.map((o) => member.replace('*', o))];
}
