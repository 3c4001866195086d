// Chinese or English, one rule for the understanding engine (which reads every message) and for text the
// engine never reads — a message answered before the engine ran (the flood guard, a rating), the shop's
// own wording in shop.yaml, a knowledge entry's questions.
import { normalize, withoutLinks } from './normalize.js';
import { isHan } from './pinyin.js';

export type Language = 'zh' | 'en';

const isLatin = (code: number) => code >= 97 && code <= 122;

/**
 * The language of a text by its Chinese characters against its Latin words (counted by their first
 * letter), as the engine reads it (normalised, links left out); undefined when it has neither — a
 * number, an emoji, a link — and so says nothing about the customer's language.
 */
export function languageIn(text: string): Language | undefined {
  return languageOfNormalized(withoutLinks(normalize(text)));
}

/** languageIn of a text already normalised (the engine's: it reads every message this way). */
export function languageOfNormalized(t: string): Language | undefined {
  let han = 0;
  let latin = 0;
  for (let i = 0; i < t.length; i++) {
    const code = t.charCodeAt(i);
    if (isHan(code)) han++;
    else if (isLatin(code) && !(i > 0 && isLatin(t.charCodeAt(i - 1)))) latin++;
  }
  if (!han && !latin) return undefined;
  return han >= latin ? 'zh' : 'en';
}

const HAN = /[\u3400-\u9fff]/u;
const LATIN = /[A-Za-z]/u;

/** A knowledge question written in English: Latin letters and no Chinese character ("can I return it"). */
export function isEnglishQuestion(question: string): boolean {
  return LATIN.test(question) && !HAN.test(question);
}
