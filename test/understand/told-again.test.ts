import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../core/knowledge/load.js';
import { normalize } from '../../core/text/normalize.js';
import { createEngine } from '../../core/understand/engine.js';
import { enCourtesy, enStopwords } from '../../core/understand/lexicon/en.js';
import { zhFunctionChars } from '../../core/understand/lexicon/zh.js';
import type { EvalCase } from '../../core/eval/score.js';
import { asksWhatAnswerStates, toldInAnswer, withoutFacetAsked } from '../../core/understand/told-again.js';

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

describe('what a follow-up asks of an answer, and whether the answer states it', () => {
  const asks = (message: string, answer: string) => asksWhatAnswerStates(normalize(message), normalize(answer), () => true);

  it('reads a cost asked against a price or who pays', () => {
    expect(asks('how much is a new one?', 'A replacement battery is $149.')).toBe(true);
    expect(asks('寄回去的运费要我出吗', '质量问题来回运费由本店承担')).toBe(true);
    expect(asks('how much is a new one?', 'Charge the battery fully before first use.')).toBe(false);
  });

  it('reads how long asked against a duration, but not an arrival against a sending', () => {
    expect(asks('how long before I hear back?', 'We reply to warranty claims within 3 working days.')).toBe(true);
    expect(asks('那要几天到啊', '每天下午4点前付款的订单当天发货，4点后付款的次日发货')).toBe(false);
    expect(asks('will it work in Australia when it is?', 'Restocks usually take 2-3 weeks.')).toBe(false);
    expect(asks('how long does it take?', 'We ship free within the contiguous US.')).toBe(false);
    expect(asks('how long does it take?', 'We ship within a working day.')).toBe(true);
  });

  it('reads a time gone by against a time limit, not how often', () => {
    expect(asks("it's been 4 days though, am I too late?", 'Tell us within 48 hours of delivery.')).toBe(true);
    expect(asks('我是前天签收的，今天才拆开，还来得及吗', '请在签收后48小时内联系客服')).toBe(true);
    expect(asks('can I make it come every 6 weeks?', 'Deliveries come every 4 weeks.')).toBe(false);
    expect(asks('should I feed it twice a day?', 'Feed a spoonful for the first 2 weeks.')).toBe(false);
    expect(asks('这样弄完能撑几天', '每2-3天换一次水，剪根斜口')).toBe(false);
  });

  it('reads a state of the order or the item against an answer that tells it from its opposite', () => {
    expect(asks('要是已经发出去了呢', '未发货前可以直接改地址，已经发货的需要联系快递改派')).toBe(true);
    expect(asks("what if it's already been sent?", "You can change it until it ships; once it has shipped it can't be changed.")).toBe(true);
    expect(asks('what if I already opened it?', 'Unopened items can be returned within 30 days.')).toBe(true);
    expect(asks('even if I wore them once?', 'Unworn shoes with their tags can be returned.')).toBe(true);
    // An answer that only says when it ships tells no state.
    expect(asks('已经发货了呢', '每天下午4点前付款的订单当天发货')).toBe(false);
    expect(asks("it's already shipped", 'Orders ship within 2 business days.')).toBe(false);
  });

  it('asks a state alone: not with words the answer does not say', () => {
    const alone = (message: string, answer: string) => {
      const a = normalize(answer);
      return asksWhatAnswerStates(normalize(message), a, (rest) => (toldInAnswer(rest, a, /^[a-z]/iu.test(message), stop, zhFunctionChars) ?? 1) >= 0.75);
    };
    const shipped = "You can cancel for free until it ships. Once it has shipped, it can't be cancelled, but you can return it.";
    expect(alone('it already shipped yesterday though', shipped)).toBe(true);
    expect(alone('显示已发货了呢', '未发货的订单直接申请退款；已经发货的请拒收或收到后申请退货')).toBe(true);
    // The return it asks for is another question; so is a capo, of an answer about strings.
    expect(alone('It already shipped unfortunately. How do I send it back once it arrives?', shipped)).toBe(false);
    expect(alone("what about a capo I've taken out of the packet?", 'Strings can only be returned if they are still sealed in their original pack.')).toBe(false);
  });

  it('leaves what it is asked of once the asking words go', () => {
    expect(withoutFacetAsked(normalize('ok and how long until the money is back?')).replace(/\s+/gu, ' ')).toBe('ok and until the money is back?');
  });
});

describe('a follow-up about the answer just given, in the team’s own shops', () => {
  const dir = path.join(import.meta.dirname, 'team-wording');
  const followUp = (set: string, id: string) =>
    readFileSync(path.join(dir, 'cases', `${set}-follow-ups.jsonl`), 'utf8').split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as EvalCase).find((c) => c.id === id)!;
  const answered = async (set: string, id: string) => {
    const c = followUp(set, id);
    const e = createEngine(await loadKnowledge(path.join(dir, 'kbs', set)));
    return e.understand(String(c.text), { history: c.history ?? [] }).answer?.id ?? null;
  };

  it('asking what it states gets it again', async () => {
    // "do I have to pay to post it back?" after the damaged toy's answer, which says who pays.
    expect(await answered('learningtoys-en', 'f8')).toBe('damaged-items');
    // 我是第三天才发现的 超过48小时了还管吗, after the answer giving 48 hours.
    expect(await answered('kitchenappliances-zh', 'f12')).toBe('damaged-item');
  });

  it('not when the best reading, though unsure, shares what it asks that of', async () => {
    // 生日那个月有没有额外优惠 after the membership answer: the birthday is what it asks, and no entry says.
    expect(await answered('baking-zh', 'f19')).toBeNull();
  });

  it('over another entry not sure of it, when that answer says more of it', async () => {
    // "do I need to send it back?" after the wrong plant's answer, not the returns policy's question.
    expect(await answered('houseplants-en', 'f19')).toBe('wrong-item');
  });
});
