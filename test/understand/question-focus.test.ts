import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../core/knowledge/load.js';
import { normalize } from '../../core/text/normalize.js';
import { createEngine } from '../../core/understand/engine.js';
import { askingClauses, isAsking, isLongMessage } from '../../core/understand/question-focus.js';
import { withoutReferences } from '../../core/understand/references.js';
import { kbOf, shopKb } from './kb.js';

/** A long message's question, as the engine reads it (matchMessage); none for a short message. */
const questionFocus = (text: string, english: boolean) => (isLongMessage(text, english) ? askingClauses(text, english) : undefined);

describe('the question inside a long message', () => {
  it('finds the clauses that ask, and leaves short messages and all-question messages whole', () => {
    const story = normalize('So I ordered the headphones on the 3rd and paid, got the email saying it was dispatched, but the tracking link says label created and nothing has happened for 5 days now, where is my order?');
    expect(questionFocus(story, true)).toBe('where is my order?');
    expect(questionFocus(normalize('where is my order?'), true)).toBeUndefined();
    const zh = normalize('上周五下的单，说好的48小时发货，结果到今天物流还是没有任何信息，我都问了好几次了，到底什么时候能发货？');
    expect(questionFocus(zh, false)).toBe('到底什么时候能发货?');
    expect(questionFocus(normalize('上周五下的单，到今天物流还是没有任何信息，快递员也联系不上，家里人也一直在等着用'), false)).toBeUndefined();
    // Clauses ended by a space, as Taobao buyers type them.
    expect(questionFocus(normalize('上周五就寄回去了 快递显示你们周一签收了 今天都周四了钱还没回来 到底什么时候能退'), false)).toBe('到底什么时候能退');
  });

  it('tells a clause that asks by its question words, 多大 and 能…不 among them', () => {
    for (const clause of ['多大尺寸', '床褥有多厚啊', '能直接铺木板床上睡不', '可以退不', '有没有券']) expect(isAsking(clause, false), clause).toBe(true);
    for (const clause of ['感觉有点小贵', '我明天还要早起', '不好意思']) expect(isAsking(clause, false), clause).toBe(false);
    // A short question with a remark: the clause that asks; none when every clause asks.
    expect(askingClauses(normalize('有没有券可以用 感觉有点小贵'), false)).toBe('有没有券可以用');
    expect(askingClauses(normalize('浴巾是纯棉的吗 多大尺寸'), false)).toBeUndefined();
  });

  it('does not take 那么 for a question, nor a closing 呢 after a negation (一下子拿不出那么多呢)', () => {
    expect(isAsking('一下子拿不出那么多呢', false)).toBe(false);
    expect(isAsking('还没发货呢', false)).toBe(false);
    expect(isAsking('那退货呢', false)).toBe(true);
    expect(isAsking('为什么还没到呢', false)).toBe(true);
    expect(askingClauses('哎老板,能不能分期啊,一下子拿不出那么多呢', false)).toBe('能不能分期啊,');
  });

  it('finds the question of an English message typed without punctuation from where it starts', () => {
    const runOn = normalize('hey so my sister bought me the blue kettle for my birthday last month and the lid came loose already can i get a replacement lid');
    expect(questionFocus(runOn, true)).toBe('can i get a replacement lid');
    const told = normalize('i ordered the blue kettle for my birthday last month and the lid came loose already and i am really not happy about it at all');
    expect(questionFocus(told, true)).toBeUndefined();
    // A question of several starts is read from its first (how many days would it…).
    expect(questionFocus(normalize('i ordered the kettle last week and the tracking has not moved and nothing has shown up yet how many days would it take'), true)).toBe('how many days would it take');
    // A story with no question in it has none (which is a relative pronoun here).
    expect(questionFocus(normalize('i ordered the oak kettle last month which arrived with a dent in it and the lid is loose and the box was torn'), true)).toBeUndefined();
    // A question word at the very start is the whole message's question.
    expect(questionFocus(normalize('how long does it take for a kettle ordered today to reach an address in the north of the country'), true)).toBeUndefined();
  });

  it('answers a long Chinese story whose question only points at it (这种情况, 能不能安排师傅上门来看看) when all its readings agree', async () => {
    const fitness = createEngine(await loadKnowledge(path.join(import.meta.dirname, 'team-wording/kbs/fitness-zh')));
    const story = readFileSync(path.join(import.meta.dirname, 'team-wording/cases/fitness-zh.jsonl'), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as { id: string; text: string; expect: string[] })
      .find((c) => c.id === 'X62')!;
    const u = fitness.understand(story.text);
    expect(u.answer?.id).toBe(story.expect[0]);
  });

  it('answers the question a story buries, when reading it that way is more confident', () => {
    const engine = createEngine(shopKb());
    const u = engine.understand('hi, I bought a kettle for my mum last week as a surprise for her birthday party on friday and she is really excited about it, where is my order?');
    expect(u.answer?.id).toBe('en_track');
  });

  it('asks the main clause after an English condition, when that is sure of another entry; else the condition is the topic', () => {
    const kit = createEngine(
      kbOf([
        ['missing', ['What if an ingredient is missing from my box?', 'How do I report a missing item?', "My box didn't include everything for a recipe. What should I do?"]],
        ['refund-time', ['How long does a refund take?', 'When will I see my refund?', 'Where is my refund?']],
        ['warranty', ['What does the warranty cover?']],
      ]),
    );
    expect(kit.understand('How do I report a missing item?').answer?.id).toBe('missing');
    expect(kit.understand('If I report a missing item, how long before the refund actually reaches my card?').answer?.id).toBe('refund-time');
    expect(kit.understand('If an ingredient is missing, what do I do?').answer?.id).toBe('missing');
  });
});

describe('the numbers a message gives for reference', () => {
  it('are read away with the words introducing them when the whole message does not answer', () => {
    expect(withoutReferences(normalize('催一下 订单3702918465123096'), ['3702918465123096'])).toBe('催一下');
    expect(withoutReferences(normalize('我的订单号是 20240518123 还没发货'), ['20240518123'])).toBe('还没发货');
    expect(withoutReferences(normalize('订单 20240518123'), ['20240518123'])).toBeUndefined(); // nothing left
    const engine = createEngine(shopKb({ faq: [...shopKb().faq, { id: 'hurry', questions: ['催一下', '催发货'], answer: '马上催仓库。' }] }));
    expect(engine.understand('催一下').answer?.id).toBe('hurry');
    expect(engine.understand('催一下 订单202405181234567').answer?.id).toBe('hurry');
  });
});
