// How closely the knowledge crowds each entry: the score the best other entry reaches when the
// entry's own questions are asked, taking its most distinctive question. Knowledge written as many
// near-duplicate entries (one question each, reworded: 借呗怎么还款 / 借呗如何还款呢) leaves a
// customer's rewording between them to chance; calibration asks for more before answering from a
// crowded entry. An entry with several phrasings is as crowded as its least crowded one: 多久能到 is
// close to 多久发出, 寄到北京要几天 is not. Worked out per entry on first need and remembered, so
// the cost falls on the first messages only.
import type { MatchIndex } from './index.js';
import { FeatureBag } from './keys.js';
import { scoreEntries } from './scorer.js';

export function crowding(index: MatchIndex, isSibling: (a: number, b: number) => boolean): (entry: number) => number {
  const memo = new Float32Array(index.entries.length).fill(Number.NaN);
  const bag = new FeatureBag();
  const { start, item } = index.questionFeatures;
  // The first question of each entry (an entry's questions are consecutive).
  const first = new Int32Array(index.entries.length).fill(-1);
  for (let q = index.questions.length - 1; q >= 0; q--) first[index.questionEntry[q]!] = q;
  const crowdOfQuestion = (question: number, own: number): number => {
    // The stored question's own features, as the index holds them.
    bag.clear();
    for (let k = start[question]!; k < start[question + 1]!; k++) bag.add(index.featureKeys[item[k]!]!, index.questionFeatureWeight[k]!);
    for (const c of scoreEntries(index, bag, 3).top) if (c.entry !== own && !isSibling(own, c.entry)) return c.score;
    return 0;
  };
  return (entry) => {
    const known = memo[entry]!;
    if (known === known) return known;
    let crowd = 1;
    for (let q = first[entry]!; q >= 0 && q < index.questions.length && index.questionEntry[q] === entry && crowd > 0; q++) {
      // Its answer is no way of asking it.
      if (!index.questions[q]!.answer) crowd = Math.min(crowd, crowdOfQuestion(q, entry));
    }
    memo[entry] = first[entry]! < 0 ? 0 : crowd;
    return memo[entry]!;
  };
}
