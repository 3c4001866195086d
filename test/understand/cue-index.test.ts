import { describe, expect, it } from 'vitest';
import { CueIndex, requiredChars } from '../../core/understand/cue-index.js';
import { enCues, punctuationCues, zhCues, type Cue } from '../../core/understand/lexicon/signals.js';
import { normalize } from '../../core/text/normalize.js';

const spelled = (source: string) => requiredChars(source).map((set) => [...set].sort().join(' '));

describe('the characters a cue needs', () => {
  it('reads one of each mandatory part, and each two plain characters in a row', () => {
    expect(spelled('不会再(买|用|来)')).toEqual(['不', '会', '不会', '再', '会再', '买 来 用']);
    // (Of alternatives, the most selective part of each: a pair rather than a character.)
    expect(spelled('(找|叫)(你们)?(的)?(老板|店长)')).toEqual(['叫 找', '店长 老板']);
    expect(spelled('(打|拨)了?([0-9]+|几)次')).toEqual(['打 拨', '0 1 2 3 4 5 6 7 8 9 几', '次']);
    expect(spelled('\\bso glad\\b')).toEqual(['s', 'o', 'so', ' ', 'o ', 'g', ' g', 'l', 'gl', 'a', 'la', 'd', 'ad']);
    // (Not across an optional character: "ab?c" need not hold bc.)
    expect(spelled('ab?c')).toEqual(['a', 'c']);
  });

  it('vouches for nothing it cannot read: optional parts, lookarounds, wide classes', () => {
    expect(spelled('(?<![0-9])12315(?![0-9])')).toEqual(['1', '2', '12', '3', '23', '1', '31', '5', '15']);
    expect(spelled('\\bsb\\b')).toEqual(['s', 'b', 'sb']);
    expect(spelled('^[^]{60,}$')).toEqual([]);
    expect(spelled('(吗)?')).toEqual([]);
    expect(spelled('.{0,8}')).toEqual([]);
    expect(spelled('\\w+')).toEqual([]);
    expect(spelled('(a|\\d)x')).toEqual(['x']);
    expect(spelled('[!?]{3,}')).toEqual(['! ?']);
  });
});

describe('CueIndex', () => {
  const lists: [string, readonly Cue[]][] = [
    ['zh', zhCues],
    ['en', enCues],
    ['punctuation', punctuationCues],
  ];
  // Messages that hit cues, and ordinary ones that must not.
  const texts = [
    '我要投诉你们！！！等了三天还没发货',
    '打了10次电话都没人管',
    '这就是你们的服务？凭什么不给退',
    '12315见，太过分了',
    '有人在吗？人呢?',
    '花呗怎么还款',
    '滚!',
    'i want to speak to a real person',
    'this is a scam, I will call my lawyer',
    'what a terrible experience, really bad',
    'how do i change my address',
    '?? why ??? ?!',
    'x'.repeat(130),
    ...[...zhCues, ...enCues].map((c) => c.pattern.source.replace(/[\\()?|^$*+[\]{}.]/gu, '')),
  ].map((t) => normalize(t));

  it.each(lists)('never leaves out a %s cue that matches', (_, cues) => {
    const index = new CueIndex(cues);
    for (const text of texts) {
      const candidates = new Set(index.candidates(text));
      for (const cue of cues) if (cue.pattern.test(text)) expect(candidates.has(cue), `${cue.pattern} on ${text}`).toBe(true);
    }
  });

  it('keeps cue order and runs few cues on an ordinary question', () => {
    const index = new CueIndex(zhCues);
    expect(index.candidates(normalize('花呗怎么还款'))).toEqual([]);
    const found = index.candidates(normalize('我要投诉，要赔偿'));
    expect(found.map((c) => zhCues.indexOf(c))).toEqual([...found.map((c) => zhCues.indexOf(c))].sort((a, b) => a - b));
    expect(found.some((c) => c.pattern.source.startsWith('投诉('))).toBe(true);
    expect(found.length).toBeLessThan(10);
  });
});
