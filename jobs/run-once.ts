// A job runs at most once per period, however many schedulers share the store: the first to set the
// period's lock (set-if-absent, atomic on Redis) runs it and leaves a done marker; the others see the lock
// or the marker and skip. A run that fails releases its lock so the next trigger (or a restart's
// catch-up) tries again; a process that dies mid-run leaves a lock that expires after LOCK_TTL_MS.
import type { Job, JobDeps, JobOutput } from './job.js';

export const LOCK_TTL_MS = 60 * 60_000;
const DONE_TTL_MS = 400 * 86_400_000;

export const lockKey = (job: string, period: string) => `job:${job}:${period}`;
export const doneKey = (job: string, period: string) => `job:${job}:${period}:done`;
export const lastKey = (job: string) => `job:${job}:last`;

export interface DoneMarker {
  at: number;
  summary: string;
  delivered: string[];
}

export type OnceResult = { status: 'ran'; output: JobOutput } | { status: 'done'; marker: DoneMarker } | { status: 'busy' };

export async function runOnce(job: Job, deps: JobDeps, period: string): Promise<OnceResult> {
  const { store, log } = deps;
  const done = await store.get<DoneMarker>(doneKey(job.name, period));
  if (done) return { status: 'done', marker: done };
  const owner = { pid: process.pid, at: deps.now() };
  if (!(await store.setIfAbsent(lockKey(job.name, period), owner, LOCK_TTL_MS))) {
    // Another scheduler has it, or finished it between our two reads.
    const marker = await store.get<DoneMarker>(doneKey(job.name, period));
    return marker ? { status: 'done', marker } : { status: 'busy' };
  }
  // Someone may have finished (and released the lock) between our first read and our lock.
  const finished = await store.get<DoneMarker>(doneKey(job.name, period));
  if (finished) {
    await store.delete(lockKey(job.name, period));
    return { status: 'done', marker: finished };
  }
  log.info({ job: job.name, period }, 'job: running');
  let output: JobOutput;
  try {
    output = await job.run(deps, { date: period, dryRun: false });
  } catch (error) {
    await store.delete(lockKey(job.name, period));
    throw error;
  }
  await store.set<DoneMarker>(doneKey(job.name, period), { at: deps.now(), summary: output.summary, delivered: output.delivered }, DONE_TTL_MS);
  await store.update<string>(lastKey(job.name), (last) => (last && last > period ? last : period));
  await store.delete(lockKey(job.name, period)); // the done marker guards the period from now on
  log.info({ job: job.name, period, delivered: output.delivered, summary: output.summary }, 'job: done');
  return { status: 'ran', output };
}

/** Whether the period's run has completed (catch-up after a restart asks this). */
export async function isDone(deps: Pick<JobDeps, 'store'>, job: string, period: string): Promise<boolean> {
  return (await deps.store.get(doneKey(job, period))) !== undefined;
}
