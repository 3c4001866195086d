// The numbers a message gives for reference (an order, a phone, a parcel) are not what it asks about:
// 催一下 订单3702918465123096 asks to hurry, and 订单 in it would pull towards 怎么取消订单. The engine
// also reads the message without them and the words introducing them, and keeps the more confident
// reading (查一下订单3702… still reads best whole).

/** What introduces an order number, a phone number or a parcel's number: 订单号是, order number. */
const REFERENCE_WORDS =
  /(?:我的)?(?:订单号|订单编号|订单|单号|快递单号|运单号|物流单号|手机号码|手机号|电话号码|电话|(?:my )?order(?: number| no\.?| id)?|tracking(?: number)?|phone(?: number)?)\s*(?:是|为|:|is)?\s*$/u;

/**
 * The message without the numbers it points at and the words introducing them (催一下 订单3702… →
 * 催一下): what the customer asks about that order. Undefined when it holds none, or nothing is left.
 */
export function withoutReferences(text: string, references: readonly string[]): string | undefined {
  let out = text;
  for (const reference of references) {
    const at = out.indexOf(reference);
    if (at < 0) continue;
    const before = out.slice(0, at).replace(REFERENCE_WORDS, '');
    out = `${before} ${out.slice(at + reference.length)}`;
  }
  out = out.replace(/\s+/gu, ' ').trim();
  return out !== text && out.replace(/[\s\p{P}]/gu, '').length >= 2 ? out : undefined;
}
