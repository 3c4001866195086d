// A Chinese reading of the English in a message, for knowledge written mostly in Chinese. An English-
// speaking customer of a Chinese shop (is shipping free?), or one mixing English into Chinese
// (有没有coupon可以用, tracking number在哪里看), shares no word with such knowledge: their shop words,
// put the way the knowledge says them (lexicon/bilingual.ts), are read as one more reading of the
// message. The other English words are left out, but for those the knowledge itself writes (GIA); the
// Chinese stays as written.
import { enToZh } from './lexicon/bilingual.js';

// A Map, not the object: a customer's word may be any property name ("constructor").
const TABLE = new Map(Object.entries(enToZh));
/** The most words a phrase of the table has: phrases are tried longest first ("tracking number" before "tracking"). */
const LONGEST = Math.max(...[...TABLE.keys()].map((p) => p.split(' ').length));
const WORD = /[a-z][a-z']*/gu;
const HAN = /\p{Script=Han}/u;

/** A message read in Chinese: its text, and the Chinese of the shop words it had in English. */
export interface Translation {
  text: string;
  words: string[];
}

/**
 * The normalised message with its English words in Chinese (the ones the table has; the rest
 * dropped unless `known`, the knowledge's own English words), words apart, or undefined when none of
 * its English words is a shop word. `rewrites`: the single-word spellings to read first
 * (CompiledLexicon.enRewrite: the built-in ones and the shop's typos).
 */
export function translateEnglish(text: string, rewrites: ReadonlyMap<string, string>, known?: ReadonlySet<string>): Translation | undefined {
  const translated: string[] = [];
  let out = '';
  let last = 0;
  // Runs of English words (with spaces or hyphens between them: pre-order is the phrase pre order), each
  // translated phrase by phrase.
  const run = /[a-z][a-z' -]*[a-z]|[a-z]/gu;
  for (let m = run.exec(text); m; m = run.exec(text)) {
    out += text.slice(last, m.index);
    last = m.index + m[0].length;
    // Chat spellings and contractions as words first: hasnt moved is has not moved.
    const words = (m[0].match(WORD) ?? []).flatMap((w) => (rewrites.has(w) ? rewrites.get(w)!.split(' ').filter(Boolean) : [w]));
    const said: string[] = [];
    for (let i = 0; i < words.length; ) {
      let step = 1;
      for (let n = Math.min(LONGEST, words.length - i); n >= 1; n--) {
        const zh = TABLE.get(words.slice(i, i + n).join(' '));
        if (zh === undefined) {
          // A word the knowledge itself writes in English (GIA) stays as typed.
          if (n === 1 && known?.has(words[i]!)) said.push(words[i]!);
          continue;
        }
        said.push(zh);
        translated.push(zh);
        step = n;
        break;
      }
      i += step;
    }
    // Written into the Chinese around it without a space (开invoice吗 is 开发票吗: its pairs meet).
    const before = HAN.test(text.charAt(m.index - 1)) ? '' : ' ';
    const after = HAN.test(text.charAt(last)) ? '' : ' ';
    out += said.length ? `${before}${said.join(' ')}${after}` : ' ';
  }
  out += text.slice(last);
  return translated.length ? { text: out.replace(/\s+/gu, ' ').trim(), words: translated } : undefined;
}
