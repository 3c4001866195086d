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

const isLetter = (code: number) => code >= 97 && code <= 122; // a-z (normalised text is lower case)
const isDigit = (code: number) => code >= 48 && code <= 57;
const isJoiner = (code: number) => code === 39 || code === 45; // ' and -

/** Splits normalised text into Chinese runs, Latin words and numbers; everything else separates. */
export function scan(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const code = text.charCodeAt(i);
    let j = i + 1;
    if (isHan(code)) {
      while (j < n && isHan(text.charCodeAt(j))) j++;
      tokens.push({ kind: 'han', text: text.slice(i, j), start: i });
    } else if (isLetter(code)) {
      // Letters, with inner apostrophes and hyphens (don't, e-mail) kept inside the word.
      while (j < n && (isLetter(text.charCodeAt(j)) || (isJoiner(text.charCodeAt(j)) && isLetter(text.charCodeAt(j + 1))))) j++;
      tokens.push({ kind: 'word', text: text.slice(i, j), start: i });
    } else if (isDigit(code)) {
      while (j < n && isDigit(text.charCodeAt(j))) j++;
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
