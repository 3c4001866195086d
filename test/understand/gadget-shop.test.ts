// The engine against a fourth, independent shop, in English (test/understand/gadget-shop: a small online
// consumer-electronics shop's FAQ, UK-based, and customer turns written for these tests before the
// engine was run on them: colloquial and all-caps turns, misspellings (recieve, refnud, adress), long
// messages with the question buried in them, British and American wording, short follow-ups that lean
// on the conversation, and in-domain questions the shop's knowledge does not answer). First measured
// blind (accuracy 0.720, answered precision 0.895); its misses then led to general changes (follow-ups
// that point back, the question inside a long message, missing shop words), so it is no longer blind.
// Floors a little under today's figures (0.748 / 0.910).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { scoreShop, storedQuestionAnswers } from './shop-score.js';

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'gadget-shop');

describe('an English gadget shop, held-out customer turns', () => {
  it('answers many turns rightly, seldom wrongly, and mostly keeps out of what it does not know', async () => {
    const s = await scoreShop(path.join(dir, 'kb'), path.join(dir, 'cases.jsonl'));
    expect(s.accuracy).toBeGreaterThanOrEqual(0.72);
    expect(s.answered_precision!).toBeGreaterThanOrEqual(0.88);
    expect(s.false_answer_rate_oos!).toBeLessThanOrEqual(0.19);
    const floors: Record<string, number> = {
      plain: 0.75,
      colloquial: 0.71,
      typo: 0.86,
      british: 0.6,
      'follow-up': 0.75,
      long: 0.47,
      'out-of-kb': 0.8,
    };
    for (const [tag, floor] of Object.entries(floors)) expect(s.by_tag![tag], tag).toBeGreaterThanOrEqual(floor);
  });

  it('answers every stored question, asked word for word, from its own entry', async () => {
    for (const { question, expected, got } of await storedQuestionAnswers(path.join(dir, 'kb'))) expect(got, question).toBe(expected);
  });
});
