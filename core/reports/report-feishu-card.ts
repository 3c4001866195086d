// The daily report as a Feishu interactive card (message card JSON): the chart on top, the key figures as
// two columns of fields coloured by whether the change is good news, then channels, reasons, agents and
// the top questions as short lines (card markdown has no tables).
import type { ReportView, Trend } from './report-view.js';

const COLOR: Record<Trend, string | undefined> = { good: 'green', bad: 'red', flat: undefined, none: undefined };
const colored = (text: string, trend: Trend) => (COLOR[trend] ? `<font color='${COLOR[trend]}'>${text}</font>` : text);
const md = (content: string) => ({ tag: 'markdown', content });

export function reportFeishuCard(view: ReportView, imageKey?: string): Record<string, unknown> {
  const elements: unknown[] = [md(view.headline)];
  if (imageKey) elements.push({ tag: 'img', img_key: imageKey, alt: { tag: 'plain_text', content: '每小时会话量与机器人解决率' } });
  elements.push({
    tag: 'div',
    fields: view.metrics.map((m) => ({
      is_short: true,
      text: { tag: 'lark_md', content: `**${m.label}**\n${m.value}\n较前日 ${colored(m.vsDayBefore, m.trend)} · 较上周 ${m.vsWeekBefore}` },
    })),
  });
  if (view.channels.length) {
    elements.push({ tag: 'hr' }, md(['**分渠道**', ...view.channels.map((c) => `${c.name}：会话 ${c.conversations} · 解决率 ${c.resolution} · 转人工 ${c.escalation} · 响应 P50 ${c.firstResponse} · 满意度 ${c.csat}`)].join('\n')));
  }
  if (view.escalationReasons.length) {
    elements.push(md(['**转人工原因**', ...view.escalationReasons.map((r) => `${r.label} ${r.count}（${r.share}）`)].join('\n')));
  }
  if (view.agents.length) {
    elements.push(md(['**客服**', ...view.agents.map((a) => `${a.agent}：接待 ${a.claimed} · 结束 ${a.closed} · 认领 P50 ${a.claim} · 处理 P50 ${a.handle} · 满意度 ${a.csat}`)].join('\n')));
  }
  if (view.topQuestions.length) {
    elements.push({ tag: 'hr' }, md(['**热门问题 Top 10**', ...view.topQuestions.map((q, i) => `${i + 1}. ${q.label}（${q.count}）`)].join('\n')));
  }
  if (view.topUnanswered.length) {
    elements.push(md(['**没答上的问题 Top 10**', ...view.topUnanswered.map((q, i) => `${i + 1}. ${q.text}（${q.count}）`)].join('\n')));
  }
  elements.push({ tag: 'note', elements: [{ tag: 'plain_text', content: view.notes.join(' ') }] });
  return {
    config: { wide_screen_mode: true },
    header: { template: 'blue', title: { tag: 'plain_text', content: view.title } },
    elements,
  };
}
