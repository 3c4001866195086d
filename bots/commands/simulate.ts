// `xiaoer simulate --date DAY --conversations N`: a day of realistic synthetic traffic through the real
// pipeline into the configured store (or --data-dir), so reports, QA and the benchmarks have data. The
// LLM is left out on purpose: simulated customers should not spend real tokens.
import path from 'node:path';
import { createLogger } from '../../core/log.js';
import { isDay } from '../../core/reports/days.js';
import { dayStart } from '../../core/reports/days.js';
import { runtimeFromConfig } from '../../core/runtime-from-config.js';
import { ProgressBar } from '../../jobs/simulate/progress-bar.js';
import { SimClock } from '../../jobs/simulate/sim-clock.js';
import { SIM_CHANNELS, SimulatedDesk, simulateDay } from '../../jobs/simulate/simulate-day.js';
import { fail, settings } from '../settings.js';

export interface SimulateCommandOptions {
  date: string;
  conversations: string;
  dataDir?: string;
  seed?: string;
}

export async function simulate(options: SimulateCommandOptions): Promise<void> {
  if (!isDay(options.date)) fail(`--date must be a day like 2026-03-14 (got "${options.date}")`);
  const count = Number(options.conversations);
  if (!Number.isInteger(count) || count <= 0) fail(`--conversations must be a positive whole number (got "${options.conversations}")`);
  const base = settings();
  const config = { ...base, OPENAI_API_KEY: undefined, ...(options.dataDir ? { REDIS_URL: undefined, dataDir: path.resolve(options.dataDir) } : {}) };
  const log = createLogger({ level: process.env.LOG_LEVEL ?? 'warn' });
  const clock = new SimClock(dayStart(options.date));
  const runtime = await runtimeFromConfig(config, log, { now: clock.now, desk: new SimulatedDesk(), instance: `simulate-${process.pid}`, watchKnowledge: false });
  let delivered = 0;
  for (const channel of SIM_CHANNELS) runtime.deps.outbox.register({ channel, send: async () => void delivered++ });
  const bar = new ProgressBar(count, `simulate ${options.date}`);
  try {
    const stats = await simulateDay({ runtime, clock, date: options.date, conversations: count, seed: options.seed, onProgress: (done) => bar.update(done) });
    bar.finish();
    process.stdout.write(
      `simulated ${options.date}: ${stats.conversations} customers, ${stats.messages} messages, ${stats.tickets} tickets, ${stats.agentReplies} agent replies, ${stats.ratings} ratings, ${delivered} replies delivered in ${(stats.elapsedMs / 1000).toFixed(1)} s (store: ${runtime.deps.store.kind}${config.REDIS_URL ? '' : `, ${config.dataDir}`})\n`,
    );
  } finally {
    await runtime.close();
  }
}
