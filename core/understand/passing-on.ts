// Whether something can be passed to another person: points moved to a sister's account, a coupon
// given to a friend (优惠券能转送给朋友用吗, 积分能转到我老婆的账号上吗), a warranty that goes with what is
// sold to the new owner. The entry about the points, the coupon or the warranty matches such a question
// well, and says how to earn, use or claim it: not whether someone else may. Only an entry that speaks
// of passing on answers it (转赠, 仅限本人使用, transferable, the original purchaser); otherwise it is a
// question the knowledge does not answer, better handed on than answered beside the point.

/** Passing it on, asked in English: transferred to someone (not a payment by transfer), points moved over, the new owner. */
const ASKS_EN =
  /\btransfer(?:s|red|ring)?\b[^.?!]{0,40}\bto (?:my|his|her|their|a|another|someone|somebody|him|them)\b|\btransferable\b|\bmove (?:my |the |our )?(?:\w+ ){0,2}(?:points|credit|balance|rewards?)\b|\bpass(?:ed|es)? (?:it |them |this |that )?on\b|\bnew owner\b|\bgo with (?:it|them)\b[^.?!]{0,30}\b(?:sell|someone)\b|\bsell (?:it|my \w+)\b[^.?!]{0,40}\bwarranty\b|\bwarranty\b[^.?!]{0,40}\bsell\b/u;
/** …in Chinese: 转给 / 转到 / 转送 someone or their account, 过户, 送给朋友用. */
const ASKS_ZH =
  /转(?:给|送给?|赠给?|让给?|到)[^,.!?;，。！？]{0,6}?(?:朋友|好友|别人|他人|家人|家里人|老婆|老公|闺蜜|妈|爸|弟|妹|哥|姐|同学|同事|亲戚|的账号|的账户|名下)|过户|(?:送|给)(?:朋友|别人|家人|老婆|老公|闺蜜|我妈|我爸)(?:用|使用)/u;

/** An entry speaking of it: that it can or cannot go to someone else. */
const SPEAKS_EN =
  /\btransfer\w*|\bpass(?:ed|es)? on\b|\b(?:new|second|original|registered) (?:owner|purchaser|buyer)\b|\bsomeone else\b|\banother (?:person|account|member|customer)\b|\bother (?:people|accounts?|members?)\b|\bshar(?:e|ed|ing)\b|\baccount holder\b|\bnon-?transferable\b/u;
const SPEAKS_ZH = /转赠|转让|转给|转送|转到|转移|过户|他人|别人|本人|仅限|赠送给|共享|合并/u;

/** Whether the message asks if something can be passed to another person. */
export function asksToPassOn(text: string, english: boolean): boolean {
  return (english ? ASKS_EN : ASKS_ZH).test(text);
}

/** Whether an entry's text (its questions and answer, normalised) speaks of passing something on. */
export function speaksOfPassingOn(text: string): boolean {
  return SPEAKS_EN.test(text) || SPEAKS_ZH.test(text);
}
