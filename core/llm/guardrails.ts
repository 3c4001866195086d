// Checks an LLM reply before a customer sees it. Everything a shop can be held to — an amount of money,
// a discount, a number of days, a date, a promise (refund, compensation, gift, guarantee, free) — must be
// found in the sources the reply was grounded on; anything else fails the reply, and the customer gets
// the knowledge's own answer instead. So do a reply that recites the system prompt, an unknown
// placeholder, a link the sources do not give, and the shop's forbidden phrases.
//
// Deliberately strict: a correct reply thrown away costs a slightly less fluent answer; an invented
// promise costs the shop money and trust.
import { PROMPT_CANARY, promptFingerprints } from './prompts.js';

export type ProblemKind = 'empty' | 'prompt_leak' | 'placeholder' | 'forbidden' | 'link' | 'date' | 'money' | 'percent' | 'discount' | 'duration' | 'promise' | 'number';

export interface Problem {
  kind: ProblemKind;
  /** The words of the reply that failed. */
  text: string;
}

export interface GuardrailInput {
  reply: string;
  /** The text of the sources the reply was grounded on. */
  grounding: string;
  /** The customer's own words: a quantity they gave may be repeated, an amount they claim may not. */
  customerText?: string;
  /** Placeholders handed out for the customer's data; a reply may use these only. */
  placeholders?: string[];
  /** The shop's forbidden phrases (knowledge/forbidden-phrases.yaml). */
  forbidden?: string[];
}

export interface GuardrailResult {
  ok: boolean;
  problems: Problem[];
}

// ---------------------------------------------------------------------------------------------------
// Numbers as written: 168, 1,680, 8.5, 二十, 两, 一百五十, 半.

const CN = '[零〇一二两三四五六七八九十百千万]+';
const NUM = `(\\d[\\d,]*(?:\\.\\d+)?|${CN}|半)`;
const cnDigits: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const cnUnits: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

export function parseNumber(text: string): number | undefined {
  const s = text.trim();
  if (s === '半') return 0.5;
  if (/^\d/u.test(s)) {
    const n = Number(s.replace(/,/gu, ''));
    return Number.isFinite(n) ? n : undefined;
  }
  let total = 0;
  let section = 0;
  let digit = 0;
  for (const ch of s) {
    if (ch in cnDigits) digit = cnDigits[ch]!;
    else if (ch in cnUnits) {
      section += (digit || 1) * cnUnits[ch]!;
      digit = 0;
    } else if (ch === '万') {
      total += (section + digit) * 10_000;
      section = 0;
      digit = 0;
    } else return undefined;
  }
  return total + section + digit;
}

const numKey = (n: number | undefined) => (n === undefined ? '?' : String(Math.round(n * 100) / 100));

// ---------------------------------------------------------------------------------------------------
// Claims: each extractor finds a kind of claim and reduces it to a comparable key.

interface Extractor {
  kind: ProblemKind;
  regex: RegExp;
  key: (m: RegExpExecArray) => string | undefined;
}

const WEEKDAY: Record<string, string> = { 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 日: '7', 天: '7', 末: 'end' };
const EN_DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/** Discounts are written 8折, 8.5折, 八五折: all become "85"-style keys. */
function discountKey(raw: string): string | undefined {
  if (/^\d/u.test(raw)) return raw.replace('.', '');
  if (/^[一二三四五六七八九]{1,2}$/u.test(raw)) return [...raw].map((c) => cnDigits[c]).join('');
  return undefined;
}

// Order matters: dates before durations (11月20日 is not "20 days"), amounts before bare numbers.
const extractors: Extractor[] = [
  { kind: 'link', regex: /https?:\/\/[^\s，。）)」】]+|www\.[^\s，。）)」】]+/giu, key: (m) => m[0].toLowerCase() },
  {
    kind: 'date',
    regex: new RegExp(`${NUM}\\s*月\\s*${NUM}\\s*[日号]|(\\d{4})-(\\d{1,2})-(\\d{1,2})`, 'gu'),
    key: (m) => (m[3] ? `m${Number(m[4])}d${Number(m[5])}` : `m${numKey(parseNumber(m[1]!))}d${numKey(parseNumber(m[2]!))}`),
  },
  { kind: 'date', regex: new RegExp(`${NUM}\\s*(?:号(?![楼院线店码位口链])|日(?![内前后]|之内|以内))`, 'gu'), key: (m) => `d${numKey(parseNumber(m[1]!))}` },
  {
    kind: 'date',
    regex: /(?:下|这|本)?(?:周|星期|礼拜)([一二三四五六日天末])|今天|今日|今晚|当天|当日|明天|明日|明早|明晚|大后天|后天|下周|下个月|tomorrow|today|tonight|next week|weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday/giu,
    key: (m) => {
      const word = m[0].toLowerCase();
      if (m[1]) return `${/^[下这本]/u.test(word) ? word[0] : ''}w${WEEKDAY[m[1]]}`;
      const en = EN_DAYS.indexOf(word);
      if (en >= 0) return `w${en + 1}`;
      return word === '今日' ? '今天' : word === '明日' ? '明天' : word === '当日' ? '当天' : word;
    },
  },
  {
    kind: 'money',
    regex: new RegExp(`(?:[¥￥$]|RMB|CNY|rmb)\\s*${NUM}|${NUM}\\s*(?:元|块钱|块|RMB|rmb|CNY|美元|美金|dollars?|yuan|usd)|(?:满|减|降|省|返|到手|售价|价格|只要|仅需?)\\s*${NUM}`, 'giu'),
    key: (m) => `¥${numKey(parseNumber((m[1] ?? m[2] ?? m[3])!))}`,
  },
  { kind: 'percent', regex: new RegExp(`${NUM}\\s*[%％]|百分之${NUM}`, 'gu'), key: (m) => `${numKey(parseNumber((m[1] ?? m[2])!))}%` },
  { kind: 'discount', regex: /(?<![\d.])(\d(?:\.\d)?|[一二三四五六七八九]{1,2})\s*折(?![叠腾])|半价/gu, key: (m) => (m[0] === '半价' ? '5折' : `${discountKey(m[1]!)}折`) },
  {
    kind: 'duration',
    regex: new RegExp(`${NUM}\\s*个?\\s*(工作日|天|日|小时|钟头|分钟|周|星期|个月)|(\\d+(?:\\.\\d+)?)\\s*(?:business\\s+|working\\s+)?(days?|hours?|hrs?|h\\b|weeks?|minutes?|mins?|months?)`, 'giu'),
    key: (m) => {
      const value = numKey(parseNumber((m[1] ?? m[3])!));
      const unit = (m[2] ?? m[4]!).toLowerCase();
      // Working days are not calendar days: "3个工作日" does not support "3天".
      const working = m[2] === '工作日' || /business|working/iu.test(m[0]);
      const cls = working ? 'wd' : /^(天|日|day)/u.test(unit) ? 'd' : /^(小时|钟头|h)/u.test(unit) ? 'h' : /^(分钟|min)/u.test(unit) ? 'min' : /^(周|星期|week)/u.test(unit) ? 'w' : 'mo';
      return `${value}${cls}`;
    },
  },
];

/** Promise words, each with what counts as the sources saying the same. */
const promises: { word: RegExp; support: RegExp }[] = [
  { word: /保证|guarantee[ds]?/giu, support: /保证|保障|guarantee/iu },
  { word: /一定/gu, support: /一定/u },
  { word: /承诺|promise[ds]?/giu, support: /承诺|promise/iu },
  { word: /赔偿|补偿|赔付|赔|compensat\w*/giu, support: /赔|补偿|compensat/iu },
  { word: /退款|退钱|refund\w*/giu, support: /退款|退钱|refund/iu },
  { word: /全额/gu, support: /全额/u },
  { word: /包退|包换/gu, support: /包退|包换/u },
  { word: /免费|free\b/giu, support: /免费|free\b/iu },
  { word: /赠送|送您|送你|赠品|gifts?\b/giu, support: /赠|送/u },
  { word: /优惠券|红包|coupons?|vouchers?/giu, support: /券|红包|coupon|voucher/iu },
  { word: /折扣|打折|discount\w*/giu, support: /折|discount|优惠|减/iu },
];

// A promise word right after a negation is a refusal, not a promise: 不能退款, 无法赔偿, can't refund.
const ZH_NEGATION = /[不无没非未别勿]/u;
const EN_NEGATION = /\b(?:no|not|never|cannot|can't|won't|unable|without)\b[\w\s']{0,12}$/iu;

const LEAK_PHRASES = /system prompt|系统提示词|提示词|my instructions|these instructions|我的指令|我的设定|以上指令|initial instructions/iu;
const PLACEHOLDER = /⟨[A-Z]+_\d+⟩/gu;
const fingerprints = promptFingerprints();

interface Claim {
  kind: ProblemKind;
  text: string;
  key: string;
}

/** Every claim in a text, each extractor's matches blanked before the next runs. */
function claimsOf(text: string): { claims: Claim[]; rest: string } {
  let work = text.replace(PLACEHOLDER, ' ');
  const claims: Claim[] = [];
  for (const ex of extractors) {
    ex.regex.lastIndex = 0;
    work = work.replace(ex.regex, (...args) => {
      const groups = args.slice(0, -2) as string[];
      const match = Object.assign([...groups], { index: 0, input: '' }) as unknown as RegExpExecArray;
      const key = ex.key(match);
      if (key && !key.includes('?')) claims.push({ kind: ex.kind, text: groups[0]!, key });
      return ' '.repeat(groups[0]!.length);
    });
  }
  return { claims, rest: work };
}

function numbersOf(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.replace(PLACEHOLDER, ' ').matchAll(new RegExp(NUM, 'gu'))) {
    const n = parseNumber(m[1]!);
    if (n !== undefined) out.add(numKey(n));
  }
  return out;
}

const groundingCache = new Map<string, { keys: Set<string>; numbers: Set<string> }>();

function supportOf(grounding: string): { keys: Set<string>; numbers: Set<string> } {
  let cached = groundingCache.get(grounding);
  if (!cached) {
    const { claims } = claimsOf(grounding);
    const keys = new Set(claims.map((c) => `${c.kind}:${c.key}`));
    // A full date in the sources supports its day alone too (11月30日 → 30号).
    for (const c of claims) if (c.kind === 'date' && /^m.+d/u.test(c.key)) keys.add(`date:${c.key.slice(c.key.indexOf('d'))}`);
    cached = { keys, numbers: numbersOf(grounding) };
    if (groundingCache.size > 200) groundingCache.clear();
    groundingCache.set(grounding, cached);
  }
  return cached;
}

export function checkReply(input: GuardrailInput): GuardrailResult {
  const { reply, grounding } = input;
  const problems: Problem[] = [];
  if (!reply.trim()) return { ok: false, problems: [{ kind: 'empty', text: '' }] };

  const lower = reply.toLowerCase();
  if (lower.includes(PROMPT_CANARY.toLowerCase()) || LEAK_PHRASES.test(reply) || fingerprints.some((f) => lower.includes(f))) {
    problems.push({ kind: 'prompt_leak', text: reply.slice(0, 40) });
  }

  const allowed = new Set(input.placeholders ?? []);
  for (const m of reply.matchAll(PLACEHOLDER)) if (!allowed.has(m[0])) problems.push({ kind: 'placeholder', text: m[0] });

  for (const phrase of input.forbidden ?? []) if (phrase && reply.includes(phrase)) problems.push({ kind: 'forbidden', text: phrase });

  const support = supportOf(grounding);
  const { claims, rest } = claimsOf(reply);
  for (const claim of claims) {
    if (claim.kind === 'link' ? !grounding.toLowerCase().includes(claim.key) : !support.keys.has(`${claim.kind}:${claim.key}`)) {
      problems.push({ kind: claim.kind, text: claim.text.trim() });
    }
  }

  for (const { word, support: said } of promises) {
    word.lastIndex = 0;
    for (const m of reply.matchAll(word)) {
      const before = reply.slice(Math.max(0, m.index - 3), m.index);
      if (ZH_NEGATION.test(before) || EN_NEGATION.test(reply.slice(Math.max(0, m.index - 24), m.index))) continue;
      if (!said.test(grounding)) problems.push({ kind: 'promise', text: m[0] });
    }
  }

  // Any other number of two digits or more: from the sources, or the customer's own (a quantity).
  const customerNumbers = numbersOf(input.customerText ?? '');
  for (const m of rest.matchAll(/(?<![\d.])\d[\d,]*(?:\.\d+)?(?![\d])/gu)) {
    const n = parseNumber(m[0]);
    if (n === undefined || (n < 10 && !m[0].includes('.'))) continue;
    const key = numKey(n);
    if (!support.numbers.has(key) && !customerNumbers.has(key)) problems.push({ kind: 'number', text: m[0] });
  }

  return { ok: problems.length === 0, problems };
}

/** A short line for logs and the turn record: "promise:赔偿, money:¥50". */
export function describeProblems(problems: Problem[]): string[] {
  return problems.map((p) => `${p.kind}:${p.text}`.slice(0, 60));
}
