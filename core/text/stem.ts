// English stemming (M. F. Porter's 1980 algorithm), so that cancel, cancelling, cancelled and
// cancellation meet as "cancel". Words are expected lower case.

const cache = new Map<string, string>();

function isConsonant(w: string, i: number): boolean {
  const c = w[i];
  if (c === 'a' || c === 'e' || c === 'i' || c === 'o' || c === 'u') return false;
  if (c === 'y') return i === 0 || !isConsonant(w, i - 1);
  return true;
}

/** Porter's m: the number of vowel-consonant sequences in the stem. */
function measure(stem: string): number {
  let m = 0;
  let i = 0;
  const n = stem.length;
  while (i < n && isConsonant(stem, i)) i++;
  while (i < n) {
    while (i < n && !isConsonant(stem, i)) i++;
    if (i >= n) break;
    while (i < n && isConsonant(stem, i)) i++;
    m++;
  }
  return m;
}

function hasVowel(stem: string): boolean {
  for (let i = 0; i < stem.length; i++) if (!isConsonant(stem, i)) return true;
  return false;
}

function endsDouble(w: string): boolean {
  const n = w.length;
  return n >= 2 && w[n - 1] === w[n - 2] && isConsonant(w, n - 1);
}

/** Consonant-vowel-consonant ending, the last not w, x or y (hop, not hoop). */
function endsCvc(w: string): boolean {
  const n = w.length;
  if (n < 3) return false;
  const last = w[n - 1]!;
  return isConsonant(w, n - 3) && !isConsonant(w, n - 2) && isConsonant(w, n - 1) && !'wxy'.includes(last);
}

/** Replaces the first matching suffix whose stem satisfies `ok`; returns null when none ends the word. */
function replace(w: string, rules: readonly (readonly [string, string])[], ok: (stem: string) => boolean): string | null {
  for (const [suffix, by] of rules) {
    if (w.endsWith(suffix)) {
      const stem = w.slice(0, w.length - suffix.length);
      return ok(stem) ? stem + by : w;
    }
  }
  return null;
}

const STEP2: readonly (readonly [string, string])[] = [
  ['ational', 'ate'], ['tional', 'tion'], ['enci', 'ence'], ['anci', 'ance'], ['izer', 'ize'], ['bli', 'ble'],
  ['alli', 'al'], ['entli', 'ent'], ['eli', 'e'], ['ousli', 'ous'], ['ization', 'ize'], ['ation', 'ate'],
  ['ator', 'ate'], ['alism', 'al'], ['iveness', 'ive'], ['fulness', 'ful'], ['ousness', 'ous'], ['aliti', 'al'],
  ['iviti', 'ive'], ['biliti', 'ble'], ['logi', 'log'],
];
const STEP3: readonly (readonly [string, string])[] = [
  ['icate', 'ic'], ['ative', ''], ['alize', 'al'], ['iciti', 'ic'], ['ical', 'ic'], ['ful', ''], ['ness', ''],
];
const STEP4 = [
  'al', 'ance', 'ence', 'er', 'ic', 'able', 'ible', 'ant', 'ement', 'ment', 'ent', 'ion', 'ou', 'ism', 'ate',
  'iti', 'ous', 'ive', 'ize',
];

function porter(word: string): string {
  let w = word;
  // Step 1a: plurals.
  if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('ies')) w = w.slice(0, -2);
  else if (w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1);
  // Step 1b: -ed, -ing.
  let again = false;
  if (w.endsWith('eed')) {
    if (measure(w.slice(0, -3)) > 0) w = w.slice(0, -1);
  } else if (w.endsWith('ed') && hasVowel(w.slice(0, -2))) {
    w = w.slice(0, -2);
    again = true;
  } else if (w.endsWith('ing') && hasVowel(w.slice(0, -3))) {
    w = w.slice(0, -3);
    again = true;
  }
  if (again) {
    if (w.endsWith('at') || w.endsWith('bl') || w.endsWith('iz')) w += 'e';
    else if (endsDouble(w) && !/[lsz]$/u.test(w)) w = w.slice(0, -1);
    else if (measure(w) === 1 && endsCvc(w)) w += 'e';
  }
  // Step 1c: y → i after a vowel-bearing stem.
  if (w.endsWith('y') && hasVowel(w.slice(0, -1))) w = w.slice(0, -1) + 'i';
  // Steps 2 and 3: derivational suffixes.
  w = replace(w, STEP2, (s) => measure(s) > 0) ?? w;
  w = replace(w, STEP3, (s) => measure(s) > 0) ?? w;
  // Step 4: drop a suffix from a long enough stem.
  for (const suffix of STEP4) {
    if (!w.endsWith(suffix)) continue;
    const stem = w.slice(0, w.length - suffix.length);
    if (measure(stem) > 1 && (suffix !== 'ion' || /[st]$/u.test(stem))) w = stem;
    break;
  }
  // Step 5: final e, double l.
  if (w.endsWith('e')) {
    const stem = w.slice(0, -1);
    const m = measure(stem);
    if (m > 1 || (m === 1 && !endsCvc(stem))) w = stem;
  }
  if (measure(w) > 1 && w.endsWith('ll')) w = w.slice(0, -1);
  return w;
}

/**
 * Words Porter's rules merge with an unrelated word: customs (duties) is no customer, goods no good,
 * news no new. They stand as they are.
 */
const KEEP: ReadonlySet<string> = new Set(['customs', 'goods', 'news']);

/** The Porter stem of a lower-case English word (short words are left as they are). */
export function stem(word: string): string {
  if (word.length <= 2 || KEEP.has(word)) return word;
  let out = cache.get(word);
  if (out === undefined) {
    out = porter(word);
    if (cache.size < 50_000) cache.set(word, out);
  }
  return out;
}

/**
 * The regular inflections of a base word (cancel → cancels, canceled, cancelling; close → closes,
 * closed, closing; ship → ships, shipped, shipping), so that a misspelt inflection ("clsoing",
 * "rebatingg") is recognised though the knowledge holds another form of the word. Spellings are
 * guessed (final e dropped or not, last consonant doubled or not) and only those that stem back to
 * the word are kept: "shiping" is no form of ship. Of a word already inflected, only a plural's
 * singular (allergies → allergy).
 */
export function inflections(word: string): string[] {
  if (word.length < 3 || !/^[a-z]+$/u.test(word)) return [];
  // A plural's singular ("alergy" is allergy, which the knowledge says only as allergies).
  if (/(?:ing|ed|s)$/u.test(word)) {
    const singular = word.length > 4 && word.endsWith('ies') ? `${word.slice(0, -3)}y` : word.length > 3 && /[^suie]s$/u.test(word) ? word.slice(0, -1) : undefined;
    return singular !== undefined && stem(singular) === stem(word) ? [singular] : [];
  }
  const base = stem(word);
  const doubled = word + word[word.length - 1];
  const guesses = word.endsWith('e')
    ? [word + 's', word + 'd', word.slice(0, -1) + 'ing']
    : /[^aeiou]y$/u.test(word)
      ? [word.slice(0, -1) + 'ies', word.slice(0, -1) + 'ied', word + 'ing']
      : [
          word + 's',
          word + 'ed',
          word + 'ing',
          // -es only after a hiss or an o (boxes, goes: not speakes), a doubled consonant only after
          // one short vowel (stopped, planned: not speakked).
          ...(/(?:[sxzo]|ch|sh)$/u.test(word) ? [word + 'es'] : []),
          ...(/(?:^|[^aeiou])[aeiou][bdgklmnprt]$/u.test(word) ? [doubled + 'ed', doubled + 'ing'] : []),
        ];
  return guesses.filter((g) => stem(g) === base);
}
