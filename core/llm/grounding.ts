// The numbered sources an LLM answer may use, and nothing else: the knowledge entries the engine found
// (the chosen one first), promotions running now, products the customer mentioned, and facts another
// stage looked up for the turn (an order's status). Each source keeps its id, so the reply can cite it
// and the turn can record what it was grounded on; their text together is what the guardrails check
// a reply's amounts, dates and promises against.
import { answerFor } from '../answer/answer-text.js';
import { isActive, type KnowledgeBase } from '../knowledge/knowledge-base.js';
import type { Product, Promotion } from '../knowledge/schema.js';
import type { TurnFact } from '../pipeline/turn.js';
import type { Understanding } from '../understand/types.js';

export interface Source {
  /** A knowledge entry id, a promotion id, `product:<id>`, or a fact's id. */
  id: string;
  kind: 'faq' | 'promotion' | 'product' | 'fact';
  /** The entry the engine chose: the answer must rest on it. */
  primary: boolean;
  text: string;
}

export interface Grounding {
  sources: Source[];
  /** Every source's text: what a reply's claims must be found in. */
  text: string;
}

export interface GroundingInput {
  kb: KnowledgeBase;
  understanding: Understanding;
  channel: string;
  now: Date;
  /** The entry to answer from (the engine's answer); default: the understanding's. */
  primary?: string;
  facts?: TurnFact[];
}

/** Below this the engine's other candidates are noise, not context. */
const CANDIDATE_FLOOR = 0.3;
const MAX_ENTRIES = 3;
const MAX_PROMOTIONS = 3;
const MAX_PRODUCTS = 3;
const MAX_FACTS = 5;
// A question about price or deals: every running promotion is relevant, not only the matched one.
const DEALS = /优惠|活动|便宜|打折|折扣|多少钱|价格|价钱|券|满减|促销|福利|赠品|discount|deal|price|coupon|offer|sale/iu;

export function ground(input: GroundingInput): Grounding {
  const { kb, understanding: u, channel, now } = input;
  const sources: Source[] = [];
  const seen = new Set<string>();
  const add = (source: Source) => {
    if (seen.has(source.id)) return;
    seen.add(source.id);
    sources.push(source);
  };
  const running = kb.promotions.filter((p) => isActive(p, now) && (!p.channels || (p.channels as string[]).includes(channel)));

  // Knowledge entries: the chosen one, then the engine's other good guesses.
  const primary = input.primary ?? u.answer?.id;
  const ids = [primary, ...u.candidates.filter((c) => c.score >= CANDIDATE_FLOOR).map((c) => c.id)].filter((id): id is string => Boolean(id));
  let entries = 0;
  for (const id of ids) {
    if (entries >= MAX_ENTRIES || seen.has(id)) continue;
    const faq = kb.faq.find((e) => e.id === id && isActive(e, now));
    if (faq) {
      const variant = answerFor(faq, channel);
      const text = `问：${faq.questions[0]}\n答：${faq.answer}${variant !== faq.answer ? `\n（${channel} 简短版：${variant}）` : ''}`;
      add({ id, kind: 'faq', primary: id === primary, text });
      entries++;
      continue;
    }
    const promotion = running.find((p) => p.id === id);
    if (promotion) {
      add(promotionSource(promotion, id === primary));
      entries++;
    }
  }

  // Products the customer named (entities), and promotions about them or about deals in general.
  const mentioned = productsMentioned(kb, u);
  for (const product of mentioned.slice(0, MAX_PRODUCTS)) add(productSource(product));
  const mentionedIds = new Set(mentioned.map((p) => p.id));
  const related = running.filter((p) => p.products?.some((id) => mentionedIds.has(id)));
  const promotions = [...related, ...(DEALS.test(u.text) ? running : [])];
  let promos = sources.filter((s) => s.kind === 'promotion').length;
  for (const promotion of promotions) {
    if (promos >= MAX_PROMOTIONS) break;
    if (seen.has(promotion.id)) continue;
    add(promotionSource(promotion, false));
    promos++;
  }

  for (const fact of (input.facts ?? []).slice(0, MAX_FACTS)) add({ id: fact.id, kind: 'fact', primary: false, text: fact.text });

  return { sources, text: sources.map((s) => s.text).join('\n') };
}

/** The sources as the prompt shows them: numbered, each with its id to cite. */
export function renderSources(grounding: Grounding, hide: (text: string) => string = (t) => t): string {
  if (!grounding.sources.length) return '（没有资料）';
  return grounding.sources
    .map((s, i) => `[${i + 1}] id=${s.id}（${kindLabel[s.kind]}${s.primary ? '，主要依据' : ''}）\n${hide(s.text)}`)
    .join('\n\n');
}

const kindLabel: Record<Source['kind'], string> = { faq: '常见问题', promotion: '进行中的活动', product: '商品', fact: '订单/查询结果' };

function promotionSource(p: Promotion, primary: boolean): Source {
  const dates = `${fmtDate(p.valid_from)}–${fmtDate(p.valid_to)}`;
  return { id: p.id, kind: 'promotion', primary, text: `活动：${p.title}（${dates}）\n${p.answer}` };
}

function productSource(p: Product): Source {
  const parts = [`商品：${p.name}${p.aliases?.length ? `（又名 ${p.aliases.join('、')}）` : ''}`, `价格：¥${p.price}${p.unit ? `/${p.unit}` : ''}`];
  if (p.variants?.length) {
    parts.push(`规格：${p.variants.map((v) => `${v.name} ¥${v.price ?? p.price}${v.stock > 0 ? ' 有货' : ' 缺货'}`).join('；')}`);
  } else if (p.stock !== undefined) {
    parts.push(p.stock > 0 ? '有货' : '缺货');
  }
  if (p.specs) parts.push(Object.entries(p.specs).map(([k, v]) => `${k}：${v}`).join('；'));
  if (p.description) parts.push(p.description);
  return { id: `product:${p.id}`, kind: 'product', primary: false, text: parts.join('\n') };
}

function productsMentioned(kb: KnowledgeBase, u: Understanding): Product[] {
  const found: Product[] = [];
  for (const entity of u.entities) {
    let product: Product | undefined;
    if (entity.kind === 'product') product = kb.products.find((p) => p.id === entity.value);
    else if (entity.kind === 'sku') product = kb.products.find((p) => p.variants?.some((v) => v.sku === entity.value));
    if (product && !found.includes(product)) found.push(product);
  }
  return found;
}

function fmtDate(d: Date): string {
  // The shop's calendar day (UTC+8), the way customers read it.
  const local = new Date(d.getTime() + 8 * 3600_000);
  return `${local.getUTCMonth() + 1}月${local.getUTCDate()}日`;
}
