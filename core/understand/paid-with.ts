// How the customer paid, told as a follow-up (what if I paid with afterpay?, I paid with PayPal though,
// 我是花呗付的 也是这么快吗, 微信付的呢): in a conversation about returns or refunds that asks how the
// refund reaches the way they paid, not which ways to pay the shop takes — which the entry on payment
// methods, found by the way named, would answer.
import { inLanguage, type AskedIn, type KnowledgeAsks } from './knowledge-asks.js';

/** A payment made, past tense: not "can I pay with PayPal?", which asks the ways to pay. */
const PAID_WITH_EN = /\b(?:i|we|if i|if we|i've|we've) (?:already )?paid (?:for (?:it|them|the \w+) )?(?:with|by|via|using|through|on)\b/u;
/** …in Chinese: 我是花呗付的, 我用信用卡付的, 微信付的呢 (not 用白条付的能开专票吗, a question of its own). */
const PAID_WITH_ZH = /(?:我是|我用|是用)[^,.!?;，。！？]{0,8}付的|^[^,.!?;，。！？]{1,8}付的(?:呢|也)/u;

// (Alone: the way named would lead back to the ways to pay.)
const REFUND: AskedIn = [
  { question: 'how long does the refund take to reach my account', word: 'refund refunds refunded', alone: true },
  { question: '退款多久到账 原路退回', word: '退款', alone: true },
];

/** The refund's question, when a follow-up tells how the customer paid. */
export function paidWithAsked(text: string, english: boolean): KnowledgeAsks | undefined {
  return inLanguage((english ? PAID_WITH_EN : PAID_WITH_ZH).test(text) ? REFUND : undefined, english);
}
