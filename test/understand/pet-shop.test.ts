// The engine against a blind held-out shop (test/understand/pet-shop: a Tmall pet-supplies shop's FAQ —
// food, litter, treats, cat trees, leads, worming, grooming, automatic feeders and fountains — and 150
// buyers' turns: colloquial, pinyin-input typos, traditional characters and dialect, emoji, 中英混杂,
// long messages with the question in a story, follow-ups through the history, and in-domain
// questions the FAQ does not answer).
// BLIND SET: written by a helper who had not seen the engine, its lexicons or the other sets, and
// measured without reading its cases: accuracy 0.680, answered precision 0.910, out-of-knowledge
// questions answered 0.16 (the engine as it was at the start of the same session scored 0.593 /
// 0.907). Floors sit about 0.03 under. Engine authors should not read its cases (cases.jsonl) or tune
// on them, or the set stops measuring anything.
import { describeShop } from './shop-score.js';

describeShop('a pet-supplies shop, buyers\u2019 turns (blind)', 'pet-shop', {
  accuracy: 0.65,
  precision: 0.88,
  falseOos: 0.2,
});
