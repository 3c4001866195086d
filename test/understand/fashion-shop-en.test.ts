// The engine against a blind held-out English shop (test/understand/fashion-shop-en: a US online clothing
// and shoe shop's FAQ — sizing, exchanges, returns, refunds, shipping, international, tracking, order
// changes, promo codes, gift cards, points, care, materials, restocks, price adjustments, payment and
// Afterpay, store pickup, contact — and customers' turns: slang, typos, all caps, long rambling
// messages, follow-ups through the history, several questions in one message, and in-domain questions
// the FAQ does not answer).
// BLIND SET: the knowledge and the cases were written without running the engine, and the cases were
// measured once; the floors sit about 0.03 under that measurement. Engine authors should not read its
// cases (cases.jsonl) or tune on them, or the set stops measuring anything.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { scoreShop, storedQuestionAnswers } from './shop-score.js';

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fashion-shop-en');

describe('an English clothing and shoe shop, customers\u2019 turns (blind)', () => {
  it('answers most turns rightly, rarely wrongly, and keeps out of what it does not know', async () => {
    const s = await scoreShop(path.join(dir, 'kb'), path.join(dir, 'cases.jsonl'));
    expect(s.accuracy).toBeGreaterThanOrEqual(0.615);
    expect(s.answered_precision!).toBeGreaterThanOrEqual(0.73);
    expect(s.false_answer_rate_oos!).toBeLessThanOrEqual(0.46);
    const floors: Record<string, number> = {
      caps: 0.39, emoji: 0.63, 'follow-up': 0.27, long: 0.22, multi: 0.97, oos: 0.54,
      'order-number': 0.97, plain: 0.74, slang: 0.62, typo: 0.81,
    };
    for (const [tag, floor] of Object.entries(floors)) expect(s.by_tag![tag], tag).toBeGreaterThanOrEqual(floor);
  });

  it('answers every stored question, asked word for word, from its own entry', async () => {
    for (const { question, expected, got } of await storedQuestionAnswers(path.join(dir, 'kb'))) expect(got, question).toBe(expected);
  });
});
