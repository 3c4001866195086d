// Homophone typos repaired to the knowledge's own words: a customer typing by sound picks the wrong
// character of the right syllable (包油 for 包邮, 保值期 for 保质期, 花被 for 花呗). A pair of
// characters the knowledge never uses, sounding like one pair it does use and sharing one of its two
// characters, is read as that pair: the knowledge's pair and character count (a little less than
// when typed right) and the stray character hardly counts. Sounds that several of the knowledge's
// pairs share repair nothing (which one was meant is a guess). Built from the index on the first
// message that needs it, so start-up pays nothing.
import { fuzzyId, syllableOf } from '../text/pinyin.js';
import { KeyMap, KIND, kindOf, soundKey, valueOf } from './keys.js';
import type { MatchIndex } from './index.js';

/** What a repaired pair and character count, against the same typed right. */
export const HOMOPHONE = { repaired: 0.8, stray: 0.2 };

export interface Homophones {
  /** The knowledge's pair (first code × 65536 + second code) sounding like `sound`, or -1. */
  pairFor(sound: number): number;
}

/**
 * `indexOf`: the index, asked on the first message (buildIndex hands this to the context before the
 * index exists, so that the context's fields keep one type from the start: see buildIndex).
 */
export function homophones(indexOf: () => MatchIndex): Homophones {
  let pairs: Float64Array | undefined;
  let bySound: KeyMap | undefined;
  const build = () => {
    const index = indexOf();
    // Sound (each character's first reading) → index into `found` (the pair), or AMBIGUOUS. Only
    // pairs of two topic characters can be meant (see features.ts, repairable).
    const cls = index.context.lexicon.zhCharClass;
    const found: number[] = [];
    const map = (bySound = new KeyMap(index.featureKeys.length));
    const keys = index.featureKeys;
    for (let k = 0; k < keys.length; k++) {
      const key = keys[k]!;
      if (kindOf(key) !== KIND.b) continue;
      const value = valueOf(key);
      const a = Math.floor(value / 65536);
      const b = value % 65536;
      if (cls[a] || cls[b]) continue;
      const sa = fuzzyId(syllableOf(a, 0));
      const sb = fuzzyId(syllableOf(b, 0));
      if (!sa || !sb) continue;
      const sound = soundKey(sa, sb);
      const at = map.get(sound);
      if (at === -1) {
        map.set(sound, found.length);
        found.push(value);
      } else if (at !== AMBIGUOUS && found[at] !== value) map.set(sound, AMBIGUOUS);
    }
    pairs = Float64Array.from(found);
  };
  return {
    pairFor(sound) {
      if (!bySound) build();
      const at = bySound!.get(sound);
      return at >= 0 && at !== AMBIGUOUS ? pairs![at]! : -1;
    },
  };
}

const AMBIGUOUS = 0x7fffffff;
