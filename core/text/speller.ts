// Typo correction against a known vocabulary (the words of the shop's own knowledge plus the built-in
// lexicons): "cancdling" → "canceling", "agaisnt" → "against". A symmetric-delete index (one deletion
// on each side) finds the candidates fast; the true edit distance then decides.
import { editDistance } from './edit-distance.js';

function deletes(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

/** How many slips a word of this length may carry and still be recognised. */
function allowed(length: number): number {
  if (length < 4) return 0;
  return length < 7 ? 1 : 2;
}

function addDeletes(index: Map<string, string[]>, words: Iterable<string>): void {
  for (const w of words) {
    if (w.length < 3) continue;
    for (const d of deletes(w)) {
      const list = index.get(d);
      if (list) list.push(w);
      else index.set(d, [w]);
    }
  }
}

/** How often an inflection of a known word counts: less than any word of the vocabulary. */
const FORM_FREQ = 0.5;

export class Speller {
  private readonly freq = new Map<string, number>();
  /** The symmetric-delete index, built when a word long enough to correct first needs it. */
  private indexMemo: Map<string, string[]> | undefined;
  private readonly memo = new Map<string, string | null>();
  /** Inflections of the vocabulary (see `inflect`), as correction targets only; built on first need. */
  private forms?: { freq: Map<string, number>; index: Map<string, string[]> };

  /**
   * `words`: the known vocabulary; a word given several times counts as more frequent. `inflect`:
   * other forms of a word (see inflections), which a misspelt word may be meant as ("clsoing" is
   * closing, of close) though the vocabulary lacks them. They only serve `correct`, and are worked
   * out the first time it looks for a long word (a Chinese shop rarely needs them).
   */
  constructor(
    words: Iterable<string>,
    private readonly inflect?: (word: string) => readonly string[],
  ) {
    for (const w of words) this.freq.set(w, (this.freq.get(w) ?? 0) + 1);
  }

  private get index(): Map<string, string[]> {
    if (!this.indexMemo) {
      this.indexMemo = new Map();
      addDeletes(this.indexMemo, this.freq.keys());
    }
    return this.indexMemo;
  }

  private formsOf(): { freq: Map<string, number>; index: Map<string, string[]> } {
    if (!this.forms) {
      const freq = new Map<string, number>();
      for (const w of this.freq.keys()) for (const f of this.inflect?.(w) ?? []) if (!this.freq.has(f)) freq.set(f, FORM_FREQ);
      const index = new Map<string, string[]>();
      addDeletes(index, freq.keys());
      this.forms = { freq, index };
    }
    return this.forms;
  }

  has(word: string): boolean {
    return this.freq.has(word);
  }

  /**
   * Two known words run together ("tocancel" → to cancel, "deliveryaddress" → delivery address), or
   * null. `extra` are short words (to, my, a) that count as known though the vocabulary may lack them.
   */
  split(word: string, extra?: ReadonlySet<string>): [string, string] | null {
    const known = (w: string) => this.freq.has(w) || !!extra?.has(w);
    let best: [string, string] | null = null;
    let bestScore = 0;
    for (let i = 1; i < word.length; i++) {
      const left = word.slice(0, i);
      const right = word.slice(i);
      if (!known(left) || !known(right)) continue;
      // Prefer the split whose shorter half is longest: "to|cancel" over "t|ocancel"-like accidents.
      const score = Math.min(left.length, right.length);
      if (score > bestScore) (best = [left, right]), (bestScore = score);
    }
    return best;
  }

  /**
   * The known word closest to `word` (the word itself when known), or null when none is close. A
   * short word is only recognised with two letters swapped (hte → the, acn → can); `extra` are
   * short words that count as known though the vocabulary may lack them.
   */
  correct(word: string, extra?: ReadonlySet<string>): string | null {
    if (this.freq.has(word)) return word;
    const max = allowed(word.length);
    if (max === 0) return word.length >= 2 ? this.swapped(word, extra) : null;
    const memo = this.memo.get(word);
    if (memo !== undefined) return memo;
    const forms = this.formsOf();
    const seen = new Set<string>();
    const candidates: string[] = [];
    const add = (list: readonly string[] | undefined) => {
      for (const w of list ?? []) if (!seen.has(w)) seen.add(w), candidates.push(w);
    };
    add(this.index.get(word)); // the word lacks a letter
    add(forms.index.get(word));
    for (const d of deletes(word)) {
      if (this.freq.has(d) || forms.freq.has(d)) add([d]); // the word has a letter too many
      add(this.index.get(d)); // a letter changed or two swapped
      add(forms.index.get(d));
    }
    let best: string | null = null;
    let bestDistance = max + 1;
    let bestFreq = 0;
    for (const c of candidates) {
      const d = editDistance(word, c, max);
      const f = this.freq.get(c) ?? forms.freq.get(c) ?? 0;
      if (d < bestDistance || (d === bestDistance && f > bestFreq)) {
        best = c;
        bestDistance = d;
        bestFreq = f;
      }
    }
    const out = bestDistance <= max ? best : null;
    if (this.memo.size < 20_000) this.memo.set(word, out);
    return out;
  }

  /** The one known word that `word` is with two adjacent letters swapped, or null. */
  private swapped(word: string, extra?: ReadonlySet<string>): string | null {
    let found: string | null = null;
    for (let i = 0; i + 1 < word.length; i++) {
      if (word[i] === word[i + 1]) continue;
      const w = word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
      if (!this.freq.has(w) && !extra?.has(w)) continue;
      if (found !== null && found !== w) return null;
      found = w;
    }
    return found;
  }
}
