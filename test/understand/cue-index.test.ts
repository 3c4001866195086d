import { describe, expect, it } from 'vitest';
import { CueIndex, requiredChars } from '../../core/understand/cue-index.js';
import { enCues, punctuationCues, zhCues, type Cue } from '../../core/understand/lexicon/signals.js';
import { normalize } from '../../core/text/normalize.js';

const spelled = (source: string) => requiredChars(source).map((set) => [...set].sort().join(''));

describe('the characters a cue needs', () => {
  it('reads one of each mandatory part', () => {
    expect(spelled('不会再(买|用|来)')).toEqual(['不', '会', '再', '买来用']);
    expect(spelled('(找|叫)(你们)?(的)?(老板|店长)')).toEqual(['叫找', '店老']);
    expect(spelled('(打|拨)了?([0-9]+|几)次')).toEqual(['打拨', '0123456789几', '次']);
  });

  it('vouches for nothing it cannot read: optional parts, lookarounds, wide classes', () => {
    expect(spelled('(?<![0-9])12315(?![0-9])')).toEqual(['1', '2', '3', '1', '5']);
    expect(spelled('\\bsb\\b')).toEqual(['s', 'b']);
    expect(spelled('^[^]{60,}$')).toEqual([]);
    expect(spelled('(吗)?')).toEqual([]);
    expect(spelled('.{0,8}')).toEqual([]);
    expect(spelled('\\w+')).toEqual([]);
    expect(spelled('(a|\\d)x')).toEqual(['x']);
    expect(spelled('[!?]{3,}')).toEqual(['!?']);
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
