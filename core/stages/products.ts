// 还有货吗 / 多少钱 / 规格 about a named product, after the order dialogue and before routing: the answer
// comes from the catalogue (with live stock and prices from the shop system when one is connected) and
// the promotions running for that product, instead of the generic "tell me which product" entry. The
// product stays in `conversation.slots.product` for a while, so 这个有货吗 / 100g的呢 follow up on it.
import type { FaqEntry, Product } from '../knowledge/schema.js';
import { mergeLive, productGroupReply, productQuestionIn, productQuestionOfEntry, productReply, productsCalled, variantsNamed, type ProductQuestion } from '../orders/product-answers.js';
import { PRODUCT_SOURCE } from '../orders/order-replies.js';
import { shopCall } from '../orders/shop-calls.js';
import type { Middleware, Next } from '../pipeline/compose.js';
import type { Turn } from '../pipeline/turn.js';
import type { ShopProduct } from '../shop/shop-connector.js';
import { isShopUnavailable } from '../shop/shop-errors.js';
import { customerLanguage } from './customer-language.js';
import { messagesFor } from './customer-messages.js';
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
    delete slots.product_turn;
    delete slots.product_at;
  }

  const entry = faqEntry(kb, u.answer?.id);
  const fromEntry = entry?.action === 'product_info' ? productQuestionOfEntry(entry.questions) : undefined;
  const named = [...new Set(u.entities.filter((e) => e.kind === 'product').map((e) => e.value))];
  const skus = u.entities.filter((e) => e.kind === 'sku').map((e) => e.value);
  const previous = slots.product ? kb.products.find((p) => p.id === slots.product) : undefined;

  let product: Product | undefined;
  const short = text.replace(/\s/gu, '').length <= 12;
  // 那铁观音呢, 250g的呢: the same question again — the one the turn just before asked, whatever entry
  // the engine found for the bare name (金骏眉 alone meets the price entry; after 保质期多久 the
  // customer asks its shelf life).
  const asksAgain = /呢[?？]?$/u.test(text.trim()) && short;
  const askedJustBefore = Number(slots.product_turn) === conversation.turnCount - 1 ? (slots.product_question as ProductQuestion | undefined) : undefined;
  const asked = productQuestionIn(text);
  const repeated = !asked && asksAgain && askedJustBefore !== undefined;
  let question = asked ?? (repeated ? askedJustBefore : undefined) ?? fromEntry;
  let followUp = false;
  // No product named in full: a part several share (普洱, 龙井, 礼盒) names them all, or one.
  const called = !named.length && question ? productsCalled(text, kb.products) : undefined;
  if (called && called.products.length > 1) return group(turn, next, entry, called, question!, repeated);
  if (called) named.push(called.products[0]!.id);
  if (named.length === 1) {
    product = kb.products.find((p) => p.id === named[0]);
    if (repeated) followUp = true;
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
  slots.product_turn = String(conversation.turnCount);
  slots.product_at = String(now);
  turn.decision = { action: 'answer', reason: 'product_info' };
  turn.faq = entry?.action === 'product_info' ? entry.id : PRODUCT_SOURCE;
  conversation.unresolved = 0;
  turn.facts = [...(turn.facts ?? []), { id: `product:${product.id}`, text: `${merged.name} ${merged.price}` }];
  await say(turn, productReply({ product, live: merged, question, skus: chosen, kb, channel: inbound.channel, now: new Date(now), stale, language: customerLanguage(turn) }));
};

/**
 * Price or stock of each product a shared part names (普洱多少钱: three teas). Takes the turn only when
 * the engine found no entry of its own, or found the shop's product entry, or when the customer asks
 * the question of the turn before again (那普洱呢 after 龙井多少钱: an entry about brewing 普洱 is not
 * what they mean). Specs of several products at once would be a page, not an answer: the turn goes on.
 */
async function group(turn: Turn, next: Next, entry: FaqEntry | undefined, called: { part: string; products: Product[] }, question: ProductQuestion, askedAgain: boolean): Promise<void> {
  const { deps, conversation } = turn;
  if (question === 'specs' || (turn.understanding!.answer && entry?.action !== 'product_info' && !askedAgain)) return next();
  let stale = false;
  const lives = await Promise.all(
    called.products.map(async (product) => {
      if (!deps.shop) return mergeLive(product, undefined);
      try {
        return mergeLive(product, await shopCall(turn, (shop, o) => shop.product(product.id, o)));
      } catch (error) {
        if (!isShopUnavailable(error)) throw error;
        stale = true;
        return mergeLive(product, undefined);
      }
    }),
  );
  const slots = conversation.slots;
  delete slots.product; // several, not one: 这个 next would not know which
  slots.product_question = question;
  slots.product_turn = String(conversation.turnCount);
  slots.product_at = String(deps.now());
  turn.decision = { action: 'answer', reason: 'product_info' };
  turn.faq = entry?.action === 'product_info' ? entry.id : PRODUCT_SOURCE;
  conversation.unresolved = 0;
  turn.facts = [...(turn.facts ?? []), ...lives.map((live) => ({ id: `product:${live.id}`, text: `${live.name} ${live.price}` }))];
  const language = customerLanguage(turn);
  const reply = productGroupReply(called.part, lives, question, called.products.map((p) => p.unit), language);
  await say(turn, stale && question !== 'price' ? `${reply}\n${messagesFor(language).products.stale}` : reply);
}
