// The point a question turns on, which the entry it matches must speak of to answer it. Some questions
// ask one particular thing of a topic the knowledge has: whether the points can go to someone else
// (积分能转到我老婆的账号上吗, can I transfer my reward points to my sister's account?), whether an invoice
// already issued can be redone (发票抬头开错了 能作废重开吗) or say 办公用品, how to change the e-mail address
// one logs in with, whether points expire or an expired coupon can be given again, what paying in
// instalments costs, whether a part is sold on its own, a discount for students or the forces, a job
// with the shop, parking, recycling, a PO box, a gift card's refund or e-mail, paying one order two
// ways, a holiday's opening, a dog in the shop, a credit check, a return's tracking, renting, card details
// kept, a refund to a closed card, paying for someone else, a repair out of warranty, a gift card's
// balance, a delivery's time of day, something bought elsewhere, wheelchair access, an app, a referral,
// something lost and issued again, becoming a reseller, collection by someone else, insurance, a
// subscription as a present, payment terms, another currency, one's points balance, an extended
// warranty, the old one taken away, what becomes of a trade-in, an engraving's font, a coupon given back
// on a refund, an HSA or FSA, tracking by text, a parcel left with a neighbour, a weekend or evening
// delivery. The entry on the points, the invoice, changing an order,
// discounts, instalments, the product or the shop's hours matches such a question well, and says how to
// earn or use points, how to ask for an invoice, how to change an order, which codes there are, how to
// use the product, when the shop is open: not the point asked. Only an entry that speaks of the point
// answers (转赠, 仅限本人使用, transferable; 重开, 作废; 有效期, 清零; 手续费, 免息; 单独购买, spares);
// otherwise it is a question the knowledge does not answer, better handed on than answered beside the
// point.

import { isAsking } from './question-focus.js';

interface Point {
  /** The question asks the point, in English; in Chinese (none: the point is not read in Chinese). */
  asksEn: RegExp;
  asksZh?: RegExp;
  /** An entry (its questions and answer, normalised) speaks of it, in either language. */
  speaks: RegExp;
}

const POINTS: readonly Point[] = [
  // Passing it to another person: transferred to someone (not a payment by bank transfer), points
  // moved over, the warranty and the new owner; 转给 / 转到 / 转送 someone or their account, 过户.
  {
    asksEn:
      /\btransfer(?:s|red|ring)?\b[^.?!]{0,40}\bto (?:my|his|her|their|a|another|someone|somebody|him|them)\b|\btransferable\b|\bmove (?:my |the |our )?(?:\w+ ){0,2}(?:points|credit|balance|rewards?)\b|\bpass(?:ed|es)? (?:it |them |this |that )?on\b|\bnew owner\b|\bgo with (?:it|them)\b[^.?!]{0,30}\b(?:sell|someone)\b|\bsell (?:it|my \w+)\b[^.?!]{0,40}\bwarranty\b|\bwarranty\b[^.?!]{0,40}(?<!\b(?:you|u|we|they) )\bsell\b|\bwarranty\b[^.?!]{0,20}\bpass(?:es)? to\b|\bgive (?:it|them|my \w+|the \w+) to (?:my|a|her|his) \w+\b[^.?!]{0,40}\bwarranty\b|\b(?:combine|merge|pool)\b[^.?!]{0,20}\b(?:points|rewards|accounts|balances)\b/u,
    asksZh:
      /转(?:给|送给?|赠给?|让给?|到)[^,.!?;，。！？]{0,6}?(?:朋友|好友|别人|他人|家人|家里人|老婆|老公|闺蜜|妈|爸|弟|妹|哥|姐|同学|同事|亲戚|的账号|的账户|名下)|过户|(?:送|给)(?:朋友|别人|家人|老婆|老公|闺蜜|我妈|我爸)(?:用|使用)/u,
    speaks:
      /\btransfer\w*|\bpass(?:ed|es)? on\b|\b(?:new|second|original|registered) (?:owner|purchaser|buyer)\b|\bsomeone else\b|\banother (?:person|account|member|customer)\b|\bother (?:people|accounts?|members?)\b|\bshar(?:e|ed|ing)\b|\baccount holder\b|\bnon-?transferable\b|\bmerg(?:e|ed|ing) (?:accounts|points)\b|转赠|转让|转给|转送|转到|转移|过户|他人|别人|本人|仅限|赠送给|共享|合并/u,
  },
  // An invoice issued wrong and redone: 抬头写错了 能作废重开吗, can you reissue the invoice with our company name.
  {
    asksEn: /\b(?:reissue|re-issue|redo|correct|amend|fix)\b[^.?!]{0,25}\b(?:invoice|receipt)\b|\b(?:invoice|receipt)\b[^.?!]{0,40}\b(?:wrong|incorrect|mistake|reissued?|re-issued?|corrected|amended)\b/u,
    asksZh: /(?:发票|抬头|税号)[^,.!?;，。！？]{0,10}(?:重开|重新开|作废|换开|红冲|开错|写错|填错|(?:改|修改|更改)(?:抬头|税号))|(?:重开|重新开|换开|红冲)[^,.!?;，。！？]{0,4}(?:发票|一张)/u,
    speaks: /\b(?:reissu\w*|re-issu\w*|correct\w*|amend\w*|wrong|mistake\w*|chang\w*|edit\w*|updat\w*|new invoice)\b|重开|重新开|作废|换开|红冲|修改|更改|更正|改|错/u,
  },
  // The e-mail address one logs in with changed (not a password reset, nor the order's confirmation e-mail).
  {
    asksEn: /\b(?:change|update|edit|correct|switch|amend)\s+(?:the|my|our)\s+e-?mail(?: address| adress)?\b/u,
    asksZh: /(?:改|换|更改|修改)[^,.!?;，。！？]{0,4}(?:登录|绑定)?的?邮箱/u,
    speaks: /\b(?:e-?mail (?:address|adress)|log ?in|sign ?in|account (?:details|settings|email|e-mail|profile)|profile)\b|邮箱|账号设置|账户设置|个人资料|个人信息/u,
  },
  // What the invoice says it is for (发票内容能开成办公用品吗): not how to ask for one.
  {
    asksEn: /\b(?:invoice|receipt)\b[^.?!]{0,30}\b(?:say|list|show|read|describe)\w*\b[^.?!]{0,20}\b(?:office supplies|stationery|general|generic)\b/u,
    asksZh: /(?:发票|开票)[^,.!?;，。！？]{0,12}(?:开成|写成|只开|只写|开|写)[^,.!?;，。！？]{0,4}[“"]?(?:办公用品|劳保用品|办公耗材|日用品|礼品)|(?:发票|开票)(?:内容|品名|名称|明细)[^,.!?;，。！？]{0,6}(?:开成|写成|改成|能|可以)/u,
    speaks: /\b(?:office supplies|description|line items?|itemi[sz]ed)\b|发票内容|开票内容|明细|品名|商品名称|办公用品|类目/u,
  },
  // A coupon or gift card expired, extended or given again (券过期了还能补一张吗, can you extend it?).
  {
    asksEn:
      /\b(?:extend|reinstate|reactivate|renew|restore|reissue)\b[^.?!]{0,30}\b(?:coupons?|(?:discount|promo|coupon|voucher) codes?|vouchers?|gift cards?|points|store credit)\b|\b(?:coupons?|(?:discount|promo|coupon|voucher) codes?|vouchers?|gift cards?|points|store credit)\b[^.?!]{0,40}\b(?:expired|ran out|run out)\b[^.?!]{0,50}\b(?:extend|reinstate|reactivate|again|new one|another one)\b/u,
    asksZh: /(?:券|红包|积分|礼品卡)[^,.!?;，。！？]{0,12}过期[^.!?。！？]{0,14}(?:延期|延长|恢复|补|再发|重新发)|(?:延期|延长|恢复|补发)[^,.!?;，。！？]{0,6}(?:券|优惠券|红包)/u,
    speaks: /\b(?:extend\w*|extension|reinstat\w*|reactivat\w*|reissu\w*|expired|expiry)\b|延期|延长|恢复|补发|补一张|重新发|过期|失效|不补/u,
  },
  // Whether points, coupons or gift cards expire (积分会清零吗, do my rewards points expire?).
  {
    asksEn: /\b(?:points|rewards|credit|gift cards?|vouchers?|coupons?|store credit)\b[^.?!]{0,25}\b(?:expire|expiry|expiration|run out|valid for)\b/u,
    asksZh: /(?:积分|优惠券|券|礼品卡|余额|红包)[^,.!?;，。！？]{0,10}(?:会过期|过期吗|过不过期|有效期|清零|失效)/u,
    speaks: /\b(?:expir\w*|valid|validity|never expire|months?|years?|days)\b|过期|有效期|有效|清零|失效|天内|个月|年内|长期/u,
  },
  // The fee or interest of paying in instalments (分期手续费多少, 有免息的吗), and paying it off early.
  {
    asksEn: /\b(?:interest|fees?|charges?|apr)\b[^.?!]{0,25}\b(?:instal\w*|financ\w*|monthly payments?|klarna|afterpay|affirm|pay in \w+)\b|\b(?:instal\w*|financ\w*|klarna|afterpay|affirm)\b[^.?!]{0,25}\b(?:interest|fees?|apr)\b/u,
    asksZh: /(?:分期|\d+期)[^,.!?;，。！？]{0,8}(?:手续费|利息|费率|免息)|(?:手续费|利息|免息)[^,.!?;，。！？]{0,8}(?:分期|\d+期)/u,
    speaks: /\b(?:interest|fees?|apr|charges?|interest-free|0%)|手续费|利息|免息|费率|0息/u,
  },
  // …and paying them off early (花呗分期能提前还清吗).
  {
    asksEn: /\bpay (?:it |them |the (?:rest|balance|loan|plan) )?off early\b|\bearly (?:repayment|payoff|settlement)\b/u,
    asksZh: /提前(?:还|结清|还清|一次性)|一次性(?:还清|结清)/u,
    speaks: /\b(?:early|off early|settle)\b|提前|一次性|结清/u,
  },
  // A part or accessory bought on its own (硅胶圈丢了能单独买一个吗, do you sell the batteries on their own?).
  // An entry on what comes with the product answers it too (does it come with bulbs or do I buy them separately?).
  {
    asksEn: /\b(?:sell|buy|order|get)\b[^.?!]{0,30}\b(?:separately|on (?:its|their) own|by (?:itself|themselves))\b|\bsold separately\b/u,
    asksZh: /单独(?:买|卖|购买|出售|拍|下单)|(?<![下订落买])单(?:买|卖)/u,
    speaks: /\b(?:separately|on (?:its|their) own|spares?|replacements?|accessor\w*|refills?|comes? with|sold without|(?:is|are|not) included)\b|单独|单买|单卖|另购|另外购买|另售|配件|替换|补充装|备用/u,
  },
  // A gift card: its money back (can I get a refund on a gift card?: the entry must speak of both, not
  // only of refunds), its e-mail sent again (I deleted the e-mail with my gift card code).
  {
    asksEn: /\brefund\w*\b[^.?!]{0,25}\bgift ?cards?\b|\bgift ?cards?\b[^.?!]{0,25}\brefund\w*|\bgift ?cards?\b[^.?!]{0,30}\bcash\b|\bcash\b[^.?!]{0,20}\bgift ?cards?\b|\breturn (?:a |the |my )?gift ?cards?\b/u,
    asksZh: /(?:礼品卡|购物卡|储值卡)[^,.!?;，。！？]{0,8}(?:退款|退钱|能退|可以退)/u,
    speaks: /^(?=[\s\S]*(?:\bgift ?cards?\b|礼品卡|购物卡|储值卡))(?=[\s\S]*(?:\brefund\w*|\bnon-?refundable\b|\bcash\b|退款|不退|不可退|兑现|提现))/u,
  },
  {
    asksEn: /\b(?:resend|re-send|send (?:it|the \w+) again|lost|deleted?|spam)\b[^.?!]{0,40}\b(?:gift ?card|e-gift)|\b(?:gift ?card|e-gift)\b[^.?!]{0,40}\b(?:e-?mail)\b[^.?!]{0,40}\b(?:deleted|lost|spam|resend|again|wrong)\b/u,
    speaks: /\b(?:resend\w*|re-send\w*|again|lost|spam|junk)\b/u,
  },
  // One order paid two ways (two gift cards, part gift card and the rest by PayPal, 一部分花呗一部分储蓄卡).
  {
    asksEn: /\b(?:two|2|multiple|several|more than one)\s+(?:different\s+)?(?:gift ?cards?|credit cards?|debit cards?|cards|payment methods)\b|\bsplit (?:the )?payment\b[^.?!]{0,30}\b(?:between|across)\b|\bpart of (?:my|the|an) order with\b|\bthe rest (?:with|by|on)\b/u,
    asksZh: /一部分[^,.!?;，。！？]{0,12}一部分|组合支付|混合支付|两张(?:银行)?卡|分开付/u,
    speaks: /\b(?:combin\w*|multiple|more than one|two|split|together|partial\w*|remaining|balance)\b|组合|混合|多张|一起|分开/u,
  },
  // Open on a bank or public holiday (are your phone lines open on the bank holiday Monday?).
  {
    asksEn: /\b(?:bank|public|national) holidays?\b|\bholidays?\b[^.?!]{0,20}\bopen\b|\bopen\b[^.?!]{0,25}\bholidays?\b/u,
    speaks: /\bholidays?\b|\bchristmas\b|\beaster\b|\bclosed on\b/u,
  },
  // A dog in the shop (can I bring my dog in?, are dogs allowed in your store?).
  {
    asksEn: /\b(?:dogs?|pets?|puppy)\b[^.?!]{0,25}\b(?:allowed|welcome|in (?:the|your) (?:shop|store|showroom|studio|nursery))\b|\bbring (?:my|our|the) (?:dog|pup|puppy|pets?)\b/u,
    asksZh: /(?:带|牵)(?:狗|宠物|猫)[^,.!?;，。！？]{0,6}(?:进|去)(?:店|门店)/u,
    speaks: /\b(?:dogs?|pets?|dog-friendly|pet-friendly)\b|宠物|狗/u,
  },
  // Parking at the shop (is there parking near the showroom?, 门店好停车吗; not a dashcam's parking mode).
  {
    asksEn: /\bparking\b(?! (?:mode|monitor\w*|sensors?|brake))|\bpark (?:my|the|our|a) car\b/u,
    asksZh: /好停车|停车(?:场|位|方便|收费|费|免费)/u,
    // (Not a park in an address: Kirkstall Trade Park.)
    speaks: /\bparking\b|\bcar ?parks?\b|\bpark(?:ed)? (?:outside|nearby|on[- ]site|for free|free|right|behind|in front)\b|停车/u,
  },
  // Recycling and plastic-free packaging (is your packaging plastic-free?, do you recycle old glasses?).
  {
    asksEn: /\brecycl\w*|\bcompostable\b|\bplastic[- ]free\b|\bbiodegradable\b/u,
    asksZh: /可降解|环保包装|包装[^,.!?;，。！？]{0,6}(?:环保|可降解)|旧[^,.!?;，。！？]{0,8}(?:回收|收走|拉走)(?:吗|不|么|嘛)|你们回收(?:吗|不|么|嘛)|收不收旧/u,
    speaks: /\b(?:recycl\w*|compost\w*|plastic|biodegradable|sustainab\w*|eco[- ]friendly|take[- ]back)\b|环保|可降解|回收/u,
  },
  // Delivery to a PO box or a forces address (APO/FPO), or a parcel locker.
  {
    asksEn: /\b(?:p\.?\s?o\.?\s?box(?:es)?|apo|fpo|dpo|post office box(?:es)?|parcel lockers?)\b/u,
    // (None in Chinese: 快递柜 and 驿站 are asked of every delivery, and its entry seldom names them.)
    speaks: /\b(?:p\.?\s?o\.?\s?box(?:es)?|apo|fpo|dpo|post office box(?:es)?|parcel lockers?|military)\b/u,
  },
  // A job with the shop: are you hiring?, part-time work, 招不招兼职客服, 我想应聘 (not 招不招代理, a reseller).
  {
    asksEn:
      /\b(?:are you|r u|are you guys|is (?:the|your) \w+) hiring\b|\b(?:apply for|looking for) (?:a |some )?(?:part[- ]time |full[- ]time |summer |seasonal )?(?:job|work|position)\b|\bopenings? for\b[^.?!]{0,30}\bjobs?\b|\bwork (?:for|at|with) you\b|\b(?:part[- ]time|seasonal|summer) (?:job|jobs|work|positions?)\b|\b(?:are you|r u) (?:looking for|recruiting) (?:\w+ ){0,2}(?:mechanics|staff|workers|people|drivers|assistants|technicians|fitters)\b/u,
    asksZh: /招(?:不招|人|聘|兼职|学徒|客服|模特|[^,.!?;，。！？]{0,4}(?:师傅|员工|店员|司机|工人))(?![^,.!?;，。！？]{0,4}(?:代理|分销|加盟))|兼职(?!代理)|应聘|学徒|简历|找工作|接点活|接活/u,
    speaks:
      /\b(?:hiring|jobs?|careers?|vacanc\w*|recruit\w*|apply|applications?|cv|resume|join (?:our|the) team)\b|招聘|招人|简历|岗位|兼职|应聘|求职|加入我们/u,
  },
  // A credit check of paying later (does Klarna do a credit check?, 分期查征信吗).
  {
    asksEn: /\bcredit (?:checks?|search(?:es)?|scores?|ratings?|history|files?|reports?)\b|\b(?:hard|soft) (?:checks?|search(?:es)?|pulls?|inquir(?:y|ies)|enquir(?:y|ies))\b|\b(?:hurt|affect|impact|damage)\w* my credit\b/u,
    asksZh: /征信|信用记录|信用分/u,
    speaks: /\bcredit (?:checks?|search(?:es)?|scores?|ratings?|history|files?|reports?)\b|\b(?:hard|soft) (?:checks?|search(?:es)?|pulls?|inquir(?:y|ies)|enquir(?:y|ies))\b|征信|信用/u,
  },
  // Following a return on its way back (how can I track the return I posted?): not the order's tracking.
  {
    asksEn: /\btrack\w*\b[^.?!]{0,20}\b(?:my|the|a|this|that|our) returns?\b|\b(?:my|the) return(?:ed (?:parcel|package|item)s?)?\b[^.?!]{0,40}\b(?:track\w*|arrived|received)\b/u,
    asksZh: /(?:退货|退回|寄回)[^,.!?;，。！？]{0,10}(?:物流|到哪|查一下|查询|跟踪)/u,
    speaks: /\b(?:returns?|returned|sent back)\b|退货|退回|寄回/u,
  },
  // Renting rather than buying (can I rent one?, 可以租琴吗 按月付租金): not instalments.
  {
    asksEn: /\b(?:rent|rental|rentals|hire|lease|leasing)\b/u,
    asksZh: /(?:可以|能|能不能|可不可以|想|给)租|租(?:赁|金|用|一[台把个架])|出租/u,
    speaks: /\b(?:rent\w*|hire|lease\w*|leasing)\b|租/u,
  },
  // Card details kept for next time (do you save my card number?).
  {
    asksEn: /\b(?:save|saves|saved|store|stores|stored|keep|keeps|remember)\b[^.?!]{0,15}\b(?:card|cards|card details|card numbers?|payment (?:details|info\w*|methods?))\b/u,
    asksZh: /(?:保存|记住|存)[^,.!?;，。！？]{0,4}(?:银行卡|卡号|信用卡|支付信息)/u,
    speaks: /\b(?:sav(?:e|ed|es|ing)|stor(?:e|ed|es|ing)|encrypt\w*|pci|tokeni[sz]\w*|secure\w*)\b|保存|存储|加密|安全/u,
  },
  // A refund when the card paid with is closed (原来付款的银行卡已经注销了, my card has been cancelled since).
  {
    asksEn: /\b(?:card|bank account)\b[^.?!]{0,30}\b(?:closed|cancell?ed|expired|blocked|frozen|no longer (?:active|valid|works?|exists?))\b/u,
    asksZh: /(?:银行卡|信用卡|储蓄卡|卡)[^,.!?;，。！？]{0,8}(?:注销|销户|挂失|冻结|过期|停用|不用了)/u,
    speaks: /\b(?:closed|cancell?ed|expired|blocked|no longer|invalid)\b|注销|销户|挂失|冻结|过期|失效|停用/u,
  },
  // Paid by someone else (能让我爸用他的花呗帮我付吗, can my mum pay for my order?): the entry on paying must speak of it.
  {
    asksEn: /\b(?:someone else|somebody else|my (?:mum|mom|dad|father|mother|parents?|partner|husband|wife|friend)) (?:to )?pay (?:for (?:it|me|my \w+)|it)\b|\bpay for (?:someone else'?s|another person'?s) order\b/u,
    asksZh: /代付|(?:让|叫|请)(?:我)?(?:爸|妈|老公|老婆|朋友|家人|同事|别人)[^,.!?;，。！？]{0,10}(?:帮我|替我|给我)?(?:付|支付|买单)|(?:帮我|替我)(?:付款|支付|付钱|买单)/u,
    speaks: /\b(?:someone else|another person|third party|on behalf|gift)\b|代付|他人|亲友|好友|朋友|家人/u,
  },
  // A repair once the warranty is over (过了保修期 付费修一次多少钱, what does a repair cost out of warranty?).
  {
    asksEn: /\bout of (?:the )?(?:warranty|guarantee)\b|\b(?:warranty|guarantee) (?:has |is |had )?(?:expired|ended|run out|ran out|over)\b|\bafter the (?:warranty|guarantee) (?:ends|expires|runs out|is over)\b/u,
    asksZh: /过了保修期|保修期(?:外|过了|已过|到了|已经过)|过保|出保/u,
    speaks: /\bout of (?:the )?(?:warranty|guarantee)\b|\b(?:paid|chargeable) repairs?\b|\bexpired\b|保外|过保|保修期外|过了保修期|付费维修|收费维修|有偿维修|出保/u,
  },
  // A gift card's balance (how do I check the balance on my gift card?).
  {
    asksEn: /\bbalance\b[^.?!]{0,25}\bgift ?cards?\b|\bgift ?cards?\b[^.?!]{0,25}\bbalance\b|\bhow much (?:is )?(?:left|remaining) on (?:my|the|a) (?:gift ?card|voucher)\b/u,
    asksZh: /(?:礼品卡|购物卡|储值卡)[^,.!?;，。！？]{0,6}余额|余额[^,.!?;，。！？]{0,6}(?:礼品卡|购物卡|储值卡)/u,
    speaks: /\bbalance\b|\bremaining\b|余额/u,
  },
  // A time of day for delivery (can I pick a delivery window, like after 5 pm?; 能指定几点送吗).
  {
    asksEn: /\b(?:delivery|time) (?:window|slot)s?\b|\b(?:pick|choose|select|book|request|specify) (?:a |the )?(?:specific |delivery )?time\b|\b(?:deliver|delivery|come|arrive)\w*\b[^.?!]{0,25}\b(?:after|before) \d{1,2}(?::\d\d)? ?(?:am|pm)\b/u,
    asksZh: /指定[^,.!?;，。！？]{0,4}(?:几点|时间段|时段|时间送|送达时间)|(?:几点到几点|时间段)[^,.!?;，。！？]{0,4}(?:送|配送|到)/u,
    speaks: /\b(?:window|slot|time of day|specific time|am|pm|morning|afternoon|evening|timed)\b|时间段|时段|几点|上午|下午|晚上|指定/u,
  },
  // A service for something bought elsewhere (我在别家买的AJ 能帮我鉴定吗, can you repair a phone I bought
  // elsewhere?): not a part to fit it, nor a story (之前在别家买的垫子太薄了).
  {
    asksEn: /^(?=.*\b(?:repair|fix|service|servicing|authenticate|clean|dry clean|wash|resole|warranty|look at)\b).*(?:\b(?:bought|purchased|got|ordered) (?:it |them |this |that |one |mine )?(?:elsewhere|somewhere else|from (?:another|a different) (?:shop|store|retailer|seller|website)|(?:from|on) (?:amazon|ebay|etsy|vinted|depop))\b|\bnot (?:bought|purchased) (?:it |them )?(?:from|with) you\b|\bnot one of yours\b|\b(?:post|send|bring) (?:in )?(?:my|our) own\b)/u,
    asksZh: /^(?=.*(?:修|鉴定|保养|清洗|售后|保修|翻新|检测)).*(?:别家|别的店|别人家|其他店|其它店|其他家|外面|别处|其他地方|其它地方|其他平台|不是在你们家|不是你们家|不是在你们这|不是在这)[^,.!?;，。！？]{0,6}买的/u,
    speaks: /\b(?:elsewhere|other (?:retailers?|shops?|stores?)|another (?:shop|store|retailer)|not (?:bought|purchased) from us|any brand|third[- ]party|wherever)\b|别家|其他渠道|非本店|外购|其他店|别处|任何品牌|不限品牌|外面买/u,
  },
  // Access for a wheelchair (is the shop wheelchair accessible?, 门店有无障碍通道吗).
  {
    asksEn: /\bwheelchairs?\b|\b(?:wheelchair|disabled|step[- ]free) access\w*\b|\baccessible\b[^.?!]{0,20}\b(?:shop|store|showroom|building|entrance|for)\b/u,
    asksZh: /轮椅|无障碍/u,
    speaks: /\b(?:wheelchairs?|accessib\w*|step[- ]free|ramps?|lifts?|elevators?|disabled)\b|轮椅|无障碍|电梯|坡道/u,
  },
  // An app to download (is there an app I can order from?, 有app吗).
  {
    asksEn: /\b(?:mobile|phone|iphone|android|an) app\b|\bapp store\b|\bdownload (?:an? |your |the )?app\b|\bapp (?:to|for|i can) (?:order|track|download)\b/u,
    asksZh: /(?:有没有|有|下载|用)(?:手机)?(?:app(?![a-z])|客户端|小程序)/u,
    speaks: /\bapps?\b|客户端|小程序/u,
  },
  // Referring a friend (how many points do I get for referring a friend?, 邀请好友有奖励吗).
  {
    asksEn: /\brefer(?:ral|rals|ring|red)?\b|\brefer-a-friend\b/u,
    asksZh: /推荐好友|邀请好友|拉新|推荐朋友|邀请朋友/u,
    speaks: /\brefer\w*|\binvit\w*|推荐|邀请|拉新/u,
  },
  // Something lost and issued again (鉴定证书弄丢了还能补一张吗, 激活码丢了还能找回来吗, I lost my receipt).
  {
    asksEn: /\blost\b[^.?!]{0,30}\b(?:replace\w*|another|new one|again|reissue\w*|re-issue\w*|resend|copy)\b|\b(?:replace\w*|reissue|another copy of)\b[^.?!]{0,20}\blost\b/u,
    asksZh: /(?:丢了|弄丢|丢失|找不到了|遗失|扔了)[^。？！!?]{0,12}(?:补|重新|再发|找回|再给)|(?:卡|单|凭证|证书|发票)(?:找不着|找不到|弄丢|丢失|丢)了[^。？！!?]{0,8}(?:还能|还可以|能不能|可不可以)/u,
    speaks: /\b(?:lost|replacement|reissu\w*|re-issu\w*|resend|copy|copies|duplicate)\b|丢失|遗失|补发|补办|补开|找回|重新发|丢了/u,
  },
  // Becoming a reseller (想做你们家的分销代理, can I stock your products in my shop?).
  {
    asksEn: /\b(?:become|be) (?:a |an )?(?:reseller|stockist|distributor|dealer|affiliate|agent)\b|\b(?:stock|sell) your (?:products|items|brand|stuff)\b/u,
    asksZh: /(?:做|当|申请)[^,.!?;，。！？]{0,6}(?:代理|分销|加盟|经销商)|招代理|招分销/u,
    speaks: /\b(?:resell\w*|stockists?|distribut\w*|dealers?|affiliat\w*|agents?|wholesale|trade accounts?|partner\w*)\b|代理|分销|加盟|经销|批发|合作/u,
  },
  // Collected by someone else (can my son pick the bike up for me?, 能让朋友帮我去取吗).
  {
    asksEn: /\b(?:someone else|somebody else|my (?:son|daughter|wife|husband|partner|friend|mum|mom|dad|neighbou?r|colleague)|a friend)\b[^.?!]{0,25}\b(?:pick (?:it |them |the \w+ |my \w+ )?up|collect)\b/u,
    asksZh: /(?:让|叫|请)(?:我)?(?:朋友|家人|老公|老婆|同事|别人|爸|妈|儿子|女儿)[^,.!?;，。！？]{0,6}(?:帮我)?(?:去)?(?:取|拿|提货|自提)/u,
    speaks: /\b(?:someone else|another person|on your behalf|nominate\w*|authori[sz]\w*|photo id|id)\b|代取|他人|本人|代领|委托/u,
  },
  // Insurance taken out with the purchase (can I take out bike insurance through you?).
  {
    asksEn: /\binsurance\b/u,
    speaks: /\binsur\w*/u,
  },
  // A subscription given as a present (can I buy the coffee subscription as a present for my dad?).
  {
    asksEn: /\bsubscriptions?\b[^.?!]{0,40}\bas an? (?:gift|present)\b|\bgift (?:a |the |my )?subscriptions?\b|\bsubscriptions?\b[^.?!]{0,10}\bfor someone else\b/u,
    asksZh: /(?:订阅|包月|月卡)[^,.!?;，。！？]{0,10}(?:送人|送给|当礼物)|(?:送人|送给[^,.!?;，。！？]{0,4})[^,.!?;，。！？]{0,6}(?:订阅|包月)/u,
    speaks: /\b(?:gift\w*|presents?|someone else)\b|送人|礼物|赠送/u,
  },
  // Paying later on terms (can you invoice us on 30-day terms?, 能月结吗).
  {
    // (Not "on account" alone: edit information on account.)
    asksEn: /\b(?:\d+|thirty|sixty|ninety)[- ]day (?:payment |credit )?terms\b|\bnet ?\d{2}\b|\b(?:credit|payment) terms\b/u,
    // (Not 下个月结婚.)
    asksZh: /账期|(?<![个一二三四五六七八九十几每])月结(?!婚|束|果)|先货后款|先发货后付款/u,
    speaks: /\bterms\b|\bnet ?\d{2}\b|\bon account\b|\bcredit accounts?\b|账期|月结|先货后款/u,
  },
  // Paying in another currency (can I pay in euros instead of pounds?).
  {
    asksEn: /\bpay (?:in|with) (?:euros?|dollars?|pounds?|usd|eur|gbp|aud|cad|nzd|yen|rmb|yuan)\b|\bcurrenc(?:y|ies)\b/u,
    asksZh: /(?:美元|欧元|港币|外币|日元|英镑)(?:付|支付|结算)|币种/u,
    speaks: /\bcurrenc\w*|\b(?:euros?|dollars?|pounds?|usd|eur|gbp|aud|cad|nzd)\b|币种|外币|美元|欧元|港币|英镑/u,
  },
  // How many points one has (how many reward points have I got right now?, 我有多少积分在哪看).
  {
    asksEn: /\bhow many (?:\w+ ){0,3}points (?:have i got|do i have|i have|i've got|are (?:on|in) my)\b|\b(?:points|rewards) balance\b|\bcheck (?:my|how many) (?:reward |rewards |loyalty )?points\b/u,
    asksZh: /(?:我有|还有|还剩|剩)多少积分|积分(?:余额|还剩多少|还有多少|在哪看|在哪里看|怎么查)|查(?:一下|下)?积分/u,
    speaks: /\b(?:balance|account|dashboard|app)\b|余额|账户|个人中心|会员中心|我的积分|查看|查询/u,
  },
  // A warranty bought longer (can I buy an extended warranty?, 能买延保吗).
  {
    asksEn: /\bextended (?:warrant(?:y|ies)|guarantee)\b|\bextend (?:the |my )?(?:warranty|guarantee)\b|\bwarranty extension\b/u,
    asksZh: /延保|延长保修|加长保修|保修(?:能|可以)?延长/u,
    speaks: /\bextend\w*|\bextension\b|\badditional years?\b|延保|延长|加长/u,
  },
  // The old one taken away on delivery (can they take my old garden furniture away?).
  {
    asksEn: /\btake (?:my |the |our )?old \w+(?: \w+)? away\b|\btake away (?:my |the |our )?old\b|\bhaul (?:away|off)\b|\b(?:remove|dispose of|get rid of) (?:my |the |our )?old\b/u,
    speaks: /\b(?:old (?:one|ones|\w+)|remov\w*|dispos\w*|take away|taken away|haul\w*|recycl\w*)\b/u,
  },
  // What becomes of what was traded in (以旧换新收走的旧床垫你们拿去干嘛了, 会不会翻新再卖).
  {
    asksEn: /\bwhat (?:happens|do you do) (?:to|with) (?:the |my |our )?(?:old|traded[- ]in|trade-ins?)\b/u,
    // (Not 回收的时候, when it is traded in.)
    asksZh: /(?:收走|回收|换走)(?:来)?的(?!时候)[^,.!?;，。！？]{0,6}(?:怎么处理|拿去干嘛|去哪了|最后|翻新|再卖|捐)/u,
    speaks: /\b(?:refurbish\w*|recycl\w*|donat\w*|resold|resell\w*|responsibly)\b|翻新|捐|环保|拆解|再利用|再生|处理/u,
  },
  // The font of an engraving (刻字的字体能选吗, which fonts can you engrave in?).
  {
    asksEn: /\bfonts?\b|\btypefaces?\b/u,
    asksZh: /字体/u,
    speaks: /\bfonts?\b|\btypefaces?\b|\bscript\b|\bblock capitals\b|字体|楷体|宋体|手写体|行书|隶书/u,
  },
  // A coupon given back when the order is refunded (退款的时候用掉的优惠券会退回来吗).
  {
    asksEn: /\b(?:coupons?|vouchers?|discount codes?|promo codes?)\b[^.?!]{0,30}\b(?:back|returned|reinstated|restored)\b[^.?!]{0,30}\b(?:refund\w*|return\w*|cancel\w*)\b|\b(?:refund\w*|return\w*|cancel\w*)\b[^.?!]{0,30}\b(?:coupons?|vouchers?|discount codes?|promo codes?)\b[^.?!]{0,20}\b(?:back|returned|reinstated|restored)\b/u,
    asksZh: /(?:退款|退货|取消)[^。？！!?]{0,16}(?:券|红包)[^。？！!?]{0,8}(?:退回|返还|还回来|退还|会退|能退|回来)|(?:券|红包)[^。？！!?]{0,8}(?:退回|返还|还回来|退还)[^。？！!?]{0,10}(?:退款|退货|取消)/u,
    speaks: /\b(?:reinstat\w*|restor\w*|returned|refunded|void\w*|forfeit\w*|not (?:be )?(?:returned|refunded))\b|退回|返还|退还|不退|不予退|作废|失效|不返/u,
  },
  // Paying from a health savings or flexible spending account (can I pay with my HSA or FSA card?).
  {
    asksEn: /\b(?:hsa|fsa)\b|\bhealth savings account\b|\bflexible spending\b/u,
    speaks: /\b(?:hsa|fsa)\b|\bhealth savings\b|\bflexible spending\b/u,
  },
  // Tracking told by text message (can I get tracking updates by text instead of email?).
  {
    asksEn: /\btext messages?\b|\bsms\b|\bby text\b/u,
    asksZh: /短信(?:通知|提醒)/u,
    speaks: /\btext messages?\b|\bsms\b|\bby text\b|\btexts?\b|短信/u,
  },
  // A parcel left with a neighbour or in a safe place (can the courier leave it with a neighbour?).
  {
    // (Asked for: not a story of neighbours asked, nor a sofa left at the door.)
    asksEn: /\b(?:leave|left|deliver\w*|drop\w*|give) (?:it |them |the \w+ |my \w+ )?(?:with|at|to) (?:a |my |the |next door |our )?neighbou?r'?s?\b|\bsafe place\b/u,
    speaks: /\bneighbou?rs?\b|\bsafe place\b|\bleave (?:it|them|the parcel|parcels|the package)\b|\bleft (?:with|at|in|outside)\b|\bporch\b|\bdoorstep\b|\bsignature\b/u,
  },
  // A delivery or visit at the weekend or in the evening (do you deliver on Saturdays?, does the
  // technician work evenings?).
  {
    asksEn: /\b(?:deliver\w*|ship\w*|dispatch\w*|courier\w*|technicians?|fitters?|installers?|install\w*|assembl\w*)\b[^.?!]{0,30}\b(?:saturdays?|sundays?|weekends?|evenings?)\b|\b(?:saturdays?|sundays?|weekends?)\b[^.?!]{0,20}\bdeliver\w*/u,
    speaks: /\b(?:saturdays?|sundays?|weekends?|evenings?|7 days|seven days|every day|mon(?:day)?\s?(?:[-–]|to)\s?(?:fri|sat|sun)(?:day|urday)?|weekdays?|working days?|business days?)\b|周末|周六|周日|星期六|星期日|节假日|工作日/u,
  },
  // A discount for a group of people, which the entry on discounts must name: students (academic
  // pricing), the forces, health workers, older customers.
  groupDiscount(/\bstudents?\b|\buni\b|\bcollege\b/u, /学生|大学生|学生证/u, /\b(?:students?|academic|education\w*|universit\w*|college)\b|学生|校园|教育/u),
  groupDiscount(/\b(?:military|forces|veterans?|vets|service members?)\b/u, /军人|退伍|现役/u, /\b(?:military|forces|veterans?|service members?|armed)\b|军人|退伍|军/u),
  groupDiscount(/\b(?:nhs|nurses?|healthcare workers?|key workers?|first responders?|blue light)\b/u, /医护|护士|医生/u, /\b(?:nhs|nurses?|health ?care|key workers?|first responders?|blue light)\b|医护|护士|医生/u),
  groupDiscount(/\b(?:seniors?|pensioners?|oaps?|over (?:60|65|70)s?)\b/u, /老人|老年|退休/u, /\b(?:seniors?|pensioners?|oaps?|over (?:60|65|70)s?|retired)\b|老人|老年|退休/u),
];

/** A discount asked for a group of people (said in `who`), spoken of by an entry naming the group (`named`). */
function groupDiscount(whoEn: RegExp, whoZh: RegExp, named: RegExp): Point {
  const discountEn = String.raw`(?:discounts?|deals?|coupons?|offers?|pricing|prices?|rates?)`;
  return {
    asksEn: new RegExp(String.raw`(?:${whoEn.source})[^.?!]{0,25}\b${discountEn}\b|\b${discountEn}\b[^.?!]{0,20}\bfor (?:a |an )?(?:${whoEn.source})`, 'u'),
    asksZh: new RegExp(String.raw`(?:${whoZh.source})[^,.!?;，。！？]{0,8}(?:优惠|打折|折扣|便宜|减免)`, 'u'),
    speaks: named,
  };
}

/** The point the message turns on, if it is one of these. */
export function pointAsked(text: string, english: boolean): Point | undefined {
  return POINTS.find((p) => (english ? p.asksEn : p.asksZh)?.test(text));
}

/**
 * The message without its clauses that ask the point, when it has others (can I rent a kayak, and do you
 * ship to New Zealand?: do you ship to New Zealand), else undefined: another question asked beside the point may still
 * be answered.
 */
export function besidePoint(text: string, point: Point, english: boolean): string | undefined {
  // (English only: a Chinese message's other clauses tell what the point is asked of, 我领的券自己用不上
  // 能转给朋友吗, and would find that entry on their own.)
  if (!english) return undefined;
  const questions = text.split(QUESTION_EN).map((c) => c.trim()).filter(Boolean);
  // (Questions asking another point are not the rest either: wheelchair access beside parking.)
  const rest = questions.filter((c) => !POINTS.some((p) => p.asksEn.test(c)) && isAsking(c, true));
  return rest.length && questions.some((c) => point.asksEn.test(c)) ? rest.join('? ') : undefined;
}
/** Where an English question ends or another starts (…a kayak, and do you ship…). */
const QUESTION_EN = /[.!?;]+\s*|\s+(?:and|but|also|plus)\s+(?=(?:do|does|can|could|will|would|is|are|how|what|when|where|which)\b)/u;

/** Whether an entry's text (its questions and answer, normalised) speaks of the point. */
export function speaksOf(point: Point, text: string): boolean {
  return point.speaks.test(text);
}
