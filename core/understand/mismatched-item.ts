// "I wanted one thing and got another" (我要的是红茶 发来的是绿茶, 拍的是M码 收到的是L码): a wrong item,
// whatever the two things are — which of them the knowledge's example names matters as little as which
// city a parcel goes to. Read as 发错了 (sent wrong), with what came after it.
//
// Only an explicit contrast: what was wanted said with 是 (要的是, 拍的是), then what came (发来的是,
// 收到的是). 收到的是碎的 alone is damage, not a wrong item.

const MISMATCH = /(?:要|买|拍|订|选|下单)的是[^,.!?;]{1,12}?[,\s]*(?:结果|但是|可是|却)?\s*(?:发来|收到|寄来|到手|给我发|发给我|你们发)的?(?:是|却是|居然是|竟然是|变成)/gu;

const MAY_HOLD = /的是/u;

/** The text with an ordered-this-got-that contrast read as 发错了. */
export function readMismatchedItem(text: string): string {
  return MAY_HOLD.test(text) ? text.replace(MISMATCH, ' 发错了 ') : text;
}
