// Stratified sampling for QA: a day's conversations are too many to read, a purely random few miss the
// ones that matter. Strata are taken in turn — handed over, rated low, long, then anything — so a sample
// of N always includes the worst cases when there are some, and some ordinary ones.
import { shuffle, type Random } from './seeded-random.js';
import type { Stratum } from './qa-conversation.js';

export const STRATA: Stratum[] = ['escalated', 'low_rating', 'long', 'random'];

export function stratifiedSample<T>(items: readonly T[], n: number, strataOf: (item: T) => Stratum[], random: Random): { item: T; stratum: Stratum }[] {
  const pools = new Map<Stratum, T[]>(STRATA.map((s) => [s, []]));
  for (const item of items) {
    for (const s of strataOf(item)) if (s !== 'random') pools.get(s)!.push(item);
    pools.get('random')!.push(item);
  }
  for (const s of STRATA) pools.set(s, shuffle(pools.get(s)!, random));
  const chosen = new Set<T>();
  const out: { item: T; stratum: Stratum }[] = [];
  let progress = true;
  while (out.length < n && progress) {
    progress = false;
    for (const stratum of STRATA) {
      if (out.length >= n) break;
      const pool = pools.get(stratum)!;
      while (pool.length && chosen.has(pool[pool.length - 1]!)) pool.pop();
      const item = pool.pop();
      if (item === undefined) continue;
      chosen.add(item);
      out.push({ item, stratum });
      progress = true;
    }
  }
  return out;
}
