// The daily report as a markdown file (`xiaoer job run daily-report --out DIR` writes report.md beside
// chart.png): what the Feishu card and the Telegram message say, in one readable page.
import type { ReportView } from './report-view.js';

const cell = (s: string | number) => String(s).replace(/\|/gu, '\\|').replace(/\n/gu, ' ');
const row = (cells: (string | number)[]) => `| ${cells.map(cell).join(' | ')} |`;

function table(head: string[], rows: (string | number)[][]): string[] {
  return [row(head), row(head.map(() => '---')), ...rows.map(row)];
}

export function reportMarkdown(view: ReportView, chartFile = 'chart.png'): string {
  const lines: string[] = [`# ${view.title}`, '', `> ${view.headline}`, '', `![每小时会话量与机器人解决率](${chartFile})`, ''];
  lines.push('## 核心指标', '', ...table(['指标', '当日', '较前一日', '较上周同日'], view.metrics.map((m) => [m.label, m.value, m.vsDayBefore, m.vsWeekBefore])), '');
  if (view.channels.length) {
    lines.push('## 分渠道', '', ...table(['渠道', '会话', '消息', '机器人解决率', '转人工率', '首次响应 P50', '满意度'], view.channels.map((c) => [c.name, c.conversations, c.messages, c.resolution, c.escalation, c.firstResponse, c.csat])), '');
  }
  if (view.escalationReasons.length) {
    lines.push('## 转人工原因', '', ...table(['原因', '会话', '占比'], view.escalationReasons.map((r) => [r.label, r.count, r.share])), '');
  }
  if (view.agents.length) {
    lines.push('## 客服', '', ...table(['客服', '接待', '结束', '认领 P50', '处理 P50', '满意度'], view.agents.map((a) => [a.agent, a.claimed, a.closed, a.claim, a.handle, a.csat])), '');
  }
  if (view.topQuestions.length) {
    lines.push('## 热门问题 Top 10（按知识条目）', '', ...table(['#', '问题', '条目', '次数'], view.topQuestions.map((q, i) => [i + 1, q.label, q.entry, q.count])), '');
  }
  if (view.topUnanswered.length) {
    lines.push('## 没答上的问题 Top 10', '', ...table(['#', '客户原话', '次数'], view.topUnanswered.map((q, i) => [i + 1, q.text, q.count])), '');
  }
  lines.push('---', '', ...view.notes.map((n) => `- ${n}`), '');
  return lines.join('\n');
}
