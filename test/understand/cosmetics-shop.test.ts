// The engine against a third, independent shop (test/understand/cosmetics-shop: a cosmetics shop's FAQ
// and short colloquial customer turns written for these tests before the engine was tuned on them:
// 啥/咋/嘛/呗 and 能退不-style questions, homophone typos, traditional and full-width characters,
// and questions the shop's knowledge does not answer). Floors a little under today's figures.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { scoreShop, storedQuestionAnswers } from './shop-score.js';

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'cosmetics-shop');

describe('a cosmetics shop, short colloquial turns', () => {
  it('answers most turns rightly, rarely wrongly, and keeps out of what it does not know', async () => {
    const s = await scoreShop(path.join(dir, 'kb'), path.join(dir, 'cases.jsonl'));
    expect(s.accuracy).toBeGreaterThanOrEqual(0.85);
    expect(s.answered_precision!).toBeGreaterThanOrEqual(0.96);
    expect(s.false_answer_rate_oos!).toBeLessThanOrEqual(0.1);
    for (const tag of ['homophone', 'traditional', 'fullwidth', 'typo', 'follow-up']) expect(s.by_tag![tag], tag).toBe(1);
  });

  it('answers every stored question, asked word for word, from its own entry', async () => {
    for (const { question, expected, got } of await storedQuestionAnswers(path.join(dir, 'kb'))) expect(got, question).toBe(expected);
  });
});
