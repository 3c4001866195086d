// Follow-up questions resolved against the conversation: "那退货呢?" after a shipping question asks
// the same about returns; "这个多少钱?" after a product was named asks about that product; "这个呢?"
// asks the previous question again about the product just mentioned. Looks back over the last turns.
import type { Catalogue } from './entities.js';
import { extractEntities } from './entities.js';
import { normalize } from '../text/normalize.js';
import type { HistoryTurn } from './types.js';

/** How many earlier turns a follow-up may reach back over. */
export const CONTEXT_TURNS = 6;

export interface ResolvedContext {
  /** The question to answer, in full (normalised). */
  resolved: string;
  /** What the customer added, when the question was completed from history ("退货" in 那退货呢). */
  focus?: string;
  /** The earlier question it was completed from. */
  previous?: string;
}

const ZH_PRONOUN = '这个|那个|这款|那款|这件|那件|这种|那种|这一款|这个商品|这个宝贝|该商品|它';
const EN_PRONOUN = 'it|this|that|this one|that one|them|these|those';
// 那退货呢? / 退货呢 / 还有退货怎么说? — a topic and an ellipsis marker, nothing else.
// Without a leading 那/还有 only a very short topic counts: "花呗怎么还款呢" is a question of its own.
const ZH_TOPIC = /^(?:(?:那|那么|那个|还有|另外|然后|那要是|如果是)\s*(.{1,8}?)|(.{1,4}?))\s*(?:呢|怎么样|咋样|怎么说)\s*[?!.~]*$/u;
// what about returns? / how about the blue one? / and returns?
const EN_TOPIC = /^(?:and|but|so|ok|okay)?\s*(?:what|how)\s+about\s+(.+?)\s*[?!.]*$|^and\s+(.{1,40}?)\s*\?+$/u;
const ZH_PRONOUN_ONLY = new RegExp(`^(?:那|那么)?\\s*(?:${ZH_PRONOUN})\\s*(?:呢)?\\s*[?!.~]*$`, 'u');
const EN_PRONOUN_ONLY = new RegExp(`^(?:and|what about|how about)?\\s*(?:${EN_PRONOUN})\\s*[?!.]*$`, 'u');
const ZH_PRONOUN_IN = new RegExp(ZH_PRONOUN, 'u');
const EN_PRONOUN_IN = new RegExp(`\\b(?:${EN_PRONOUN})\\b`, 'u');

interface Mention {
  /** The product's name as written. */
  text: string;
  id: string;
}

function lastProduct(turns: readonly HistoryTurn[], catalogue?: Catalogue): Mention | undefined {
  if (!catalogue?.names.length) return undefined;
  for (let i = turns.length - 1; i >= 0; i--) {
    const entities = extractEntities(normalize(turns[i]!.text), catalogue).filter((e) => e.kind === 'product');
    const last = entities[entities.length - 1];
    if (last) return { text: last.text, id: last.value };
  }
  return undefined;
}

/** The customer's last question that stood on its own (follow-ups skipped). */
function lastQuestion(turns: readonly HistoryTurn[]): string | undefined {
  for (let i = turns.length - 1; i >= 0; i--) {
    const turn = turns[i]!;
    if (turn.role !== 'customer') continue;
    const text = normalize(turn.text);
    if (!text || isFollowUp(text)) continue;
    return text;
  }
  return undefined;
}

function isFollowUp(text: string): boolean {
  return ZH_TOPIC.test(text) || EN_TOPIC.test(text) || ZH_PRONOUN_ONLY.test(text) || EN_PRONOUN_ONLY.test(text);
}

/**
 * The question the customer is asking, completed from the conversation when it leans on it.
 * `normalized` is the current message, normalised.
 */
export function resolveContext(normalized: string, history: readonly HistoryTurn[] = [], catalogue?: Catalogue): ResolvedContext {
  const turns = history.slice(-CONTEXT_TURNS);
  if (!turns.length) return { resolved: normalized };
  const english = !/[\u3400-\u9fff]/u.test(normalized);

  // "这个呢?" — the previous question, about the product mentioned last.
  if (ZH_PRONOUN_ONLY.test(normalized) || EN_PRONOUN_ONLY.test(normalized)) {
    const previous = lastQuestion(turns);
    if (!previous) return { resolved: normalized };
    const product = lastProduct(turns, catalogue);
    if (!product) return { resolved: previous, previous };
    const before = extractEntities(previous, catalogue).find((e) => e.kind === 'product');
    const resolved = before ? previous.replace(before.text, product.text) : `${product.text} ${previous}`;
    return { resolved, previous, focus: product.text };
  }

  // "那退货呢?" / "what about returns?" — the previous question, about something else.
  const topic = (english ? EN_TOPIC : ZH_TOPIC).exec(normalized)?.slice(1).find(Boolean);
  if (topic) {
    const previous = lastQuestion(turns);
    if (previous) return { resolved: `${topic} ${previous}`, focus: topic, previous };
  }

  // "这个多少钱?" — the pronoun stands for the product mentioned last.
  const pronoun = english ? EN_PRONOUN_IN : ZH_PRONOUN_IN;
  const hasProduct = extractEntities(normalized, catalogue).some((e) => e.kind === 'product');
  if (!hasProduct && pronoun.test(normalized)) {
    const product = lastProduct(turns, catalogue);
    if (product) return { resolved: normalized.replace(pronoun, english ? ` ${product.text} ` : product.text).trim(), focus: product.text };
  }
  return { resolved: normalized };
}
