// QA results for people: qa.md (every sampled conversation with its score, the flagged ones with their
// transcript), and the post to the QA group (flagged ones only, with reasons and links). Customers'
// personal data is masked everywhere.
import { redact } from '../privacy/mask.js';
import type { QaConversation } from './qa-conversation.js';
import type { QaScore } from './qa-rules.js';
import { CHANNEL_NAMES } from './report-view.js';
import { escapeHtml, fitLines, MESSAGE_LIMIT } from './report-telegram.js';

export interface QaResult {
  conversation: QaConversation;
  score: QaScore;
  link?: string;
}

const KIND = { bot: '机器人', agent: '人工' } as const;
const STRATUM = { escalated: '转人工/升级', low_rating: '低分', long: '长对话', random: '随机' } as const;
const ROLE = { customer: '客户', bot: '机器人', agent: '客服' } as const;

const time = (epoch: number) => new Date(epoch + 8 * 3600_000).toISOString().slice(11, 16);
const channel = (c: QaConversation) => CHANNEL_NAMES[c.channel] ?? c.channel;
/** A short name for a conversation in a list: its ticket, or its channel and start time. */
export function qaLabel(c: QaConversation): string {
  return c.kind === 'agent' ? `工单 ${c.id}` : `${channel(c)} ${time(c.startedAt)} 会话`;
}

const reasons = (r: QaResult) => r.score.findings.map((f) => redact(f.detail));

export function qaMarkdown(title: string, results: QaResult[]): string {
  const flagged = results.filter((r) => r.score.flagged);
  const lines = [`# ${title}`, '', `抽检 ${results.length} 个会话（机器人 ${results.filter((r) => r.conversation.kind === 'bot').length}，人工 ${results.filter((r) => r.conversation.kind === 'agent').length}），标记 ${flagged.length} 个。`, ''];
  lines.push('| 会话 | 类型 | 抽样层 | 渠道 | 得分 | 标记 | 原因 |', '| --- | --- | --- | --- | --- | --- | --- |');
  for (const r of [...results].sort((a, b) => a.score.score - b.score.score)) {
    const c = r.conversation;
    lines.push(`| ${r.link ? `[${qaLabel(c)}](${r.link})` : qaLabel(c)} | ${KIND[c.kind]} | ${c.stratum ? STRATUM[c.stratum] : ''} | ${channel(c)} | ${r.score.score} | ${r.score.flagged ? '⚠️' : ''} | ${reasons(r).join('；').replace(/\|/gu, '\\|') || '—'} |`);
  }
  for (const r of flagged) {
    lines.push('', `## ${qaLabel(r.conversation)} · ${r.score.score} 分`, '', ...reasons(r).map((x) => `- ${x}`), '');
    for (const l of r.conversation.lines) lines.push(`> **${ROLE[l.role]}** ${time(l.at)}　${redact(l.text).replace(/\n/gu, ' ')}  `);
  }
  lines.push('');
  return lines.join('\n');
}

export function qaFeishuCard(title: string, results: QaResult[]): Record<string, unknown> {
  const flagged = results.filter((r) => r.score.flagged);
  const elements: unknown[] = [{ tag: 'markdown', content: `抽检 ${results.length} 个会话，标记 **${flagged.length}** 个需要复核：` }];
  for (const r of flagged) {
    const c = r.conversation;
    const name = r.link ? `[${qaLabel(c)}](${r.link})` : qaLabel(c);
    elements.push({ tag: 'hr' }, { tag: 'markdown', content: [`**${name}** · ${KIND[c.kind]} · ${r.score.score} 分`, ...reasons(r).map((x) => `- ${x}`)].join('\n') });
  }
  return { config: { wide_screen_mode: true }, header: { template: flagged.length ? 'orange' : 'green', title: { tag: 'plain_text', content: title } }, elements };
}

export function qaTelegram(title: string, results: QaResult[]): { caption: string; messages: string[] } {
  const flagged = results.filter((r) => r.score.flagged);
  const lines = [`<b>${escapeHtml(title)}</b>`, `抽检 ${results.length} 个会话，标记 ${flagged.length} 个需要复核。`];
  for (const r of flagged) {
    const c = r.conversation;
    const name = r.link ? `<a href="${escapeHtml(r.link)}">${escapeHtml(qaLabel(c))}</a>` : escapeHtml(qaLabel(c));
    lines.push('', `<b>${name}</b> · ${KIND[c.kind]} · ${r.score.score} 分`, ...reasons(r).map((x) => `• ${escapeHtml(x)}`));
  }
  return { caption: fitLines(lines, MESSAGE_LIMIT), messages: [] };
}
