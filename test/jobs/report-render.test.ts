// What managers see: the chart (an SVG we draw, rasterised to PNG on the server with the font we ship),
// and the report as markdown, Feishu card and Telegram caption + message, each figure against the day
// before and the week before, customers' personal data masked.
import { describe, expect, it } from 'vitest';
import { emptyKnowledgeBase } from '../../core/knowledge/knowledge-base.js';
import { computeDailyFigures, type DailyFigures } from '../../core/reports/daily-figures.js';
import { scanRecords } from '../../core/reports/day-scan.js';
import { dayStart } from '../../core/reports/days.js';
import { change } from '../../core/reports/format.js';
import { CHART_HEIGHT, CHART_WIDTH, hourlyChartSvg, niceScale } from '../../core/reports/hourly-chart.js';
import { reportFeishuCard } from '../../core/reports/report-feishu-card.js';
import { reportMarkdown } from '../../core/reports/report-markdown.js';
import { CAPTION_LIMIT, MESSAGE_LIMIT, reportTelegram } from '../../core/reports/report-telegram.js';
import { buildReportView } from '../../core/reports/report-view.js';
import { svgToPng } from '../../core/reports/svg-to-png.js';
import type { TurnRecord } from '../../core/stages/record.js';

const kb = { ...emptyKnowledgeBase(), shop: { name: '山间茶铺', timezone: 'Asia/Shanghai' }, faq: [{ id: 'shipping-time', questions: ['什么时候发货'], answer: '48小时内' }] };

function figures(day: string, conversations: number, resolved: number): DailyFigures {
  const records: Partial<TurnRecord>[] = [];
  for (let i = 0; i < conversations; i++) {
    const base = { at: dayStart(day) + (8 + (i % 12)) * 3600_000, conversation: `c${i}`, channel: i % 3 ? 'wechat' : 'telegram', customerId: `u${i}`, latencyMs: 15, sentiment: 0 };
    records.push(i < resolved ? { ...base, action: 'answer', faq: 'shipping-time', score: 0.9 } : { ...base, action: 'fallback', text: `我的手机号是13812345678，订单${i}` });
  }
  return computeDailyFigures({ scan: scanRecords(day, records), tickets: [], ratings: [], llmTokens: 0, computedAt: dayStart(day) });
}

describe('the daily chart', () => {
  it('draws bars, the resolution line and ASCII labels only', () => {
    const svg = hourlyChartSvg({ day: '2026-03-14', conversations: [0, 1, 0, 0, 0, 0, 0, 0, 20, 40, 50], botResolved: [0, 1, 0, 0, 0, 0, 0, 0, 10, 30, 25], subtitle: '110 conversations 中文', compare: { label: 'last week', conversations: [0, 0, 0, 0, 0, 0, 0, 0, 10, 30] } });
    expect(svg).toMatch(/^<svg /u);
    expect(svg.match(/<rect /gu)!.length).toBeGreaterThan(8);
    expect(svg).toContain('<polyline');
    expect(svg).toContain('stroke-dasharray');
    // Labels reach the font as ASCII (the shipped font has no CJK glyphs).
    expect(/[^\x00-\x7F]/u.test(svg)).toBe(false);
    expect(niceScale(47)).toEqual({ max: 50, step: 10 });
    expect(niceScale(0)).toEqual({ max: 5, step: 1 });
  });

  it('rasterises to a PNG at twice the size', () => {
    const png = svgToPng(hourlyChartSvg({ day: '2026-03-14', conversations: new Array(24).fill(5), botResolved: new Array(24).fill(3) }));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(CHART_WIDTH * 2);
    expect(png.readUInt32BE(20)).toBe(CHART_HEIGHT * 2);
    expect(png.length).toBeGreaterThan(10_000); // text and bars, not a blank image
  });
});

describe('the report text', () => {
  const today = figures('2026-03-14', 40, 30);
  const view = buildReportView({ today, dayBefore: figures('2026-03-13', 20, 10), weekBefore: null, kb });

  it('compares each figure with the day before and the week before', () => {
    const rate = view.metrics.find((m) => m.label === '机器人解决率')!;
    expect(rate).toMatchObject({ value: '75.0%', vsDayBefore: '▲25.0pp', vsWeekBefore: '—', trend: 'good' });
    expect(view.metrics.find((m) => m.label === '会话数')).toMatchObject({ value: '40', vsDayBefore: '▲100.0%' });
    expect(change(5, 0, 'count').text).toBe('▲新增');
    expect(change(null, 3, 'rate').text).toBe('—');
    expect(view.topQuestions[0]).toMatchObject({ label: '什么时候发货', count: 30 });
  });

  it('masks personal data in customers\' words', () => {
    const all = JSON.stringify(view);
    expect(all).not.toContain('13812345678');
    expect(view.topUnanswered.length).toBeGreaterThan(0);
  });

  it('renders markdown, a Feishu card with the image and Telegram text within its limits', () => {
    const md = reportMarkdown(view);
    expect(md).toContain('# 山间茶铺 客服日报 · 2026-03-14（周六）');
    expect(md).toContain('![每小时会话量与机器人解决率](chart.png)');
    expect(md).toMatch(/\| 机器人解决率 \| 75\.0% \| ▲25\.0pp \| — \|/u);
    const card = reportFeishuCard(view, 'img_v3_123');
    expect(JSON.stringify(card)).toContain('"img_key":"img_v3_123"');
    expect((card.header as { title: { content: string } }).title.content).toBe(view.title);
    const tg = reportTelegram(view);
    expect(tg.caption.length).toBeLessThanOrEqual(CAPTION_LIMIT);
    expect(tg.details.length).toBeLessThanOrEqual(MESSAGE_LIMIT);
    expect(tg.caption).toContain('<b>75.0%</b>');
  });
});
