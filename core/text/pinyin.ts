// Pinyin, so that homophone typos meet the word they stand for: a customer typing with a pinyin input
// method picks the wrong character of the right sound (退贷 for 退货 is a near miss; 花被 for 花呗 is the
// same sound). Matching compares sounds as well as characters; no list of typos is needed.
//
// The readings come from a compact table generated from pinyin-pro's dictionary (pinyin-table.ts),
// decoded at start-up by one native call: looking a character up is two byte reads.
import { Buffer } from 'node:buffer';
import { FIRST, LAST, READINGS, SYLLABLES } from './pinyin-table.js';

const NONE: readonly string[] = [];

/** True for a CJK ideograph (the basic block and extension A, where all common characters are). */
export function isHan(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf);
}

/** Two bytes per reading, high byte first: see pinyin-table.ts. */
const TABLE: Uint8Array = Buffer.from(READINGS, 'base64');

/**
 * The syllable numbers (1-based into SYLLABLES, 0: none) of a character's first or second reading.
 * `slot` is 0 or 1.
 */
export function syllableOf(code: number, slot: 0 | 1): number {
  if (code < FIRST || code > LAST) return 0;
  const at = ((code - FIRST) * 2 + slot) * 2;
  return (TABLE[at]! << 8) | TABLE[at + 1]!;
}

/** Syllable number → its spelling. */
export function syllableName(id: number): string {
  return SYLLABLES[id - 1] ?? '';
}

/**
 * A reading with the distinctions people most often blur when typing by sound merged:
 * zh/z, ch/c, sh/s (southern accents) and -ng/-n (an/ang, en/eng, in/ing).
 */
export function fuzzy(syllable: string): string {
  return syllable.replace(/^([zcs])h/u, '$1').replace(/ng$/u, 'n');
}

// Syllable number → the number of its fuzzy form (the number of the first syllable with that form).
const FUZZY = new Int32Array(SYLLABLES.length + 1);
{
  const first = new Map<string, number>();
  SYLLABLES.forEach((s, i) => {
    const f = fuzzy(s);
    if (!first.has(f)) first.set(f, i + 1);
  });
  SYLLABLES.forEach((s, i) => (FUZZY[i + 1] = first.get(fuzzy(s))!));
}

/** The number of a syllable's fuzzy form (see `fuzzy`); 0 for none. */
export function fuzzyId(syllable: number): number {
  return FUZZY[syllable] ?? 0;
}

/**
 * The toneless readings of one character, most common first (还 → hai, huan; at most two), or none
 * for a character that is not Chinese.
 */
export function readings(char: string): readonly string[] {
  const code = char.codePointAt(0) ?? 0;
  const a = syllableOf(code, 0);
  if (!a) return NONE;
  const b = syllableOf(code, 1);
  return b ? [syllableName(a), syllableName(b)] : [syllableName(a)];
}

/** The toneless pinyin of a text, one syllable per Chinese character (most common reading). */
export function toPinyin(text: string): string[] {
  const out: string[] = [];
  for (const char of text) {
    const r = readings(char);
    if (r[0]) out.push(r[0]);
  }
  return out;
}
