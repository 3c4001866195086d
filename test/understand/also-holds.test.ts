import { describe, expect, it } from 'vitest';
import { createEngine } from '../../core/understand/engine.js';
import { kbOf } from './kb.js';

describe('whether what was just said holds for another thing too', () => {
  it('asks of the answer just given, not of the other thing', () => {
    const shop = createEngine(
      kbOf([
        ['express', ['Do you offer express shipping?'], 'Express shipping is $15 and arrives next business day on in-stock items.'],
        ['preorders', ['How do pre-orders work?', 'When do preorders ship?'], 'Pre-orders ship on the release date shown on the product page.'],
      ]),
    );
    const history = [
      { role: 'customer' as const, text: 'do you offer express shipping?' },
      { role: 'agent' as const, text: 'Express shipping is $15 and arrives next business day on in-stock items.' },
    ];
    expect(shop.understand('does that work for preorders too?', { history }).answer?.id).toBe('express');
    // Asked on its own, the other thing's entry answers.
    expect(shop.understand('how do pre-orders work?').answer?.id).toBe('preorders');
  });
});
