import { describe, expect, it } from 'vitest';
import { readBodyMeasures } from '../../core/understand/body-measures.js';
import { createEngine } from '../../core/understand/engine.js';
import { kbOf } from './kb.js';

describe('body measures in a sizing question', () => {
  it('read a height, a body weight and two sizes in doubt as what they mean, whatever the figures', () => {
    const squeeze = (t: string) => readBodyMeasures(t).replace(/\s+/gu, ' ').trim();
    expect(squeeze('我一米六 一百斤 拿s还是m')).toBe('我 身高 体重 拿什么码');
    expect(squeeze('我身高165体重110穿什么码')).toBe('我 身高 体重 穿什么码');
    expect(squeeze('165 110斤穿多大')).toBe('身高 体重 穿多大');
    expect(squeeze('宝宝7.5公斤穿什么码')).toBe('宝宝 体重 穿什么码');
    expect(squeeze('一米七五 140斤 m码还是l码')).toBe('身高 体重 什么码');
    expect(squeeze('宝宝身高80cm 体重20斤穿多大')).toBe('宝宝 身高 体重 穿多大');
  });

  it('leave a weight or a length that is no body alone: a box of fruit, a bed', () => {
    for (const text of ['苹果5斤装多少钱', '一米八的床用多大的被套', '1米5的床单有吗', '满100减10']) expect(readBodyMeasures(text)).toBe(text);
  });

  it('answer the sizing question told in other figures than the stored one', () => {
    const engine = createEngine(kbOf([['size', ['我身高165体重110穿什么码', '尺码怎么选']], ['ship', ['什么时候发货']]]));
    for (const text of ['一米六 一百斤 拿s还是m', '172 130斤穿多大', '身高一米七 体重65公斤 穿l还是xl']) expect(engine.understand(text).answer?.id, text).toBe('size');
  });
});
