// Whether an answer already says what a question that asks only how long or how much wants to know: a
// duration (5-7 working days, 48-72 hours, 3到5个工作日, 当天) or a price ($79, £39, 15元, free). "How long
// would that take?" after "do you deliver to Jersey?", whose answer gives the days, is answered by that
// same entry: its topic came from the earlier question, and its answer holds what is asked now.
import type { Answerable } from './index.js';

/** What a question asking only how asks: how long, or how much. */
export type Asked = 'time' | 'cost';

/** After "next-day" or "same-day": a service's name (next-day delivery costs £6.95), no duration stated. */
export const SERVICE_NAMED = String.raw`(?! (?:delivery|shipping|dispatch|service|option|courier|express))`;
const NUMBER_EN = String.raw`(?:\d+(?:[.,]\d+)?|an?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fourteen|thirty|a few|several)`;
const DURATION_EN = new RegExp(
  String.raw`\b${NUMBER_EN}(?:\s*(?:-|–|to|or)\s*${NUMBER_EN})?\s*(?:business |working |calendar |full )?(?:minutes?|mins?|hours?|hrs?|days?|nights?|weeks?|months?)\b|\b(?:same|next)[- ](?:business |working )?day\b${SERVICE_NAMED}|\bovernight\b(?! (?:delivery|shipping|service|option|courier|express))`,
  'iu',
);
const NUMBER_ZH = String.raw`(?:\d+(?:\.\d+)?|[一二两三四五六七八九十百半几]+)`;
const DURATION_ZH = new RegExp(String.raw`${NUMBER_ZH}(?:\s*(?:-|–|~|到|至)\s*${NUMBER_ZH})?\s*个?(?:工作日|自然日|天|小时|钟头|分钟|周|星期|礼拜|个月|月)|当天|当日|次日|隔天|隔日|第二天`, 'u');
const PRICE = /[$£€¥￥]\s*\d|\d(?:[\d.,]*)\s*(?:元|块|dollars?|pounds?|euros?|usd|gbp|eur|rmb)\b|\d(?:[\d.,]*)\s*(?:元|块)/iu;
/** That it costs nothing is a price too ("our book search service is free"; not "feel free to ask"). */
const FREE = /\b(?:is|are|it's|its|for|completely|totally|always|entirely) free\b|\bfree of charge\b|\bno (?:extra |additional )?charge\b|免费|不收费|不要钱|不收钱/iu;

/** The texts an entry answers with: its answer and each variant of it. */
function answerTexts(entry: Answerable): string[] {
  const source = entry.faq ?? entry.promotion;
  if (!source) return [];
  return [source.answer, ...Object.values(source.answers ?? {})].filter((t): t is string => typeof t === 'string');
}

/** Whether the entry's answer states what `asked` wants: a duration, or a price. */
export function answerStates(entry: Answerable, asked: Asked): boolean {
  const pattern = asked === 'time' ? [DURATION_EN, DURATION_ZH] : [PRICE, FREE];
  return answerTexts(entry).some((text) => pattern.some((p) => p.test(text)));
}
