// A customer telling what is wrong with what came (the carafe was smashed when I opened the box; 拆开一看
// 壶盖碎成两半了; only two of the three things were in the parcel; 箱子里少了一瓶; the wrong colour came,
// 颜色发错了) reports a problem the knowledge answers in general words: my item arrived damaged,
// 少发了怎么办, I received the wrong item. Read whole, such a report is mostly its own story (the
// product, the box, who opened it), and the problem's one word is outweighed by the rest: the engine
// reads it once more as the knowledge would ask it (problemAsked), with the story behind.
//
// Which problem: the lexicon's groups say it (damaged, broken, 碎了…; missing, 漏发…; 发错…), so a shop
// that adds a word to a group extends this too. Damage is a report only when it is said of something
// that came (arrived, received, opened, 收到, 拆开…): "my kettle stopped working after 8 months" is
// another report, of a thing that failed with use, which the warranty answers (才用俩月就开不了机了).
// So is a refund not come yet (still no refund, 退货寄回去好几天了钱还没退), which the entry on refund
// times answers — only of money returned: 借的钱怎么还没到账 is no refund.
import type { Features } from './features.js';
import { inLanguage, type AskedIn, type KnowledgeAsks } from './knowledge-asks.js';
import { groupKey, intern } from './keys.js';

export type Problem = 'damaged' | 'missing' | 'wrong' | 'worn' | 'refund';

/**
 * The lexicon's groups that say a problem, by their names (English "wrong" is a plain word, WRONG_EN;
 * broken with use is also the faulty group, stopped working; a refund not come is told by REFUND_LATE_*).
 */
const GROUPS: Record<'damaged' | 'missing' | 'wrong' | 'faulty', readonly string[]> = {
  damaged: ['damaged', '坏了'],
  missing: ['missing', '漏发'],
  wrong: ['发错'],
  faulty: ['faulty'],
};

/** Having come: arrived, got, opened the box; 收到, 拆开, 到手, 路上 (on the way). ("came apart" is the damage itself.) */
const CAME_EN = /\b(?:arr?iv\w*|came(?! apart)|showed up|turned up|got|gotten|rec(?:ei|ie)v\w*|deliver\w*|opened|opening|unbox\w*|unwrap\w*|unpack\w*|out of the (?:box|bag|package|packaging)|in the (?:box|parcel|package|post|mail)|in transit|courier|postman)\b/u;
const CAME_ZH = /收到|到了|到手|拆开|打开|签收|送来|送到|送过来|寄到|寄来|寄过来|到货|拿到|快递|物流|一看|路上|运输|途中/u;

/** Worn out with use (within six weeks, after a few months, 用了两个月): a question for the warranty, not the delivery. (Not "in three weeks": due in three weeks is ahead.) */
const USED_EN = /\b(?:within|after|for|(?<!\bdue )in) (?:about |around |roughly |just |only )?(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a few|a couple of|\d+) (?:days?|weeks?|months?|years?|uses|wears|washes)\b|\b(?:days?|weeks?|months?|years?) (?:later|of use|of wear)\b/u;
/** Said to be unharmed (no scratches, 也没划痕): whatever else it says, no damage report. */
const UNHARMED_EN = /\b(?:no|not|isn'?t|wasn'?t|aren'?t|weren'?t|without|never)\b(?:\s+\w+){0,2}\s+(?:damage[ds]?|broken|scratch\w*|dent\w*|crack\w*|marks?|chips?|tears?)\b/u;
const UNHARMED_ZH = /(?:没|无|未|不)(?:有)?(?:任何|一点)?(?:划痕|破损|损坏|磕碰|坏|碎|裂|破)/u;
/** Asking how to keep it from harm, or for something that lasts (would it survive a drop? holds up better): no report. */
const PREVENTION_EN = /\b(?:survive|hold up|holds up|last longer|lasts longer|protect|prevent|avoid|stop (?:it|them) from)\b/u;
/** Asking whether it has gone off (是不是坏了, 会不会坏), or how it is kept from harm (怎么防止压坏, 怕碎), rather than saying it has. */
const ASKED_ZH = /是不是[^,.!?;，。！？]{0,4}(?:坏|破|碎|裂)|会不会|坏了吗|坏没坏|防止|避免|以免|怕|担心/u;
const USED_ZH = /(?:用|穿|戴|骑|洗)了?(?:[一两二三四五六七八九十几半]|\d+)(?:个)?(?:天|周|星期|月|年|次)/u;

/** Something missing that is not the whole parcel: it never arrived, or is late, is another question. */
const WHOLE_PARCEL_EN = /\b(?:never (?:arrived|came|turned up|showed up|got|received)|(?:has|have)n'?t (?:arrived|come|turned up|received|got|gotten)|(?:has|have) not (?:received|got|gotten)|not (?:arrived|received|come)|did not (?:arrive|come|get|receive))\b/u;
const WHOLE_PARCEL_ZH = /(?:还没|没有?|一直没)(?:收到|到)(?:货|快递|包裹)?(?:$|[,.!?;，。！？呢啊])/u;
/** …and said of a part of what came: how many, which part, what was in the box. */
const PART_EN = /\b(?:only|one of|some of|the rest|half|box|parcel|package|set|kit|bag|pieces?|parts?|screws?|bolts?|\d+|one|two|three|four|five|six|seven|eight|nine|ten)\b/u;

/** Fewer came than were ordered, said in numbers: only two of the three; one short. */
const SHORT_EN = /\bonly (?:got |received |had |came with |found |sent )?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|half) (?:of|out of)\b|\b(?:\d+|one|two|three|four|five|a few|some|a couple of) (?:\w+ )?short\b/u;

/** Sent the wrong thing (wrong size, wrong colour; sent me the wrong…), in an English message. */
const WRONG_EN = /\bwrong (?:item|items|product|products|size|sizes|colou?rs?|one|ones|thing|things|model|book|flavou?r|scent|shade|style|version|edition|variant|pair|stuff)\b|\b(?:sent|got|received?|delivered|shipped|gave)(?: me| us)? (?:the |a |an )?(?:wrong|incorrect)\b/u;
/** …but not the customer's own mistake (I ordered the wrong size: an order to change). */
const OWN_MISTAKE_EN = /\b(?:i|i've|we|we've)\b(?:\s+\w+){0,2}\s+(?:ordered|orderd|ordred|order|bought|buy|picked|pick|chose|choose|selected|select|put|typed|wrote|write|entered|clicked|got)\b(?:\s+\w+){0,2}\s+wrong\b/u;

/**
 * One thing ordered, another come, said without "wrong": you sent me a medium but I ordered a large; I
 * ordered the blue one but the bag that came says green; it's 21ml tubes instead of the 37ml I paid
 * for; the one in the box isn't what I picked; opened the box expecting a road bike and there's a kids'
 * bike inside.
 */
const ORDERED_EN = String.raw`(?:ordered|order|bought|buy|paid for|picked|chose|selected|wanted|asked for)`;
const CONTRAST_EN = [
  new RegExp(String.raw`(?<!\bnever |n't |\bhave i |\bi have |\bi've )\b(?:sent|got(?! to\b)|received?|came with|delivered)\b(?:\s+me)?[^.!?]{1,40}?\b(?:but|while|though|whereas|when|than)?\s*(?:i|we)\s+(?:have\s+|had\s+|'ve\s+)?(?:definitely\s+|actually\s+|clearly\s+)?${ORDERED_EN}\b`, 'u'),
  new RegExp(String.raw`(?:^|\b(?:i|we)\s+(?:have\s+|had\s+|'ve\s+)?)${ORDERED_EN}\b[^.!?]{1,40}?\bbut\s+(?:you\s+(?:have\s+|'ve\s+)?)?(?:sent|got|received?|what came|the (?:box|bag|parcel|package) (?:that )?came|it came|came)\b`, 'u'),
  new RegExp(String.raw`\binstead of\b[^.!?]{1,30}?\b(?:i|we)\s+(?:have\s+|had\s+)?${ORDERED_EN}\b`, 'u'),
  new RegExp(String.raw`\b(?:isn'?t|is not|wasn'?t|was not|not|aren'?t|are not)\s+(?:what|the one|the ones)\s+(?:i|we)\s+(?:have\s+|had\s+)?${ORDERED_EN}\b`, 'u'),
  new RegExp(String.raw`\b(?:inside|in the (?:box|bag|parcel|package))\s+(?:is|was|were|are|there'?s|there is)\b[^.!?]{1,40}?\b(?:i|we)\s+(?:have\s+|had\s+)?${ORDERED_EN}\b`, 'u'),
  /\bexpecting\b[^.!?]{1,40}?\b(?:and|but)\s+(?:there'?s|there is|it'?s|it is|got|found)\b/u,
];
/**
 * The same in Chinese: 我买的红茶怎么给我发的绿茶, 我要的黑色发来的是白色, 我买的白色给我发了个黑色 (what was
 * bought, then what came: not 我买的衣服发了吗 or 发的什么快递, which ask about sending it); 到手的东西跟我
 * 选的对不上 (what came does not match what was chosen); 收到的是黑色的 我下单选的明明是白色 (what came,
 * then what was chosen).
 */
const CONTRAST_ZH = [
  /(?:要|买|拍|选|订|点|下单)(?:的|格|嘅)(?:是|系)?[^,.!?;，。！？]{1,10}?[,，\s]*(?:怎么|咋|结果|但是|可是|却|你们|侬)?(?:给我|给俺)?(?:发|寄|送)(?:来的是|过来的是|来是|来了个?|成了?|了个|来个|的)(?!什么|啥|哪|几|多|吗|呢|没)[^\s,.!?;，。！？]/u,
  /(?:跟|和|与)(?:我|俺)?(?:选|拍|买|订|下单|点|要)(?:的|格|嘅)[^,.!?;，。！？]{0,6}(?:对不上|不一样|不一致|不符|不同)/u,
  // What came, then what was ordered: 收到的是黑色的 我下单选的明明是白色.
  /(?:收到|到手|发来|寄来|送来|发过来)(?:的|了)(?:是|却是)?[^,.!?;，。！？]{1,10}[,，\s]*(?:但是?|可是?)?(?:我|俺)?(?:下单|要|买|拍|选|订|点)选?(?:的|格)(?:明明|可)?(?:是|系)/u,
];

/** Whether the message sets what was ordered against what came (CONTRAST_*). */
function contrasts(text: string, english: boolean): boolean {
  if (english && WHENEVER_BOUGHT_EN.test(text)) return false;
  return (english ? CONTRAST_EN : CONTRAST_ZH).some((p) => p.test(text));
}
/** Buying as a condition, not a purchase made (how much points I receive when I buy?). */
const WHENEVER_BOUGHT_EN = /\b(?:when|whenever|if|each time|every time) (?:i|we|you) (?:buy|order|purchase|shop|spend)\b/u;

/** It failed, in words the groups may lack: died, won't turn on, 开不了机, 出毛病. */
const FAILED_EN = /\b(?:died|dead|stopped|stops working|won'?t (?:turn on|switch on|charge|work|hold|start|spin)|(?:doesn'?t|does not|will not) (?:start|spin|turn on|power on)|doesn'?t work|not working|gave up|quit working|packed in)\b/u;
const FAILED_ZH = /开不了机|不开机|不亮|不动了|不工作|失灵|出毛病|出问题|不能用|用不了|坏掉|坏了|断了|裂了|掉了|起皮|秃噜皮/u;
/** Bought a while ago: months ago, 买了快两个月了 (with USED_*, how long it was used before it failed). */
const OWNED_EN = /\b(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|a couple of|several)\s+(?:weeks?|months?|years?|yrs?)\s+ago\b|\bonly had it (?:a|an|one|two|three|\d+|a few)\b/u;
const OWNED_ZH = /(?:买|用|戴|穿|开|骑)了?(?:快|才|不到|差不多|有)?(?:[一两二三四五六七八九十几半]|\d+)(?:个)?(?:天|周|星期|月|年)|才(?:用|戴|穿|开|骑)(?:了)?(?:俩|两|几|[一二三四五六七八九十\d])/u;

/** The money of a refund not come yet: still no refund, nothing on my card, 钱还没到, 还没退. */
const REFUND_LATE_EN = [
  /\b(?:still|yet)\b[^.!?]{0,20}\b(?:no|not|nothing|haven'?t|hasn'?t|isn'?t|don'?t|do not|can'?t)\b[^.!?]{0,20}\b(?:refund|money|cash|card|account)\b/u,
  /\b(?:refund|money|cash)\b[^.!?]{0,20}\b(?:still )?(?:not|isn'?t|hasn'?t|has not|never)\b[^.!?]{0,15}\b(?:here|arrived|come|received|in|on|back|through|showing|shown|reached|landed)\b/u,
  /\b(?:haven'?t|have not|didn'?t|did not|not)\s+(?:seen|got|gotten|received|had)\s+(?:any |my |the |a )?(?:money|refund|cash)\b/u,
  /\bnothing (?:on|in) my (?:card|account)\b/u,
];
/** …of something returned or refunded (money not come from a loan or a transfer is no refund). */
const REFUNDING_EN = /\b(?:refund\w*|return\w*|sent (?:\w+ ){0,3}back|send (?:\w+ ){0,3}back|money back)\b/u;
const REFUNDING_ZH = /退/u;
const REFUND_LATE_ZH = /(?:退款|钱|退的钱)[^,.!?;，。！？]{0,8}(?:还没|还末|还未|没有?|未)(?:到|退|收到|见|回|看到)|还没(?:退钱|退款|到账)|(?:没|未)(?:收到|见到?|见着)(?:钱|退款)|还没见着/u;

/** The problem a message reports about what it received, if any; its features as the engine read them. */
export function reportedProblem(text: string, features: Features, english: boolean): Problem | undefined {
  const has = (group: keyof typeof GROUPS) => GROUPS[group].some((name) => features.weightOf(groupKey(intern(name))) > 0);
  return english ? englishProblem(text, has) : chineseProblem(text, has);
}

type Has = (group: keyof typeof GROUPS) => boolean;

function englishProblem(text: string, has: Has): Problem | undefined {
  // The money of something sent back, not come: whatever was wrong with the thing (I returned a faulty
  // controller two weeks ago and still haven't seen the money), the refund is what is asked.
  if (REFUND_LATE_EN.some((p) => p.test(text)) && REFUNDING_EN.test(text)) return 'refund';
  if ((WRONG_EN.test(text) && !OWN_MISTAKE_EN.test(text) && CAME_EN.test(text)) || contrasts(text, true)) return 'wrong';
  if (SHORT_EN.test(text) || (has('missing') && PART_EN.test(text) && !WHOLE_PARCEL_EN.test(text))) return 'missing';
  const harmless = UNHARMED_EN.test(text) || PREVENTION_EN.test(text);
  const used = USED_EN.test(text);
  if (has('damaged') && CAME_EN.test(text) && !used && !harmless) return 'damaged';
  // Failed after a while in use: for the warranty.
  if ((has('damaged') || has('faulty') || FAILED_EN.test(text)) && (used || OWNED_EN.test(text)) && !PREVENTION_EN.test(text)) return 'worn';
  return undefined;
}

function chineseProblem(text: string, has: Has): Problem | undefined {
  // As in English: the money of something sent back, not come, whatever was wrong with the thing.
  if (REFUND_LATE_ZH.test(text) && REFUNDING_ZH.test(text)) return 'refund';
  if (has('wrong') || contrasts(text, false)) return 'wrong';
  if (has('missing') && !WHOLE_PARCEL_ZH.test(text)) return 'missing';
  const used = USED_ZH.test(text);
  if (has('damaged') && CAME_ZH.test(text) && !used && !ASKED_ZH.test(text) && !UNHARMED_ZH.test(text)) return 'damaged';
  if ((has('damaged') || FAILED_ZH.test(text)) && (used || OWNED_ZH.test(text)) && !UNHARMED_ZH.test(text)) return 'worn';
  return undefined;
}

/** How the knowledge asks about each problem, and a word its entry says: in English, in Chinese. */
const ASKED: Record<Problem, AskedIn> = {
  damaged: [
    { question: 'my item arrived damaged', word: 'damaged' },
    { question: '收到的东西破损了', word: '坏了' },
  ],
  missing: [
    { question: 'an item is missing from my order', word: 'missing' },
    { question: '收到的东西漏发了', word: '漏发' },
  ],
  wrong: [
    { question: 'i received the wrong item', word: 'wrong' },
    { question: '收到的东西发错了', word: '发错' },
  ],
  worn: [
    { question: 'is it covered by the warranty', word: 'warranty' },
    { question: '用了一段时间坏了 保修吗', word: '保修' },
  ],
  refund: [
    { question: 'when will i get my refund', word: 'refund', inQuestions: true },
    { question: '退款什么时候到账', word: '退款', inQuestions: true },
  ],
};

/** Fewer came than were ordered (only one box of three, where is the rest?): part of it missing, not the wrong thing. */
const FEWER_EN = /\b(?:only|the rest|rest of)\b/u;

/**
 * The wrong thing sent, told by what was ordered against what came (I got 4x6 but I definitely ordered
 * wallet size; 我买的白色给我发了个黑色), as the knowledge asks about it: firm enough to be read over a
 * confident answer (the print sizes, found by "4x6" and "wallet size"). Not the customer's own pick.
 */
export function contrastAsked(text: string, english: boolean): KnowledgeAsks | undefined {
  const contrast = contrasts(text, english) && !(english && (OWN_MISTAKE_EN.test(text) || FEWER_EN.test(text)));
  return inLanguage(contrast ? ASKED.wrong : undefined, english);
}

/** The problem a message reports, as the knowledge asks about it. */
export function problemAsked(text: string, features: Features, english: boolean): KnowledgeAsks | undefined {
  const problem = reportedProblem(text, features, english);
  return inLanguage(problem && ASKED[problem], english);
}
