// A job runs once per period however many schedulers race for it (a store lock, then a done marker); a
// failed run releases the lock so the period is tried again; a delivery that failed for one target is
// retried for that target only. On Redis the race is between separate connections, as between processes.
import { afterAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../core/log.js';
import { memoryStore } from '../../core/store/open-store.js';
import type { Store } from '../../core/store/store.js';
import { deliver } from '../../jobs/deliver.js';
import type { Job, JobDeps } from '../../jobs/job.js';
import { doneKey, lastKey, lockKey, runOnce } from '../../jobs/run-once.js';
import type { ReportMessage, ReportTarget } from '../../jobs/targets/report-target.js';

const opened: Store[] = [];
afterAll(async () => {
  for (const s of opened) await s.close().catch(() => undefined);
});

function deps(store: Store, targets: ReportTarget[] = []): JobDeps {
  return {
    store,
    knowledge: undefined as never,
    log: silentLogger,
    now: Date.now,
    targets: { report: targets, qa: [] },
    settings: { qaSampleSize: 1, suggestionsDir: '', suggestionsGit: false, knowledgeDir: '' },
  };
}

function countingJob(work: () => Promise<void> = async () => undefined): Job & { runs: number } {
  const job = {
    name: 'counting',
    description: 'counts its runs',
    defaultSchedule: 'at 09:00',
    runs: 0,
    async run() {
      job.runs++;
      await new Promise((r) => setTimeout(r, 20)); // long enough for the others to try meanwhile
      await work();
      return { summary: `run ${job.runs}`, files: {}, delivered: [] };
    },
  };
  return job;
}

const backends: [string, () => Promise<Store>][] = [['memory', async () => memoryStore()]];
if (process.env.REDIS_TEST_URL) {
  const namespace = `test-jobs-${process.pid}-${Math.random().toString(36).slice(2)}`;
  backends.push([
    'redis',
    async () => {
      const { RedisStore } = await import('../../core/store/redis-store.js');
      const store = await RedisStore.open(process.env.REDIS_TEST_URL!, namespace);
      opened.push(store);
      return store;
    },
  ]);
}

describe.each(backends)('exactly once per period (%s)', (name, open) => {
  it('runs one of several simultaneous attempts and marks the period done', async () => {
    // Memory: one shared store. Redis: a connection per "process", one shared database.
    const shared = await open();
    const stores = name === 'redis' ? [shared, await open(), await open(), await open()] : [shared, shared, shared, shared];
    const job = countingJob();
    const period = `2026-03-${Math.floor(Math.random() * 28) + 1}-${Math.random().toString(36).slice(2, 6)}`;
    const results = await Promise.all(stores.map((s) => runOnce(job, deps(s), period)));
    expect(job.runs).toBe(1);
    expect(results.filter((r) => r.status === 'ran')).toHaveLength(1);
    expect(results.every((r) => r.status === 'ran' || r.status === 'busy' || r.status === 'done')).toBe(true);
    expect(await shared.get(doneKey('counting', period))).toMatchObject({ summary: 'run 1' });
    expect(await shared.get(lastKey('counting'))).toBe(period);
    // Later attempts see the marker.
    expect((await runOnce(job, deps(stores[1]!), period)).status).toBe('done');
    expect(job.runs).toBe(1);
  });

  it('releases the lock when a run fails, so the period is tried again', async () => {
    const store = await open();
    let fail = true;
    const job = countingJob(async () => {
      if (fail) throw new Error('Feishu is down');
    });
    const period = `fail-${Math.random().toString(36).slice(2, 8)}`;
    await expect(runOnce(job, deps(store), period)).rejects.toThrow('Feishu is down');
    expect(await store.get(lockKey('counting', period))).toBeUndefined();
    fail = false;
    expect((await runOnce(job, deps(store), period)).status).toBe('ran');
    expect(job.runs).toBe(2);
  });
});

describe('delivery', () => {
  const message: ReportMessage = { title: 't', feishuCard: () => ({}), telegram: { caption: 'c', messages: [] } };

  it('retries only the targets that did not get the message', async () => {
    const store = memoryStore();
    const sent: string[] = [];
    let down = true;
    const targets: ReportTarget[] = [
      { name: 'feishu:oc_1', send: async () => void sent.push('feishu') },
      {
        name: 'telegram:42',
        send: async () => {
          if (down) throw new Error('telegram down');
          sent.push('telegram');
        },
      },
    ];
    await expect(deliver(deps(store), targets, message, 'job:x:2026-03-14')).rejects.toThrow(/1 of 2 targets/u);
    down = false;
    expect(await deliver(deps(store), targets, message, 'job:x:2026-03-14')).toEqual(['feishu:oc_1', 'telegram:42']);
    expect(sent).toEqual(['feishu', 'telegram']);
  });
});
