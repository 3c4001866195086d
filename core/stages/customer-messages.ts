// Everything the bot itself says to customers, in Chinese and in English: greetings, fallbacks, the
// handoff, the order dialogue's prompts and summaries, the product answers' fixed words. One table per
// language, so a wording is changed, or a language added, in one place; stages pick the table by the
// customer's language (customer-language.ts). Knowledge answers, product names and specs are the shop's
// own words and are not here.
//
// The Chinese table is what the bot has always said: other tools compare against these exact strings.
import type { Shop } from '../knowledge/schema.js';
import type { Turn } from '../pipeline/turn.js';
import type { OrderStatus } from '../shop/shop-connector.js';
import { statusLabel } from '../shop/shop-connector.js';
import { languageIn, type Language } from '../text/language.js';
import { WEEKDAYS } from '../text/weekdays.js';
import type { QuickReply } from '../types.js';
import { customerLanguage } from './customer-language.js';

/** A moment as a customer reads it, in the shop's time zone. */
export interface DateParts {
  month: number;
  day: number;
  /** 0 = Sunday. */
  weekday: number;
  /** "14:32" */
  time: string;
}

export interface CustomerMessages {
  greeting: string;
  fallback: string;
  /** Not sure enough to answer, but one entry is a likely reading: ask back, as an agent would. */
  clarify: (question: string) => string;
  handoff: string;
  /** A person was asked for while nobody is there; `opens` from business-hours nextOpening, in this language. */
  afterHours: (opens: string | undefined) => string;
  apology: string;
  /** The button that asks for a person; its text must be what the engine reads as a request for one. */
  human: QuickReply;
  thanks: string;
  /** The customer said they do not want a person after all. */
  declined: string;
  praised: string;
  /** Pictures, voice, files… by the inbound's kind. */
  media: Record<string, string>;
  rateLimited: string;
  rated: { good: string; poor: string };
  /** A person's service ended: the bot answers again, and asks for a 1–5 rating (stages/rating.ts reads it). */
  serviceEnded: string;
  /** Nobody took the customer's ticket in time (handoff/ticket-timeouts.ts). */
  stillWaiting: string;
  /** The group closed while the ticket still waited; `opens` from business-hours nextOpening, in this language. */
  closedWhileWaiting: (opens: string) => string;
  /** /start and /help on a chat app: how to ask, with the knowledge's categories when there are some. */
  help: (topics: readonly string[]) => string;
  dates: {
    /** "11月20日 14:32" */
    at: (d: DateParts) => string;
    /** "11月20日" */
    date: (d: DateParts) => string;
    /** "11月22日（周六）" */
    day: (d: DateParts) => string;
    /** Today, tomorrow, the day after, yesterday: by days from today. */
    near: Record<0 | 1 | 2 | -1, string>;
  };
  orders: {
    askOrderId: string;
    askLastFour: string;
    /** After a general answer about orders (多久能退款): the lookup, if they want it. */
    offerLookup: string;
    /** Said alike for an unknown order and for someone else's: a failed check reveals nothing. */
    notFound: string;
    noOrdersForPhone: string;
    tooMany: string;
    unavailable: string;
    addressKept: string;
    cancelKept: string;
    /** Appended to an order shown while the logistics side is down. */
    trackingLost: string;
    status: Record<OrderStatus, string>;
    /** "“山间春”明前龙井礼盒 等3件": the first item, and how many items in all when more than one. */
    items: (first: string, count: number) => string;
    heading: (id: string, items: string) => string;
    statusLine: (status: string, paidAt: string | undefined) => string;
    preparing: string;
    courier: (courier: string) => string;
    latestScan: (scan: string) => string;
    noScanYet: string;
    expected: (day: string) => string;
    deliveredAt: (at: string) => string;
    /** 那什么时候能到, by the order's status. `scan` is a latest-scan line with its new line, or "". */
    eta: {
      pending: (id: string) => string;
      cancelled: (id: string) => string;
      delivered: (id: string, deliveredAt: string | undefined, scan: string) => string;
      outForDelivery: (id: string, scan: string) => string;
      /** `expected` from `expected(day)` when the courier gave a date. */
      onTheWay: (id: string, expected: string | undefined, scan: string) => string;
    };
    list: (lines: readonly string[]) => string;
    listLine: (n: number, id: string, orderedOn: string, items: string, status: string) => string;
    button: (lastFour: string, status: string) => string;
  };
  changes: {
    alreadyCancelled: (id: string, kind: 'address' | 'cancel') => string;
    deliveredAddress: (id: string) => string;
    deliveredCancel: (id: string) => string;
    addressAfterShipping: (id: string, courier: string | undefined, trackingNo: string | undefined) => string;
    addressBeforeShipping: (id: string) => string;
    confirmCancel: (id: string, items: string, paid: string) => string;
    addressChanged: (id: string, address: string) => string;
    cancelled: (id: string, paid: string) => string;
    /** The change went to people; `opens` is undefined while they are there, else when they come (may be ""). */
    recorded: (kind: 'address' | 'cancel', id: string, opens: string | undefined) => string;
  };
  products: {
    stock: { known: string; out: string; few: (left: number) => string; plenty: string };
    /** Between a name and what is said about it on one line; `colon` ends a line a list follows. */
    separator: string;
    colon: string;
    listJoin: string;
    options: (count: number) => string;
    specsLine: (list: string) => string;
    priceLine: (price: string) => string;
    restock: string;
    stale: string;
    group: (part: string, count: number) => string;
    groupEnd: string;
  };
}

const zh: CustomerMessages = {
  greeting: '您好，我是店小二，有什么可以帮您？',
  fallback: '抱歉，这个问题我还不太明白，可以换个说法吗？也可以回复“转人工”找客服。',
  clarify: (question) => `您想问的是不是「${question}」？点下面的问题就能看到答案；都不是的话，换个说法或回复“转人工”。`,
  handoff: '已为您转接人工客服，请稍候，客服马上就来～',
  afterHours: (opens) => `现在是客服休息时间，已为您登记，人工客服${opens ? ` ${opens} 上线后` : '上线后'}会第一时间联系您。`,
  apology: '抱歉，系统开了个小差，请稍后再试，或回复“转人工”。',
  human: { label: '转人工', text: '转人工' },
  thanks: '不客气，有问题随时找我哦～',
  declined: '好的，有问题随时找我哦～',
  praised: '谢谢您的喜欢～有问题随时找我哦～',
  media: {
    image: '收到您的图片啦～我暂时看不了图片，麻烦用文字描述一下问题；如需客服查看图片，请回复“转人工”。',
    voice: '暂时听不了语音哦，麻烦打字告诉我您的问题～',
    video: '暂时看不了视频哦，麻烦用文字描述一下问题～',
    file: '收到文件啦，我暂时打不开文件，请用文字描述一下问题～',
    sticker: '😊 有什么可以帮您的吗？',
    link: '收到链接啦～请告诉我您想了解这个商品的什么问题？',
  },
  rateLimited: '您的消息有点多，我需要一点时间处理，请稍等一分钟再发哦～',
  rated: { good: '感谢您的评价，祝您生活愉快！', poor: '感谢您的反馈，我们会认真改进！' },
  serviceEnded: '本次人工服务已结束，请为本次服务打分（回复 1–5，5 分最满意）。',
  stillWaiting: '客服同事正在赶来，请再稍等片刻，您也可以继续留言，我们都会看到～',
  closedWhileWaiting: (opens) => `客服已下班，已为您登记，人工客服 ${opens} 上线后会第一时间联系您。`,
  help: (topics) =>
    [topics.length ? `直接发消息问我就行，比如：${topics.join('、')}方面的问题。` : '直接发消息问我就行。', '需要人工客服时，回复“转人工”或点下面的按钮。'].join('\n'),
  dates: {
    at: (d) => `${d.month}月${d.day}日 ${d.time}`,
    date: (d) => `${d.month}月${d.day}日`,
    day: (d) => `${d.month}月${d.day}日（${WEEKDAYS.zh.short[d.weekday]}）`,
    near: { 0: '今天', 1: '明天', 2: '后天', [-1]: '昨天' },
  },
  orders: {
    askOrderId: '请把订单号发给我（在“我的订单”里可以复制），我马上帮您查～不方便找订单号的话，告诉我下单时的手机号也可以。',
    askLastFour: '为了保护您的订单信息，请告诉我这个订单收货手机号的后4位～',
    offerLookup: '想查您自己订单的情况，把订单号发给我就行～',
    notFound: '没有查到可以给您看的订单信息。请核对订单号和收货手机号后4位再发我一次，也可以回复“转人工”让客服帮您查。',
    noOrdersForPhone: '这个手机号下没有查到可以给您看的订单。可以直接发我订单号（在“我的订单”里可以复制），或者回复“转人工”。',
    tooMany: '查询次数有点多了，为了保护订单信息，请一小时后再试，或回复“转人工”让客服帮您查。',
    unavailable: '抱歉，订单系统暂时连不上，我现在查不到订单信息。请过几分钟再问我一次，或回复“转人工”让客服帮您查。',
    addressKept: '好的，地址不改了，订单保持原样～',
    cancelKept: '好的，订单保留，不取消～有其他问题随时找我。',
    trackingLost: '\n（物流系统暂时查不到最新轨迹，稍后再问我一次就好）',
    status: statusLabel,
    items: (first, count) => (count > 1 ? `${first} 等${count}件` : first),
    heading: (id, items) => `订单 ${id}（${items}）`,
    statusLine: (status, paidAt) => `状态：${status}${paidAt ? `（${paidAt} 付款）` : ''}`,
    preparing: '仓库正在安排发货，发出后我这里就能查到快递单号和物流～',
    courier: (courier) => `快递：${courier}`,
    latestScan: (scan) => `最新物流：${scan}`,
    noScanYet: '最新物流：快递公司还没有更新，一般揽收后几个小时内会有记录。',
    expected: (day) => `预计${day}送达`,
    deliveredAt: (at) => `签收时间：${at}`,
    eta: {
      pending: (id) => `这个订单还没发货，仓库正在安排（订单 ${id}）。发出后我这里就能看到快递和预计送达时间，您随时问我～`,
      cancelled: (id) => `这个订单已经取消了（订单 ${id}），不会再发货。`,
      delivered: (id, at, scan) => `包裹已经签收了（订单 ${id}）${at ? `，签收时间 ${at}` : ''}。${scan}\n如果没收到，可以看看快递柜、驿站或家门口，还是找不到的话回复“转人工”。`,
      outForDelivery: (id, scan) => `包裹今天正在派送中（订单 ${id}），快递员会尽快送到，请保持电话畅通～${scan}`,
      onTheWay: (id, expected, scan) => `${expected ?? '快递公司暂时没有给出预计送达时间，一般发出后2–3天送达'}（订单 ${id}）。${scan}\n大促或天气原因可能会稍有延迟，以物流信息为准哦。`,
    },
    list: (lines) => `查到您最近的订单：\n${lines.join('\n')}\n要查哪一个？回复序号或订单号就行～`,
    listLine: (n, id, orderedOn, items, status) => `${n}. ${id} · ${orderedOn}下单 · ${items} · ${status}`,
    button: (lastFour, status) => `订单尾号${lastFour}（${status}）`,
  },
  changes: {
    alreadyCancelled: (id, kind) => `订单 ${id} 已经取消了，${kind === 'address' ? '不需要再改地址' : '不用再操作'}哦。`,
    deliveredAddress: (id) => `订单 ${id} 已经签收了，地址没法再改了。如果是送错了地方，回复“转人工”，我请同事帮您核实。`,
    deliveredCancel: (id) => `订单 ${id} 已经签收了，没法取消了。不想要的话，可以在“我的订单”里申请退货退款。`,
    addressAfterShipping: (id, courier, trackingNo) =>
      `订单 ${id} 已经发出了（${courier ?? '快递'}${trackingNo ? ` ${trackingNo}` : ''}），改地址要联系快递改派，不一定能成功，也可能产生改派费用。请把新的收货人、电话和详细地址一条消息发给我，我登记给客服同事去联系快递。`,
    addressBeforeShipping: (id) => `订单 ${id} 还没发货，可以改～请把新的收货人、电话和详细地址一条消息发给我。`,
    confirmCancel: (id, items, paid) => `确认要取消订单 ${id}（${items}，实付 ${paid}）吗？回复“确认取消”就帮您办理，回复“不取消”保留订单。`,
    addressChanged: (id, address) => `已经帮您把订单 ${id} 的收货信息改成：\n${address}\n订单系统已确认修改，发货时会按新地址寄出～`,
    cancelled: (id, paid) => `订单 ${id} 已取消，订单系统已确认。实付 ${paid} 会原路退回，到账时间以支付渠道为准。`,
    recorded: (kind, id, opens) => {
      const who = opens === undefined ? '客服同事会尽快处理' : `客服同事${opens ? ` ${opens} 上线后` : '上线后'}会第一时间处理`;
      const unchanged = kind === 'address' ? '订单地址还没有改' : '订单还没有取消';
      return `已为您登记${kind === 'address' ? '修改收货地址' : '取消订单'}的申请（订单 ${id}），需要人工处理，${who}，处理结果会在这里回复您。在同事确认之前，${unchanged}哦。`;
    },
  },
  products: {
    stock: { known: '有货', out: '暂时缺货', few: (left) => `仅剩${left}件`, plenty: '有现货' },
    separator: '：',
    colon: '：',
    listJoin: '、',
    options: (count) => ` 有${count}个规格`,
    specsLine: (list) => `规格：${list}`,
    priceLine: (price) => `价格：${price}`,
    restock: '缺货的款补货后会第一时间上架，可以在商品页点“到货提醒”。',
    stale: '（库存系统暂时连不上，以上库存可能不是最新的，以商品页为准）',
    group: (part, count) => `「${part}」有${count}款：`,
    groupEnd: '想看哪款的规格和库存，告诉我名字就好～',
  },
};

const enMonths = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** What the English messages tell a customer to reply for a person: the human button's text. */
const PERSON = 'talk to a person';

const en: CustomerMessages = {
  greeting: "Hello, I'm Xiaoer, the shop's assistant. How can I help you?",
  fallback: `Sorry, I didn't quite understand that. Could you put it another way? You can also reply "${PERSON}" to reach our customer service.`,
  clarify: (question) => `Did you mean "${question}"? Tap the question below to see the answer; if that's not it, try other words or reply "${PERSON}".`,
  handoff: "I'm connecting you to our customer service. Please wait a moment, someone will be with you shortly.",
  afterHours: (opens) => `Our customer service team is off duty right now. I've noted your request, and someone will contact you as soon as they are back${opens ? ` ${opens}` : ''}.`,
  apology: `Sorry, something went wrong on our side. Please try again in a moment, or reply "${PERSON}".`,
  human: { label: 'Talk to a person', text: 'Talk to a person' },
  thanks: "You're welcome! Message me any time you have a question.",
  declined: 'Sure. Message me any time you have a question.',
  praised: "Thank you, I'm glad you like it! Message me any time you have a question.",
  media: {
    image: `Thanks for the picture! I can't view pictures yet, so please describe the problem in words; if someone from our team should look at the picture, reply "${PERSON}".`,
    voice: "I can't listen to voice messages yet. Please type your question.",
    video: "I can't watch videos yet. Please describe the problem in words.",
    file: "Thanks for the file! I can't open files yet. Please describe the problem in words.",
    sticker: '😊 How can I help you?',
    link: 'Thanks for the link! What would you like to know about this product?',
  },
  rateLimited: "That's a lot of messages at once, and I need a moment to catch up. Please wait a minute before sending more.",
  rated: { good: 'Thank you for your rating, have a great day!', poor: "Thank you for your feedback, we'll work on it!" },
  serviceEnded: 'Our customer service has finished helping you. How did we do? Please reply with a rating from 1 to 5 (5 is best).',
  stillWaiting: "Someone from our team is on the way. Please bear with us a little longer; you can keep writing, and we'll see every message.",
  closedWhileWaiting: (opens) => `Our customer service team has finished for the day. Your request is noted, and someone will contact you as soon as they are back ${opens}.`,
  help: (topics) =>
    [
      topics.length ? `Just send me your question in your own words, for example about ${topics.join(', ')}.` : 'Just send me your question in your own words.',
      `For a person, reply "${PERSON}" or tap the button below.`,
    ].join('\n'),
  dates: {
    at: (d) => `${enMonths[d.month - 1]} ${d.day}, ${d.time}`,
    date: (d) => `${enMonths[d.month - 1]} ${d.day}`,
    day: (d) => `${WEEKDAYS.en.short[d.weekday]}, ${enMonths[d.month - 1]} ${d.day}`,
    near: { 0: 'today', 1: 'tomorrow', 2: 'the day after tomorrow', [-1]: 'yesterday' },
  },
  orders: {
    askOrderId: `Please send me your order number (you can copy it from "My orders") and I'll look it up right away. If it's hard to find, the phone number you ordered with works too.`,
    askLastFour: 'To protect your order details, please tell me the last 4 digits of the phone number on this order.',
    offerLookup: 'If you would like me to check your own order, just send me its order number.',
    notFound: `I couldn't find order details I can show you. Please check the order number and the last 4 digits of the phone number and send them again, or reply "${PERSON}" and our customer service will look it up.`,
    noOrdersForPhone: `I couldn't find any orders I can show you for this phone number. You can send me the order number instead (copy it from "My orders"), or reply "${PERSON}".`,
    tooMany: `That's a lot of lookups. To protect order details, please try again in an hour, or reply "${PERSON}" and our customer service will look it up.`,
    unavailable: `Sorry, I can't reach the order system right now, so I can't look up orders. Please ask me again in a few minutes, or reply "${PERSON}" and our customer service will look it up.`,
    addressKept: "OK, the address stays as it is; the order hasn't changed.",
    cancelKept: "OK, the order stays; it won't be cancelled. Message me any time you have another question.",
    trackingLost: "\n(The tracking system can't show the latest scans right now; ask me again in a little while.)",
    status: { pending: 'awaiting shipment', shipped: 'shipped', in_transit: 'in transit', out_for_delivery: 'out for delivery', delivered: 'delivered', cancelled: 'cancelled' },
    items: (first, count) => (count > 1 ? `${first} and more (${count} items)` : first),
    heading: (id, items) => `Order ${id}: ${items}`,
    statusLine: (status, paidAt) => `Status: ${status}${paidAt ? ` (paid ${paidAt})` : ''}`,
    preparing: "The warehouse is preparing it; once it ships I can show you the tracking number and the courier's scans.",
    courier: (courier) => `Courier: ${courier}`,
    latestScan: (scan) => `Latest scan: ${scan}`,
    noScanYet: "Latest scan: the courier hasn't updated it yet; the first scan usually appears within a few hours of pickup.",
    expected: (day) => `Expected delivery: ${day}`,
    deliveredAt: (at) => `Delivered: ${at}`,
    eta: {
      pending: (id) => `This order hasn't shipped yet; the warehouse is preparing it (order ${id}). Once it ships I can tell you the courier and the expected delivery date, just ask me.`,
      cancelled: (id) => `This order was cancelled (order ${id}) and won't be shipped.`,
      delivered: (id, at, scan) =>
        `The parcel has been delivered (order ${id})${at ? `, on ${at}` : ''}.${scan}\nIf you haven't got it, please check the parcel locker, the pickup point or your door; if you still can't find it, reply "${PERSON}".`,
      outForDelivery: (id, scan) => `The parcel is out for delivery today (order ${id}); the courier will bring it as soon as possible, please keep your phone at hand.${scan}`,
      onTheWay: (id, expected, scan) =>
        `${expected ?? "The courier hasn't given an expected delivery date yet; parcels usually arrive 2–3 days after shipping"} (order ${id}).${scan}\nBusy sales periods or the weather can add a little delay; the tracking information is the latest word.`,
    },
    list: (lines) => `Here are your recent orders:\n${lines.join('\n')}\nWhich one shall I look up? Reply with its number in the list or the order number.`,
    listLine: (n, id, orderedOn, items, status) => `${n}. ${id} · ordered ${orderedOn} · ${items} · ${status}`,
    button: (lastFour, status) => `Order …${lastFour} (${status})`,
  },
  changes: {
    alreadyCancelled: (id, kind) => `Order ${id} has already been cancelled, so ${kind === 'address' ? 'the address needs no change' : 'there is nothing more to do'}.`,
    deliveredAddress: (id) => `Order ${id} has already been delivered, so its address can't be changed any more. If it went to the wrong place, reply "${PERSON}" and I'll ask a colleague to check.`,
    deliveredCancel: (id) => `Order ${id} has already been delivered, so it can't be cancelled. If you don't want it, you can ask for a return and refund under "My orders".`,
    addressAfterShipping: (id, courier, trackingNo) =>
      `Order ${id} has already shipped (${courier ?? 'courier'}${trackingNo ? ` ${trackingNo}` : ''}). A new address means asking the courier to redirect it, which may not work and may cost a redirection fee. Please send me the new recipient, phone number and full address in one message, and I'll pass it to a colleague to contact the courier.`,
    addressBeforeShipping: (id) => `Order ${id} hasn't shipped yet, so the address can be changed. Please send me the new recipient, phone number and full address in one message.`,
    // The words the order dialogue reads as a yes or a no (order-intent.ts confirmationIn).
    confirmCancel: (id, items, paid) => `Cancel order ${id} (${items}, paid ${paid})? Reply "yes" and I'll cancel it, or "no" to keep the order.`,
    addressChanged: (id, address) => `Done: the delivery details of order ${id} are now:\n${address}\nThe order system confirmed the change, and the parcel will go to the new address.`,
    cancelled: (id, paid) => `Order ${id} is cancelled; the order system confirmed it. The ${paid} you paid goes back the way you paid; when it arrives depends on your payment provider.`,
    recorded: (kind, id, opens) => {
      const who = opens === undefined ? 'a colleague will handle it as soon as possible' : `a colleague will handle it as soon as they are back${opens ? ` ${opens}` : ''}`;
      const unchanged = kind === 'address' ? 'the address has not been changed' : 'the order has not been cancelled';
      return `I've noted your request to ${kind === 'address' ? 'change the delivery address' : 'cancel the order'} (order ${id}). It needs a person: ${who}, and you'll get the result here. Until a colleague confirms, ${unchanged}.`;
    },
  },
  products: {
    stock: { known: 'available', out: 'out of stock for now', few: (left) => `only ${left} left`, plenty: 'in stock' },
    separator: ': ',
    colon: ':',
    listJoin: ', ',
    options: (count) => ` comes in ${count} options`,
    specsLine: (list) => `Options: ${list}`,
    priceLine: (price) => `Price: ${price}`,
    restock: 'Anything out of stock goes back on sale as soon as it is restocked; tap "notify me" on the product page to hear when.',
    stale: "(The stock system can't be reached right now, so the stock above may be out of date; the product page has the latest.)",
    group: (part, count) => `${count} products match "${part}":`,
    groupEnd: 'Tell me the name of one to see its options and stock.',
  },
};

export function messagesFor(language: Language): CustomerMessages {
  return language === 'en' ? en : zh;
}

/** The table for this turn's customer. */
export function messagesTo(turn: Turn): CustomerMessages {
  return messagesFor(customerLanguage(turn));
}

/**
 * The shop's own wording from shop.yaml (greeting, fallback, handoff, apology) when it is written in the
 * customer's language — or has no words to be in either —, else the built-in message in theirs: a
 * Chinese shop's "正在为您转接…" would leave an English customer guessing.
 */
export function shopWording(shop: Shop, key: 'greeting' | 'fallback' | 'handoff' | 'apology', language: Language): string {
  const own = shop[key];
  return own && (languageIn(own) ?? language) === language ? own : messagesFor(language)[key];
}
