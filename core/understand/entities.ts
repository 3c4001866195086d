// What the customer points at: order numbers, phone numbers, e-mail addresses, tracking numbers,
// the shop's products and their variants (from kb.products), sizes and quantities.
import type { Product } from '../knowledge/schema.js';
import { normalize } from '../text/normalize.js';
import type { Entity } from './types.js';

const CHINESE_DIGITS: Record<string, number> = {
  零: 0, 一: 1, 二: 2, 两: 2, 俩: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10, 半: 0.5,
};
const ENGLISH_NUMBERS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, dozen: 12, couple: 2,
};

/** 3, 十二, 两, 二十五 → a number (Chinese numerals up to 99). */
export function parseCount(text: string): number | null {
  if (/^\d+$/u.test(text)) return Number(text);
  if (text in ENGLISH_NUMBERS) return ENGLISH_NUMBERS[text]!;
  const chars = [...text];
  if (!chars.every((c) => c in CHINESE_DIGITS)) return null;
  if (chars.length === 1) return CHINESE_DIGITS[chars[0]!]!;
  const ten = chars.indexOf('十');
  if (ten < 0) return null;
  const tens = ten === 0 ? 1 : CHINESE_DIGITS[chars[ten - 1]!]!;
  const ones = ten === chars.length - 1 ? 0 : CHINESE_DIGITS[chars[ten + 1]!]!;
  return tens * 10 + ones;
}

// Measure words (量词) a quantity is counted in, in Chinese and English.
const ZH_UNITS = '个件盒瓶箱包双条套支袋台本份斤只块罐桶片张把副对听提';
const EN_UNITS = 'pieces?|pcs|items?|boxes|box|bottles?|packs?|packages?|pairs?|sets?|units?|bags?|cans?|cases?';
const ZH_QUANTITY = new RegExp(`([0-9]{1,4}|[零一二两俩三四五六七八九十半]{1,3})([${ZH_UNITS}])`, 'gu');
const EN_QUANTITY = new RegExp(`\\b([0-9]{1,4}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|couple|dozen)\\s+(?:of\\s+)?(${EN_UNITS})\\b`, 'gu');

const EMAIL = /[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}/gu;
// Chinese mobile numbers (11 digits starting 13–19), optionally +86, or an international +CC number.
const PHONE = /(?<![0-9])(?:\+?86[- ]?)?1[3-9][0-9](?:[- ]?[0-9]{4}){2}(?![0-9])|\+[1-9][0-9]{0,2}[- ]?[0-9][0-9 -]{6,14}[0-9]/gu;
// Carrier prefixes followed by digits (SF1234567890, YT..., JD..., 1Z...); or digits after a tracking word.
const TRACKING_CODE = /\b(?:sf|yt|zto|sto|jd|jdv|yd|ems|dpk|1z)[0-9a-z]{8,20}\b/gu;
// 单号是 alone names a parcel; 订单号是 names an order.
const TRACKING_CONTEXT = /(?:快递单号|运单号|物流单号|快递号|(?<!订)单号是|tracking(?: number| no\.?| #)?)[:：\s#]*([a-z0-9]{8,24})/gu;
// Order numbers: after an order word, or a long bare number (platform order numbers are 12–20 digits).
const ORDER_CONTEXT = /(?:(?:订单号|订单编号|订单|单号)(?:是|为)?|order(?: number| no\.?| id)?(?: is)?|purchase|#)[:：\s#]*([0-9]{6,24})/gu;
const LONG_NUMBER = /(?<![0-9a-z])[0-9]{12,24}(?![0-9a-z])/gu;
// Sizes: letter sizes standing alone, 38码/42号, "size 9", "eu 42", 均码.
const LETTER_SIZE = /(?<![a-z0-9])(xxxl|xxl|xl|xs|[2-5]xl|s|m|l)(?:码|号)?(?![a-z0-9])/gu;
const NUMBER_SIZE = /(?:([0-9]{2}(?:\.5)?)\s*(?:码|号|yards?\b))|(?:size|eu|us|uk)\s*([0-9]{1,2}(?:\.5)?)\b/gu;

/** Products, their aliases and variants, prepared for finding in normalised text. */
export interface Catalogue {
  /** Normalised name → what it names, longest names first. */
  names: { text: string; product: Product; sku?: string }[];
}

export function buildCatalogue(products: readonly Product[]): Catalogue {
  const names: Catalogue['names'] = [];
  for (const product of products) {
    for (const name of [product.name, ...(product.aliases ?? [])]) names.push({ text: normalize(name), product });
    for (const v of product.variants ?? []) {
      names.push({ text: normalize(v.name), product, sku: v.sku });
      names.push({ text: normalize(v.sku), product, sku: v.sku });
    }
  }
  return { names: names.filter((n) => n.text.length >= 2).sort((a, b) => b.text.length - a.text.length) };
}

/** More entities than a message can mean: the first ones are kept. */
const MAX_ENTITIES = 64;

/** The entities in a normalised text, in order of appearance (at most MAX_ENTITIES). */
export function extractEntities(normalized: string, catalogue?: Catalogue): Entity[] {
  const found: (Entity & { at: number })[] = [];
  // Spans already claimed: a phone number is not also an order number.
  const taken: [number, number][] = [];
  const free = (start: number, end: number) => taken.every(([s, e]) => end <= s || start >= e);
  const claim = (kind: Entity['kind'], value: string, text: string, start: number, end = start + text.length) => {
    // (Each claim checks the spans taken: a text of a hundred thousand "1个" would be quadratic.)
    if (taken.length >= MAX_ENTITIES || !free(start, end)) return;
    taken.push([start, end]);
    found.push({ kind, value, text, at: start });
  };
  const each = (re: RegExp, fn: (m: RegExpExecArray) => void) => {
    re.lastIndex = 0;
    for (let m = re.exec(normalized); m; m = re.exec(normalized)) fn(m);
  };

  // Most patterns need a digit (or an @): skip them on the many messages without one.
  const digits = /[0-9]/u.test(normalized);
  if (normalized.includes('@')) each(EMAIL, (m) => claim('email', m[0], m[0], m.index));
  if (digits) {
    each(PHONE, (m) => claim('phone', m[0].replace(/[^0-9+]/gu, ''), m[0], m.index));
    each(TRACKING_CODE, (m) => claim('tracking_no', m[0].toUpperCase(), m[0], m.index));
    each(TRACKING_CONTEXT, (m) => {
      const code = m[1]!;
      if (/[0-9]{6}/u.test(code)) claim('tracking_no', code.toUpperCase(), code, m.index + m[0].lastIndexOf(code));
    });
    each(ORDER_CONTEXT, (m) => claim('order_id', m[1]!, m[1]!, m.index + m[0].lastIndexOf(m[1]!)));
    each(LONG_NUMBER, (m) => claim('order_id', m[0], m[0], m.index));
  }

  // Products before sizes and quantities: a variant name may contain either (XL 黑色).
  if (catalogue) {
    for (const name of catalogue.names) {
      let from = 0;
      for (let at = normalized.indexOf(name.text, from); at >= 0; at = normalized.indexOf(name.text, from)) {
        from = at + name.text.length;
        // A Latin name must stand as a word ("pro" is not inside "product").
        const before = normalized[at - 1] ?? ' ';
        const after = normalized[from] ?? ' ';
        if (/[a-z0-9]/u.test(name.text) && (/[a-z0-9]/u.test(before) || /[a-z0-9]/u.test(after))) continue;
        if (!free(at, from)) continue;
        claim('product', name.product.id, name.text, at, from);
        if (name.sku) found.push({ kind: 'sku', value: name.sku, text: name.text, at });
      }
    }
  }

  const latin = /[a-z]/u.test(normalized);
  if (digits) each(NUMBER_SIZE, (m) => {
    const value = m[1] ?? m[2]!;
    claim('size', value, m[0], m.index);
  });
  if (latin) each(LETTER_SIZE, (m) => {
    const value = m[1]!.toUpperCase();
    // A lone s, m or l is a size only next to a size word or in a short message ("L", "要M码").
    if (value.length === 1 && !/码|号|size|尺码|穿/u.test(normalized) && normalized.replace(/\s/gu, '').length > 3) return;
    claim('size', value, m[0], m.index);
  });
  each(ZH_QUANTITY, (m) => {
    const n = parseCount(m[1]!);
    if (n !== null && n > 0) claim('quantity', String(n), m[0], m.index);
  });
  if (latin) each(EN_QUANTITY, (m) => {
    const n = parseCount(m[1]!);
    if (n !== null && n > 0) claim('quantity', String(n), m[0], m.index);
  });

  return found.sort((a, b) => a.at - b.at).map(({ kind, value, text }) => ({ kind, value, text }));
}
