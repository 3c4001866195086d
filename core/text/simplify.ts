// Traditional → simplified Chinese with OpenCC's dictionaries (opencc-js), as customers from Taiwan,
// Hong Kong or with a traditional input method write 怎麼退貨 for 怎么退货.
//
// Building the full phrase-aware converter costs ~17 ms, and converting a sentence ~15 µs, while almost
// every message is already simplified. So a character table (cheap to build) first tells whether the
// text holds any traditional character at all; only then is the full converter built (once) and used.
import { ConverterFactory, type ConverterFunction, type DictGroup } from 'opencc-js/core';
import * as t2cn from 'opencc-js/preset/t2cn';

let traditional: Set<number> | undefined;
let converter: ConverterFunction | undefined;

/** Single-character pairs of a dictionary group (phrases skipped). */
function charPairs(groups: readonly DictGroup[]): [string, string][] {
  const out: [string, string][] = [];
  for (const group of groups) {
    for (const dict of group) {
      if (typeof dict !== 'string') continue;
      for (const pair of dict.split('|')) {
        // "X Y" with X and Y single characters (one or two UTF-16 units each); phrases are longer.
        if (pair.length > 5) continue;
        const [from, to] = pair.split(' ');
        if (from && to && [...from].length === 1 && [...to].length === 1) out.push([from, to]);
      }
    }
  }
  return out;
}

/**
 * Code points that come out different after conversion. Only single characters: a phrase is made of
 * characters that are listed too, or that stay the same (and then it needs no conversion).
 */
function traditionalChars(): Set<number> {
  if (traditional) return traditional;
  traditional = new Set();
  for (const [from, to] of charPairs(t2cn.to.cn ?? [])) if (from !== to) traditional.add(from.codePointAt(0)!);
  return traditional;
}

/** True when some character of the text would change from traditional to simplified. */
export function hasTraditional(text: string): boolean {
  const chars = traditionalChars();
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // Below U+3400 there is no CJK ideograph: skip the set lookup for ASCII, punctuation, kana.
    if (code >= 0x3400 && chars.has(text.codePointAt(i)!)) return true;
  }
  return false;
}

/** The simplified form of a text (phrase-aware: 乾淨 → 干净 but 乾坤 stays). */
export function toSimplified(text: string): string {
  if (!hasTraditional(text)) return text;
  // OpenCC's plain traditional → simplified chain. Not the Taiwan preset: it first maps Taiwan
  // variants to OpenCC's standard forms, and turns the simplified 么 of a mixed text into 幺.
  converter ??= ConverterFactory(t2cn.to.cn ?? []);
  return converter(text);
}
