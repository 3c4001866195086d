import { describe, expect, it } from 'vitest';
import { isCommonEnglish } from '../../core/text/common-english.js';
import { createEngine } from '../../core/understand/engine.js';
import { extractFeatures } from '../../core/understand/features.js';
import { buildIndex } from '../../core/understand/index.js';
import { describeKey } from '../../core/understand/keys.js';
import { normalize } from '../../core/text/normalize.js';
import { kbOf } from './kb.js';

const kb = kbOf([
  ['marking', ['Can you add a name marking to my order?']],
  ['ring', ['Do you sell ring boxes?']],
  ['collect', ['Can I collect my order from the shop?']],
  ['cancel', ['How do I cancel my order?']],
  ['password', ['How do I recover my password?']],
]);
const index = buildIndex(kb);
/** The English word features of a message (`w` and the stem). */
const words = (text: string) => {
  const f = extractFeatures(normalize(text), index.context);
  return Array.from(f.keys.subarray(0, f.size), describeKey).filter((k) => k.startsWith('w'));
};

describe('English spelling correction', () => {
  it('leaves a common English word the knowledge lacks as typed: parking is no marking, hiring no "hi ring"', () => {
    expect(isCommonEnglish('parking')).toBe(true);
    expect(isCommonEnglish('cancle')).toBe(false);
    expect(words('is there parking near the shop?')).toContain('wpark');
    expect(words('is there parking near the shop?')).not.toContain('wmark');
    expect(words('are you hiring?')).not.toContain('wring');
  });

  it('still corrects typos, and a common word into another form of a word the knowledge uses (recovery → recover)', () => {
    expect(words('how do i cancle my order')).toContain('wcancel');
    expect(words('password recovery')).toEqual(expect.arrayContaining(words('recover password')));
  });
});

describe('a word the speller would make a complaint of', () => {
  it('is read as what the customer meant: Australian rashies are rash vests, not rashes', () => {
    const e = createEngine(kbOf([['rash-vests', ['Are your rash vests UV protective?', 'What sizes do the rash vests come in?']], ['shipping', ['How long does shipping take?']]]));
    const u = e.understand('do the rashies come in kids sizes?');
    expect(u.escalate).toBe(false);
    expect(u.answer?.id).toBe('rash-vests');
  });
});
