import { describe, expect, it } from 'vitest';
import { charKey, describeKey, FeatureBag, groupKey, intern, KeyMap, pairKey, soundKey, wordPairKey } from '../../core/understand/keys.js';
import { syllableOf, fuzzyId } from '../../core/text/pinyin.js';

describe('feature keys', () => {
  it('pack kinds and values into distinct numbers, and spell them back', () => {
    const keys = [charKey(0x9000), pairKey(0x9000, 0x9001), groupKey(intern('退款')), wordPairKey(intern('cancel'), intern('order'))];
    expect(new Set(keys).size).toBe(keys.length);
    expect(describeKey(pairKey('退'.charCodeAt(0), '货'.charCodeAt(0)))).toBe('b退货');
    expect(describeKey(groupKey(intern('退款')))).toBe('s退款');
    expect(describeKey(wordPairKey(intern('cancel'), intern('order')))).toBe('vcancel order');
    const tui = fuzzyId(syllableOf('退'.charCodeAt(0), 0));
    const huo = fuzzyId(syllableOf('货'.charCodeAt(0), 0));
    expect(describeKey(soundKey(tui, huo))).toBe('ptui huo');
  });

  it('map keys to numbers through growth', () => {
    const map = new KeyMap(2);
    for (let i = 0; i < 1000; i++) map.set(pairKey(0x4e00 + i, 0x4e01 + i), i);
    expect(map.size).toBe(1000);
    expect(map.get(pairKey(0x4e00 + 500, 0x4e01 + 500))).toBe(500);
    expect(map.get(charKey(0x4e00))).toBe(-1);
  });

  it('keep each feature once at its strongest weight, and empty without freeing', () => {
    const bag = new FeatureBag(2);
    for (let i = 0; i < 100; i++) bag.add(charKey(0x4e00 + (i % 10)), i / 100);
    expect(bag.size).toBe(10);
    expect(bag.weightOf(charKey(0x4e00))).toBeCloseTo(0.9);
    bag.scale(charKey(0x4e00), 0.5);
    expect(bag.weightOf(charKey(0x4e00))).toBeCloseTo(0.45);
    bag.clear();
    expect(bag.size).toBe(0);
    expect(bag.weightOf(charKey(0x4e00))).toBe(0);
    bag.add(charKey(0x4e00), 1);
    expect(bag.copy().weightOf(charKey(0x4e00))).toBe(1);
  });
});
