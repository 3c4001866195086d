import { ConverterFactory } from 'opencc-js/core';
import * as t2cn from 'opencc-js/preset/t2cn';
import { polyphonic } from 'pinyin-pro';
import { describe, expect, it } from 'vitest';
import { fuzzy, fuzzyId, readings, syllableName, syllableOf } from '../../core/text/pinyin.js';
import { hasTraditional, toSimplified } from '../../core/text/simplify.js';
import { FROM, PHRASES } from '../../core/text/traditional-table.js';

describe('generated pinyin table', () => {
  it("agrees with pinyin-pro's two most common readings (every 7th character of the block)", () => {
    for (let code = 0x4e00; code <= 0x9fff; code += 7) {
      const char = String.fromCharCode(code);
      const expected = [...new Set((polyphonic(char, { toneType: 'none', type: 'array' })[0] ?? []).map((s) => s.replace(/ü/gu, 'v')))]
        .filter((s) => /^[a-z]+$/u.test(s))
        .slice(0, 2);
      expect(readings(char), char).toEqual(expected);
    }
  });

  it('numbers fuzzy forms so that blurred sounds share one', () => {
    const id = (char: string) => fuzzyId(syllableOf(char.charCodeAt(0), 0));
    expect(id('张')).toBe(id('赞')); // zhang / zan
    expect(id('是')).toBe(id('四')); // shi / si
    expect(id('花')).not.toBe(id('借'));
    expect(fuzzy(syllableName(syllableOf('张'.charCodeAt(0), 0)))).toBe('zan');
    expect(syllableOf('a'.charCodeAt(0), 0)).toBe(0);
  });
});

describe('traditional characters', () => {
  it("convert as OpenCC's own converter does, characters and phrases", () => {
    const opencc = ConverterFactory(t2cn.to.cn ?? []);
    const samples = [FROM, PHRASES.replace(/[ |]/gu, ''), ...PHRASES.split('|').map((p) => `他說${p.split(' ')[0]}了`)];
    for (const text of samples) expect(toSimplified(text)).toBe(opencc(text));
  });

  it('are told apart by a table lookup, and converted when present', () => {
    expect(hasTraditional('发货了吗 ok 123')).toBe(false);
    expect(hasTraditional('發貨了嗎')).toBe(true);
    expect(toSimplified('退貨運費誰出')).toBe('退货运费谁出');
    expect(toSimplified('乾淨')).toBe('干净');
  });
});
