// A customer asking to undo or alter an order, told as their situation (I placed an order twenty
// minutes ago and picked the wrong colour, can I still fix that?; 刚付完钱就后悔了, 还没发货能撤回吗; the
// size 10 I got is way too small, can I swap it for a 12?) asks what the knowledge asks in general
// words: can I cancel my order, can I change it, can I change the address, can I exchange it. As with
// a problem report (problem-report.ts), the story outweighs the request's one word when read whole, and
// the engine reads it once more as the knowledge asks it.
//
// Before it ships (just ordered, twenty minutes ago, hasn't shipped, 还没发货, 刚拍完): cancelling (call
// it off, scrap it, 不要了, 撤回), the address (my old address, 地址填错了), or any other change (swap,
// fix, add, 改成). After it came and does not suit (too small, 整大了, I'd rather have the green one
// instead): an exchange. A refund wished for what came (I'd like my money back for the amp): sending it
// back. Needed by a day (I need it by Friday, 周五之前能到吗, 急用): faster delivery.
// Where it has got to (where's my stuff?, follow my parcel's journey, 走到哪儿了): tracking. When it
// leaves or arrives: the dispatch and delivery times. Many at once, for a company or a school, or a
// shop asking to stock the range: bulk prices. The order undone whenever asked (kill the order): cancel.

import { inLanguage, type AskedIn, type KnowledgeAsks } from './knowledge-asks.js';
import { namesEnglishPlace } from './lexicon/places.js';

export type OrderRequest = 'cancel' | 'change' | 'address' | 'exchange' | 'refund' | 'rush' | 'track' | 'dispatch' | 'delivery' | 'bulk';

/** Placed a moment ago, or not sent yet. */
const UNSENT_EN = [
  /\b(?:\d+|a few|few|ten|five|twenty|thirty|an?) (?:mins?|minutes?|hours?|hrs?) ago\b/u,
  /\bjust (?:placed|ordered|bought|made|put in|paid)\b|\b(?:placed|put in|made) (?:an |my |the )?order (?:this morning|last night|earlier|today|yesterday)\b|\b(?:i|we) (?:placed|put in|made) (?:it )?(?:this morning|last night|earlier today|today)\b|\b(?:ordered|bought) (?:\w+ ){0,6}(?:this morning|last night|earlier today|yesterday)\b/u,
  /\b(?:hasn'?t|has not|haven'?t|have not|isn'?t|is not|not)\s+(?:even\s+|yet\s+)?(?:been\s+)?(?:shipped|sent|dispatched|posted|left|gone out)\b/u,
  /\bbefore (?:it|you|they|the order|my order|the parcel)\s+(?:ships?|leaves?|goes out|sends?|posts?|dispatch\w*|is sent|is shipped|gets sent)\b|\bbefore you (?:send|post|ship|dispatch) (?:it|them)\b/u,
];
const UNSENT_ZH = /还没(?:有)?(?:发货|发出|发呢|寄出|寄出去|出库|出仓|离开仓库|从仓库出)|待发货|没出仓库|趁(?:还)?没|刚(?:付|拍|下单|下的单|买|付完|拍完|下完)|(?:付|拍|下单)完(?:才|就)/u;

/** Undoing it: cancel, call off, scrap, stop, back out; 取消, 不要了, 撤回. */
const CANCEL_EN = /\b(?:cancel\w*|call (?:\w+ )?off|back out|scrap|kill (?:the |my |it)|undo|stop (?:the|my|it|this|a)\b|(?:don'?t|do not) want (?:it|them)|no longer want|not be sent at all|changed my mind|second thoughts)/u;
const CANCEL_ZH = /(?<![不别])(?:取消|撤回|撤销)|不要了|不想要了|后悔/u;
/** Altering it: change, swap, fix, add; 改, 换成. */
const CHANGE_EN = /\b(?:change|switch|swap|swop|fix|update|correct|amend|edit|add|instead)\b/u;
const CHANGE_ZH = /改|换成|调成|换一下|补上|加一/u;
/** Where it goes. */
const ADDRESS_EN = /\baddress\b|\b(?:new|old|previous|former) (?:place|flat|house|home|apartment)\b/u;
const ADDRESS_ZH = /地址|收件|门牌|寄送的地方|寄到/u;
/** An address given by mistake, or a new one to send to (my old flat's address, the new place): a change to make. */
const WRONG_ADDRESS_EN = /\b(?:old|wrong|previous|former|incorrect|outdated)\b(?: [\w']+){0,2} (?:address|place|flat|house|home|apartment)\b|\bnew (?:address|place|flat|house|home|apartment)\b/u;
/** The address itself changed, whenever asked (change the address for delivery; update my shipping address). */
const CHANGED_ADDRESS_EN = /\b(?:change|changing|update|updating|correct|fix|amend|edit)\s+(?:the|my|our|this)\s+(?:delivery |shipping |postal |home )?address\b/u;

/** Not suiting once it came (too small, 整大了), and another asked for instead. */
const EXCHANGE_EN = [
  // (A number is a size said with its article: swap it for a 12, not switch it to 45, a speed.)
  /\b(?:swap|swop|exchange|trade|change|switch)\b[^.!?]{0,40}\b(?:for|to|into)\b[^.!?]{0,25}\b(?:size|colou?r|one|ones|bigger|smaller|larger|(?:a|an|the|size) \d+|small|medium|large|xl|king|queen|double|single)\b/u,
  /\b(?:too (?:small|big|large|tight|loose|short|long)|(?:doesn'?t|don'?t|does not|do not) fit)\b[^.!?]{0,60}\b(?:swap|swop|exchange|trade|change|switch|bigger|smaller|instead)\b/u,
  /\brather have\b[^.!?]{0,40}\binstead\b/u,
];
const EXCHANGE_ZH = /(?:收到|到手)[^。！？!?]{0,20}(?:改成|换个)|换(?:个|成|一个)?(?:大|小)(?:一)?(?:码|号)|(?:太|有点|整)(?:大|小|紧|松)了?[^,.!?;，。！？]{0,12}换|换成(?:别的|另一|其他)|想换(?:个|成)/u;

/**
 * A refund wished for what came (I'd like my money back for the amp, it's just not the sound I was
 * after; can I get a refund, I never installed it): sending it back, asked as the knowledge asks it.
 * Not once it was sent back, nor when the money comes (I'd like my money back for the strap I sent back
 * last week, it's still not in my account): that waits for the refund. Nor for a service or a price (a
 * class I can't make, a gift card, the difference now it is on sale): those are not sent back. Nor
 * when something is wrong with it (leaking, stopped working): that is a problem reported.
 */
const REFUND_WISH_EN = /\b(?:i'?d (?:really |just )?like|i would (?:really |just )?like|i want|i wanna|i need|give me|(?:can|could|may) i (?:just )?(?:get|have)|possible to (?:get|have)|(?:any|a) way (?:to|i can|i could) get)\b[^.!?]{0,12}\b(?:my money back|a (?:full )?refund|refunded)\b/u;
const SENT_BACK_EN = /\b(?:sent|send|mailed|posted|shipped|dropped off|brought|took)\b[^.!?]{0,25}\b(?:back|ago|to you)\b|\b(?:my|the) return\b|\breturned\b|\bstill (?:not|no|nothing|waiting|haven'?t|hasn'?t|isn'?t)\b|\bnot (?:yet|in my|showing|received|seen)\b|\bnothing (?:has|yet|on|in|showed|shown)\b|\b(?:hasn'?t|haven'?t) (?:come|arrived|shown|seen|received|got|gotten|landed|appeared)\b|\b(?:when|how long|how soon)\b/u;
const NOT_SENT_BACK_EN = /\b(?:class|classes|course|courses|lesson|lessons|workshop|session|booking|appointment|tickets?|subscription|membership|gift ?cards?|vouchers?|difference|price|broken?|damaged|leak\w*|crack\w*|faulty|defective|stopped working|(?:doesn'?t|does not|not) work\w*|missing|wrong|dead|torn|ripped|smashed|spoiled|rotten|mou?ldy|expired|late|never (?:arrived|came))\b/u;
/** …in Chinese: not liked (不太喜欢), not wanted, sent back or gone back on (东西到了觉得不喜欢 能原封不动寄回去吗; 不满意 寄回去能把钱要回来吗; 买回去不满意 还有反悔的余地吗). */
const RETURN_WISH_ZH = /(?:不(?:太|怎么|大)?喜欢|不想要|不(?:太)?满意|不合心意|后悔)[^。！？!?]{0,20}(?:退货|退掉|退回|寄回|退吗|能退|可以退|反悔)|(?:退货|退掉|退回|寄回)[^。！？!?]{0,12}(?:不喜欢|不想要|不满意)/u;
/** …of something the customer has (收到, 到手, 买回来, 买回去, 没拆封, 寄回), not an order still being made (稿子还没确认 不想要了: a cancellation). */
const HAD_IT_ZH = /收到|到了|到手|签收|买回[来去]|拿到|送到|寄回|退回去|拆|开封|用了|穿了|试了/u;
/** (Not something wrong with it: that is a problem reported.) */
const FAULT_ZH = /坏|破|漏|碎|少了|错|质量|瑕疵|过期|变质|发霉|烂|不能用|用不了|没反应/u;

/** Needed by a day (need it by Friday, in time for the party on the 20th, 周五之前能到吗, 急用): faster delivery. */
const DAY_EN = String.raw`(?:tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|the weekend|next week|christmas|the \d+(?:st|nd|rd|th)?|the twenty\w*|the thirtieth|\d+(?:st|nd|rd|th))`;
const RUSH_EN = [
  new RegExp(String.raw`\bneed (?:it|this|them|these|those|the \w+|my \w+|one)\b[^.!?]{0,30}\b(?:by|before|for) ${DAY_EN}\b`, 'u'),
  new RegExp(String.raw`\b(?:arrive|get here|land|be here|reach me|come|deliver\w*|ship\w*)\b[^.!?]{0,30}\b(?:by|before) ${DAY_EN}\b`, 'u'),
  /\b(?:in time for|arrive in time|get here in time|there in time)\b|\burgent(?:ly)?\b|\basap\b/u,
  // (Needed for something a few days off: I need 40 shirts for a conference that starts in four days.
  // Not a return's days: do I need to send it back within 14 days?)
  /^(?!.*\b(?:return\w*|refund\w*|exchang\w*|send (?:\w+ ){0,2}back)\b).*\bneed\b[^.!?]{0,60}\b(?:in|within) (?:[1-9]|two|three|four|five|six|seven|a few|a couple of) days\b/u,
];
const RUSH_ZH = /(?:之前|以前)(?:能|可以)?(?:到|收到|送到)|赶(?:在|得上|得及)|来得及吗|急用|急着用|着急用|加急|明天(?:就|能)?(?:要|到|收到)/u;

/** Where it is now: where's my stuff?, follow my parcel's journey, keep an eye on where it is, 走到哪儿了, 快递到哪了. */
const TRACK_EN = /\bwhere(?:'s| is| are|s)? (?:my|the|our) (?:order|parcel|package|stuff|delivery|shipment|things)\b|\bwhere (?:my|the|our) (?:order|parcel|package|stuff|delivery|shipment) (?:is|has got to)\b|\b(?:follow|trace|see where|check where)\b[^.!?]{0,20}\b(?:order|parcel|package|delivery|shipment)\b|\b(?:keep an eye on|keep tabs on|follow|trace|track|see|check|know|find out) where (?:it|they|my \w+|the \w+) (?:is|are|has got to|have got to|is at|are at)\b/u;
/** (Where it has got to, 到哪了: not where to send something, 退货要寄到哪里.) */
const TRACK_ZH = /(?<![寄发邮退])(?:到|走到|送到)(?:哪|哪儿|哪里|哪一站)了|物流(?:信息|到哪|怎么查|在哪)/u;

/** When it leaves (今天拍的今天能发吗, 多久能把货交到快递手上) or reaches the customer (if I order today, when
 *  will it turn up?; 哪天能收到) — not a parcel late already (still nothing, 还没到), which is another question. */
const DISPATCH_ZH = /(?:什么时候|啥时候|啥子时候|几时|多久|几天|哪天)[^,.!?;，。！？]{0,6}(?:发货|发出|寄出|出库)|(?:今天|当天|明天)[^,.!?;，。！？]{0,6}(?:能|可以)?(?:发|寄出|发出)(?:吗|不|嘛|么|出去)|离开(?:你们)?仓库|从(?:你们)?仓库(?:出来|出去)|交(?:到|给)快递/u;
const DELIVERY_EN = [
  /\b(?:when|how soon|how long|how many days|how quickly|what day)\b[^.!?]{0,40}\b(?:arrive|turn up|show up|shows up|get here|get to me|reach me|reach|lands?|be here|at my door|on my doorstep|expect it|expect my)\b/u,
  /\bwhen'?ll it (?:turn up|arrive|come|get here|show up)\b/u,
];
const DELIVERY_ZH = /(?:几天|多久|多少天|哪天|什么时候|啥时候|几时)[^,.!?;，。！？]{0,6}(?:能)?(?:到|收到|送到|到货)(?!账)|路上(?:大概)?要?(?:走)?(?:几|多少)天/u;
/** Another wait than for the order to leave or arrive: a parcel late already, money or points landing, stock coming in, customs. */
const ANOTHER_WAIT_EN = /\b(?:still|yet|hasn'?t|haven'?t|not shipped|waiting|nothing|money|cash|refund\w*|account|points|customs|tax|taxes|duties|restock\w*|sold out|more arrive)\b/u;
/**
 * What a thing will be like when it arrives (how big will the tetras be when they get here?, is the
 * action low when they arrive?): no question of when. (Not one asking to know when: is it possible to
 * know when they arrive?)
 */
const STATE_ON_ARRIVAL_EN =
  /\b(?:how (?:big|large|small|old|tall|ripe|mature|cold|warm|fresh)|what (?:size|age|colou?r|condition|temperature|state))\b[^.!?]{0,40}\bwhen\b|^(?:is|are|will|would) (?:the|it|they|my|your|these|those)\b(?:(?!\b(?:know|tell|say|see|sure|idea|check|track)\b)[^.!?]){0,40}\bwhen (?:it|they|the \w+|my \w+) (?:arrives?|gets? here|comes?)\b/u;
const ANOTHER_WAIT_ZH = /还没|一直没|迟迟|退|钱/u;
/** A Chinese question of arriving says what arrives, unless it is short (要几天到啊). */
const SHIPPED_ZH = /快递|包裹|货|下单|下的单|拍|买|寄|发|订单|偏远|送|落单|落單/u;

/** The order itself undone, whenever asked: kill the order, stop the purchase, 这一单还能撤回吗. */
const UNDO_ORDER_EN = /\b(?:kill|stop|call off|scrap|back out of|undo|cancel)\b[^.!?]{0,15}\b(?:order|purchase|whole thing)\b/u;
const UNDO_ORDER_ZH = /(?:订单|这单|这一单|那单)[^,.!?;，。！？]{0,6}(?:撤回|撤销|取消|不要了)|撤回[^,.!?;，。！？]{0,6}(?:购买|订单|单)/u;

/**
 * The order itself switched to something else, whenever asked (can I switch my order to the black one?):
 * a change, not an exchange of what came. (Swapping it *for* another size is how shops word exchanges.)
 */
const ALTER_ORDER_EN = /\b(?:change|switch|amend|edit|update)\s+(?:my|the|our|this)\s+order\s+to\b/u;

/** Many at once, for a company, a school, a shop (we need 50 for our office; 公司采购 一百个 有团价吗): bulk prices. */
const MANY_EN = /\b[1-9]\d{1,}\s*(?:units|pieces|pcs|items|of them|skeins|sets|boxes|bags|copies|people|staff|kids|students|guests|packs|bottles|pairs)\b|\b(?:buy|need|order|want|get)\s+(?:about |around |roughly )?[1-9]\d{1,}\b|\bdozens?\b|\bhundreds? of\b|\ba lot of the same\b|\bin bulk\b|\blarge order\b|\bbig order\b/u;
const BUYER_EN = /\b(?:company|office|school|classroom|club|team|business|corporate|staff|employees|kindy|kindergarten|nursery|charity|church)\b/u;
const PRICE_ASK_EN = /\b(?:discount\w*|deals?|special price|cheaper|price per (?:piece|unit|item)|per (?:piece|unit)|quote|trade price|wholesale|come down)\b/u;
/** A shop asking to sell the range (I'd like to stock your products at my boutique). */
const STOCKIST_EN = /\b(?:stock|carry|resell|sell|supply)\s+your (?:products|range|brand|items|beans|candles)\b/u;
/** (A number with its measure: 一百个, 六七十套, 二十把; not 便宜了30, a price.) */
const MANY_ZH = /(?:[1-9]\d+|[一二三四五六七八九]?十几?|几十|上百|[一二两三四五六七八九]百|六七十|五六十|三四十)(?:来|多)?(?:个|套|件|箱|份|人|斤|盒|瓶|双|本|包|把|支|台)|批量|大批/u;
const BUYER_ZH = /公司|单位|团体|企业|学校|机构|早教|年会|员工|福利|门店/u;
/** (A buyer without a number says it is buying in bulk: 公司采购, 团购.) */
const BULK_ZH = /采购|团|批/u;
const PRICE_ASK_ZH = /优惠|便宜|团价|团购|批发|折扣|报价|什么价|价格|采购/u;

/** What the message asks to do with an order, if it is one of these. */
export function requestedChange(text: string, english: boolean): OrderRequest | undefined {
  return english ? englishRequest(text) : chineseRequest(text);
}

function englishRequest(text: string): OrderRequest | undefined {
  const any = (patterns: readonly RegExp[]) => patterns.some((p) => p.test(text));
  if (any(UNSENT_EN)) {
    if (ADDRESS_EN.test(text) && (CHANGE_EN.test(text) || WRONG_ADDRESS_EN.test(text))) return 'address';
    if (CANCEL_EN.test(text)) return 'cancel';
    return CHANGE_EN.test(text) ? 'change' : undefined;
  }
  if (UNDO_ORDER_EN.test(text)) return 'cancel';
  if (ALTER_ORDER_EN.test(text)) return 'change';
  // The address changed is no exchange ("change the address for delivery, I put my old one").
  if (CHANGED_ADDRESS_EN.test(text)) return 'address';
  if (any(EXCHANGE_EN)) return 'exchange';
  if (REFUND_WISH_EN.test(text) && !SENT_BACK_EN.test(text) && !NOT_SENT_BACK_EN.test(text)) return 'refund';
  if (((MANY_EN.test(text) || BUYER_EN.test(text)) && PRICE_ASK_EN.test(text)) || STOCKIST_EN.test(text)) return 'bulk';
  if (any(RUSH_EN)) return 'rush';
  if (TRACK_EN.test(text)) return 'track';
  if (ANOTHER_WAIT_EN.test(text) || STATE_ON_ARRIVAL_EN.test(text)) return undefined;
  return any(DELIVERY_EN) ? 'delivery' : undefined;
}

function chineseRequest(text: string): OrderRequest | undefined {
  if (UNSENT_ZH.test(text)) {
    if (ADDRESS_ZH.test(text) && CHANGE_ZH.test(text)) return 'address';
    if (CANCEL_ZH.test(text)) return 'cancel';
    return CHANGE_ZH.test(text) ? 'change' : undefined;
  }
  if (UNDO_ORDER_ZH.test(text)) return 'cancel';
  if (EXCHANGE_ZH.test(text)) return 'exchange';
  if (RETURN_WISH_ZH.test(text) && HAD_IT_ZH.test(text) && !FAULT_ZH.test(text)) return 'refund';
  if (PRICE_ASK_ZH.test(text) && (MANY_ZH.test(text) || (BUYER_ZH.test(text) && BULK_ZH.test(text)))) return 'bulk';
  if (RUSH_ZH.test(text)) return 'rush';
  if (TRACK_ZH.test(text)) return 'track';
  if (ANOTHER_WAIT_ZH.test(text)) return undefined;
  if (DISPATCH_ZH.test(text)) return 'dispatch';
  return DELIVERY_ZH.test(text) && (text.length <= 8 || SHIPPED_ZH.test(text)) ? 'delivery' : undefined;
}

/** How the knowledge asks for each, and a word its entry says: in English, in Chinese. */
const ASKED: Record<OrderRequest, AskedIn> = {
  cancel: [
    { question: 'can i cancel my order', word: 'cancel' },
    { question: '订单还没发货 能取消吗', word: '取消' },
  ],
  change: [
    { question: 'can i change my order', word: 'change' },
    { question: '订单还没发货 能修改吗', word: '修改' },
  ],
  address: [
    { question: 'can i change the delivery address on my order', word: 'address' },
    { question: '下单后能修改收货地址吗', word: '地址' },
  ],
  exchange: [
    { question: 'can i exchange it for a different size or colour', word: 'exchange' },
    { question: '收到的不合适 能换货吗', word: '换货' },
  ],
  refund: [
    { question: 'can i return something i do not want', word: 'return returns', overTiming: true },
    // (Of something come: 不想要了 alone is a cancellation's.)
    { question: '东西收到了不想要 能无理由退货吗', word: '退货', overTiming: true },
  ],
  rush: [
    { question: 'can i get express delivery to have it faster', word: 'express next day faster expedited rush overnight' },
    { question: '急用 能加急吗 最快几天到', word: '加急 顺丰 最快 次日' },
  ],
  track: [
    { question: 'how can i track my order', word: 'track tracking status' },
    { question: '怎么查物流 快递到哪了', word: '物流' },
  ],
  dispatch: [
    { question: 'when will my order be dispatched', word: 'dispatch dispatched ship shipped' },
    { question: '下单后多久发货', word: '发货 发出' },
  ],
  delivery: [
    { question: 'how long does delivery take', word: 'delivery deliver arrive arrives days' },
    { question: '下单后几天能收到', word: '收到 送达 到货' },
  ],
  bulk: [
    { question: 'do you offer bulk order discounts or wholesale', word: 'bulk wholesale' },
    { question: '批量采购有优惠吗', word: '批量 团购 批发 采购' },
  ],
};

/** What the message asks to do with an order, as the knowledge asks it. */
export function requestAsked(text: string, english: boolean): KnowledgeAsks | undefined {
  const request = requestedChange(text, english);
  return inLanguage(request && ASKED[request], english);
}

/** Undoing or altering an order, or sending back what came: the requests a confident reading of the whole message may have missed (see the engine's matchMessage). */
const ALTERATIONS: ReadonlySet<OrderRequest> = new Set(['cancel', 'change', 'address', 'exchange', 'refund']);

/** Arriving, or getting to a place (how long till beans usually get to sydney). */
const PLACED_ARRIVAL_EN = [
  ...DELIVERY_EN,
  /\b(?:when|how soon|how long|how many days|how quickly)\b[^.!?]{0,50}\bget (?:to|over to|down to|up to)\b|\bhow long (?:till|until|before)\b[^.!?]{0,30}\bget (?:to|here)\b/u,
];
/** (Its word: not "days", which the refund's timing says too.) */
const PLACED_DELIVERY: KnowledgeAsks = { question: 'how long does delivery take', word: 'delivery deliver delivered' };

/**
 * How long it takes to arrive somewhere named (how long till beans usually get to sydney?, how many days
 * for a plant to get to Brisbane?): the delivery time, firm enough to be read over a confident answer
 * whose entry never speaks of delivering (the refund's days, how long beans keep). English only: a
 * Chinese place in a question of days is as often the return's or the customs'.
 */
export function placedDeliveryAsked(text: string, english: boolean): KnowledgeAsks | undefined {
  if (!english || !namesEnglishPlace(text) || ANOTHER_WAIT_EN.test(text)) return undefined;
  return PLACED_ARRIVAL_EN.some((p) => p.test(text)) ? PLACED_DELIVERY : undefined;
}

/**
 * Where the order is (where's my parcel?, I just need to know where my parcel is), as the knowledge asks
 * it: firm enough to be read over a confident answer whose entry never speaks of tracking (what my parcel
 * should contain, found by "my parcel" and "I ordered").
 */
export function trackingAsked(text: string, english: boolean): KnowledgeAsks | undefined {
  return inLanguage(requestedChange(text, english) === 'track' ? ASKED.track : undefined, english);
}

/** A request to undo or alter an order, as the knowledge asks it (not when or how fast it comes, nor bulk prices). */
export function alterationAsked(text: string, english: boolean): KnowledgeAsks | undefined {
  const request = requestedChange(text, english);
  return inLanguage(request && ALTERATIONS.has(request) ? ASKED[request] : undefined, english);
}
