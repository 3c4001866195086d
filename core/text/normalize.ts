// One canonical spelling of whatever a customer typed, so that knowledge and questions meet:
// full-width → half-width (ＡＢＣ１２３ → abc123), traditional → simplified, emoji dropped,
// lower case, Chinese punctuation → ASCII, white space collapsed.
import { toSimplified } from './simplify.js';

// Pictographs plus the invisible parts of emoji sequences (variation selectors, zero-width joiner,
// keycap, skin tones, tag characters, regional-indicator flags).
const EMOJI =
  /[\p{Extended_Pictographic}\u{FE0E}\u{FE0F}\u{200D}\u{20E3}\u{1F3FB}-\u{1F3FF}\u{E0020}-\u{E007F}\u{1F1E6}-\u{1F1FF}]/gu;

// Punctuation that NFKC leaves alone, mapped to its ASCII counterpart.
const PUNCTUATION: Record<string, string> = {
  '。': '.',
  '、': ',',
  '“': '"',
  '”': '"',
  '‘': "'",
  '’': "'",
  '【': '[',
  '】': ']',
  '《': '<',
  '》': '>',
  '「': '"',
  '」': '"',
  '『': '"',
  '』': '"',
  '〜': '~',
  '—': '-',
  '–': '-',
  '·': ' ',
};
const PUNCTUATION_RE = new RegExp(`[${Object.keys(PUNCTUATION).join('')}]`, 'gu');

/** The canonical form of a text: what matching, entities and signals read. */
export function normalize(text: string): string {
  let out = text.normalize('NFKC');
  out = out.replace(EMOJI, ' ');
  out = out.toLowerCase();
  out = toSimplified(out);
  out = out.replace(PUNCTUATION_RE, (c) => PUNCTUATION[c] ?? c);
  // NFKC turns the ideographic space into a plain one; tabs and new lines become spaces too.
  out = out.replace(/\s+/gu, ' ').trim();
  return out;
}

// Links: scheme or www, then anything up to white space or a Chinese character.
const LINK = /(?:https?:\/\/|www\.)[^\s\u3400-\u9fff]+/gu;

/** The text with links (a pasted product page) blanked: they name no question to match. */
export function withoutLinks(text: string): string {
  return text.includes('http') || text.includes('www.') ? text.replace(LINK, ' ').replace(/\s+/gu, ' ').trim() : text;
}
