// Quality floor on the held-out sample-shop set (test/eval/sample-shop: realistic customer turns against
// the sample shop's knowledge, phrasings not in the knowledge). Floors sit a little under what the engine
// reaches, so a change that makes customers' answers worse fails here rather than in production.
import { describe, expect, it } from 'vitest';
import { scoreShop } from './shop-score.js';

describe('the sample shop, held-out turns', () => {
  it('answers most questions, rarely wrongly, follows up, and escalates the right ones', async () => {
    const result = await scoreShop('knowledge', 'test/eval/sample-shop/cases.jsonl');
    expect(result.accuracy).toBeGreaterThanOrEqual(0.95);
    expect(result.answered_precision).toBeGreaterThanOrEqual(0.97);
    expect(result.false_answer_rate_oos).toBeLessThanOrEqual(0.15);
    expect(result.by_tag?.['follow-up']).toBeGreaterThanOrEqual(0.85);
    expect(result.escalation?.f1).toBeGreaterThanOrEqual(0.95);
  });
});
