import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../core/knowledge/load.js';
import { normalize } from '../../core/text/normalize.js';
import { createEngine } from '../../core/understand/engine.js';
import { enCourtesy, enStopwords } from '../../core/understand/lexicon/en.js';
import { zhFunctionChars } from '../../core/understand/lexicon/zh.js';
import { toldInAnswer } from '../../core/understand/told-again.js';

// The lexicon's stopwords, as the engine passes them.
const stop = new Set([...enStopwords, ...enCourtesy]);
const told = (message: string, answer: string) => toldInAnswer(normalize(message), normalize(answer), /^[a-z]/iu.test(message), stop, zhFunctionChars);

describe('how much of a follow-up the answer just given says', () => {
  it('counts its own words, found by how they start (pay, pays), and Chinese pairs as written', () => {
    expect(told('does checking my rate hurt my credit?', 'Checking your rate is a soft credit check, so it never hurts your credit score.')).toBe(1);
    expect(told('are the sessions available in French?', 'Our fitting sessions are available every Saturday in store.')).toBeLessThan(0.75);
    expect(told('处方药也能这么送吗', '处方药审核通过后也可以同城送达')).toBeGreaterThan(0);
    expect(told('ok?', 'Anything')).toBeUndefined();
  });
});

describe('a follow-up nothing answers, about the answer just given', () => {
  // The ring shop of team-wording: its financing answer says the rate check is soft; no entry asks it.
  const kb = loadKnowledge(path.join(import.meta.dirname, 'team-wording/kbs/rings-en'));
  const financing = 'Through Affirm you can pay over 3, 6, 12, 18 or 36 months on orders from $250, and 12-month plans are 0% APR on engagement rings over $1,000. Checking your rate is a soft credit check and does not affect your credit score.';
  const history = [
    { role: 'customer' as const, text: 'Can I pay for the ring over time?' },
    { role: 'agent' as const, text: financing },
  ];

  it('is answered with that answer again', async () => {
    const e = createEngine(await kb);
    expect(e.understand('does checking my rate hurt my credit?', { history }).answer?.id).toBe('financing');
  });

  it('but not one that says something else', async () => {
    const e = createEngine(await kb);
    expect(e.understand('will the soft check show on my report in canada?', { history }).answer).toBeNull();
  });
});
