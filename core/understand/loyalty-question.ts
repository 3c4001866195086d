// A customer asking what comes of shopping with the shop again and again, in their own words (do I get
// anything back for shopping with you a lot?; is there a reward for sticking around?; do u do points or
// anything if i keep buying from u; how many points till I get money off; 老顾客有没有回馈;
// 攒下来的那些分能干嘛用) asks what the knowledge calls its points or loyalty scheme, a word such a
// question seldom says. Read as the knowledge asks it (see asKnowledgeAsks in the engine).
import { inLanguage, type AskedIn, type KnowledgeAsks } from './knowledge-asks.js';

const LOYAL_EN = [
  /\b(?:shop|shopping|buy|buying|spend|spending|order|ordering)\b[^.!?]{0,40}\b(?:a lot|regularly|often|loads|quite a bit|every time|all the time|frequently)\b/u,
  /\brepeat (?:customers?|buyers?|shoppers?)\b|\bsticking around\b|\bregular customers?\b|\bkeep (?:shopping|buying|ordering|coming back)\b/u,
  // (Not "get my money back": a refund.)
  // (Nor "something off my first order": a welcome discount.)
  /\b(?:earn|get)\b[^.!?]{0,20}\b(?:anything|something)\s+back\b|\bmoney off\b[^.!?]{0,20}\b(?:later|next time|future)\b/u,
  // How many points a reward takes; something towards later purchases.
  /\bhow many (?:points|pts)\b|\btowards? (?:future|my next|the next|next|later) (?:purchases?|orders?|buys)\b/u,
];
/** A delivery that comes again and again (every fortnight, a subscription): asking what it saves is asking about that. */
const RECURRING_EN = /\bsubscri\w*|\bevery (?:week|fortnight|month|other week|two weeks|few weeks|\d+ weeks)\b|\b(?:weekly|fortnightly|monthly) (?:deliver\w*|order\w*|bags?|boxes)\b/u;
const LOYAL_ZH = /老顾客|老客户|回头客|回馈|攒(?:下来)?的(?:那些)?分|攒了(?:好多|很多|一堆|一大堆|不少)?(?:积)?分|(?:分|积分)(?:能|可以)?(?:当钱|抵钱|干嘛|干啥|有啥用|有什么用)/u;

const ASKED: AskedIn = [
  { question: 'do you have a loyalty points program', word: 'points loyalty rewards' },
  { question: '会员积分有什么用', word: '积分 会员' },
];

/** The loyalty question, if the message asks it. */
export function loyaltyAsked(text: string, english: boolean): KnowledgeAsks | undefined {
  const asks = english ? LOYAL_EN.some((p) => p.test(text)) && !RECURRING_EN.test(text) : LOYAL_ZH.test(text);
  return inLanguage(asks ? ASKED : undefined, english);
}
