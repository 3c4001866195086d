// The daily report for Telegram: the chart as a photo whose caption carries the key figures (captions
// stop at 1024 characters), then the details as one HTML message (at most 4096).
import type { ReportView } from './report-view.js';

export const CAPTION_LIMIT = 1024;
export const MESSAGE_LIMIT = 4096;

export const escapeHtml = (s: string) => s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');

/** Whole lines up to the limit, so no HTML tag is ever cut open. */
export function fitLines(lines: string[], limit: number): string {
  let out = '';
  for (const line of lines) {
    if (out.length + line.length + 1 > limit) break;
    out += (out ? '\n' : '') + line;
  }
  return out;
}

const CAPTION_METRICS = ['会话数', '机器人解决率', '转人工率', '首次响应 P50', '满意度（均分）'];

export function reportTelegram(view: ReportView): { caption: string; details: string } {
  const caption = fitLines([
    `<b>${escapeHtml(view.title)}</b>`,
    escapeHtml(view.headline),
    '',
    ...view.metrics.filter((m) => CAPTION_METRICS.includes(m.label)).map((m) => `${escapeHtml(m.label)}：<b>${escapeHtml(m.value)}</b>（较前日 ${escapeHtml(m.vsDayBefore)}，较上周 ${escapeHtml(m.vsWeekBefore)}）`),
  ], CAPTION_LIMIT);
  const lines: string[] = [`<b>${escapeHtml(view.title)} · 明细</b>`, ''];
  for (const m of view.metrics.filter((x) => !CAPTION_METRICS.includes(x.label))) lines.push(`${escapeHtml(m.label)}：${escapeHtml(m.value)}（${escapeHtml(m.vsDayBefore)} / ${escapeHtml(m.vsWeekBefore)}）`);
  if (view.channels.length) {
    lines.push('', '<b>分渠道</b>', ...view.channels.map((c) => escapeHtml(`${c.name}：会话 ${c.conversations}，解决率 ${c.resolution}，转人工 ${c.escalation}，响应 P50 ${c.firstResponse}，满意度 ${c.csat}`)));
  }
  if (view.escalationReasons.length) lines.push('', '<b>转人工原因</b>', ...view.escalationReasons.map((r) => escapeHtml(`${r.label} ${r.count}（${r.share}）`)));
  if (view.agents.length) lines.push('', '<b>客服</b>', ...view.agents.map((a) => escapeHtml(`${a.agent}：接待 ${a.claimed}，结束 ${a.closed}，认领 P50 ${a.claim}，处理 P50 ${a.handle}，满意度 ${a.csat}`)));
  if (view.topQuestions.length) lines.push('', '<b>热门问题 Top 10</b>', ...view.topQuestions.map((q, i) => escapeHtml(`${i + 1}. ${q.label}（${q.count}）`)));
  if (view.topUnanswered.length) lines.push('', '<b>没答上的问题 Top 10</b>', ...view.topUnanswered.map((q, i) => escapeHtml(`${i + 1}. ${q.text}（${q.count}）`)));
  return { caption, details: fitLines(lines, MESSAGE_LIMIT) };
}
