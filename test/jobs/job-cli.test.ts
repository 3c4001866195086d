// The jobs from the command line, as an operator runs them (the bundled CLI, real processes, a temporary
// SQLite DATA_DIR): simulate a day, preview each job's output with --out, run one for real (once), and
// the scheduler process catching up a missed run in a worker from the bundle.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const dataDir = mkdtempSync(path.join(tmpdir(), 'xiaoer-jobs-cli-'));
const out = path.join(dataDir, 'out');
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const env = { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'error', REDIS_URL: '', REPORT_FEISHU_CHAT: '', REPORT_TELEGRAM_CHAT: '', QA_FEISHU_CHAT: '', QA_TELEGRAM_CHAT: '' };

function xiaoer(args: string[], extra: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, ['bots/xiaoer.mjs', ...args], { encoding: 'utf8', env: { ...env, ...extra }, timeout: 120_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const DAY = '2026-03-14';

describe('xiaoer simulate and job run', () => {
  it('fills a day, previews every job\'s output, runs the report once', () => {
    const sim = xiaoer(['simulate', '--date', DAY, '--conversations', '40']);
    expect(sim.stderr).toBe('');
    expect(sim.code).toBe(0);
    expect(sim.stdout).toMatch(new RegExp(`^simulated ${DAY}: 40 customers, \\d+ messages, \\d+ tickets`, 'u'));

    const report = xiaoer(['job', 'run', 'daily-report', '--date', DAY, '--out', out]);
    expect(report.code).toBe(0);
    expect(report.stdout).toMatch(new RegExp(`^daily-report ${DAY} \\(dry run\\): 共 \\d+ 个会话`, 'u'));
    expect(readFileSync(path.join(out, 'report.md'), 'utf8')).toContain(`客服日报 · ${DAY}`);
    expect(readFileSync(path.join(out, 'chart.png')).subarray(1, 4).toString()).toBe('PNG');

    expect(xiaoer(['job', 'run', 'qa-sampling', '--date', DAY, '--out', out]).code).toBe(0);
    expect(readFileSync(path.join(out, 'qa.md'), 'utf8')).toContain('质检');
    expect(xiaoer(['job', 'run', 'knowledge-gaps', '--date', DAY, '--out', out]).code).toBe(0);
    expect(existsSync(path.join(out, 'suggested-faq.yaml'))).toBe(true);

    const real = xiaoer(['job', 'run', 'daily-report', '--date', DAY]);
    expect(real.code).toBe(0);
    expect(real.stdout).toMatch(new RegExp(`^daily-report ${DAY}: 共`, 'u'));
    expect(xiaoer(['job', 'run', 'daily-report', '--date', DAY]).stdout).toMatch(/already done at/u);

    const unknown = xiaoer(['job', 'run', 'weekly-party']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('daily-report, qa-sampling, knowledge-gaps');
    expect(xiaoer(['job', 'run', 'daily-report', '--date', '2026-02-30']).stderr).toContain('--date must be a day');
    expect(xiaoer(['job', 'list']).stdout).toMatch(new RegExp(`daily-report\\s+at 09:00\\s+last done: ${DAY}`, 'u'));
  }, 120_000);

  it('the scheduler process catches up a missed run in a worker from the bundle', async () => {
    // The report last ran for a day long ago: the latest period was missed.
    expect(xiaoer(['job', 'run', 'daily-report', '--date', '2026-01-01']).code).toBe(0);
    const child = spawn(process.execPath, ['bots/xiaoer.mjs', 'scheduler'], { env: { ...env, LOG_LEVEL: 'info' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let log = '';
    try {
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no catch-up run:\n${log}`)), 60_000);
        child.stderr.on('data', (chunk: Buffer) => {
          log += chunk.toString();
          if (/scheduler: job finished/u.test(log)) {
            clearTimeout(timer);
            resolve();
          }
        });
        child.on('exit', (code) => reject(new Error(`scheduler exited with ${code}:\n${log}`)));
      });
    } finally {
      child.kill('SIGTERM');
    }
    expect(log).toContain('a run was missed while the scheduler was down');
    expect(log).toMatch(/"status":"ran"/u);
    expect(log).not.toMatch(/job failed/u);
  }, 90_000);
});
