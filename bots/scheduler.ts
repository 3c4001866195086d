// The scheduler bot (`xiaoer scheduler`): bree runs each job on its configured schedule (cron in shop
// time), each run in a worker thread so a heavy report never blocks the process, and a run that throws
// is logged without stopping the others. On start it catches up: a job whose last completed period is
// older than the latest due one (the process was down at the time) runs at once. Several schedulers may
// share a Redis store: the per-period lock in jobs/run-once.ts lets only one of them run each period.
import Bree from 'bree';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Config } from '../core/config.js';
import type { Logger } from '../core/log.js';
import { openStore } from '../core/store/open-store.js';
import type { Store } from '../core/store/store.js';
import { jobs } from '../jobs/index.js';
import { scheduleOf } from '../jobs/job-deps.js';
import { isDone, lastKey } from '../jobs/run-once.js';
import { cronOf, duePeriod, SCHEDULE_TIMEZONE } from '../jobs/schedule.js';

/** The worker's entry file: the launcher's bundle when running from dist/, else the tsx runner. */
export function workerPath(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const compiled = path.join(here, 'job-worker.js');
  return existsSync(compiled) ? compiled : path.resolve(here, '../jobs/runner.mjs');
}

function breeLogger(log: Logger) {
  const meta = (m: unknown) => (m && typeof m === 'object' ? { worker: m } : {});
  return {
    info: (message: unknown, m?: unknown) => log.debug(meta(m), String(message)),
    warn: (message: unknown, m?: unknown) => log.warn({ ...meta(m), err: message instanceof Error ? message : undefined }, message instanceof Error ? message.message : String(message)),
    error: (message: unknown, m?: unknown) => log.error({ ...meta(m), err: message instanceof Error ? message : undefined }, message instanceof Error ? message.message : String(message)),
  };
}

export interface SchedulerOptions {
  /** Only these jobs (tests); default all. */
  only?: string[];
  now?: () => number;
  /** The store for catch-up checks; default the configured one. */
  store?: Store;
}

export interface Scheduler {
  bree: Bree;
  /** Starts the schedules, then runs the jobs that missed a period; resolves with the ones started. */
  start(): Promise<string[]>;
  /** Jobs whose latest due period has not completed, though an earlier one has. */
  missed(): Promise<string[]>;
  stop(): Promise<void>;
}

export async function createScheduler(config: Config, log: Logger, options: SchedulerOptions = {}): Promise<Scheduler> {
  const now = options.now ?? Date.now;
  const names = Object.keys(jobs).filter((n) => !options.only || options.only.includes(n));
  const entry = workerPath();
  const bree = new Bree({
    root: false,
    logger: breeLogger(log) as never,
    jobs: names.map((name) => ({ name, path: entry, cron: cronOf(scheduleOf(name, config)), timezone: SCHEDULE_TIMEZONE, worker: { workerData: { jobName: name } } })),
    errorHandler: (error: unknown, meta: { name?: string }) => log.error({ err: error, job: meta?.name }, 'scheduler: job failed; it runs again at its next time or on restart'),
    workerMessageHandler: ({ name, message }: { name: string; message: unknown }) => log.info({ job: name, result: message }, 'scheduler: job finished'),
  });
  const store = options.store ?? (await openStore({ redisUrl: config.REDIS_URL, dataDir: config.dataDir, log }));
  const ownStore = !options.store;

  async function missed(): Promise<string[]> {
    const out: string[] = [];
    for (const name of names) {
      const period = duePeriod(scheduleOf(name, config), now());
      const last = await store.get<string>(lastKey(name));
      // Never run before: nothing was missed, the schedule starts from here.
      if (last && last < period && !(await isDone({ store }, name, period))) out.push(name);
    }
    return out;
  }

  return {
    bree,
    missed,
    async start() {
      await bree.start();
      const catchUp = await missed();
      for (const name of catchUp) {
        log.warn({ job: name }, 'scheduler: a run was missed while the scheduler was down; running it now');
        await bree.run(name);
      }
      log.info({ jobs: names.map((n) => `${n} (${scheduleOf(n, config).text})`) }, 'scheduler: started');
      return catchUp;
    },
    async stop() {
      await bree.stop();
      if (ownStore) await store.close();
    },
  };
}

/** `xiaoer scheduler`: runs until SIGINT/SIGTERM. */
export async function runScheduler(config: Config, log: Logger): Promise<void> {
  const scheduler = await createScheduler(config, log);
  await scheduler.start();
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  log.info('scheduler: stopping (waiting for running jobs)');
  await scheduler.stop();
}
