// Pinyin, so that homophone typos meet the word they stand for: a customer typing with a pinyin input
// method picks the wrong character of the right sound (退贷 for 退货 is a near miss; 花被 for 花呗 is the
// same sound). Matching compares sounds as well as characters; no list of typos is needed.
import { polyphonic } from 'pinyin-pro';

const cache = new Map<number, readonly string[]>();
const NONE: readonly string[] = [];

/** True for a CJK ideograph (the basic block and extension A, where all common characters are). */
export function isHan(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf);
}

/**
 * Every toneless reading of one character, most common first (还 → hai, huan), or none for a
 * character that is not Chinese. Cached: a shop's texts use a few thousand characters at most.
 */
export function readings(char: string): readonly string[] {
  const code = char.codePointAt(0) ?? 0;
  const hit = cache.get(code);
  if (hit) return hit;
  let out = NONE;
  if (isHan(code)) {
    const found = polyphonic(char, { toneType: 'none', type: 'array' })[0] ?? [];
    const clean = [...new Set(found.map((s) => s.replace(/ü/gu, 'v')).filter((s) => /^[a-z]+$/u.test(s)))];
    if (clean.length) out = clean;
  }
  cache.set(code, out);
  return out;
}

/**
 * A reading with the distinctions people most often blur when typing by sound merged:
 * zh/z, ch/c, sh/s (southern accents) and -ng/-n (an/ang, en/eng, in/ing).
 */
export function fuzzy(syllable: string): string {
  let out = fuzzyCache.get(syllable);
  if (out === undefined) {
    out = syllable.replace(/^([zcs])h/u, '$1').replace(/ng$/u, 'n');
    fuzzyCache.set(syllable, out);
  }
  return out;
}
const fuzzyCache = new Map<string, string>();

/** The toneless pinyin of a text, one syllable per Chinese character (most common reading). */
export function toPinyin(text: string): string[] {
  const out: string[] = [];
  for (const char of text) {
    const r = readings(char);
    if (r[0]) out.push(r[0]);
  }
  return out;
}
