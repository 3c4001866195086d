// Follow-ups against two of the held-out shops (test/understand/follow-ups: 60 English turns against the
// gadget shop, 60 Chinese against the baby shop), written for this test by someone who had not seen the
// engine: topic swaps (what about the cables?, 那拉拉裤呢), questions that only ask how (how much extra?,
// 大概要多久), pronouns, conditions (what if it's already shipped?, 要是拆了呢), next steps (ok how do I
// do that?), fragments (for free?, 顺丰呢), new topics leaning on the conversation, and ones the FAQ
// does not answer. First measured: gadget 0.617 / 0.638, baby 0.667 / 0.791. Its misses led to general
// changes (more frame words, a short Chinese question that only asks how leans back without a marker,
// a topic follow-up read as the earlier question with the new thing added), so it is tuned on since.
// Floors a little under today's figures (0.650 / 0.667, 0.683 / 0.795).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { scoreShop } from './shop-score.js';

const here = import.meta.dirname;

describe('follow-ups that only make sense with the conversation before them', () => {
  it('in English, against the gadget shop', async () => {
    const s = await scoreShop(path.join(here, 'gadget-shop', 'kb'), path.join(here, 'follow-ups', 'gadget.jsonl'));
    expect(s.accuracy).toBeGreaterThanOrEqual(0.62);
    expect(s.answered_precision!).toBeGreaterThanOrEqual(0.63);
  });

  it('in Chinese, a second batch written later and scored once before the change it led to (20 of 25 then)', async () => {
    const s = await scoreShop(path.join(here, 'baby-shop', 'kb'), path.join(here, 'follow-ups', 'baby-2.jsonl'));
    expect(s.accuracy).toBeGreaterThanOrEqual(0.84);
    expect(s.answered_precision!).toBeGreaterThanOrEqual(0.9);
  });

  it('in Chinese, against the baby shop', async () => {
    const s = await scoreShop(path.join(here, 'baby-shop', 'kb'), path.join(here, 'follow-ups', 'baby.jsonl'));
    expect(s.accuracy).toBeGreaterThanOrEqual(0.78);
    expect(s.answered_precision!).toBeGreaterThanOrEqual(0.82);
  });
});
