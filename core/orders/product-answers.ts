// 还有货吗 / 多少钱 / 规格: a product's stock, price and specs from the live shop system when there is one,
// else the knowledge's catalogue, with the promotions running for it now. Variants (50g/100g, 清香型,
// 抹茶味, 500ml 雾灰) are picked from the engine's sku entities or, when it found none, from the
// variant names' distinctive words in the message ("100克" is 100g罐装, "抹茶" is 抹茶味).
import { answerFor } from '../answer/answer-text.js';
import { isActive } from '../knowledge/knowledge-base.js';
import type { KnowledgeBase } from '../knowledge/knowledge-base.js';
import type { Product } from '../knowledge/schema.js';
import type { ShopProduct, ShopVariant } from '../shop/shop-connector.js';
import { messagesFor, type CustomerMessages } from '../stages/customer-messages.js';
import type { Language } from '../text/language.js';
import { normalize } from '../text/normalize.js';
import { money } from './order-replies.js';

export type ProductQuestion = 'stock' | 'price' | 'specs' | 'summary';

const STOCK = /有货|有没有货|有木有货|还有吗|还有没有|还有么|有现货|现货|库存|缺货|补货|到货|卖完|售罄|断货|in stock|available|sold out/iu;
const PRICE = /多少钱|价格|价钱|什么价|啥价|几块|几元|怎么卖|多少一|贵不贵|how much|price|cost/iu;
const SPECS = /规格|参数|产地|保质期|配料|成分|净含量|多重|重量|容量|多大|尺寸|材质|储存|保存|年份|等级|几克|多少克|specs?\b|ingredients/iu;

/** What the message asks about a product, if it asks about stock, price or specs at all. */
export function productQuestionIn(text: string): ProductQuestion | undefined {
  const stock = STOCK.test(text);
  const price = PRICE.test(text);
  if (stock && price) return 'summary';
  if (stock) return 'stock';
  if (price) return 'price';
  if (SPECS.test(text)) return 'specs';
  return undefined;
}

/** A product_info entry's kind of question, from its own questions. */
export function productQuestionOfEntry(questions: readonly string[]): ProductQuestion {
  const kinds = questions.map(productQuestionIn);
  const count = (k: ProductQuestion) => kinds.filter((x) => x === k).length;
  if (count('stock') >= count('price') && count('stock') > 0) return 'stock';
  if (count('price') > 0) return 'price';
  return 'summary';
}

const FULLWIDTH = /[\uff01-\uff5e]/gu;
/** Lower case, half-width, 克 → g, 毫升 → ml, 半斤 → 250g, 一斤 → 500g: variant names and messages alike. */
function canonical(text: string): string {
  return text
    .replace(FULLWIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .toLowerCase()
    .replace(/\s+/gu, '')
    .replace(/半斤/gu, '250g')
    .replace(/一斤/gu, '500g')
    .replace(/(\d+)(?:克|grams?|gr)/gu, '$1g')
    .replace(/(\d+)(?:毫升)/gu, '$1ml');
}

// Words that name a packaging or a flavour but tell no variant apart on their own.
const FILLER = /装|型|味|约|（|）|\(|\)|的/gu;

/** The words of a variant name a customer would say: "250g", "20颗", "罐装", "清香", "雾灰". */
function variantWords(name: string): string[] {
  const c = canonical(name);
  const words = new Set<string>([c]);
  for (const m of c.matchAll(/\d+(?:\.\d+)?(?:g|ml|颗|枚|包|袋|泡|片)/gu)) words.add(m[0]);
  for (const part of c.split(/[\d.]+(?:g|ml|颗|枚|包|袋|泡|片)?|[（）()、,，\s]/u)) {
    if (part.length >= 2) words.add(part);
    const bare = part.replace(FILLER, '');
    if (bare.length >= 2) words.add(bare);
    // Customers shorten names: 独立袋装 → 袋装, 清香型 → 清香. Every two-character piece counts a little.
    if (/^\p{Script=Han}{3,}$/u.test(part)) for (let i = 0; i + 2 <= part.length; i++) words.add(part.slice(i, i + 2));
  }
  return [...words];
}

/** The variants of a product the message names (several when it is ambiguous: "500ml" has two colours). */
export function variantsNamed(text: string, variants: readonly { sku: string; name: string }[], skus: readonly string[] = []): string[] {
  const bySku = variants.filter((v) => skus.includes(v.sku)).map((v) => v.sku);
  if (bySku.length) return bySku;
  const said = canonical(text);
  const words = variants.map((v) => ({ sku: v.sku, words: variantWords(v.name) }));
  // A word every variant has ("罐装") tells none apart.
  const common = new Set(words.length > 1 ? words[0]!.words.filter((w) => words.every((x) => x.words.includes(w))) : []);
  // "50g" is inside "250g": a word starting with a digit must not follow another digit.
  const says = (w: string) => (/^\d/u.test(w) ? new RegExp(`(?<![\\d.])${w.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}`, 'u').test(said) : said.includes(w));
  const scored = words.map((v) => ({ sku: v.sku, score: v.words.filter((w) => !common.has(w) && says(w)).length }));
  const best = Math.max(0, ...scored.map((s) => s.score));
  return best ? scored.filter((s) => s.score === best).map((s) => s.sku) : [];
}

/** The catalogue's product, with the live system's stock and prices over it when it answered. */
export function mergeLive(product: Product, live: ShopProduct | undefined): ShopProduct {
  const variants: ShopVariant[] | undefined = product.variants?.map((v) => {
    const fresh = live?.variants?.find((x) => x.sku === v.sku);
    return { sku: v.sku, name: v.name, price: fresh?.price ?? v.price ?? product.price, stock: fresh ? fresh.stock : v.stock };
  });
  return {
    id: product.id,
    name: product.name,
    price: live?.price ?? product.price,
    currency: live?.currency ?? 'CNY',
    stock: live && !live.variants?.length ? live.stock : product.stock,
    variants,
    specs: { ...product.specs, ...live?.specs },
  };
}

function stockWord(stock: number | undefined, said: CustomerMessages['products']): string {
  if (stock === undefined) return said.stock.known;
  if (stock <= 0) return said.stock.out;
  if (stock <= 10) return said.stock.few(stock);
  return said.stock.plenty;
}

export interface ProductReplyInput {
  product: Product;
  live: ShopProduct;
  question: ProductQuestion;
  /** The variants asked about; empty: all of them. */
  skus: string[];
  kb: KnowledgeBase;
  channel: string;
  now: Date;
  /** The live system did not answer: stock is the catalogue's. */
  stale: boolean;
  /** The customer's: the fixed words around the catalogue's names and specs. */
  language?: Language;
}

export function productReply(input: ProductReplyInput): string {
  const { product, live, question, kb } = input;
  const said = messagesFor(input.language ?? 'zh').products;
  const sep = said.separator;
  const unit = product.unit ? `/${product.unit}` : '';
  const lines: string[] = [];
  const all = live.variants ?? [];
  const chosen = input.skus.length ? all.filter((v) => input.skus.includes(v.sku)) : all;
  const priceOf = (v: ShopVariant) => money(v.price ?? live.price, live.currency);
  if (question === 'specs') {
    lines.push(`${live.name}${said.colon}`);
    for (const [k, v] of Object.entries(live.specs ?? {}).slice(0, 8)) lines.push(`• ${k}${sep}${v}`);
    if (all.length) lines.push(said.specsLine(all.map((v) => `${v.name} ${priceOf(v)}`).join(said.listJoin)));
    else lines.push(said.priceLine(`${money(live.price, live.currency)}${unit}`));
  } else if (chosen.length === 1 && input.skus.length) {
    const v = chosen[0]!;
    lines.push(`${live.name} ${v.name}${sep}${priceOf(v)} · ${stockWord(v.stock, said)}`);
  } else if (chosen.length) {
    lines.push(`${live.name}${input.skus.length ? '' : said.options(chosen.length)}${said.colon}`);
    for (const v of chosen) {
      const parts = question === 'stock' ? [stockWord(v.stock, said)] : question === 'price' ? [priceOf(v)] : [priceOf(v), stockWord(v.stock, said)];
      lines.push(`• ${v.name}${sep}${parts.join(' · ')}`);
    }
  } else {
    const parts = question === 'stock' ? [stockWord(live.stock, said)] : question === 'price' ? [`${money(live.price, live.currency)}${unit}`] : [`${money(live.price, live.currency)}${unit}`, stockWord(live.stock, said)];
    lines.push(`${live.name}${sep}${parts.join(' · ')}`);
  }
  const stocks = chosen.length ? chosen.map((v) => v.stock) : [live.stock];
  if ((question === 'stock' || question === 'summary') && stocks.some((s) => s !== undefined && s <= 0)) lines.push(said.restock);
  if (input.stale && question !== 'price') lines.push(said.stale);
  for (const promo of kb.promotions) {
    if (!promo.products?.includes(product.id) || !isActive(promo, input.now)) continue;
    if (promo.channels && !promo.channels.includes(input.channel as never)) continue;
    lines.push(`🎁 ${promo.title}${sep}${answerFor(promo, input.channel, input.language)}`);
  }
  return lines.join('\n');
}

/** At most this many products in one reply about a group: more is a catalogue page, not an answer. */
const GROUP_LIMIT = 6;
/** The longest part of a message looked up in the catalogue's names ("普洱", "龙井", "礼盒"). */
const PART_MAX = 6;

/**
 * The products a message names by a part they share ("普洱多少钱": the ripe and raw cakes and the
 * citrus 普洱; "龙井": both 龙井), for a message that names no product in full. Looks for the longest
 * run of two or more Chinese characters, or a Latin word of three or more letters, that stands in
 * products' names or aliases. Returns the part and its products (none when nothing fits, or when
 * too many fit to list).
 */
export function productsCalled(text: string, products: readonly Product[]): { part: string; products: Product[] } | undefined {
  const said = normalize(text);
  const names = products.map((p) => ({ product: p, names: [p.name, ...(p.aliases ?? [])].map(normalize).join('|') }));
  const parts: string[] = [];
  for (const run of said.match(/\p{Script=Han}{2,}/gu) ?? []) {
    for (let n = Math.min(PART_MAX, run.length); n >= 2; n--) for (let i = 0; i + n <= run.length; i++) parts.push(run.slice(i, i + n));
  }
  for (const word of said.match(/[a-z]{3,}/gu) ?? []) parts.push(word);
  parts.sort((a, b) => b.length - a.length);
  for (const part of parts) {
    const found = names.filter((n) => n.names.includes(part)).map((n) => n.product);
    if (found.length) return found.length <= GROUP_LIMIT ? { part, products: found } : undefined;
  }
  return undefined;
}

/** Price, stock or both of each product of a group, one line each, then an offer to say more. */
export function productGroupReply(part: string, group: readonly ShopProduct[], question: Exclude<ProductQuestion, 'specs'>, units: readonly (string | undefined)[], language: Language = 'zh'): string {
  const said = messagesFor(language).products;
  const lines = [said.group(part, group.length)];
  group.forEach((live, i) => {
    const prices = live.variants?.length ? live.variants.map((v) => v.price ?? live.price) : [live.price];
    const low = Math.min(...prices);
    const high = Math.max(...prices);
    const unit = units[i] ? `/${units[i]}` : '';
    const price = low === high ? `${money(low, live.currency)}${unit}` : `${money(low, live.currency)}–${money(high, live.currency).replace(/^¥/u, '')}`;
    const stocks = live.variants?.length ? live.variants.map((v) => v.stock) : [live.stock];
    const stock = stocks.some((s) => s === undefined || s > 0) ? said.stock.known : said.stock.out;
    lines.push(`• ${live.name}${said.separator}${question === 'stock' ? stock : question === 'price' ? price : `${price} · ${stock}`}`);
  });
  lines.push(said.groupEnd);
  return lines.join('\n');
}
