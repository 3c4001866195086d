// The engine against a fourth, independent shop, in English (test/understand/gadget-shop: a small online
// consumer-electronics shop's FAQ, UK-based, and customer turns written for these tests before the
// engine was run on them: colloquial and all-caps turns, misspellings (recieve, refnud, adress), long
// messages with the question buried in them, British and American wording, short follow-ups that lean
// on the conversation, and in-domain questions the shop's knowledge does not answer). First measured
// blind (accuracy 0.720, answered precision 0.895); its misses then led to general changes (follow-ups
// that point back, the question inside a long message, missing shop words), so it is no longer blind.
// Floors a little under today's figures (0.748 / 0.910).
import { describeShop } from './shop-score.js';

describeShop('an English gadget shop, held-out customer turns', 'gadget-shop', {
  accuracy: 0.77,
  precision: 0.91,
  falseOos: 0.19,
  byTag: { plain: 0.75, colloquial: 0.71, typo: 0.86, british: 0.6, 'follow-up': 0.75, long: 0.47, 'out-of-kb': 0.8 },
});
