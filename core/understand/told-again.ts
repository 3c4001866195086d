// A follow-up about the answer just given: "does checking my rate hurt my credit?" after the financing
// answer that says the rate check is a soft one, "is the denver one open on sundays" after the answer
// listing the showrooms and their hours, "how do I claim then?" after the warranty answer that says how.
// When no reading of it answers, and most of what it says is in that answer, the customer is asking
// about that answer: it is given again (its entry's answer says what they ask, or the desk takes it
// from there), rather than a request to rephrase.
//
// "Most of what it says" is counted on its own words: the English words that are not function words,
// each found when the answer has a word starting as it does (pay, pays, payment); the Chinese character
// pairs that are not all function characters, each found in the answer as written. On the team's
// follow-ups left unanswered, three quarters of their words in the answer just given held for 7 that
// asked about that answer and for none of the others. Half held for 42 more, but also for 8 that asked
// what the knowledge lacks (are the sessions available in French?, do you also carry Nike?) or about
// another entry: the answer given again to those is beside the point.

import { SERVICE_NAMED } from './answer-states.js';

/** The share of a message's own words that the answer says, at least. */
export const TOLD_AGAIN = 0.75;

// A follow-up another entry answers, though not surely, may still ask of the answer just given: "do I
// have to send it back?" after the damaged item's answer (which says whether) is not the returns
// policy's question. When that answer says at least half its words, and more of them than the other
// entry's answer does, it is given again. On the team's follow-ups, 12 wrong answers turned right and
// 2 right ones wrong; over a reading surer than SURE_ELSEWHERE, 1 more turned right and 4 wrong ("how
// long till the money's back then?" after the returns policy is the refund's own question).
export const MOSTLY_TOLD = 0.5;
export const SURE_ELSEWHERE = 0.9;

/**
 * The share of the follow-up's own words found in the answer (both normalised), or undefined when it
 * has none (好的 谢谢, "ok?").
 */
export function toldInAnswer(message: string, answer: string, english: boolean, stop: ReadonlySet<string>, functionChars: string): number | undefined {
  if (english) {
    const words = (message.match(/[a-z][a-z']+/gu) ?? []).filter((w) => !stop.has(w) && !EN_FUNCTION.has(w));
    if (!words.length) return undefined;
    const said = answer.match(/[a-z][a-z']+/gu) ?? [];
    return words.filter((w) => said.some((a) => a.startsWith(w.slice(0, 5)))).length / words.length;
  }
  const pairs: string[] = [];
  for (let i = 0; i + 1 < message.length; i++) {
    const a = message[i]!;
    const b = message[i + 1]!;
    if (!HAN.test(a) || !HAN.test(b) || (functionChars.includes(a) && functionChars.includes(b)) || ZH_FUNCTION_PAIRS.has(a + b)) continue;
    pairs.push(a + b);
  }
  if (!pairs.length) return undefined;
  return pairs.filter((p) => answer.includes(p)).length / pairs.length;
}

const HAN = /\p{Script=Han}/u;
/**
 * Words of two characters that only say how a follow-up asks (已经签收两天了 还算吗 is of 签收; 要是已经发出去了
 * 咋办, of the sending; 显示已发货了呢, of what the order page shows).
 */
const ZH_FUNCTION_PAIRS = new Set(['已经', '还算', '还能', '还会', '还要', '还是', '一下', '如果', '要是', '万一', '咋办', '显示']);
/**
 * Words that only say how a follow-up asks, which the lexicon's stopwords lack: question words,
 * negations, "one", and the adverbs of "it already shipped though", "even for the club?".
 */
const EN_FUNCTION = new Set('what how when where which who why not no one ones already though still even yet now'.split(' '));

// What a follow-up asks of the answer just given, and how an answer states it. Asked when that
// answer states it, the follow-up is about that answer: "how much is a new one?" after the battery
// care answer that prices a new battery, 寄回去的运费要我出吗 after the exchange answer that says who
// pays the postage, "it's been 4 days though, am I too late?" after the answer giving 48 hours to
// report damage.
interface Facet {
  asked: RegExp;
  stated: RegExp;
  /** Whether what the answer states is beside what is asked, though both are of the facet. */
  beside?: (message: string, answer: string) => boolean;
  /** Asked of the answer only when the rest of the follow-up says nothing that answer does not. */
  alone?: boolean;
}
// (Not how often: 每2-3天换水, "every 6 weeks".)
const DURATION_STATED = /(?<!\b(?:every|per|each) |每|[\d.-])(?:\d+\s*(?:-\s*\d+\s*)?(?:working |business )?(?:days?|hours?|weeks?|minutes?|months?|years?)\b|\d+\s*(?:-\s*\d+)?\s*(?:个)?(?:天|小时|工作日|周|个月|分钟|年))|[一两二三四五六七八九十半]+(?:个)?(?:天|小时|工作日|周|个月|年)内/u;
// When it arrives is not when it is sent: 那要几天到啊 after the answer that it ships within 48 hours.
const ARRIVAL_ASKED = /到|送达|\barriv|get (?:here|there|to)|\bdeliver|\breach/u;
const SENDING_ONLY = /发货|发出|寄出|\bship|\bdispatch|\bsent\b|\bsend/u;
const ARRIVAL_STATED = /到货|送到|送达|收到|到达|\barriv|\bdeliver|\breach|\btransit/u;

const FACETS: readonly Facet[] = [
  // What it costs, who pays.
  {
    asked: /how much|\bcost|\bfees?\b|\bcharged?\b|\bpay\b|\bfree\b|\bextra\b|要钱|收费|多少钱|费用|运费|邮费|花钱|付钱|免费|另收|加钱|额外|自费|出钱|谁出|我出吗|要我出|我自己出/u,
    // (A charge of money, not a battery's: "charge it fully before first use".)
    stated: /[$£€¥]|\d+\s*元|\bfree\b|\bcosts?\b|\bfees?\b|\b(?:no|extra|additional|a|delivery|shipping|postage|restocking|service) charges?\b|\bcharged (?:for|at|to|in|a|an|the)\b|免费|包邮|收取|费用|自付|承担|不收|运费|邮费/u,
  },
  // How long, when ("when" asking, not "will it work in Australia when it is?").
  {
    asked: /how long|^when\b|[,.?!] when\b|\bwhen (?:will|would|does|do|did|can|could|is|are|should)\b|how soon|how many days|多久|多长时间|几天|什么时候|啥时候|何时|多快/u,
    // ("within" a time, not "within the contiguous US")
    stated: new RegExp(`${DURATION_STATED.source}|\\bwithin (?:a|an|one|the) (?:(?:business|working) )?(?:day|week|hour|month|fortnight)\\b|(?:same|next)[- ]day${SERVICE_NAMED}|当天|次日|隔天|当日`, 'u'),
    beside: (message, answer) => ARRIVAL_ASKED.test(message) && SENDING_ONLY.test(answer) && !ARRIVAL_STATED.test(answer),
  },
  // A time gone by (三天前签收的, "it's been about 3 hours"), against the answer's time limit; not how
  // often (每天, every 6 weeks, twice a day).
  {
    asked: /(?<!\b(?:every|per|each|once|twice|times) )(?:\b\d+\s*|\b(?:an?|one|two|three|four|five|six|couple of|few)\s+)(?:hours?|days?|weeks?|months?|years?)\b|\byesterday\b|\blast (?:week|month|night)\b|(?<![每换隔])(?:\d+\s*|[一两二三四五六七八九十半]+)(?:个多?)?(?:小时|天|周|星期|月|年)|昨天|前天|上周|上个月/u,
    stated: DURATION_STATED,
  },
  // A state of the order or the item ("what if it's already shipped?", 拆开了也行吗, "even if I've
  // already used it once?"), against an answer that tells that state from its opposite (未发货的… 已经发货
  // 的…, "unused items in unopened packaging"): not an answer that only says when it ships. Asked alone:
  // "it already shipped, how do I send it back?" asks the return; 已经发出去了 我干脆不要了, to cancel.
  // On the team's follow-ups, 13 turned right and 2 wrong; with other words allowed, 11 and 7.
  {
    asked: /已(?:经)?(?:发货|发出|寄出|发了|出库)(?:去|来)?了?|(?:发|寄)出(?:去|来)了|\b(?:(?:it's|its|it has|it was|they've|they have|they were) )?(?:already (?:been )?|been )(?:shipped|sent|dispatched|posted|mailed)(?: out)?\b|\b(?:it|they|it's|its|has|have|was) (?:already )?(?:shipped|dispatched)\b/u,
    stated: /[未已没]发货|发货[前后之]|[未已没]发出|已经(?:发货|发出|寄出)|[未已没]寄出|[未已]出库|\bbefore (?:it |they |your order |the order |an order )?(?:ships|is shipped|has shipped|are shipped|is dispatched|leaves)\b|\b(?:once|after|if) (?:it|they|your order|the order|an order|orders?) (?:has |have |is |are )?(?:been |already )?(?:shipped|dispatched|sent out|left)\b|\balready (?:been )?(?:shipped|dispatched|sent)\b|\b(?:not|hasn't|haven't|has not|have not) (?:yet )?(?:been )?(?:shipped|dispatched)\b|\bunshipped\b/u,
    alone: true,
  },
  {
    asked: /拆开|拆封|拆了|开封|开了[瓶袋包盒罐]|\bopened\b|\bunsealed\b|\bout of the (?:packet|package|packaging|box|wrapper)\b/u,
    stated: /拆封|开封|未拆|\bunopened\b|\bopened\b|\b(?:un)?sealed\b/u,
    alone: true,
  },
  {
    asked: /用过|穿过|洗过|戴过|使用过|已使用|\b(?:used|worn|wore|washed)\b/u,
    stated: /\bun(?:used|worn|washed)\b|\b(?:not|never|been|once) (?:been )?(?:used|worn|washed)\b|未使用|未穿|未洗|没有?(?:使用|用过|穿过|洗过)|使用过|穿过|洗过|不影响二次销售/u,
    alone: true,
  },
];
const ASKED_EVERYWHERE = FACETS.map((f) => new RegExp(f.asked.source, 'gu'));

/**
 * Whether a follow-up asks what the answer states (both normalised). `saysNoMore(rest)`: whether the
 * follow-up without what it asks says nothing the answer does not (for the facets asked `alone`).
 */
export function asksWhatAnswerStates(message: string, answer: string, saysNoMore: (rest: string) => boolean): boolean {
  return FACETS.some(
    (f) => f.asked.test(message) && f.stated.test(answer) && !f.beside?.(message, answer) && (!f.alone || saysNoMore(withoutFacetAsked(message))),
  );
}

/** The message without the words that ask a facet (how much, 多久): what it asks that of. */
export function withoutFacetAsked(message: string): string {
  return ASKED_EVERYWHERE.reduce((rest, asked) => rest.replace(asked, ' '), message);
}
