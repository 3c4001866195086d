// What the engine learns from the knowledge and general language beyond plain word overlap:
// alternatives (花呗 / 借呗), how crowded a stored question is, numbers and template slots among
// English words, other forms of a synonym, opposite actions, the longest synonym phrase, short-word
// and inflection typos, hyphenated words.
import { describe, expect, it } from 'vitest';
import { type KnowledgeBase } from '../../core/knowledge/knowledge-base.js';
import { Speller } from '../../core/text/speller.js';
import { inflections } from '../../core/text/stem.js';
import { calibrate } from '../../core/understand/calibration.js';
import { contrastsOf } from '../../core/understand/contrast.js';
import { crowding } from '../../core/understand/crowd.js';
import { createEngine } from '../../core/understand/engine.js';
import { correctEnglish, extractFeatures, withoutPlaceholders } from '../../core/understand/features.js';
import { buildIndex } from '../../core/understand/index.js';
import { describeKey } from '../../core/understand/keys.js';
import { CompiledLexicon } from '../../core/understand/lexicon.js';
import type { EntryScore } from '../../core/understand/scorer.js';
import { kbOf } from './kb.js';

// Two products asked about the same ways: 花呗 and 借呗 are alternatives.
const products = kbOf([
  ['hb-repay-day', ['花呗还款日可以改吗']],
  ['jb-repay', ['借呗怎么还款']],
  ['hb-open', ['花呗怎么开通']],
  ['jb-open', ['借呗怎么开通']],
  ['hb-limit', ['花呗额度怎么提高']],
  ['jb-limit', ['借呗额度怎么提高']],
  ['hb-close', ['花呗怎么关闭']],
  ['jb-close', ['借呗怎么关闭']],
]);

describe('alternatives learnt from the knowledge', () => {
  it('finds words of one slot that are never asked about together', () => {
    const index = buildIndex(products);
    const c = contrastsOf(index);
    const pairs: string[] = [];
    for (let f = 0; f < index.featureKeys.length; f++) {
      for (let k = c.start[f]!; k < c.start[f + 1]!; k++) pairs.push(`${describeKey(index.featureKeys[f]!)}-${describeKey(index.featureKeys[c.item[k]!]!)}`);
    }
    expect(pairs.sort()).toEqual(['b借呗-b花呗', 'b花呗-b借呗']);
  });

  it('does not answer about one product from the entry about the other', () => {
    const engine = createEngine(products);
    // Only 花呗's repayment day is in the knowledge: it is no answer about 借呗's.
    const u = engine.understand('借呗还款日可以改吗');
    expect(u.answer).toBeNull();
    expect(engine.understand('花呗的还款日能改吗').answer?.id).toBe('hb-repay-day');
    expect(engine.understand('借呗额度怎样提高').answer?.id).toBe('jb-limit');
  });

  it('takes the English places the questions name as alternatives, the home a question leaves out against every other', () => {
    const shop = kbOf([
      ['uk-delivery', ['How long does UK delivery take?', 'Do you offer next day delivery?']],
      ['international', ['Do you ship outside the UK?', 'How much is international delivery?', 'How long does delivery to Europe take?']],
      ['us-and-canada', ['Do you ship to the USA and Canada?']],
      ['france', ['Can I order from France?']],
    ]);
    const index = buildIndex(shop);
    const c = contrastsOf(index);
    const pairs: string[] = [];
    for (let f = 0; f < index.featureKeys.length; f++) {
      for (let k = c.start[f]!; k < c.start[f + 1]!; k++) pairs.push(`${describeKey(index.featureKeys[f]!)}-${describeKey(index.featureKeys[c.item[k]!]!)}`);
    }
    // Not usa-canada (asked together), nor france-europe (one lies in the other), nor any place against the UK.
    expect(pairs.filter((p) => p.startsWith('wuk-'))).toEqual(['wuk-weurop', 'wuk-wusa', 'wuk-wcanada', 'wuk-wfranc']);
    expect(pairs).not.toContain('wusa-wcanada');
    expect(pairs).not.toContain('wfranc-weurop');
    expect(pairs.some((p) => p.endsWith('-wuk'))).toBe(false);
    // The question about Europe is no answer about delivery within the UK, though its entry names the UK.
    expect(createEngine(shop).understand('How long does delivery usually take within the UK?').answer?.id).toBe('uk-delivery');
  });

  it('takes the catalogue\'s products as alternatives: no answer about one from a question about another', () => {
    const shop: KnowledgeBase = {
      ...kbOf([
        ['brew-green', ['龙井怎么泡', '绿茶用多少度的水']],
        ['brew-black', ['红茶冲泡方法是什么', '金骏眉水温多少合适']],
        ['shelf', ['保质期多久', '龙井能放多久', '坚果保质期多长']],
        ['grades', ['明前和雨前有什么区别']],
      ]),
      products: [
        { id: 'mq', name: '明前龙井', aliases: ['明前'], price: 1 },
        { id: 'yq', name: '雨前龙井', aliases: ['雨前'], price: 1 },
        { id: 'jjm', name: '金骏眉', price: 1 },
        { id: 'nuts', name: '每日坚果', aliases: ['坚果'], price: 1 },
      ],
    };
    const engine = createEngine(shop);
    expect(engine.understand('金骏眉水温多少合适').answer?.id).toBe('brew-black');
    // 龙井's water temperature is not 金骏眉's (the question differs only in the tea).
    expect(engine.understand('龙井水温多少合适').answer?.id).not.toBe('brew-black');
    // An entry about every product names several: 坚果 beside 龙井 is no contradiction there.
    expect(engine.understand('龙井保质期多长').answer?.id).toBe('shelf');
    // Rivals by their first character pair: 金骏 and 龙井 are; 龙井, both teas' word, and 明前 are not.
    const index = buildIndex(shop);
    const rivals = contrastsOf(index);
    const pair = (word: string) => Array.from(index.featureKeys).findIndex((key) => describeKey(key) === `b${word.slice(0, 2)}`);
    const rivalsOf = (word: string) => Array.from(rivals.item.subarray(rivals.start[pair(word)]!, rivals.start[pair(word) + 1]!));
    expect(rivalsOf('金骏眉')).toContain(pair('龙井'));
    expect(rivalsOf('明前')).not.toContain(pair('龙井'));
    expect(rivalsOf('明前')).toContain(pair('雨前'));
  });

  it('finds none in knowledge without such words', () => {
    expect(contrastsOf(buildIndex(kbOf([['a', ['怎么退货']], ['b', ['多久发货']]]))).any).toBe(false);
  });
});

describe('crowded questions', () => {
  const score = (over: Partial<EntryScore>): EntryScore => ({
    entry: 0, question: 0, score: 0.8, best: 0.8, queryCover: 0.9, questionCover: 0.9, pooledCover: 0.9,
    entryCover: 0.9, centrality: 0.9, unsaid: 0, unsaidWord: 0, contradicts: false, ...over,
  });
  // A fair match that leads its runner-up by a quarter.
  const top = [
    score({ score: 0.6, best: 0.6, queryCover: 0.7, questionCover: 0.7, pooledCover: 0.7 }),
    score({ entry: 1, question: 1, score: 0.45 }),
  ];

  it('asks for more before answering from an entry other entries nearly repeat', () => {
    const alone = calibrate(top, { crowd: () => 0.2 })[0]!;
    const crowded = calibrate(top, { crowd: () => 0.9 })[0]!;
    expect(alone).toBeGreaterThan(0.5);
    expect(crowded).toBeLessThan(0.5);
  });

  it('among near-duplicates, asks for more when the stored question holds a word the customer did not say', () => {
    // 发货后还能改地址吗 beside 怎么修改收货地址, asked 地址能改吗: 发货 tells the two apart.
    const leaving = [{ ...top[0]!, unsaidWord: 0.8 }, top[1]!];
    expect(calibrate(top, { crowd: () => 0.6 })[0]).toBeGreaterThan(0.5);
    expect(calibrate(leaving, { crowd: () => 0.6 })[0]).toBeLessThan(0.5);
    // Without a close neighbour, a short question may leave words unsaid.
    expect(calibrate(leaving, { crowd: () => 0.5 })[0]).toBeGreaterThan(0.5);
  });

  it('asks how crowded an entry is only when that may decide', () => {
    let asked = 0;
    const crowd = () => (asked++, 0.9);
    // Sure whatever the crowd: a question said in full, far ahead of any rival.
    calibrate([score({}), score({ entry: 1, question: 1, score: 0.1 })], { crowd });
    // Not answering anyway.
    calibrate([score({ score: 0.3, pooledCover: 0.3, questionCover: 0.3 }), score({ entry: 1, question: 1, score: 0.29 })], { crowd });
    expect(asked).toBe(0);
    calibrate(top, { crowd });
    expect(asked).toBe(1);
  });

  it('measures how closely another entry answers a stored question', () => {
    const kb = kbOf([
      ['a', ['借呗怎么还款']],
      ['b', ['借呗如何还款呢']],
      ['c', ['花呗怎么开通']],
    ]);
    const index = buildIndex(kb);
    const crowd = crowding(index, () => false);
    // 借呗怎么还款 and 借呗如何还款呢 are near-duplicates; 花呗怎么开通 shares only 怎么.
    expect(crowd(0)).toBeGreaterThan(0.7);
    expect(crowd(2)).toBeLessThan(crowd(0));
  });

  it('does not count siblings (the same question under two entries)', () => {
    const kb = kbOf([
      ['a', ['借呗怎么还款']],
      ['b', ['借呗怎么还款']],
    ]);
    expect(crowding(buildIndex(kb), () => true)(0)).toBe(0);
  });
});

describe('English words', () => {
  const lexicon = new CompiledLexicon();
  const keysOf = (text: string) => {
    const f = extractFeatures(text, { lexicon });
    return Array.from(f.keys.subarray(0, f.size), describeKey);
  };

  it('keeps a number in the run of words as a slot: order 123 is an order, order a is a verb', () => {
    expect(keysOf('cancel purchase 12345')).toContain('vpurchas #');
    expect(keysOf('purchase a tea')).not.toContain('vpurchas #');
    expect(keysOf('refund 350 dollars')).toContain('v# dollar');
    expect(keysOf('cancel purchase 12345')).not.toContain('w#');
  });

  it('pairs words by sense too: switch to meets change to, in each sense of a word of two groups', () => {
    expect(keysOf('switch to the gold plan')).toContain('v=switch to');
    // change is in the group of edit and in that of switch.
    expect(keysOf('change to the gold plan')).toEqual(expect.arrayContaining(['v=change to', 'v=switch to']));
    expect(keysOf('edit to the gold plan')).not.toContain('v=switch to');
    expect(keysOf('to purchase a tea')).toContain('vto =order');
  });

  it('reads template slots of the knowledge as what customers type there', () => {
    expect(withoutPlaceholders('track order {{Order Number}}')).toBe('track order  0 ');
    expect(withoutPlaceholders('bill from {{Person Name}}')).toBe('bill from  ');
    const engine = createEngine(kbOf([
      ['track', ['track order {{Order Number}}', 'where is order {{Order Number}}']],
      ['invoice', ['get the bill from {{Person Name}}']],
    ]));
    expect(engine.understand('track order 12345').answer?.id).toBe('track');
    expect(engine.understand('where is my order 778').answer?.id).toBe('track');
  });

  it('meets a synonym group through other forms of its words', () => {
    // close is in the group of delete; closing and closure are its forms.
    expect(keysOf('closing my account')).toContain('sdelete');
    expect(keysOf('account terminations')).toContain('sdelete');
    // An inflected member (used, of wear) lends its group to no other form (use, user).
    expect(keysOf('use my account')).not.toContain('swear');
    const engine = createEngine(kbOf([
      ['delete_account', ['delete my account', 'remove my account']],
      ['create_account', ['open an account', 'create a new account']],
    ]));
    expect(engine.understand('closing my account').answer?.id).toBe('delete_account');
  });

  it('reads short words with two letters swapped, and leaves real short words alone', () => {
    const speller = new Speller(['account', 'order']);
    expect(speller.correct('hte', new Set(['the']))).toBe('the');
    expect(speller.correct('acn', new Set(['can']))).toBe('can');
    expect(speller.correct('xq', new Set(['the']))).toBeNull();
    const index = buildIndex(kbOf([['a', ['cancel the order on time']]]));
    expect(correctEnglish('hte order', index.context)).toBe('the order');
    expect(correctEnglish('no order', index.context)).toBe('no order');
    expect(correctEnglish('will ya help', index.context)).toBe('will you help');
    // A run of letters longer than any word is left as it is (splitting it would try every cut).
    expect(correctEnglish('ordercancel'.repeat(4), index.context)).toBe('ordercancel'.repeat(4));
    expect(correctEnglish('ordercancel', index.context)).toBe('order cancel');
  });

  it('reads contractions as their words, with or without the apostrophe', () => {
    expect(keysOf('it hasnt arrived')).toEqual(keysOf('it has not arrived'));
    expect(keysOf("they weren't sent")).toEqual(keysOf('they were not sent'));
    expect(keysOf('white glove n how much')).toEqual(keysOf('white glove and how much'));
  });

  it('knows the general wording of shop questions: a parcel that never arrived is missing, import tax is customs', () => {
    expect(keysOf('my parcel never arrived')).toContain('smissing');
    expect(keysOf('will i pay import tax')).toContain('scustoms');
    expect(keysOf('can you put together the bed')).toContain('sassemble');
  });

  it('meets a group through its phrases of three words and more, and phrasal verbs split by their object', () => {
    expect(keysOf('my parcel did not arrive')).toContain('smissing');
    expect(keysOf('can i give it back')).toContain('sreturn');
    expect(keysOf('i want to send them back')).toContain('sreturn');
    expect(keysOf('can i give it to my mum')).not.toContain('sreturn');
    // The shop's own lexicon says it the same way.
    const shop = new CompiledLexicon({ synonyms: [['dispatch', 'mail * out']], typos: {}, stopwords: [] });
    const keys = (text: string) => {
      const f = extractFeatures(text, { lexicon: shop });
      return Array.from(f.keys.subarray(0, f.size), describeKey);
    };
    expect(keys('when do you mail it out')).toContain('sdispatch');
    expect(keys('when do you mail out orders')).toContain('sdispatch');
  });

  it('leaves greetings, thanks and fillers out of the words: they pair with no neighbour either', () => {
    expect(keysOf('um can i swap the white ones thanks')).toEqual(keysOf('can i swap the white ones'));
    expect(keysOf('hi there, cheers for the help! please cancel it')).toEqual(keysOf('there, for the help! cancel it'));
  });

  it('never spells the verb of "do you sell X" as a knowledge word: it frames the question', () => {
    // The knowledge lacks sell but has tell: corrected, the frame would be lost.
    const index = buildIndex(kbOf([['contact', ['can you tell me your phone number']], ['cards', ['gift cards']]]));
    expect(correctEnglish('do you sell gift cards', index.context)).toBe('do you sell gift cards');
  });
});

/** The features the index counts as alternatives of `text`'s feature described as `described` (contrast.ts), described. */
function alternativesOf(index: ReturnType<typeof buildIndex>, text: string, described: string): string[] {
  const feature = index.vocabulary.get(extractFeatures(text, index.context).keys.find((k) => describeKey(k) === described)!);
  const { start, item } = contrastsOf(index);
  return [...item.slice(start[feature]!, start[feature + 1]!)].map((f) => describeKey(index.featureKeys[f]!));
}

describe('English opposites and spellings', () => {
  it('does not answer about one action from the entry about its opposite', () => {
    const kb = kbOf([
      ['create_account', ['I need help opening a pro account', 'creating a new account']],
      ['delete_account', ['delete account', 'remove my account']],
    ]);
    expect(alternativesOf(buildIndex(kb), 'create', 'screate')).toContain('sdelete');
    // Closing (a member of delete's group) shares everything else with the question about opening.
    expect(createEngine(kb).understand('I need help closing a pro account').answer?.id).not.toBe('create_account');
  });

  it('does not answer about unopened goods from the entry about opened ones (Chinese opposite states)', () => {
    const kb = kbOf([
      ['returns', ['可以退货吗', '没拆封的能退吗']],
      ['opened', ['拆封了还能退吗', '开封了的可以退货吗']],
    ]);
    expect(alternativesOf(buildIndex(kb), '没拆封', 's没拆封')).toContain('s开封');
    expect(createEngine(kb).understand('没打开过的可以退货吗').answer?.id).toBe('returns');
  });

  it('knows the inflections of the knowledge words, spelt as they stem', () => {
    expect(inflections('ship')).toEqual(expect.arrayContaining(['ships', 'shipped', 'shipping']));
    expect(inflections('ship')).not.toContain('shiping');
    expect(inflections('close')).toEqual(['closes', 'closed', 'closing']);
    expect(inflections('closing')).toEqual([]);
    // -es after a hiss, a doubled consonant after one short vowel; not speakes or speakked, which took
    // "speakers" for the verb speak.
    expect(inflections('box')).toContain('boxes');
    expect(inflections('stop')).toContain('stopped');
    expect(inflections('speak')).toEqual(['speaks', 'speaked', 'speaking']);
    const index = buildIndex(kbOf([['a', ['close my account', 'I expect a rebate']]]));
    expect(correctEnglish('clsoing', index.context)).toBe('closing');
    expect(correctEnglish('rebatingg', index.context)).toBe('rebating');
    // A plural's singular, for a short misspelt word the knowledge says only in the plural.
    expect(inflections('allergies')).toEqual(['allergy']);
    expect(inflections('glass')).toEqual([]);
    const bakery = buildIndex(kbOf([['nuts', ['Is your bakery safe for peanut allergies?']]]));
    expect(correctEnglish('my son has a peanut alergy', bakery.context)).toBe('my son has a peanut allergy');
  });

  it('corrects a short word only into a word of the knowledge: hold is no typo of the lexicon\'s hole', () => {
    const index = buildIndex(kbOf([['a', ['where is my order', 'can I return it']]]));
    expect(correctEnglish('can i hold it', index.context)).toBe('can i hold it');
    expect(correctEnglish('where is my ordr', index.context)).toBe('where is my order');
    expect(correctEnglish('can i retrun it', index.context)).toBe('can i return it');
  });

  it('reads a hyphenated word as its parts, unless the lexicon spells it as one or a part is a lone letter', () => {
    const index = buildIndex(kbOf([['a', ['report a sign-up error', 'is it free', 'next-day delivery']]]));
    expect(correctEnglish('sign-up', index.context)).toBe('signup');
    expect(correctEnglish('sibn-up', index.context)).toBe('sign up');
    expect(correctEnglish('fre-e', index.context)).toBe('free');
    expect(correctEnglish('next-day', index.context)).toBe('next day');
    // A shop's synonym written with a hyphen meets the parts a message is read as.
    const lexicon = new CompiledLexicon({ synonyms: [['wifi', 'wi-fi']], typos: {}, stopwords: [] });
    expect(lexicon.enGroupIds.get('wi fi')).toEqual(lexicon.enGroupIds.get('wifi'));
  });
});

describe('Chinese synonym phrases', () => {
  it('counts the longest phrase, not the shorter ones inside it', () => {
    const lexicon = new CompiledLexicon();
    // 退货险 is return-shipping insurance, not a return.
    expect(lexicon.zhSynonymGroups('有没有退货险')).toEqual(['运费险']);
    expect(lexicon.zhSynonymGroups('我要退货')).toEqual(['退货']);
    // Overlapping phrases that reach further still count.
    expect(lexicon.zhSynonymGroups('怎么退货退款')).toEqual(expect.arrayContaining(['退货', '退款']));
  });
});
