// The lexicon the engine reads: the built-in Chinese and English ones with the shop's own
// (kb.lexicon: synonyms, typos, stopwords) merged over them, compiled for fast lookups.
import type { Lexicon as AdminLexicon } from '../knowledge/schema.js';
import { isHan } from '../text/pinyin.js';
import { enRewrites, enStopwords, enSynonyms } from './lexicon/en.js';
import { placesEn, placesZh } from './lexicon/places.js';
import { enCues } from './lexicon/signals.js';
import { zhFunctionChars, zhRewrites, zhStopwords, zhSynonyms } from './lexicon/zh.js';

/** Phrases keyed by their first character, longest first, for longest-match scanning. */
type PhraseTable = Map<string, { phrase: string; value: string }[]>;

function addPhrase(table: PhraseTable, phrase: string, value: string): void {
  const first = phrase[0]!;
  const list = table.get(first) ?? [];
  const same = list.findIndex((p) => p.phrase === phrase);
  if (same >= 0) list[same] = { phrase, value };
  else list.push({ phrase, value });
  list.sort((a, b) => b.phrase.length - a.phrase.length);
  table.set(first, list);
}

function isChinese(text: string): boolean {
  return isHan(text.charCodeAt(0));
}

export class CompiledLexicon {
  /** Chinese rewrites and multi-character stopwords (rewritten to a separator). */
  private readonly zhTable: PhraseTable = new Map();
  /** Chinese synonym phrases → their groups. */
  private readonly zhGroups: PhraseTable = new Map();
  /** Single Chinese characters without meaning for matching (的, 了, 吗). */
  readonly zhStopChars = new Set<string>();
  /** Characters of a question's frame (怎, 么, 可, 以): weaker than topic characters. */
  readonly zhFunctionChars: ReadonlySet<string> = new Set(zhFunctionChars);
  /** English word → its rewrite (words separated by spaces). */
  readonly enRewrite = new Map<string, string>();
  /** English word or two-word phrase → groups. */
  readonly enGroups = new Map<string, string[]>();
  readonly enStop = new Set<string>();
  /** Every English word the lexicon knows, for spelling correction. */
  readonly enVocabulary = new Set<string>();
  /** English place names. */
  readonly enPlaces: ReadonlySet<string> = placesEn;
  /** Chinese place names, keyed by first character. */
  private readonly zhPlaces: PhraseTable = new Map();

  constructor(admin?: AdminLexicon) {
    for (const [from, to] of Object.entries(zhRewrites)) addPhrase(this.zhTable, from, to);
    for (const [from, to] of Object.entries(enRewrites)) this.enRewrite.set(from, to);
    for (const group of zhSynonyms) this.addGroup(group);
    for (const group of enSynonyms) this.addGroup(group);
    for (const word of zhStopwords) this.addStopword(word);
    for (const word of enStopwords) this.enStop.add(word);
    for (const place of placesZh) addPhrase(this.zhPlaces, place, place);
    // The shop's own entries come last: they win over the built-in ones.
    for (const group of admin?.synonyms ?? []) this.addGroup(group.map((w) => w.toLowerCase()));
    for (const [from, to] of Object.entries(admin?.typos ?? {})) {
      if (isChinese(from)) addPhrase(this.zhTable, from, to.toLowerCase());
      else this.enRewrite.set(from.toLowerCase(), to.toLowerCase());
    }
    for (const word of admin?.stopwords ?? []) this.addStopword(word.toLowerCase());
    for (const word of [...this.enRewrite.values()].flatMap((w) => w.split(' '))) this.enVocabulary.add(word);
    for (const key of this.enGroups.keys()) for (const w of key.split(' ')) this.enVocabulary.add(w);
    // The words of the English escalation cues, so that "complant" and "asisstant" are recognised.
    // Only long words: a short cue word ("police") is too near ordinary words ("polite") to correct to.
    for (const c of enCues) for (const w of c.pattern.source.match(/[a-z]{7,}/gu) ?? []) this.enVocabulary.add(w);
  }

  private addGroup(group: readonly string[]): void {
    const name = group[0]!;
    for (const member of group) {
      if (isChinese(member)) {
        const list = this.zhGroups.get(member[0]!) ?? [];
        list.push({ phrase: member, value: name });
        list.sort((a, b) => b.phrase.length - a.phrase.length);
        this.zhGroups.set(member[0]!, list);
      } else {
        const groups = this.enGroups.get(member) ?? [];
        if (!groups.includes(name)) groups.push(name);
        this.enGroups.set(member, groups);
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

  /** Applies Chinese rewrites by longest match; stopword phrases become spaces. */
  rewriteZh(text: string): string {
    let out = '';
    let copied = 0; // text before this offset is already in `out`
    for (let i = 0; i < text.length; ) {
      const list = text.charCodeAt(i) >= 0x3400 ? this.zhTable.get(text[i]!) : undefined;
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

  /** Whether a run of Chinese text names a place (新疆, 北京, 国外). */
  zhHasPlace(run: string): boolean {
    for (let i = 0; i < run.length; i++) {
      const list = this.zhPlaces.get(run[i]!);
      if (list) for (const p of list) if (run.startsWith(p.phrase, i)) return true;
    }
    return false;
  }

  /** The synonym groups found anywhere in a run of Chinese text (overlaps allowed). */
  zhSynonymGroups(run: string): string[] {
    const out: string[] = [];
    for (let i = 0; i < run.length; i++) {
      const list = this.zhGroups.get(run[i]!);
      if (!list) continue;
      for (const p of list) if (run.startsWith(p.phrase, i)) out.push(p.value);
    }
    return out;
  }
}
