// daily-report: the managers' figures for a day, per channel, each against the day before and the same
// day last week, with a chart (conversations per hour, bot resolution) rendered to PNG on the server;
// sent as a Feishu card with the image and as a Telegram photo with text.
import { buildReportView } from '../core/reports/report-view.js';
import { addDays } from '../core/reports/days.js';
import { hourlyChartSvg } from '../core/reports/hourly-chart.js';
import { ReportData } from '../core/reports/report-data.js';
import { reportFeishuCard } from '../core/reports/report-feishu-card.js';
import { reportMarkdown } from '../core/reports/report-markdown.js';
import { reportTelegram } from '../core/reports/report-telegram.js';
import { svgToPng } from '../core/reports/svg-to-png.js';
import { deliver } from './deliver.js';
import type { Job, JobOutput } from './job.js';

export const dailyReport: Job = {
  name: 'daily-report',
  description: 'the day\'s figures per channel with a chart, to the managers\' Feishu group and Telegram chat',
  defaultSchedule: 'at 09:00',

  async run(deps, { date, dryRun }): Promise<JobOutput> {
    const data = new ReportData(deps.store, deps.now);
    const today = await data.computeFigures(date);
    const [dayBefore, weekBefore] = await Promise.all([data.comparisonFigures(addDays(date, -1)), data.comparisonFigures(addDays(date, -7))]);
    const view = buildReportView({ today, dayBefore, weekBefore, kb: deps.knowledge });
    const svg = hourlyChartSvg({
      day: date,
      conversations: today.hourly.conversations,
      botResolved: today.hourly.botResolved,
      compare: weekBefore ? { label: `same day last week (${weekBefore.day.slice(5)})`, conversations: weekBefore.hourly.conversations } : undefined,
      subtitle: view.chartSubtitle,
    });
    const png = svgToPng(svg);
    const telegram = reportTelegram(view);
    let delivered: string[] = [];
    if (!dryRun) {
      // Saved first: tomorrow's report compares with these figures as they were seen today.
      await data.saveFigures(today);
      if (!deps.targets.report.length) deps.log.warn({ job: 'daily-report' }, 'no report target configured (REPORT_FEISHU_CHAT, REPORT_TELEGRAM_CHAT)');
      delivered = await deliver(
        deps,
        deps.targets.report,
        { title: view.title, image: png, feishuCard: (imageKey) => reportFeishuCard(view, imageKey), telegram: { caption: telegram.caption, messages: [telegram.details] } },
        `job:daily-report:${date}`,
      );
    }
    return {
      summary: view.headline,
      files: { 'report.md': reportMarkdown(view), 'chart.png': png, 'chart.svg': svg, 'figures.json': JSON.stringify({ today, dayBefore, weekBefore }, null, 2) },
      delivered,
    };
  },
};
