// `xiaoer job run NAME [--date DAY] [--dry-run] [--out DIR]` runs a job now, in this process: for the
// period due now, or the given day. It takes the same per-period lock as the scheduler, so a period
// already done is not sent twice. `--dry-run` computes without sending or storing; `--out DIR` writes
// what would be sent (report.md, chart.png, qa.md, suggested-faq.yaml) and implies --dry-run.
// `xiaoer job list` shows each job's schedule and last completed period.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createLogger } from '../../core/log.js';
import { isDay } from '../../core/reports/days.js';
import { jobs } from '../../jobs/index.js';
import { jobDepsFromConfig, scheduleOf } from '../../jobs/job-deps.js';
import type { JobOutput } from '../../jobs/job.js';
import { lastKey, runOnce } from '../../jobs/run-once.js';
import { duePeriod } from '../../jobs/schedule.js';
import { fail, settings } from '../settings.js';

export interface JobRunOptions {
  date?: string;
  dryRun?: boolean;
  out?: string;
}

async function writeOutputs(dir: string, output: JobOutput): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const written: string[] = [];
  for (const [name, content] of Object.entries(output.files)) {
    const file = path.join(dir, name);
    await writeFile(file, content);
    written.push(file);
  }
  return written;
}

export async function jobRun(name: string, options: JobRunOptions): Promise<void> {
  const job = jobs[name];
  if (!job) fail(`unknown job "${name}"; jobs: ${Object.keys(jobs).join(', ')}`);
  if (options.date && !isDay(options.date)) fail(`--date must be a day like 2026-03-14 (got "${options.date}")`);
  const config = settings();
  const log = createLogger({ level: process.env.LOG_LEVEL ?? 'warn' });
  const runtime = await jobDepsFromConfig(config, log);
  try {
    const date = options.date ?? duePeriod(scheduleOf(name, config), runtime.deps.now());
    const dryRun = Boolean(options.dryRun || options.out);
    let output: JobOutput | undefined;
    if (dryRun) {
      output = await job.run(runtime.deps, { date, dryRun: true });
    } else {
      const result = await runOnce(job, runtime.deps, date);
      if (result.status === 'busy') fail(`${name} ${date} is running in another process`, 3);
      if (result.status === 'done') {
        process.stdout.write(`${name} ${date}: already done at ${new Date(result.marker.at).toISOString()} — ${result.marker.summary}\n`);
        return;
      }
      output = result.output;
    }
    process.stdout.write(`${name} ${date}${dryRun ? ' (dry run)' : ''}: ${output.summary}\n`);
    for (const target of output.delivered) process.stdout.write(`  sent: ${target}\n`);
    if (options.out) for (const file of await writeOutputs(options.out, output)) process.stdout.write(`  wrote ${file}\n`);
  } finally {
    await runtime.close();
  }
}

export async function jobList(): Promise<void> {
  const config = settings();
  const log = createLogger({ level: process.env.LOG_LEVEL ?? 'warn' });
  const runtime = await jobDepsFromConfig(config, log);
  try {
    for (const job of Object.values(jobs)) {
      const schedule = scheduleOf(job.name, config);
      const last = await runtime.deps.store.get<string>(lastKey(job.name));
      process.stdout.write(`${job.name.padEnd(15)} ${schedule.text.padEnd(20)} last done: ${last ?? '—'}  due now: ${duePeriod(schedule, Date.now())}\n  ${job.description}\n`);
    }
  } finally {
    await runtime.close();
  }
}
