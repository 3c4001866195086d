import { describe, expect, it } from 'vitest';
import { createEngine } from '../../core/understand/engine.js';
import { readMismatchedItem } from '../../core/understand/mismatched-item.js';
import { kbOf } from './kb.js';

describe('an item other than the one ordered', () => {
  it('reads "I wanted this, I got that" as sent wrong, whatever the two things are', () => {
    expect(readMismatchedItem('我要的是红茶 发来的是绿茶').replace(/\s+/gu, ' ').trim()).toBe('我 发错了 绿茶');
    expect(readMismatchedItem('拍的是m码 结果收到的是l码').replace(/\s+/gu, ' ').trim()).toBe('发错了 l码');
  });

  it('leaves what only says what came alone: 收到的是碎的 is damage, 收到的是什么快递 a question', () => {
    for (const text of ['买的茶叶收到的是碎的', '收到的是什么快递', '我要的是红茶']) expect(readMismatchedItem(text)).toBe(text);
  });

  it('answers from the wrong-item entry when the knowledge names other things', () => {
    const engine = createEngine(kbOf([['wrong', ['发错货了', '买的浓香型铁观音 收到的是清香型']], ['damaged', ['收到东西压坏了', '玻璃杯碎了']]]));
    expect(engine.understand('我要的是红茶 发来的是绿茶').answer?.id).toBe('wrong');
  });
});
