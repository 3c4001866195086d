// Pairs of texts that are almost the same (character-bigram Jaccard similarity ≥ a threshold), found
// without comparing every pair: a shop with 1,200 entries has ~10,000 questions, and 50 million
// comparisons would make `kb check` too slow to run on every push.
//
// The method is prefix filtering (Chaudhuri et al. 2006, "AllPairs"): order each text's bigrams from
// rarest to most common; two sets that share at least α elements must share one among the first
// |x| − α + 1 of each. Only those prefixes are indexed and probed, so the common bigrams (怎么, 什么)
// that would pair every question with every other are never looked up. Candidates are verified exactly.
import { charNgrams } from '../text/ngrams.js';

export interface NearDuplicate {
  /** Indexes into the texts given, a < b. */
  a: number;
  b: number;
  /** Jaccard similarity of their bigram sets, 0..1. */
  similarity: number;
}

export function bigramSet(text: string): Set<string> {
  return new Set(charNgrams(text, 2));
}

export function jaccard(x: ReadonlySet<string>, y: ReadonlySet<string>): number {
  if (!x.size && !y.size) return 1;
  let shared = 0;
  for (const g of x) if (y.has(g)) shared++;
  return shared / (x.size + y.size - shared);
}

/**
 * Every pair of texts with similarity ≥ threshold (0 < threshold ≤ 1) that `skip` does not exclude
 * (same entry, already reported as identical…).
 */
export function nearDuplicates(texts: readonly string[], threshold: number, skip?: (a: number, b: number) => boolean): NearDuplicate[] {
  if (!(threshold > 0 && threshold <= 1)) throw new RangeError(`threshold must be in (0, 1], got ${threshold}`);
  const sets = texts.map(bigramSet);
  const df = new Map<string, number>();
  for (const set of sets) for (const g of set) df.set(g, (df.get(g) ?? 0) + 1);
  const ordered = sets.map((set) => [...set].sort((p, q) => df.get(p)! - df.get(q)! || (p < q ? -1 : p > q ? 1 : 0)));
  // Smallest sets first: when x is probed, every indexed y has |y| ≤ |x|, so J ≥ t needs |x∩y| ≥ t·|x|.
  const order = texts.map((_, i) => i).filter((i) => sets[i]!.size > 0);
  order.sort((p, q) => sets[p]!.size - sets[q]!.size || p - q);

  const index = new Map<string, number[]>();
  const out: NearDuplicate[] = [];
  for (const x of order) {
    const size = sets[x]!.size;
    // α = ⌈t·|x|⌉, less a hair so 0.8 × 5 does not round up to 5 through floating-point error.
    const alpha = Math.ceil(threshold * size - 1e-9);
    const prefix = ordered[x]!.slice(0, size - alpha + 1);
    const seen = new Set<number>();
    for (const g of prefix) {
      for (const y of index.get(g) ?? []) {
        if (seen.has(y) || sets[y]!.size < threshold * size - 1e-9) continue;
        seen.add(y);
        const [a, b] = x < y ? [x, y] : [y, x];
        if (skip?.(a, b)) continue;
        const similarity = jaccard(sets[x]!, sets[y]!);
        if (similarity >= threshold - 1e-9) out.push({ a, b, similarity });
      }
    }
    for (const g of prefix) {
      let list = index.get(g);
      if (!list) index.set(g, (list = []));
      list.push(x);
    }
  }
  return out.sort((p, q) => p.a - q.a || p.b - q.b);
}
