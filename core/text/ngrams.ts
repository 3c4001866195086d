// Character n-grams: the unit of fuzzy matching when words are unknown, misspelled or (in Chinese)
// not delimited at all.

/** The n-grams of a string, in order (the whole string when it is shorter than n). */
export function charNgrams(text: string, n: number): string[] {
  const chars = [...text];
  if (chars.length <= n) return chars.length ? [chars.join('')] : [];
  const out: string[] = [];
  for (let i = 0; i + n <= chars.length; i++) out.push(chars.slice(i, i + n).join(''));
  return out;
}

/** The n-grams of a word with its edges marked (^ca, can, ..., el$), so that prefixes and suffixes count. */
export function wordNgrams(word: string, n: number): string[] {
  return charNgrams(`^${word}$`, n);
}
