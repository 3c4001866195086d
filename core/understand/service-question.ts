// A question about a service of the shop, put in the customer's words rather than the service's name:
// when someone is there (open saturday?, what time do you close on Sunday?, kf几点上班, 晚上十一点了还有人回
// 消息吗; not the Bristol shop's hours, a physical shop's), and wrapping a present (it's for my dad's 60th, do u wrap stuff?; can you leave the price out,
// it's a gift; 送人的 能包好看点吗 别放价格单). Read as the knowledge asks it (see asKnowledgeAsks in the
// engine).
import { inLanguage, type AskedIn, type KnowledgeAsks } from './knowledge-asks.js';

export type Service = 'hours' | 'gift' | 'gift-card';

const DAY_EN = String.raw`(?:sundays?|saturdays?|weekends?|today|tomorrow|tonight|evenings?)`;
const HOURS_EN = [
  new RegExp(String.raw`\b(?:open|opened|close|closed|closing|opening)\b[^.!?]{0,20}\b${DAY_EN}\b|\b${DAY_EN}\b[^.!?]{0,10}\b(?:open|closed)\b`, 'u'),
  /\bwhat time do you (?:open|close|shut)\b|\b(?:anyone|someone|somebody) (?:around|there|available|about) (?:to talk )?(?:on|at|in|after|before)\b|\bin which hours\b/u,
];
/** A physical shop by its place (the Bristol shop, the Leeds store): its hours are no service's. */
const NAMED_SHOP_EN = /\bthe \w+ (?:shop|store|branch|showroom|studio|warehouse)\b/u;
/** (Not 客服在吗 alone: a greeting before the question.) */
const HOURS_ZH = /(?:客服|kf|有人)[^,.!?;，。！？]{0,8}(?:几点|什么时候|啥时候|上班|下班|回复|回消息|回不)|(?:几点|晚上|夜里|周末)[^,.!?;，。！？]{0,10}(?:还有人|有人回|有人在|找着人|找得到人|没人回|没人在|没人理)/u;

/** A present: wrapped, a note or card inside, the price left out. */
const GIFT_EN = [
  /\b(?:gift ?wrap\w*|wrap (?:it|them|stuff|things|the \w+|up)|do (?:you|u) wrap|ribbon|make (?:it|them|a present|the \w+) look (?:nice|pretty|special)|look(?:ing)? like a present)\b/u,
  /\b(?:card|note|message)\b[^.!?]{0,25}\b(?:inside|in the (?:parcel|package|box|order)|with (?:it|the (?:parcel|order)))\b/u,
  /\b(?:not|don'?t|no|without)\s+(?:\w+\s+)?(?:put|include|show|showing|seeing|see)\b[^.!?]{0,20}\b(?:price|receipt|invoice|what i paid)\b/u,
];
/** (An ordinal only as someone's: my dad's 60th, her 21st birthday; not the 7th of the month.) */
const PRESENT_EN = /\b(?:present|gift|birthday|bday|anniversary|christmas|surprise)\b|\b\w+'?s \d+(?:st|nd|rd|th)\b/u;
const GIFT_ZH = /(?:包|装)(?:得)?(?:好看|漂亮|精致)|礼品包装|礼盒|贺卡|卡片|写(?:几句|句话|祝福)|(?:别|不要|不用|能不能不)(?:放|带|夹)[^,.!?;，。！？]{0,4}(?:价格|价钱|小票|发票|单子)/u;
const PRESENT_ZH = /送人|送给|礼物|生日|纪念日|女朋友|男朋友|老婆|老公|妈妈|爸爸/u;

/** Credit given as a present, or a present they can pick themselves (no idea what size she wears): a gift card. */
const CREDIT_EN = /\b(?:credit(?! card)|vouchers?|gift ?cards?|e-?gift|gift certificates?)\b/u;
/** (Sending one back, or one lost: other questions about a gift card.) */
const CARD_TROUBLE_EN = /\b(?:return\w*|refund\w*|money back|resend|re-send|lost|deleted|wrong email|expired?)\b/u;
const OWN_PICK_EN = /\b(?:pick|choose|pick out) (?:out )?(?:their|her|his) own\b|\b(?:no|not a|don'?t have a|have no) (?:idea|clue)\b[^.!?]{0,30}\b(?:she|he|they|her|him)\b/u;
const GIFT_CARD_ZH = /礼品卡|购物卡|储值卡|电子卡|礼卡|代金卡/u;
const OWN_PICK_ZH = /不知道(?:她|他|对方)(?:喜欢|要|穿|想要)|让(?:她|他)自己(?:挑|选)/u;

/** The service a message asks about, if it is one of these. */
export function serviceOf(text: string, english: boolean): Service | undefined {
  if (english ? HOURS_EN.some((p) => p.test(text)) && !NAMED_SHOP_EN.test(text) : HOURS_ZH.test(text)) return 'hours';
  if (english ? GIFT_EN.some((p) => p.test(text)) && PRESENT_EN.test(text) : GIFT_ZH.test(text) && PRESENT_ZH.test(text)) return 'gift';
  if (english ? (CREDIT_EN.test(text) || OWN_PICK_EN.test(text)) && PRESENT_EN.test(text) && !CARD_TROUBLE_EN.test(text) : GIFT_CARD_ZH.test(text) || (OWN_PICK_ZH.test(text) && PRESENT_ZH.test(text))) return 'gift-card';
  return undefined;
}

const ASKED: Record<Service, AskedIn> = {
  hours: [
    { question: 'what are your opening hours', word: 'hours' },
    { question: '客服工作时间是几点到几点', word: '客服' },
  ],
  gift: [
    { question: 'do you offer gift wrapping with a gift message', word: 'gift wrap wrapping' },
    { question: '可以礼品包装 写贺卡吗', word: '礼品 包装 贺卡' },
  ],
  'gift-card': [
    { question: 'do you sell gift cards', word: 'voucher vouchers gift card' },
    { question: '有礼品卡吗', word: '礼品卡 购物卡' },
  ],
};

/** The service a message asks about, as the knowledge asks it. */
export function serviceAsked(text: string, english: boolean): KnowledgeAsks | undefined {
  const service = serviceOf(text, english);
  return inLanguage(service && ASKED[service], english);
}
