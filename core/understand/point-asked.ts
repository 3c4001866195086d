// The point a question turns on, which the entry it matches must speak of to answer it. Some questions
// ask one particular thing of a topic the knowledge has: whether the points can go to someone else
// (积分能转到我老婆的账号上吗, can I transfer my reward points to my sister's account?), whether an invoice
// already issued can be redone (发票抬头开错了 能作废重开吗), how to change the e-mail address one logs in
// with, a discount for students or the forces, a job with the shop. The entry on the points, the invoice,
// changing an order, discounts or the shop's hours matches such a question well, and says how to earn
// or use points, how to ask for an invoice, how to change an order, which codes there are, when the
// shop is open: not the point asked.
// Only an entry that speaks of the point answers (转赠, 仅限本人使用, transferable; 重开, 作废, 红冲; the
// e-mail address, account settings); otherwise it is a question the knowledge does not answer, better
// handed on than answered beside the point.

interface Point {
  /** The question asks the point, in English; in Chinese. */
  asksEn: RegExp;
  asksZh: RegExp;
  /** An entry (its questions and answer, normalised) speaks of it, in either language. */
  speaks: RegExp;
}

const POINTS: readonly Point[] = [
  // Passing it to another person: transferred to someone (not a payment by bank transfer), points
  // moved over, the warranty and the new owner; 转给 / 转到 / 转送 someone or their account, 过户.
  {
    asksEn:
      /\btransfer(?:s|red|ring)?\b[^.?!]{0,40}\bto (?:my|his|her|their|a|another|someone|somebody|him|them)\b|\btransferable\b|\bmove (?:my |the |our )?(?:\w+ ){0,2}(?:points|credit|balance|rewards?)\b|\bpass(?:ed|es)? (?:it |them |this |that )?on\b|\bnew owner\b|\bgo with (?:it|them)\b[^.?!]{0,30}\b(?:sell|someone)\b|\bsell (?:it|my \w+)\b[^.?!]{0,40}\bwarranty\b|\bwarranty\b[^.?!]{0,40}\bsell\b/u,
    asksZh:
      /转(?:给|送给?|赠给?|让给?|到)[^,.!?;，。！？]{0,6}?(?:朋友|好友|别人|他人|家人|家里人|老婆|老公|闺蜜|妈|爸|弟|妹|哥|姐|同学|同事|亲戚|的账号|的账户|名下)|过户|(?:送|给)(?:朋友|别人|家人|老婆|老公|闺蜜|我妈|我爸)(?:用|使用)/u,
    speaks:
      /\btransfer\w*|\bpass(?:ed|es)? on\b|\b(?:new|second|original|registered) (?:owner|purchaser|buyer)\b|\bsomeone else\b|\banother (?:person|account|member|customer)\b|\bother (?:people|accounts?|members?)\b|\bshar(?:e|ed|ing)\b|\baccount holder\b|\bnon-?transferable\b|转赠|转让|转给|转送|转到|转移|过户|他人|别人|本人|仅限|赠送给|共享|合并/u,
  },
  // An invoice issued wrong and redone: 抬头写错了 能作废重开吗, can you reissue the invoice with our company name.
  {
    asksEn: /\b(?:reissue|re-issue|redo|correct|amend|fix)\b[^.?!]{0,25}\b(?:invoice|receipt)\b|\b(?:invoice|receipt)\b[^.?!]{0,40}\b(?:wrong|incorrect|mistake|reissued?|re-issued?|corrected|amended)\b/u,
    asksZh: /(?:发票|抬头|税号)[^,.!?;，。！？]{0,10}(?:重开|重新开|作废|换开|红冲|开错|写错|填错)|(?:重开|重新开|换开|红冲)[^,.!?;，。！？]{0,4}(?:发票|一张)/u,
    speaks: /\b(?:reissu\w*|re-issu\w*|correct\w*|amend\w*|wrong|mistake\w*|chang\w*|edit\w*|updat\w*|new invoice)\b|重开|重新开|作废|换开|红冲|修改|更改|更正|改|错/u,
  },
  // The e-mail address one logs in with changed (not a password reset, nor the order's confirmation e-mail).
  {
    asksEn: /\b(?:change|update|edit|correct|switch|amend)\s+(?:the|my|our)\s+e-?mail(?: address| adress)?\b/u,
    asksZh: /(?:改|换|更改|修改)[^,.!?;，。！？]{0,4}(?:登录|绑定)?的?邮箱/u,
    speaks: /\b(?:e-?mail (?:address|adress)|log ?in|sign ?in|account (?:details|settings|email|e-mail|profile)|profile)\b|邮箱|账号设置|账户设置|个人资料|个人信息/u,
  },
  // A job with the shop: are you hiring?, part-time work, 招不招兼职客服, 我想应聘 (not 招不招代理, a reseller).
  {
    asksEn:
      /\b(?:are you|r u|are you guys|is (?:the|your) \w+) hiring\b|\b(?:apply for|looking for) (?:a |some )?(?:part[- ]time |full[- ]time |summer |seasonal )?(?:job|work|position)\b|\bopenings? for\b[^.?!]{0,30}\bjobs?\b|\bwork (?:for|at|with) you\b|\b(?:part[- ]time|seasonal|summer) (?:job|jobs|work|positions?)\b/u,
    asksZh: /招(?:不招|人|聘|兼职|学徒|客服|模特)(?![^,.!?;，。！？]{0,4}(?:代理|分销|加盟))|兼职(?!代理)|应聘|学徒|简历|找工作/u,
    speaks:
      /\b(?:hiring|jobs?|careers?|vacanc\w*|recruit\w*|apply|applications?|cv|resume|join (?:our|the) team)\b|招聘|招人|简历|岗位|兼职|应聘|求职|加入我们/u,
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
  return POINTS.find((p) => (english ? p.asksEn : p.asksZh).test(text));
}

/** Whether an entry's text (its questions and answer, normalised) speaks of the point. */
export function speaksOf(point: Point, text: string): boolean {
  return point.speaks.test(text);
}
