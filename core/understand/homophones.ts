// Homophone typos repaired to the knowledge's own words: a customer typing by sound picks the wrong
// character of the right syllable (包油 for 包邮, 保值期 for 保质期, 花被 for 花呗). A pair of
// characters the knowledge never uses, sounding like one pair it does use and sharing one of its two
// characters, is read as that pair: the knowledge's pair and character count (a little less than
// when typed right) and the stray character hardly counts. The lexicon's words count as the
// knowledge's (邮废 is 邮费 where the knowledge says 运费). Sounds that several pairs share repair
// nothing (which one was meant is a guess), unless one is heard far more often. Built from the
// index on the first message that needs it, so start-up pays nothing.
import { fuzzyId, syllableOf } from '../text/pinyin.js';
import { KeyMap, KIND, kindOf, soundKey, valueOf } from './keys.js';
import type { MatchIndex } from './index.js';

/** What a repaired pair and character count, against the same typed right. */
export const HOMOPHONE = { repaired: 0.8, stray: 0.2 };

export interface Homophones {
  /**
   * The knowledge's pair (first code × 65536 + second code) sounding like `sound` (of fuzzy syllables,
   * see pinyin.ts: zh and z, eng and en alike), or -1.
   */
  pairFor(sound: number): number;
  /**
   * The same, of exact syllables: 增品 sounds exactly like 赠品 and only fuzzily like 正品, which
   * the fuzzy sound cannot tell apart. -1 when no pair or several sound so.
   */
  exactPairFor(sound: number): number;
}

/** Sound → the knowledge's pair meant by it, or -1 (see `homophones`). */
type SoundTable = { bySound: KeyMap; pairs: Float64Array };

/**
 * `indexOf`: the index, asked on the first message (buildIndex hands this to the context before the
 * index exists, so that the context's fields keep one type from the start: see buildIndex).
 */
export function homophones(indexOf: () => MatchIndex): Homophones {
  let fuzzySounds: SoundTable | undefined;
  let exactSounds: SoundTable | undefined;
  const build = () => {
    const index = indexOf();
    fuzzySounds = soundTable(index, fuzzyId);
    exactSounds = soundTable(index, (syllable) => syllable);
  };
  const lookUp = (table: SoundTable, sound: number) => {
    const at = table.bySound.get(sound);
    return at >= 0 ? table.pairs[at]! : -1;
  };
  return {
    pairFor(sound) {
      if (!fuzzySounds) build();
      return lookUp(fuzzySounds!, sound);
    },
    exactPairFor(sound) {
      if (!exactSounds) build();
      return lookUp(exactSounds!, sound);
    },
  };
}

/** The knowledge's pairs by their sound, each character's syllable mapped by `idOf` (0: none). */
function soundTable(index: MatchIndex, idOf: (syllable: number) => number): SoundTable {
  const lexicon = index.context.lexicon;
  // Only pairs of two topic characters can be meant (see features.ts, repairable).
  const cls = lexicon.zhCharClass;
  // Sound (each character's first reading) → index into the candidates: the pair heard most often
  // (how many questions hold it) and how often the runner-up is heard.
  const found: number[] = [];
  const often: number[] = [];
  const runnerUp: number[] = [];
  const bySound = new KeyMap(index.featureKeys.length);
  const consider = (value: number, count: number, onlyNew = false) => {
    const a = Math.floor(value / 65536);
    const b = value % 65536;
    if (cls[a] || cls[b]) return;
    const sa = idOf(syllableOf(a, 0));
    const sb = idOf(syllableOf(b, 0));
    if (!sa || !sb) return;
    const sound = soundKey(sa, sb);
    const at = bySound.get(sound);
    if (onlyNew && at !== -1) return;
    if (at === -1) {
      bySound.set(sound, found.length);
      found.push(value);
      often.push(count);
      runnerUp.push(0);
    } else if (found[at] === value) often[at]! += count;
    else if (count > often[at]!) (runnerUp[at] = often[at]!), (found[at] = value), (often[at] = count);
    else runnerUp[at] = Math.max(runnerUp[at]!, count);
  };
  const keys = index.featureKeys;
  const { start } = index.postings;
  for (let k = 0; k < keys.length; k++) if (kindOf(keys[k]!) === KIND.b) consider(valueOf(keys[k]!), start[k + 1]! - start[k]!);
  // The lexicon's words too, for sounds none of the knowledge's pairs has: 邮费 for 邮废 where the
  // knowledge only says 运费, the group both belong to. (Beside a pair of the knowledge, a word it
  // never uses would only make the sound ambiguous.)
  for (const word of lexicon.zhGroupWords()) if (word.length === 2) consider(word.charCodeAt(0) * 65536 + word.charCodeAt(1), 1, true);
  // A sound the knowledge gives two pairs repairs nothing (which one was meant is a guess), unless
  // one is heard far more often (发货 in many questions, 发或 once in an answer).
  return { bySound, pairs: Float64Array.from(found, (value, i) => (often[i]! >= DOMINANT * runnerUp[i]! ? value : -1)) };
}

/** How many times more often one pair of a sound must be heard than another to be the one meant. */
const DOMINANT = 3;
