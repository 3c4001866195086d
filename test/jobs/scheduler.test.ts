// The scheduler through a real Bree: on start it finds that the daily report missed its period while
// the scheduler was down, runs it in a worker thread (jobs/runner.mjs → bots/job-worker.ts) over the
// SQLite store, and the period is done once the worker exits. A second start finds nothing missed.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import pino from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { createScheduler, workerPath } from '../../bots/scheduler.js';
import { loadConfig } from '../../core/config.js';
import { turnLog } from '../../core/stages/record.js';
import { dayStart } from '../../core/reports/days.js';
import { openStore } from '../../core/store/open-store.js';
import { scheduleOf } from '../../jobs/job-deps.js';
import { doneKey, lastKey, type DoneMarker } from '../../jobs/run-once.js';
import { duePeriod } from '../../jobs/schedule.js';

const dataDir = mkdtempSync(path.join(tmpdir(), 'xiaoer-scheduler-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('scheduler (bree)', () => {
  it('catches up a missed daily report in a worker thread, once', async () => {
    // Workers read the configuration from the environment, like the scheduler process.
    Object.assign(process.env, { DATA_DIR: dataDir, KNOWLEDGE_DIR: path.resolve('knowledge'), LOG_LEVEL: 'error', REDIS_URL: '' });
    const config = loadConfig(process.env);
    const lines: string[] = [];
    const log = pino({ level: 'debug' }, new Writable({ write: (chunk, _e, done) => void (lines.push(String(chunk)), done()) }));
    const store = await openStore({ dataDir });
    const period = duePeriod(scheduleOf('daily-report', config), Date.now());
    // It ran three days ago, then the scheduler was down; yesterday had a customer.
    await store.set(lastKey('daily-report'), '2026-01-01');
    await store.append(turnLog(period), { at: dayStart(period) + 10 * 3600_000, conversation: 'conv:wechat:u|wechat:u', channel: 'wechat', customerId: 'wechat:u', inboundId: 'm1', text: '什么时候发货', replies: ['48小时内'], action: 'answer', reason: 'faq', faq: 'shipping-time', score: 0.9, escalated: false, signals: [], sentiment: 0, latencyMs: 12 });

    expect(workerPath()).toMatch(/jobs[/\\]runner\.mjs$/u); // from sources: the tsx runner
    const scheduler = await createScheduler(config, log, { only: ['daily-report'], store });
    const exited = new Promise<void>((resolve, reject) => {
      scheduler.bree.on('worker deleted', (name: string) => name === 'daily-report' && resolve());
      setTimeout(() => reject(new Error(`the worker did not finish:\n${lines.join('')}`)), 45_000).unref();
    });
    try {
      expect(await scheduler.start()).toEqual(['daily-report']);
      await exited;
    } finally {
      await scheduler.stop();
    }
    const done = await store.get<DoneMarker>(doneKey('daily-report', period));
    expect(done?.summary).toMatch(/共 1 个会话/u);
    expect(await store.get(lastKey('daily-report'))).toBe(period);
    expect(lines.filter((l) => /job failed/u.test(l))).toEqual([]);
    expect(lines.some((l) => /job finished/u.test(l) && l.includes('"status":"ran"'))).toBe(true);

    // Started again: nothing was missed.
    const again = await createScheduler(config, log, { only: ['daily-report'], store });
    try {
      expect(await again.missed()).toEqual([]);
    } finally {
      await again.stop();
    }
    await store.close();
  }, 60_000);
});
