// BLIND held-out set for the escalation signal ("hand this customer to a person now").
//
// escalation-blind/cases.jsonl (200 first messages, half should escalate) was written without looking at
// the engine's cue lists or any other test set, covering online shops, food delivery, telecom/broadband,
// airlines, banks and couriers: shop-chat messages and public Weibo-style posts, mainland colloquial,
// Cantonese/Taiwanese wording, traditional characters and English. It was measured ONCE against the
// sample shop's knowledge (precision 0.9048, recall 0.57, F1 0.6994) and the floors below sit about 0.03
// under that.
//
// Later changes, made without reading it (general cue families found on other sets), raised it to
// precision 0.917, recall 0.66 (F1 0.767); the floors were raised to sit under that.
//
// Engine authors: do not read, edit or tune against these cases. Once the cues have been fitted to this
// set it stops measuring anything; if escalation improves, raise the floors, never change the cases.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { scoreShop } from './shop-score.js';

const root = path.join(import.meta.dirname, '..', '..');

describe('escalation on a blind held-out set', () => {
  it('flags most customers who need a person, and rarely anyone else', async () => {
    const s = await scoreShop(path.join(root, 'knowledge'), path.join(import.meta.dirname, 'escalation-blind', 'cases.jsonl'));
    expect(s.escalation!.precision).toBeGreaterThanOrEqual(0.88);
    expect(s.escalation!.recall).toBeGreaterThanOrEqual(0.62);
  });
});
