import { describe, expect, it } from 'vitest';
import { editDistance } from '../../core/text/edit-distance.js';
import { capitalizedWords } from '../../core/text/names.js';
import { charNgrams, wordNgrams } from '../../core/text/ngrams.js';
import { fuzzy, readings, toPinyin } from '../../core/text/pinyin.js';
import { scan } from '../../core/text/segment.js';
import { Speller } from '../../core/text/speller.js';
import { stem } from '../../core/text/stem.js';

describe('pinyin', () => {
  it('gives toneless readings, every reading of a polyphonic character', () => {
    expect(toPinyin('花钱')).toEqual(['hua', 'qian']);
    expect(readings('呗')).toContain('bei');
    expect(readings('还')).toEqual(expect.arrayContaining(['hai', 'huan']));
    expect(readings('a')).toEqual([]);
  });

  it('makes homophones meet', () => {
    expect(toPinyin('退活')).toEqual(toPinyin('退货'));
    expect(fuzzy('zhang')).toBe(fuzzy('zan'));
    expect(fuzzy('shi')).toBe('si');
  });
});

describe('segmentation and n-grams', () => {
  it('scans Chinese runs, Latin words and numbers', () => {
    expect(scan("退货 don't 123!").map((t) => [t.kind, t.text])).toEqual([
      ['han', '退货'],
      ['word', "don't"],
      ['num', '123'],
    ]);
  });

  it('cuts character n-grams', () => {
    expect(charNgrams('怎么退货', 2)).toEqual(['怎么', '么退', '退货']);
    expect(wordNgrams('cat', 3)).toEqual(['^ca', 'cat', 'at$']);
  });
});

describe('English words', () => {
  it('stems inflections together', () => {
    expect(stem('cancelling')).toBe(stem('cancel'));
    expect(stem('cancellation')).toBe(stem('cancel'));
    expect(stem('refunds')).toBe(stem('refunded'));
    // Porter merges these with unrelated words: customs duties are no customer.
    expect(stem('customs')).not.toBe(stem('customer'));
    expect(stem('goods')).not.toBe(stem('good'));
    expect(stem('delivery')).toBe(stem('deliveries'));
  });

  it('measures typos with transpositions as one edit', () => {
    expect(editDistance('agaisnt', 'against')).toBe(1);
    expect(editDistance('cancdling', 'canceling')).toBe(1);
    expect(editDistance('refund', 'order', 2)).toBe(3);
  });

  it('corrects unknown words against a vocabulary and splits run-together words', () => {
    const speller = new Speller(['cancel', 'order', 'delivery', 'address', 'complaint', 'to']);
    expect(speller.correct('cancle')).toBe('cancel');
    expect(speller.correct('complant')).toBe('complaint');
    expect(speller.correct('xyzzy')).toBeNull();
    expect(speller.split('deliveryaddress')).toEqual(['delivery', 'address']);
  });

  it('finds capitalised names inside sentences, not sentence starts', () => {
    expect([...capitalizedWords('Get my invoice from Anna Freeman. Thanks, I mean it')]).toEqual(['anna', 'freeman']);
    expect([...capitalizedWords('invoice from Mr. Smith')]).toEqual(['smith']);
    // Written In Title Case, no word is a name by its capital.
    expect([...capitalizedWords('My Order Has Not Arrived Yet')]).toEqual([]);
    expect([...capitalizedWords('You Sent Me The Black One, I Ordered White')]).toEqual([]);
    expect([...capitalizedWords('Can I Stack Two Promo Codes?')]).toEqual([]);
    // A capitalised word no name is made of (Have) tells even a short one.
    expect([...capitalizedWords('Do U Have Klarna')]).toEqual([]);
    expect([...capitalizedWords('can I switch to the Gold plan')]).toEqual(['gold']);
    // One capitalised function word among lower-case ones belongs to a name; May is a month.
    expect([...capitalizedWords('do you sell The Ordinary niacinamide serum')]).toEqual(['the', 'ordinary']);
    expect([...capitalizedWords('my gift to Anna Freeman was sent in May')]).toEqual(['anna', 'freeman', 'may']);
    expect([...capitalizedWords('Is Anna Freeman in New York?')]).toEqual(['anna', 'freeman', 'new', 'york']);
  });
});
