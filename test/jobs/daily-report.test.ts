// The daily-report job on simulated days of the sample shop (real pipeline, real engine): figures per
// channel against the day before and the week before, the chart as PNG, delivered once to each target,
// the figures saved for tomorrow's comparison; a dry run sends and saves nothing.
import { describe, expect, it } from 'vitest';
import { addDays, dayStart } from '../../core/reports/days.js';
import type { DailyFigures } from '../../core/reports/daily-figures.js';
import { memoryStore } from '../../core/store/open-store.js';
import { dailyReport } from '../../jobs/daily-report.js';
import { jobDeps, simulate } from './simulated-shop.js';

const DAY = '2026-03-14';
const NINE_NEXT_MORNING = dayStart(addDays(DAY, 1)) + 9 * 3600_000;

describe('daily-report', () => {
  it('reports the day against the day before and the same day last week, and sends it', async () => {
    const store = memoryStore();
    const stats = await simulate(store, { [DAY]: 60, [addDays(DAY, -1)]: 40, [addDays(DAY, -7)]: 30 });
    expect(stats[DAY]!.tickets).toBeGreaterThan(0);
    const deps = await jobDeps(store, NINE_NEXT_MORNING);

    const dry = await dailyReport.run(deps, { date: DAY, dryRun: true });
    expect(deps.report.sent).toHaveLength(0);
    expect(await store.get(`report:figures:${DAY}`)).toBeUndefined();
    const figures = JSON.parse(dry.files['figures.json'] as string) as { today: DailyFigures; dayBefore: DailyFigures; weekBefore: DailyFigures };
    expect(figures.today.total.conversations).toBeGreaterThanOrEqual(55); // a few customers come back later
    // Counted on the day they were written: a rating the morning after goes to the next day's report.
    expect(figures.today.total.messages).toBe(stats[DAY]!.messages - stats[DAY]!.messagesNextDay + stats[addDays(DAY, -1)]!.messagesNextDay);
    expect(Object.keys(figures.today.channels).sort()).toEqual(['telegram', 'wechat']);
    expect(figures.today.total.resolutionRate).toBeGreaterThan(0);
    expect(figures.today.total.escalated).toBe(stats[DAY]!.tickets);
    expect(figures.today.total.csatCount).toBeGreaterThan(0);
    expect(figures.today.topQuestions.length).toBeGreaterThan(3);
    expect(figures.dayBefore.day).toBe(addDays(DAY, -1));
    expect(figures.weekBefore.total.conversations).toBeGreaterThan(0);

    const output = await dailyReport.run(deps, { date: DAY, dryRun: false });
    expect(output.delivered).toEqual(['recording:report']);
    const [message] = deps.report.sent;
    expect(message!.image!.subarray(1, 4).toString()).toBe('PNG');
    expect(message!.telegram.caption).toContain(DAY);
    expect(JSON.stringify(message!.feishuCard('img_1'))).toContain('img_1');
    const md = output.files['report.md'] as string;
    expect(md).toMatch(/\| 会话数 \| \d+ \| [▲▼＝]/u);
    expect(md).toContain('## 分渠道');
    expect(md).toContain('## 转人工原因');
    expect(md).toContain('## 客服');
    // Saved for tomorrow's report to compare with.
    expect((await store.get<DailyFigures>(`report:figures:${DAY}`))!.total.conversations).toBe(figures.today.total.conversations);
  });

  it('reports an empty day without failing', async () => {
    const deps = await jobDeps(memoryStore(), NINE_NEXT_MORNING);
    const output = await dailyReport.run(deps, { date: DAY, dryRun: true });
    expect(output.summary).toBe('当日没有客户会话。');
    expect((output.files['chart.png'] as Uint8Array).length).toBeGreaterThan(1000);
  });
});
