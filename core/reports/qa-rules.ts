// QA by rules: what a supervisor checks first in a transcript, made mechanical. Each finding has a
// severity (1 minor, 2 serious, 3 grave) and a reason a person can verify in the transcript. The rules
// read only what the shop said (the bot's or the agent's lines), never the customer's words, except to
// judge how long the customer waited and how it ended.
import type { QaConversation, QaLine } from './qa-conversation.js';

export type QaRule = 'forbidden_phrase' | 'rude_tone' | 'cold_tone' | 'promise' | 'slow_reply' | 'unresolved' | 'low_rating' | 'llm';

export interface QaFinding {
  rule: QaRule;
  severity: 1 | 2 | 3;
  detail: string;
}

export interface QaScore {
  score: number;
  findings: QaFinding[];
  flagged: boolean;
}

export interface QaRuleOptions {
  /** knowledge/forbidden-phrases.yaml */
  forbiddenPhrases: string[];
  /** An agent must answer the customer within this (routing.yaml timeouts.reply_minutes). */
  agentReplyMs: number;
  /** The bot is slow past this. */
  botReplyMs: number;
}

export const DEFAULT_QA_RULES: Omit<QaRuleOptions, 'forbiddenPhrases'> = { agentReplyMs: 10 * 60_000, botReplyMs: 3000 };

const PENALTY = { 1: 5, 2: 15, 3: 30 } as const;
/** Flagged for a person when a serious finding or the score says so. */
const FLAG_BELOW = 80;

// Rudeness a forbidden-phrases list may not spell out.
const RUDE = /滚|闭嘴|有病|神经病|烦不烦|你是不是傻|你傻|脑子|别烦我|爱咋咋|你懂不懂|关你什么事|自己不会看|说几遍/u;
// Warmth markers: a reply with none of these reads as cold in Chinese customer service.
const WARM = /您|请|抱歉|不好意思|谢谢|感谢|麻烦|辛苦|亲|哈|呢|哦|～|~|😊|🙏/u;
// Curt one-word replies.
const CURT = /^(?:嗯|哦|噢|不行|没有|不知道|没办法|不能|随便|是的|对|好)[。.!！]?$/u;
// Promises outside policy: amounts of compensation, guaranteed dates, double refunds (playbooks say never).
const PROMISES: [RegExp, string][] = [
  [/(?:赔|补偿|返|退)(?:您|你|给您|给你)?\s*\d+(?:\.\d+)?\s*(?:元|块|rmb)/iu, '承诺了具体赔偿/补偿金额'],
  [/退一赔[三十]|双倍赔偿|[三十]倍赔偿|全额赔偿|免单/u, '承诺了政策外的赔偿'],
  [/(?:保证|一定|肯定|绝对)(?:能|会)?\s*(?:在)?\s*(?:今天|明天|后天|\d+\s*(?:天|小时)内?)\s*(?:到|送达|发货|发出|退款)/u, '承诺了无法保证的时效'],
  [/(?:保证|肯定|一定|绝对)(?:给您|给你)?(?:退|换|赔)/u, '承诺了未经审核的退换/赔付'],
];

function serviceLines(c: QaConversation): QaLine[] {
  return c.lines.filter((l) => l.role === (c.kind === 'bot' ? 'bot' : 'agent'));
}

const quote = (text: string) => `「${text.length > 40 ? `${text.slice(0, 40)}…` : text}」`;
const minutes = (ms: number) => `${(ms / 60_000).toFixed(1)} 分钟`;

export function scoreByRules(c: QaConversation, options: QaRuleOptions): QaScore {
  const findings: QaFinding[] = [];
  const said = serviceLines(c);

  // Forbidden phrases, rudeness, promises: per line, each phrase once.
  const seen = new Set<string>();
  for (const line of said) {
    for (const phrase of options.forbiddenPhrases) {
      if (phrase && line.text.includes(phrase) && !seen.has(phrase)) {
        seen.add(phrase);
        findings.push({ rule: 'forbidden_phrase', severity: 2, detail: `说了禁用语「${phrase}」：${quote(line.text)}` });
      }
    }
    const rude = RUDE.exec(line.text);
    if (rude && !seen.has(rude[0])) {
      seen.add(rude[0]);
      findings.push({ rule: 'rude_tone', severity: 3, detail: `语气粗鲁：${quote(line.text)}` });
    }
    for (const [pattern, what] of PROMISES) {
      if (pattern.test(line.text) && !seen.has(what)) {
        seen.add(what);
        findings.push({ rule: 'promise', severity: 2, detail: `${what}：${quote(line.text)}` });
      }
    }
  }

  // Cold tone: agents only (the bot's wording is the knowledge's, checked by admins).
  if (c.kind === 'agent' && said.length) {
    const curt = said.filter((l) => CURT.test(l.text.trim()));
    if (curt.length) findings.push({ rule: 'cold_tone', severity: 1, detail: `回复生硬：${quote(curt[0]!.text)}` });
    else if (said.length >= 2 && !said.some((l) => WARM.test(l.text))) findings.push({ rule: 'cold_tone', severity: 1, detail: '整段回复没有一句礼貌用语（您/请/抱歉/谢谢…）' });
  }

  // Slow replies.
  if (c.kind === 'agent') {
    if (c.openedAt !== undefined) {
      // After hours the customer was told when agents come: the wait counts from then.
      const firstWait = (c.firstAgentReplyAt ?? Number.POSITIVE_INFINITY) - Math.max(c.openedAt, c.opensAt ?? 0);
      if (c.firstAgentReplyAt === undefined) findings.push({ rule: 'slow_reply', severity: 2, detail: '转人工后客服一直没有回复客户' });
      else if (firstWait > options.agentReplyMs) findings.push({ rule: 'slow_reply', severity: 2, detail: `客户等了 ${minutes(firstWait)} 才得到客服首次回复` });
    }
    // Later waits: a customer message answered by the agent only after the limit.
    let waitingSince: number | undefined;
    let worst = 0;
    for (const l of c.lines) {
      if (l.role === 'customer' && c.firstAgentReplyAt !== undefined && l.at >= c.firstAgentReplyAt) waitingSince ??= l.at;
      if (l.role === 'agent' && waitingSince !== undefined) {
        worst = Math.max(worst, l.at - waitingSince);
        waitingSince = undefined;
      }
    }
    if (worst > options.agentReplyMs) findings.push({ rule: 'slow_reply', severity: 1, detail: `对话中客户最长等了 ${minutes(worst)} 才得到回复` });
  } else {
    const slow = c.lines.filter((l) => l.role === 'customer' && (l.latencyMs ?? 0) > options.botReplyMs);
    if (slow.length) findings.push({ rule: 'slow_reply', severity: 1, detail: `机器人有 ${slow.length} 次回复超过 ${(options.botReplyMs / 1000).toFixed(0)} 秒` });
  }

  // Unresolved.
  if (c.kind === 'bot') {
    const asked = c.lines.filter((l) => l.role === 'customer');
    const fallbacks = asked.filter((l) => l.action === 'fallback').length;
    const last = asked[asked.length - 1];
    if (last?.action === 'fallback') findings.push({ rule: 'unresolved', severity: 2, detail: '客户停在了机器人没答上的问题上' });
    else if (fallbacks >= 2) findings.push({ rule: 'unresolved', severity: 1, detail: `机器人 ${fallbacks} 次没答上` });
    if (c.escalationReason === 'unresolved') findings.push({ rule: 'unresolved', severity: 1, detail: '机器人连续答不上来，转了人工' });
  } else if (c.endReason && c.endReason !== 'resolved' && c.endReason !== 'handed_back') {
    findings.push({ rule: 'unresolved', severity: 2, detail: c.endReason === 'open' ? '工单在统计时仍未结束' : `工单未解决就结束了（${c.endReason}）` });
  }
  // A rating is of the ticket's service: it counts against the agents, not the bot.
  if (c.kind === 'agent' && c.rating !== undefined && c.rating <= 2) findings.push({ rule: 'low_rating', severity: 2, detail: `客户评分 ${c.rating} 分` });

  return finish(findings);
}

/** Adds findings (the LLM's) and recomputes the score. */
export function finish(findings: QaFinding[]): QaScore {
  const score = Math.max(0, 100 - findings.reduce((n, f) => n + PENALTY[f.severity], 0));
  return { score, findings, flagged: score < FLAG_BELOW || findings.some((f) => f.severity >= 2) };
}
