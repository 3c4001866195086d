// 还有货吗 / 多少钱 / 规格 about a named product, after the order dialogue and before routing: the answer
// comes from the catalogue (with live stock and prices from the shop system when one is connected) and
// the promotions running for that product, instead of the generic "tell me which product" entry. The
// product stays in `conversation.slots.product` for a while, so 这个有货吗 / 100g的呢 follow up on it.
import type { Product } from '../knowledge/schema.js';
import { mergeLive, productQuestionIn, productQuestionOfEntry, productReply, variantsNamed, type ProductQuestion } from '../orders/product-answers.js';
import { PRODUCT_SOURCE } from '../orders/order-replies.js';
import { shopCall } from '../orders/shop-calls.js';
import type { Middleware } from '../pipeline/compose.js';
import type { Turn } from '../pipeline/turn.js';
import type { ShopProduct } from '../shop/shop-connector.js';
import { isShopUnavailable } from '../shop/shop-errors.js';
import { say } from './say.js';
import { faqEntry } from './faq-entry.js';

const PRODUCT_SLOT_TTL_MS = 30 * 60_000;
/** "这个", "这款", "它": the product just talked about. */
const DEICTIC = /这个|这款|这种|那个|那款|它|这|那/u;

export const products: Middleware<Turn> = async (turn, next) => {
  const { deps, inbound, conversation } = turn;
  const u = turn.understanding;
  if (!u || u.escalate || inbound.kind !== 'text' || !inbound.text.trim()) return next();
  const kb = deps.knowledge.kb;
  const text = inbound.text.slice(0, deps.settings.MAX_MESSAGE_CHARS);
  const now = deps.now();
  const slots = conversation.slots;
  if (slots.product_at && now - Number(slots.product_at) > PRODUCT_SLOT_TTL_MS) {
    delete slots.product;
    delete slots.product_question;
    delete slots.product_at;
  }

  const entry = faqEntry(kb, u.answer?.id);
  const fromEntry = entry?.action === 'product_info' ? productQuestionOfEntry(entry.questions) : undefined;
  const named = [...new Set(u.entities.filter((e) => e.kind === 'product').map((e) => e.value))];
  const skus = u.entities.filter((e) => e.kind === 'sku').map((e) => e.value);
  const previous = slots.product ? kb.products.find((p) => p.id === slots.product) : undefined;

  let product: Product | undefined;
  let question = productQuestionIn(text) ?? fromEntry;
  const short = text.replace(/\s/gu, '').length <= 12;
  const asksAgain = /呢[?？]?$/u.test(text.trim()) && short; // 那铁观音呢, 250g的呢: the same question again
  let followUp = false;
  if (named.length === 1) {
    product = kb.products.find((p) => p.id === named[0]);
    if (!question && asksAgain && slots.product_question) {
      question = slots.product_question as ProductQuestion;
      followUp = true;
    }
  } else if (!named.length && previous) {
    // A follow-up without a product name: 这个有货吗, 100g的呢, 那250克多少钱.
    const variant = previous.variants?.length ? variantsNamed(text, previous.variants, skus).length > 0 : false;
    if ((question && (DEICTIC.test(text) || short)) || (variant && short) || asksAgain) {
      product = previous;
      question ??= (slots.product_question as ProductQuestion | undefined) ?? 'summary';
      followUp = true;
    }
  }
  if (!product || !question) return next();
  // An entry of its own the engine is sure of wins when the words ask nothing of ours (明前龙井怎么泡).
  if (entry && !entry.action && u.answer && !productQuestionIn(text) && !followUp) return next();

  let live: ShopProduct | undefined;
  let stale = false;
  if (deps.shop) {
    try {
      live = await shopCall(turn, (shop, o) => shop.product(product.id, o));
    } catch (error) {
      if (!isShopUnavailable(error)) throw error;
      stale = true; // the catalogue still answers; the customer is told stock may be out of date
    }
  }
  const merged = mergeLive(product, live);
  const chosen = merged.variants?.length ? variantsNamed(text, merged.variants, skus) : [];
  slots.product = product.id;
  slots.product_question = question;
  slots.product_at = String(now);
  turn.decision = { action: 'answer', reason: 'product_info' };
  turn.faq = entry?.action === 'product_info' ? entry.id : PRODUCT_SOURCE;
  conversation.unresolved = 0;
  turn.facts = [...(turn.facts ?? []), { id: `product:${product.id}`, text: `${merged.name} ${merged.price}` }];
  await say(turn, productReply({ product, live: merged, question, skus: chosen, kb, channel: inbound.channel, now: new Date(now), stale }));
};
