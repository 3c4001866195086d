// Complaint words typed by sound: 头诉 or 投素 for 投诉, 退宽 for 退款, 转仁工 for 转人工. The escalation
// cues read the message with such pairs put right. A pair is repaired only when it keeps one of the
// word's two characters and the other sounds the same (fuzzy pinyin, any reading); a pair sharing
// neither character stays as typed. Words with a common look-alike are left out (片子 is not 骗子,
// 工伤 is not 工商, a tea shop's 茶评 is not 差评).
import { fuzzyId, isHan, syllableOf } from '../text/pinyin.js';

const WORDS = ['投诉', '退款', '赔偿', '人工', '垃圾', '举报', '假货', '起诉', '维权', '消协', '曝光'];

/** Character → the words that have it first / second. */
const byFirst = new Map<string, string[]>();
const bySecond = new Map<string, string[]>();
/** By character code: 1 when some word starts with it, 2 when some word ends with it (most: 0). */
const role = new Uint8Array(65536);
for (const w of WORDS) {
  byFirst.set(w[0]!, [...(byFirst.get(w[0]!) ?? []), w]);
  bySecond.set(w[1]!, [...(bySecond.get(w[1]!) ?? []), w]);
  role[w.charCodeAt(0)]! |= 1;
  role[w.charCodeAt(1)]! |= 2;
}

function soundsAlike(a: string, b: string): boolean {
  const x = a.charCodeAt(0);
  const y = b.charCodeAt(0);
  if (!isHan(x) || !isHan(y)) return false;
  for (const i of [0, 1] as const) {
    const s = syllableOf(x, i);
    if (!s) continue;
    for (const j of [0, 1] as const) {
      const t = syllableOf(y, j);
      if (t && fuzzyId(s) === fuzzyId(t)) return true;
    }
  }
  return false;
}

/** The normalised text with complaint words typed by sound put right; the same string when none is. */
export function repairCueWords(text: string): string {
  let out: string[] | undefined;
  for (let i = 0; i + 1 < text.length; i++) {
    if (!(role[text.charCodeAt(i)]! & 1) && !(role[text.charCodeAt(i + 1)]! & 2)) continue;
    const a = text[i]!;
    const b = text[i + 1]!;
    const word =
      byFirst.get(a)?.find((w) => w[1] !== b && soundsAlike(w[1]!, b)) ?? bySecond.get(b)?.find((w) => w[0] !== a && soundsAlike(w[0]!, a));
    if (!word) continue;
    out ??= text.split('');
    out[i] = word[0]!;
    out[i + 1] = word[1]!;
    i++;
  }
  return out ? out.join('') : text;
}
