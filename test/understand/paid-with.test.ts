import { describe, expect, it } from 'vitest';
import { normalize } from '../../core/text/normalize.js';
import { createEngine } from '../../core/understand/engine.js';
import { paidWithAsked } from '../../core/understand/paid-with.js';
import { kbOf } from './kb.js';

const asked = (text: string) => paidWithAsked(normalize(text), !/[\u3400-\u9fff]/u.test(text)) !== undefined;

describe('how the customer paid, told as a follow-up', () => {
  it('is a payment made, not one asked about', () => {
    for (const text of ['what if I paid with afterpay?', 'I paid with PayPal though', '我是花呗付的，也是这么快吗', '微信付的呢，也要等那么久？', '我是信用卡分期付的']) expect(asked(text), text).toBe(true);
    for (const text of ['can I pay with PayPal?', '能用花呗付吗', '啊不能用支付宝啊…那用白条付的能开专票吗']) expect(asked(text), text).toBe(false);
  });

  it('asks how the refund comes back, after an answer about returns or refunds', () => {
    const en = createEngine(
      kbOf([
        ['refund-timing', ['How long until I get my refund?'], 'Refunds go back to your original payment method within 3 days of your return arriving.'],
        ['payment-methods', ['What payment methods do you accept?', 'Can I pay with PayPal?'], 'Visa, Mastercard, PayPal and Afterpay.'],
        ['afterpay', ['How does Afterpay work?'], 'Pay in four instalments with Afterpay.'],
      ]),
    );
    const history = [
      { role: 'customer' as const, text: 'how long until I get my refund?' },
      { role: 'agent' as const, text: 'Refunds go back to your original payment method within 3 days of your return arriving.' },
    ];
    expect(en.understand('what if I paid with afterpay?', { history }).answer?.id).toBe('refund-timing');
    // Asked on its own, a way to pay is still the ways to pay.
    expect(en.understand('can I pay with PayPal?').answer?.id).toBe('payment-methods');
    const zh = createEngine(
      kbOf([
        ['refund-timing', ['退款多久到账', '退回去的钱多久能到'], '仓库签收后48小时内退款，原路退回。'],
        ['payment-methods', ['支持哪些付款方式', '可以用花呗吗'], '支持支付宝、花呗、信用卡。'],
      ]),
    );
    const zhHistory = [
      { role: 'customer' as const, text: '退回去的钱多久能到？' },
      { role: 'agent' as const, text: '仓库签收后48小时内退款，原路退回。' },
    ];
    expect(zh.understand('我是花呗付的，也是这么快吗', { history: zhHistory }).answer?.id).toBe('refund-timing');
  });
});
