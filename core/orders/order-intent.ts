// What a customer wants done with an order, read from their words and from the knowledge entry the
// engine matched (its `action`), plus the bits the order dialogue pulls out of a message itself: an
// order number when one was asked for, the last 4 digits of a phone, a pick from a numbered list.
import type { FaqEntry } from '../knowledge/schema.js';
import { holdsStreetAddress } from '../privacy/mask.js';
import type { Entity } from '../understand/types.js';

export type OrderIntent = 'status' | 'eta' | 'address' | 'cancel';

const ADDRESS = /(?:改|换|修改|更改|变更|更换)(?:一?下)?(?:收货|收件)?(?:地址|收货人|收件人|电话)|地址.{0,6}(?:改|换|写错|填错|错了|不对)|(?:改|送|寄)到(?:别|另)|(?:change|update|correct|fix|edit)\b.{0,20}\baddress|\b(?:wrong|different|new|another) (?:delivery |shipping )?address|address (?:is |was )?wrong/iu;
const CANCEL = /取消|不想要了|不要了|撤销|撤单|cancel/iu;
// (到账 is money arriving, not a parcel: 退款多久到账.)
const ETA = /(?:什么时候(?:能|可以|会|才)?(?:到|送到|收到|送达)|几天(?:能|可以|才)?(?:到|收到|送到)|多久(?:能|可以|才)?(?:到|收到|送到)|啥时候(?:能|才)?到|哪天(?:能|才)?到|预计.{0,4}(?:到|送达))(?!账)|when.{0,20}(?:arrive|deliver|get it)/iu;
const STATUS = /到哪|物流|快递|包裹|查.{0,3}(?:订单|单)|订单.{0,4}(?:状态|进度|情况)|发货了吗|发了吗|发了没|发出了吗|进度|单号|where.{0,12}(?:order|parcel|package)|track/iu;

/** The order intent the words themselves show, if any (changes first: "改地址" also says 快递). */
export function intentFromText(text: string): OrderIntent | undefined {
  if (ADDRESS.test(text)) return 'address';
  if (CANCEL.test(text)) return 'cancel';
  if (ETA.test(text)) return 'eta';
  if (STATUS.test(text)) return 'status';
  return undefined;
}

/** The intent of a matched entry with an order action; the words decide between address and cancel. */
export function intentFromEntry(entry: FaqEntry | undefined, text: string): OrderIntent | undefined {
  if (!entry?.action || (entry.action !== 'order_status' && entry.action !== 'order_change')) return undefined;
  const said = intentFromText(text);
  if (entry.action === 'order_status') return said === 'eta' ? 'eta' : 'status';
  if (said === 'address' || said === 'cancel') return said;
  // The entry's own questions tell a cancellation entry from an address one.
  const cancels = entry.questions.filter((q) => CANCEL.test(q)).length;
  return cancels * 2 >= entry.questions.length ? 'cancel' : 'address';
}

// Status words strong enough to be about *this* parcel; 快递 alone is not (发什么快递 asks the shop).
const PARCEL_STATUS = /到哪|物流|进度|发货了吗|发了吗|发了没|发出了吗|签收|怎么样了|咋样了/u;

/** Whether a message without an order number follows up on the order already under discussion. */
export function isOrderFollowUp(text: string): boolean {
  const intent = intentFromText(text);
  return intent === 'eta' || intent === 'address' || intent === 'cancel' || PARCEL_STATUS.test(text);
}

/**
 * An order number in the message: the engine's order_id entity, else — when one was just asked for —
 * any run of 4 to 24 digits (Shopify order names are short) that is not the phone number in the message.
 */
export function orderNumberIn(text: string, entities: readonly Entity[], asked: boolean): string | undefined {
  const entity = entities.find((e) => e.kind === 'order_id');
  if (entity) return entity.value;
  if (!asked) return undefined;
  const phones = entities.filter((e) => e.kind === 'phone').map((e) => e.value.replace(/\D/gu, ''));
  for (const match of text.matchAll(/(?<![0-9A-Za-z])[#＃]?([A-Za-z]{0,4}\d{4,24})(?![0-9A-Za-z])/gu)) {
    const candidate = match[1]!;
    if (phones.some((p) => p.endsWith(candidate) || candidate.endsWith(p))) continue;
    if (/^1[3-9]\d{9}$/u.test(candidate)) continue; // a phone number the engine did not tag
    // Exactly four digits after 尾号 / 后四位 are a phone's end, not an order.
    if (/^\d{4}$/u.test(candidate) && /尾号|后四位|后4位/u.test(text)) continue;
    return candidate;
  }
  return undefined;
}

/** The last 4 digits of a phone, as a customer types them: "1234", "尾号1234", "后四位是 1234". */
export function lastFourIn(text: string): string | undefined {
  const labelled = /(?:尾号|后四位|后4位|末四位|last\s*(?:4|four))\D{0,4}(\d{4})(?!\d)/iu.exec(text);
  if (labelled) return labelled[1];
  const runs = [...text.matchAll(/(?<!\d)(\d{4})(?!\d)/gu)];
  // Only a short message that is essentially the four digits: "1234" or "是1234哦".
  return runs.length === 1 && text.replace(/\s/gu, '').length <= 12 ? runs[0]![1] : undefined;
}

/** "2", "第2个", "第二个": a pick from a numbered list of `count` items (1-based), if that is all it says. */
export function pickIn(text: string, count: number): number | undefined {
  const m = /^\s*(?:第\s*)?([1-9]|[一二三四五六七八九])\s*(?:个|单|条)?\s*[。.!！]?\s*$/u.exec(text);
  if (!m) return undefined;
  const n = '一二三四五六七八九'.indexOf(m[1]!) + 1 || Number(m[1]);
  return n >= 1 && n <= count ? n : undefined;
}

const CONFIRM = /^(?:确认|确定|是的?|对|好的?|嗯+|可以|没问题|ok|yes|y)(?:取消|的|呀|啊|吧)?[。.!！~～]*$|确认取消|确定取消/iu;
const DECLINE = /^(?:不[。.!！]*$|不了|不用|不要取消|别取消|算了|先不|再想想|no\b|n$)|不取消|不改了/iu;

/** A yes or a no to "确认取消吗？", or undefined for anything else. */
export function confirmationIn(text: string): boolean | undefined {
  const t = text.trim();
  if (DECLINE.test(t)) return false;
  if (CONFIRM.test(t)) return true;
  return undefined;
}

const ADDRESS_PARTS = /省|市|区|县|镇|乡|街道|路|街|巷|弄|号|栋|幢|单元|室|小区|村|大厦|公寓/gu;

/**
 * Whether a message reads like a delivery address: at least two Chinese address parts, or one and a
 * phone; or an English street address or postcode (the pattern logs are masked by).
 */
export function looksLikeAddress(text: string, entities: readonly Entity[]): boolean {
  if (holdsStreetAddress(text)) return true;
  const parts = text.match(ADDRESS_PARTS)?.length ?? 0;
  return text.trim().length >= 6 && (parts >= 2 || (parts >= 1 && entities.some((e) => e.kind === 'phone')));
}
