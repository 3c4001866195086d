// Cutting normalised text into pieces: runs of Chinese characters, Latin words, numbers. Chinese is
// matched by characters and character pairs (robust to the way customers drop, swap and mistype
// characters); `words` adds dictionary words from the platform's ICU segmenter where useful.
import { isHan } from './pinyin.js';

export type TokenKind = 'han' | 'word' | 'num';

export interface Token {
  kind: TokenKind;
  /** A run of Chinese characters, a lower-case Latin word (apostrophes kept: don't), or digits. */
  text: string;
  /** Offset in the scanned text. */
  start: number;
}

const LETTER = /[a-z]/u;
const DIGIT = /[0-9]/u;

/** Splits normalised text into Chinese runs, Latin words and numbers; everything else separates. */
export function scan(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    const ch = text[i]!;
    let j = i + 1;
    if (isHan(code)) {
      while (j < text.length && isHan(text.charCodeAt(j))) j++;
      tokens.push({ kind: 'han', text: text.slice(i, j), start: i });
    } else if (LETTER.test(ch)) {
      // Letters, with inner apostrophes and hyphens (don't, e-mail) kept inside the word.
      while (j < text.length && (LETTER.test(text[j]!) || (/['-]/u.test(text[j]!) && LETTER.test(text[j + 1] ?? '')))) j++;
      tokens.push({ kind: 'word', text: text.slice(i, j), start: i });
    } else if (DIGIT.test(ch)) {
      while (j < text.length && DIGIT.test(text[j]!)) j++;
      tokens.push({ kind: 'num', text: text.slice(i, j), start: i });
    }
    i = j;
  }
  return tokens;
}

let segmenter: Intl.Segmenter | undefined;

/** Dictionary words of a text (ICU's Chinese dictionary; spaces for Latin text), punctuation left out. */
export function words(text: string): string[] {
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  const out: string[] = [];
  for (const s of segmenter.segment(text)) if (s.isWordLike) out.push(s.segment);
  return out;
}
