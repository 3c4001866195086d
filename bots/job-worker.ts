// What a bree worker thread runs: the job named in its workerData, for the period due now, at most once
// (jobs/run-once.ts). It opens its own store connection and closes it, so the thread exits by itself
// when the job is done; a job that throws fails the thread, which bree reports to the scheduler.
import { parentPort, workerData } from 'node:worker_threads';
import { loadConfig, loadDotEnv } from '../core/config.js';
import { createLogger } from '../core/log.js';
import { jobs } from '../jobs/index.js';
import { jobDepsFromConfig, scheduleOf } from '../jobs/job-deps.js';
import { runOnce } from '../jobs/run-once.js';
import { duePeriod } from '../jobs/schedule.js';

const data = workerData as { jobName?: string; job?: { name?: string } } | null;
const name = data?.jobName ?? data?.job?.name;
const job = name ? jobs[name] : undefined;
if (!job) throw new Error(`job-worker: unknown job ${String(name)}`);

loadDotEnv();
const config = loadConfig(); // a wrong setting throws: bree reports it, the scheduler keeps running
const log = createLogger({ level: config.LOG_LEVEL, pretty: false });
const runtime = await jobDepsFromConfig(config, log);
try {
  const period = duePeriod(scheduleOf(job.name, config), runtime.deps.now());
  const result = await runOnce(job, runtime.deps, period);
  parentPort?.postMessage({ job: job.name, period, status: result.status, summary: result.status === 'ran' ? result.output.summary : result.status === 'done' ? result.marker.summary : undefined });
} finally {
  await runtime.close();
}
