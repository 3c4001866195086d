// The form in which two questions count as "the same question": normalised (width, case, traditional
// characters, emoji) and without punctuation or spaces, so 怎么退货？ and 怎么退货 meet.
import { normalize } from '../text/normalize.js';

export function questionKey(question: string): string {
  return normalize(question).replace(/[\p{P}\p{S}\s]/gu, '');
}
