// Traditional → simplified Chinese with OpenCC's dictionaries, as customers from Taiwan, Hong Kong or
// with a traditional input method write 怎麼退貨 for 怎么退货.
//
// The dictionaries (OpenCC's TSPhrases and TSCharacters, from opencc-js) are compiled into tables by
// traditional-table.build.mjs and applied here as OpenCC applies them: at each position the longest
// phrase that matches, else the character's own conversion (乾淨 → 干净 but 乾坤 stays). Almost every
// message is already simplified: one table lookup per character tells, and nothing else runs.
import { FROM, PHRASES, TO } from './traditional-table.js';

interface Tables {
  /** Character code (BMP) → its simplified form; 0 for none. */
  bmp: Uint16Array;
  /** Characters beyond the BMP, or becoming one → simplified form. */
  astral: Map<number, string>;
  /** First character code → phrases starting with it, longest first. */
  phrases: Map<number, { from: string; to: string }[]>;
}

let tables: Tables | undefined;

function build(): Tables {
  const bmp = new Uint16Array(65536);
  const astral = new Map<number, string>();
  const from = [...FROM];
  const to = [...TO];
  from.forEach((char, i) => {
    const code = char.codePointAt(0)!;
    if (code < 65536 && to[i]!.length === 1) bmp[code] = to[i]!.charCodeAt(0);
    else astral.set(code, to[i]!);
  });
  const phrases = new Map<number, { from: string; to: string }[]>();
  for (const pair of PHRASES.split('|')) {
    const [f, t] = pair.split(' ');
    if (!f || t === undefined) continue;
    const first = f.codePointAt(0)!;
    const list = phrases.get(first) ?? [];
    list.push({ from: f, to: t });
    phrases.set(first, list);
  }
  for (const list of phrases.values()) list.sort((a, b) => b.from.length - a.from.length);
  return { bmp, astral, phrases };
}

/**
 * True when some character of the text would change from traditional to simplified (a phrase only
 * changes what its characters would: OpenCC's phrases keep or choose among character conversions).
 */
export function hasTraditional(text: string): boolean {
  const t = (tables ??= build());
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // Below U+3400 there is no CJK ideograph: skip ASCII, punctuation, kana.
    if (code < 0x3400) continue;
    if (code >= 0xd800 && code <= 0xdbff) {
      const point = text.codePointAt(i)!;
      if (t.astral.has(point)) return true;
      i++;
    } else if (t.bmp[code] || t.astral.has(code)) return true;
  }
  return false;
}

/** The simplified form of a text (phrase-aware: 乾淨 → 干净 but 乾坤 stays). */
export function toSimplified(text: string): string {
  if (!hasTraditional(text)) return text;
  const { bmp, astral, phrases } = tables!;
  let out = '';
  for (let i = 0; i < text.length; ) {
    const point = text.codePointAt(i)!;
    const width = point > 0xffff ? 2 : 1;
    const candidates = phrases.get(point);
    const phrase = candidates?.find((p) => text.startsWith(p.from, i));
    if (phrase) {
      out += phrase.to;
      i += phrase.from.length;
      continue;
    }
    const special = astral.get(point);
    if (special !== undefined) out += special;
    else if (width === 1) out += bmp[point] ? String.fromCharCode(bmp[point]!) : text[i];
    else out += text.slice(i, i + 2);
    i += width;
  }
  return out;
}
