import { describe, expect, it } from 'vitest';
import { normalize } from '../../core/text/normalize.js';
import { concernOf } from '../../core/understand/concern-question.js';
import { createEngine } from '../../core/understand/engine.js';
import { kbOf } from './kb.js';

const of = (text: string) => concernOf(normalize(text), /^[a-z]/iu.test(text));

describe('a worry told in the customer’s words', () => {
  it('whether it is genuine, not "real leather" or "the original box"', () => {
    expect(of('are these headphones the real thing or knock-offs?')).toBe('genuine');
    expect(of('这个包是正品吗 别是高仿')).toBe('genuine');
    expect(of('is the sofa real leather?')).toBeUndefined();
    expect(of('do I need the original box to return it?')).toBeUndefined();
    expect(of('这个真的很好用')).toBeUndefined();
  });

  it('an allergy, not a diet', () => {
    expect(of('my son has a peanut allergy, is the granola safe for him?')).toBe('allergy');
    expect(of('用完脸上起了好多红疹')).toBe('allergy');
    expect(of('is it ok for someone with coeliac disease?')).toBeUndefined();
  });

  it('cheaper elsewhere, or cheaper since it was bought', () => {
    expect(of('the same kettle is £15 less on another site, can you match it?')).toBe('price-match');
    expect(of('I bought the rug last Monday and now it is cheaper on your site')).toBe('price-drop');
    expect(of('前天刚买 今天就便宜了二十块 能补吗')).toBe('price-drop');
    expect(of('is it cheaper if I buy two?')).toBeUndefined();
  });
});

describe('answering the worry', () => {
  it('from the entry the knowledge keeps for it', () => {
    const shop = createEngine(
      kbOf([
        ['authentic', ['Are your products genuine?', 'Do you sell authentic brands only?']],
        ['allergens', ['Do your products contain allergens?', 'Is it safe if I have allergies?']],
        ['price-match', ['Do you price match?', 'Will you match a competitor price?']],
        ['price-adjust', ['If the price drops after I buy, can I get the difference back?']],
        ['delivery', ['How long does delivery take?']],
      ]),
    );
    expect(shop.understand('are these headphones the real thing or knock-offs?').answer?.id).toBe('authentic');
    expect(shop.understand('my son has a peanut allergy, is the granola safe for him?').answer?.id).toBe('allergens');
    expect(shop.understand('the same kettle is £15 less on another site, can you match it?').answer?.id).toBe('price-match');
    expect(shop.understand('I bought the rug last Monday and now it is cheaper on your site').answer?.id).toBe('price-adjust');
  });
});
