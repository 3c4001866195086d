// Traditional → simplified Chinese with OpenCC's dictionaries, as customers from Taiwan, Hong Kong or
// with a traditional input method write 怎麼退貨 for 怎么退货.
//
// The dictionaries (OpenCC's TSPhrases and TSCharacters, from opencc-js) are compiled into tables by
// traditional-table.build.mjs and applied here as OpenCC applies them: at each position the longest
// phrase that matches, else the character's own conversion (乾淨 → 干净 but 乾坤 stays). Almost every
// message is already simplified: one table lookup per character tells, and nothing else runs.
import { FROM, PHRASES, TO } from './traditional-table.js';

interface Characters {
  /** Character code (BMP) → its simplified form when that is one BMP character; 0 for none. */
  bmp: Uint16Array;
  /** Character code (BMP) → 1 when it converts at all (to `bmp`'s character or as in `astral`). */
  changes: Uint8Array;
  /** Characters beyond the BMP, or becoming one or several → simplified form. */
  astral: Map<number, string>;
}

/** First character code → phrases starting with it, longest first. */
type Phrases = Map<number, { from: string; to: string }[]>;

let characters: Characters | undefined;
let phrases: Phrases | undefined;

function buildCharacters(): Characters {
  const bmp = new Uint16Array(65536);
  const changes = new Uint8Array(65536);
  const astral = new Map<number, string>();
  const from = [...FROM];
  const to = [...TO];
  from.forEach((char, i) => {
    const code = char.codePointAt(0)!;
    if (code < 65536) changes[code] = 1;
    if (code < 65536 && to[i]!.length === 1) bmp[code] = to[i]!.charCodeAt(0);
    else astral.set(code, to[i]!);
  });
  return { bmp, changes, astral };
}

// Only a text with traditional characters needs the phrases: they are built on the first one.
function buildPhrases(): Phrases {
  const table: Phrases = new Map();
  for (const pair of PHRASES.split('|')) {
    const [f, t] = pair.split(' ');
    if (!f || t === undefined) continue;
    const first = f.codePointAt(0)!;
    const list = table.get(first) ?? [];
    list.push({ from: f, to: t });
    table.set(first, list);
  }
  for (const list of table.values()) list.sort((a, b) => b.from.length - a.from.length);
  return table;
}

/**
 * True when some character of the text would change from traditional to simplified (a phrase only
 * changes what its characters would: OpenCC's phrases keep or choose among character conversions).
 */
export function hasTraditional(text: string): boolean {
  const { changes, astral } = (characters ??= buildCharacters());
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // Below U+3400 there is no CJK ideograph: skip ASCII, punctuation, kana.
    if (code < 0x3400) continue;
    if (code >= 0xd800 && code <= 0xdbff) {
      if (astral.has(text.codePointAt(i)!)) return true;
      i++;
    } else if (changes[code]) return true;
  }
  return false;
}

/** The simplified form of a text (phrase-aware: 乾淨 → 干净 but 乾坤 stays). */
export function toSimplified(text: string): string {
  if (!hasTraditional(text)) return text;
  const { bmp, astral } = characters!;
  const byFirst = (phrases ??= buildPhrases());
  let out = '';
  for (let i = 0; i < text.length; ) {
    const point = text.codePointAt(i)!;
    const width = point > 0xffff ? 2 : 1;
    const candidates = byFirst.get(point);
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
