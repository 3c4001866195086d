import { describe, expect, it } from 'vitest';
import { normalize } from '../../core/text/normalize.js';
import { hasTraditional, toSimplified } from '../../core/text/simplify.js';

describe('normalize', () => {
  it('turns traditional Chinese into simplified', () => {
    expect(normalize('這個東西怎麼退貨？')).toBe('这个东西怎么退货?');
    expect(toSimplified('發貨太慢了')).toBe('发货太慢了');
    expect(hasTraditional('怎么退货')).toBe(false);
    expect(hasTraditional('怎麼退貨')).toBe(true);
  });

  it('reads Latin letters without their accents, and leaves Hangul and kana whole', () => {
    expect(normalize('Is there a Café near Zürich?')).toBe('is there a cafe near zurich?');
    expect(normalize('한국어 がぎ')).toBe('한국어 がぎ');
  });

  it('turns full-width letters, digits and punctuation into half-width', () => {
    expect(normalize('ＸＬ码有货吗？订单１２３４５')).toBe('xl码有货吗?订单12345');
    expect(normalize('好的，谢谢！')).toBe('好的,谢谢!');
  });

  it('reads an emoji that stands for a thing as its word, in the language of the message', () => {
    expect(normalize('📦 still not here??')).toBe('package still not here??');
    expect(normalize('🚚几天到')).toBe('快递 几天到');
    expect(normalize('where is my order 😭📦')).toBe('where is my order package');
  });

  it('drops emoji, including joined sequences and skin tones', () => {
    expect(normalize('发货了吗😊😊')).toBe('发货了吗');
    expect(normalize('thanks 👍🏽 a lot 👨‍👩‍👧')).toBe('thanks a lot');
  });

  it('drops the chat stickers WeChat and Taobao send as text, and keeps other brackets', () => {
    expect(normalize('在吗[微笑]什么时候发货')).toBe('在吗 什么时候发货');
    expect(normalize('亲[可憐][可憐]退款到了吗')).toBe('亲 退款到了吗');
    expect(normalize('【包邮】明前龙井')).toBe('[包邮]明前龙井');
  });

  it('lowers case, maps Chinese punctuation and collapses white space', () => {
    expect(normalize('  Where IS   my\tOrder?  ')).toBe('where is my order?');
    expect(normalize('【急】“包邮”吗。')).toBe('[急]"包邮"吗.');
  });
});
