// The daily report as text to show, built once from the figures and rendered three ways (markdown file,
// Feishu card, Telegram photo caption + message). Each figure stands against the day before and the same
// day last week. Customers' words are masked (phones, orders, addresses) before anyone sees them.
import type { KnowledgeBase } from '../knowledge/knowledge-base.js';
import { redact } from '../privacy/mask.js';
import type { ChannelFigures, DailyFigures } from './daily-figures.js';
import { weekdayOf, dayStart } from './days.js';
import { change, count, duration, percent, score, type Kind } from './format.js';
import { WEEKDAYS } from '../text/weekdays.js';

export type Trend = 'good' | 'bad' | 'flat' | 'none';

export interface MetricRow {
  label: string;
  value: string;
  vsDayBefore: string;
  vsWeekBefore: string;
  /** Whether the change against the day before is good news, for colour. */
  trend: Trend;
}

export interface ReportView {
  shop: string;
  day: string;
  title: string;
  /** One sentence a manager reads first. */
  headline: string;
  /** The chart's subtitle (ASCII only: the chart font has no CJK glyphs). */
  chartSubtitle: string;
  metrics: MetricRow[];
  channels: { name: string; conversations: string; messages: string; resolution: string; escalation: string; firstResponse: string; csat: string }[];
  escalationReasons: { label: string; count: number; share: string }[];
  agents: { agent: string; claimed: number; closed: number; claim: string; handle: string; csat: string }[];
  topQuestions: { label: string; entry: string; count: number }[];
  topUnanswered: { text: string; count: number }[];
  notes: string[];
  empty: boolean;
}

interface Metric {
  label: string;
  kind: Kind;
  /** Which direction is good news. */
  better: 'up' | 'down' | 'none';
  value: (f: ChannelFigures, d: DailyFigures) => number | null;
  show?: (f: ChannelFigures, d: DailyFigures) => string;
}

const METRICS: Metric[] = [
  { label: '会话数', kind: 'count', better: 'none', value: (f) => f.conversations },
  { label: '客户消息数', kind: 'count', better: 'none', value: (f) => f.messages },
  { label: '机器人解决率', kind: 'rate', better: 'up', value: (f) => f.resolutionRate },
  { label: '转人工率', kind: 'rate', better: 'down', value: (f) => f.escalationRate },
  { label: '首次响应 P50', kind: 'duration', better: 'down', value: (f) => f.firstResponseP50Ms },
  { label: '首次响应 P90', kind: 'duration', better: 'down', value: (f) => f.firstResponseP90Ms },
  { label: '认领时长 P50', kind: 'duration', better: 'down', value: (f) => f.claimP50Ms },
  { label: '认领时长 P90', kind: 'duration', better: 'down', value: (f) => f.claimP90Ms },
  { label: '处理时长 P50', kind: 'duration', better: 'down', value: (f) => f.handleP50Ms },
  { label: '处理时长 P90', kind: 'duration', better: 'down', value: (f) => f.handleP90Ms },
  { label: '满意度（均分）', kind: 'score', better: 'up', value: (f) => f.csatAverage, show: (f) => (f.csatCount ? `${score(f.csatAverage)}（${f.csatCount} 条评价）` : score(null)) },
  { label: '负面情绪消息占比', kind: 'rate', better: 'down', value: (f) => f.negativeShare },
  { label: 'LLM tokens', kind: 'count', better: 'none', value: (_f, d) => d.llmTokens },
];

const REASONS: Record<string, string> = {
  complaint: '投诉',
  human_request: '要求人工',
  unresolved: '连续答不上来',
  anger: '情绪激动',
  threat: '威胁差评/投诉',
  compensation: '要求赔偿',
  faq_handoff: '按知识条目转人工',
};

export const CHANNEL_NAMES: Record<string, string> = { wechat: '微信', telegram: 'Telegram', feishu: '飞书', console: '控制台' };

export function reasonLabel(reason: string): string {
  if (reason.startsWith('entry:')) return `按知识条目转人工（${reason.slice(6)}）`;
  return REASONS[reason] ?? reason;
}

function format(kind: Kind, v: number | null): string {
  return kind === 'count' ? count(v) : kind === 'rate' ? percent(v) : kind === 'duration' ? duration(v) : score(v);
}

function trendOf(sign: -1 | 0 | 1, better: Metric['better']): Trend {
  if (better === 'none') return 'none';
  if (sign === 0) return 'flat';
  return (sign > 0) === (better === 'up') ? 'good' : 'bad';
}

/** Worth a colour: the bot's replies going from 7 to 11 ms is noise, not news. */
function noticeable(now: number | null, before: number | null, kind: Kind): boolean {
  if (now === null || before === null) return false;
  if (kind === 'duration') return Math.abs(now - before) >= 1000 && Math.abs(now - before) >= 0.05 * Math.max(now, before);
  if (kind === 'rate') return Math.abs(now - before) >= 0.005;
  return true;
}

/** ASCII summary for the chart. */
function chartSubtitle(today: DailyFigures, dayBefore: DailyFigures | null): string {
  const t = today.total;
  const vs = dayBefore ? change(t.conversations, dayBefore.total.conversations, 'count') : undefined;
  const delta = vs && vs.sign !== 0 ? ` (${vs.sign > 0 ? '+' : '-'}${vs.text.slice(1).replace('新增', 'new')} vs day before)` : '';
  return `${count(t.conversations)} conversations${delta} - bot resolution ${percent(t.resolutionRate)} - escalation ${percent(t.escalationRate)}`;
}

export interface ViewInput {
  today: DailyFigures;
  dayBefore: DailyFigures | null;
  weekBefore: DailyFigures | null;
  kb: KnowledgeBase;
}

export function buildReportView({ today, dayBefore, weekBefore, kb }: ViewInput): ReportView {
  const t = today.total;
  const metrics = METRICS.map((m) => {
    const now = m.value(t, today);
    const d1 = dayBefore ? change(now, m.value(dayBefore.total, dayBefore), m.kind) : change(now, null, m.kind);
    const d7 = weekBefore ? change(now, m.value(weekBefore.total, weekBefore), m.kind) : change(now, null, m.kind);
    const before = dayBefore ? m.value(dayBefore.total, dayBefore) : null;
    return { label: m.label, value: m.show ? m.show(t, today) : format(m.kind, now), vsDayBefore: d1.text, vsWeekBefore: d7.text, trend: noticeable(now, before, m.kind) ? trendOf(d1.sign, m.better) : 'flat' };
  });
  const escalated = Object.values(today.escalationReasons).reduce((a, b) => a + b, 0);
  const entryLabel = (id: string) => kb.faq.find((e) => e.id === id)?.questions[0] ?? kb.promotions.find((p) => p.id === id)?.title ?? id;
  const weekday = WEEKDAYS.zh.long[weekdayOf(dayStart(today.day))]!;
  const headline =
    t.conversations === 0
      ? '当日没有客户会话。'
      : `共 ${count(t.conversations)} 个会话，机器人独立解决 ${percent(t.resolutionRate)}，转人工 ${percent(t.escalationRate)}` +
        (t.csatCount ? `，满意度 ${score(t.csatAverage)}` : '') +
        (dayBefore ? `；解决率较前一日 ${change(t.resolutionRate, dayBefore.total.resolutionRate, 'rate').text}` : '') +
        '。';
  return {
    shop: kb.shop.name,
    day: today.day,
    title: `${kb.shop.name} 客服日报 · ${today.day}（${weekday}）`,
    headline,
    chartSubtitle: chartSubtitle(today, dayBefore),
    metrics,
    channels: Object.entries(today.channels).map(([name, f]) => ({
      name: CHANNEL_NAMES[name] ?? name,
      conversations: count(f.conversations),
      messages: count(f.messages),
      resolution: percent(f.resolutionRate),
      escalation: percent(f.escalationRate),
      firstResponse: duration(f.firstResponseP50Ms),
      csat: f.csatCount ? `${score(f.csatAverage)} (${f.csatCount})` : score(null),
    })),
    escalationReasons: Object.entries(today.escalationReasons)
      .sort((a, b) => b[1] - a[1])
      .map(([reason, n]) => ({ label: reasonLabel(reason), count: n, share: percent(n / escalated) })),
    agents: today.agents.map((a) => ({
      agent: a.agent,
      claimed: a.claimed,
      closed: a.closed,
      claim: duration(a.claimP50Ms),
      handle: duration(a.handleP50Ms),
      csat: a.csatCount ? `${score(a.csatAverage)} (${a.csatCount})` : score(null),
    })),
    topQuestions: today.topQuestions.map((q) => ({ label: entryLabel(q.entry), entry: q.entry, count: q.count })),
    topUnanswered: today.topUnanswered.map((q) => ({ text: redact(q.text).slice(0, 60), count: q.count })),
    notes: [
      '会话：同一客户在同一聊天中间隔不超过 30 分钟的消息。',
      '机器人解决：无人工介入、机器人至少回答一次、客户没有停在未答上的问题、24 小时内未再来（按统计时已有的数据）。',
      '首次响应：机器人对首条消息的回复用时；首条消息即转人工的，为客服首次回复用时。认领：工单创建→认领；处理：认领→结束。',
      `${t.awaitingAgent ? `另有 ${t.awaitingAgent} 个转人工会话在统计时仍未得到客服回复，未计入首次响应。` : ''}`,
    ].filter(Boolean),
    empty: t.conversations === 0,
  };
}
