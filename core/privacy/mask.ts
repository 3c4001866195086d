// Personal data in free text: phone numbers, order and tracking numbers, e-mail addresses, postal
// addresses and people's names where the text says it is a name (收件人张三, 我叫李四, my name is Ann).
// Logs get `redact` (irreversible); text leaving for an LLM gets `pseudonymize`, whose placeholders are
// put back into the reply with `restore`.

interface Pattern {
  kind: 'phone' | 'email' | 'order' | 'name' | 'address';
  regex: RegExp;
  /** How a log shows it: enough to tell two apart, not enough to use it. */
  redact: (match: string) => string;
  /** The start of a match that stays in the text (寄到, 收件人：). */
  lead?: RegExp;
}

// Words that often run into an address without being part of it (寄到浙江省… → keep 寄到).
const ADDRESS_LEAD = /^(?:寄到|送到|发到|改到|改成|换成|地址是|地址|收货地址|住在|我在|在)/u;

// A bare Chinese name is only recognisable by what precedes it. Labels followed by 是/为/叫 or a colon
// take any two to four characters; a label running straight into the name (收件人张三) takes only a
// common surname's, so 收件人写错了 is left alone.
const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤柳鲍';
// Where a name ends: not a Han character, or a word that follows names (张三电话…, 李四的…).
const NAME_END = '(?=$|[^\\p{Script=Han}]|电话|手机|号码|地址|联系|收|的|先生|女士|小姐|寄|住)';
const NAME_LABELS = '收件人|收货人|联系人|寄件人|签收人';
const nameRegex = new RegExp(
  [
    // 收件人：王小明 / 联系人是李四 / 姓名为张三 / 我叫小明 / 我的名字是…
    `(?:(?:${NAME_LABELS}|姓名|名字|我的名字)[ \\t]*(?:是|为|叫|[:：])[ \\t:：]*|我叫[ \\t]*)(?![什怎啥哪谁])\\p{Script=Han}{2,4}?${NAME_END}`,
    // 收件人张三
    `(?:${NAME_LABELS})(?:欧阳|司马|诸葛|上官|[${SURNAMES}])\\p{Script=Han}{1,2}?${NAME_END}`,
    // my name is Ann Lee / recipient: Bob
    `(?:[Mm]y name is|[Nn]ame\\s*:|[Rr]ecipient\\s*:|[Cc]ontact\\s*:)\\s*[A-Z][a-z]+(?:\\s+[A-Z][a-z]+){0,2}`,
  ].join('|'),
  'gu',
);
const NAME_LEAD = new RegExp(`^(?:(?:${NAME_LABELS}|姓名|名字|我的名字)[ \\t]*(?:是|为|叫|[:：])?[ \\t:：]*|我叫[ \\t]*|(?:[Mm]y name is|[Nn]ame\\s*:|[Rr]ecipient\\s*:|[Cc]ontact\\s*:)\\s*)`, 'u');

// A street address in English: a house number, a few words, a street type (12 High Street, 221B Baker
// St, 1600 Amphitheatre Pkwy), then what commonly follows it (Apt 4B, the town, a state and ZIP code or
// a postcode). The words before the street type may not be small words, so "3 of them on the way" or
// "2 days by the way" is not an address.
const anyCase = (words: string) =>
  words
    .split('|')
    .map((w) => `[${w[0]}${w[0]!.toLowerCase()}]${w.slice(1)}`)
    .join('|');
// Street types that are also everyday words (way, close, place, drive) count only capitalised.
const STREET_TYPES = `${anyCase('Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Boulevard|Blvd|Terrace|Parkway|Pkwy|Highway|Hwy')}|Drive|Dr|Way|Court|Ct|Place|Pl|Close|Crescent|Square|Sq|Circle|Cir|Row|Mews|Gardens|Grove`;
const SMALL_WORDS = 'of|the|on|in|at|to|for|my|your|a|an|and|or|it|its|them|is|are|was|be|by|with|from|this|that|more|all|any|some|other|one|two|days?|weeks?|items?|pieces?|pcs|times?|hours?|mins?|minutes?|way';
const UNIT = anyCase('Apt|Apartment|Unit|Suite|Ste|Flat|Floor|Fl');
const POSTCODE = '[A-Z]{1,2}\\d[A-Z\\d]? ?\\d[A-Z]{2}|[A-Z]\\d[A-Z] ?\\d[A-Z]\\d';
const streetAddress = new RegExp(
  [
    `\\b\\d{1,5}[A-Za-z]?\\s+(?:(?!(?:${SMALL_WORDS})\\b)[A-Za-z][A-Za-z'.-]*\\s+){1,3}(?:${STREET_TYPES})\\b\\.?`,
    `(?:,?\\s*(?:(?:${UNIT})\\.?|#)\\s*#?[A-Za-z0-9-]+)?`,
    `(?:,\\s*[A-Z][a-z'.-]+(?:\\s+[A-Z][a-z'.-]+){0,2}){0,2}`,
    `(?:,?\\s+(?:[A-Z]{2}\\s+)?(?:\\d{5}(?:-\\d{4})?|${POSTCODE}))?`,
    // A UK or Canadian postcode alone (SW1A 1AA, K1A 0B1).
    `|\\b(?:[A-Z]{1,2}\\d[A-Z\\d]? \\d[A-Z]{2}|[A-Z]\\d[A-Z] \\d[A-Z]\\d)\\b`,
  ].join(''),
  'gu',
);

/** Whether a text holds an English street address or a postcode (for the order dialogue's new address). */
export function holdsStreetAddress(text: string): boolean {
  streetAddress.lastIndex = 0;
  return streetAddress.test(text);
}

const keepEnds = (head: number, tail: number) => (s: string) =>
  s.length <= head + tail ? '*'.repeat(s.length) : s.slice(0, head) + '*'.repeat(s.length - head - tail) + s.slice(-tail);

// Order of the list matters: a phone number is also a run of digits, so phones go first.
const patterns: Pattern[] = [
  { kind: 'email', regex: /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gu, redact: (s) => s[0] + '***@' + s.split('@')[1] },
  // Mainland mobile numbers, optionally with +86, and with spaces or dashes between groups.
  {
    kind: 'phone',
    regex: /(?<![\dA-Za-z])(?:\+?86[\s-]?)?1[3-9]\d(?:[\s-]?\d{4}){2}(?!\d)/gu,
    redact: (s) => keepEnds(3, 4)(s.replace(/[\s-]/gu, '').replace(/^\+?86/u, '')),
  },
  // Other phone numbers: with a country code (+44 20 7946 0958, +1 (415) 555-0132), in the North
  // American form ((415) 555-0132, 415-555-0132) or a mainland landline with its area code (0571-88886666).
  {
    kind: 'phone',
    regex: /(?<![\w+])(?:\+\d{1,3}[\s.-]?(?:\(?\d{1,4}\)?[\s.-]?){2,4}\d{2,4}|\(\d{3}\)\s?\d{3}[\s.-]\d{4}|\d{3}[.-]\d{3}[.-]\d{4}|0\d{2,3}-\d{7,8})(?![\w-])/gu,
    redact: (s) => keepEnds(0, 4)(s.replace(/[\s().-]/gu, '')),
  },
  // Order numbers, tracking numbers, ID-card-like runs: eight or more digits, maybe with a letter prefix.
  { kind: 'order', regex: /(?<![\dA-Za-z])[A-Za-z]{0,4}\d{8,}[Xx]?(?![\dA-Za-z])/gu, redact: keepEnds(0, 4) },
  // Names before addresses: a name running into an address would otherwise be swallowed whole.
  { kind: 'name', regex: nameRegex, lead: NAME_LEAD, redact: (s) => s.slice(0, 1) + '*'.repeat(Math.max(1, s.length - 1)) },
  // A postal address: at least two administrative or street parts in a row (浙江省杭州市…, 文三路88号3栋).
  {
    kind: 'address',
    regex:
      /(?:[\p{Script=Han}\dA-Za-z]{1,12}?(?:省|自治区|特别行政区|市|自治州|区|县|旗|镇|乡|街道|大道|路|街|巷|弄|胡同|村|小区|花园|公寓|大厦|号楼|号院|栋|幢|座|单元|楼|层|室|号)){2,}/gu,
    redact: () => '[地址]',
    lead: ADDRESS_LEAD,
  },
  { kind: 'address', regex: streetAddress, redact: () => '[address]' },
];

/** Replaces each match of a pattern, leaving its lead (an address's verb, a name's label) in place. */
function replaceAll(text: string, p: Pattern, replace: (match: string) => string): string {
  return text.replace(p.regex, (match) => {
    const lead = p.lead?.exec(match)?.[0] ?? '';
    return lead + replace(match.slice(lead.length));
  });
}

export function redact(text: string): string {
  let out = text;
  for (const p of patterns) out = replaceAll(out, p, p.redact);
  return out;
}

/** Masks every string inside a log object, leaving its shape alone. */
export function redactDeep<T>(value: T, depth = 0): T {
  if (typeof value === 'string') return redact(value) as T;
  if (depth > 6 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v) => redactDeep(v, depth + 1)) as T;
  if (value instanceof Error) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = redactDeep(v, depth + 1);
  return out as T;
}

export interface Pseudonymized {
  text: string;
  /** Puts the original values back where the placeholders survived. */
  restore(text: string): string;
  /** placeholder → original */
  readonly values: ReadonlyMap<string, string>;
}

export interface PseudonymizeOptions {
  /** Names known to be the customer's (the platform's display name): masked wherever they appear. */
  names?: string[];
}

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/** Replaces personal data with stable placeholders such as ⟨PHONE_1⟩ that an LLM can carry through. */
export function pseudonymize(text: string, previous?: Pseudonymized, options: PseudonymizeOptions = {}): Pseudonymized {
  const values = new Map(previous?.values ?? []);
  const byOriginal = new Map([...values].map(([k, v]) => [v, k]));
  const placeholderFor = (kind: string, match: string) => {
    let placeholder = byOriginal.get(match);
    if (!placeholder) {
      const n = [...values.keys()].filter((k) => k.startsWith(`⟨${kind.toUpperCase()}_`)).length + 1;
      placeholder = `⟨${kind.toUpperCase()}_${n}⟩`;
      values.set(placeholder, match);
      byOriginal.set(match, placeholder);
    }
    return placeholder;
  };
  let out = text;
  const known = (options.names ?? []).map((n) => n.trim()).filter((n) => n.length >= 2);
  if (known.length) {
    // Longest first, so "Ann Lee" is not cut into "Ann" + " Lee".
    const regex = new RegExp(known.sort((a, b) => b.length - a.length).map(escapeRegex).join('|'), 'gu');
    out = out.replace(regex, (match) => placeholderFor('name', match));
  }
  for (const p of patterns) out = replaceAll(out, p, (match) => placeholderFor(p.kind, match));
  return {
    text: out,
    values,
    restore: (reply) => reply.replace(/⟨[A-Z]+_\d+⟩/gu, (ph) => values.get(ph) ?? ph),
  };
}
