// `xiaoer demo`: the scripted story on local fakes, through the real adapters.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runDemo, type DemoLine } from '../../bots/commands/demo.js';
import { silentLogger } from '../../core/log.js';
import { keywordEngine } from '../fakes/keyword-engine.js';

describe('xiaoer demo', () => {
  it('tells the story: WeChat and Telegram customers ask, the bot answers through the real adapters', async () => {
    let out = '';
    const { code, lines } = await runDemo({ json: true, write: (t) => (out += t), engineFactory: (kb) => keywordEngine(kb), log: silentLogger });
    expect(code).toBe(0);
    const printed = out.trim().split('\n').map((l) => JSON.parse(l) as DemoLine);
    expect(printed).toEqual(lines);
    for (const line of printed) expect(Object.keys(line)).toEqual(['step', 'channel', 'from', 'text']);

    const bot = (step: number) => printed.filter((l) => l.step === step && l.from === 'bot').map((l) => l.text);
    expect(bot(1)[0]).toContain('回复 2：几天能到'); // WeChat: quick replies as a numbered list
    expect(bot(2)[0]).toContain('江浙沪'); // "2" picked 几天能到
    expect(bot(4)[0]).toContain('山间茶铺'); // /start greets
    expect(bot(6)[0]).toContain('中通'); // the 发什么快递 button
    for (const channel of ['wechat', 'telegram']) {
      expect(printed.filter((l) => l.channel === channel && l.from === 'customer').length).toBeGreaterThanOrEqual(2);
      expect(printed.filter((l) => l.channel === channel && l.from === 'bot').length).toBeGreaterThanOrEqual(2);
    }
  });

  it('runs from the command line with the real engine and exits 0', async () => {
    const child = spawn(process.execPath, ['bots/xiaoer.mjs', 'demo', '--json'], { cwd: path.resolve('.'), stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, LOG_LEVEL: 'warn' } });
    let out = '';
    let err = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(code, err).toBe(0);
    const lines = out.trim().split('\n').map((l) => JSON.parse(l) as DemoLine);
    for (const channel of ['wechat', 'telegram']) expect(lines.some((l) => l.channel === channel && l.from === 'bot')).toBe(true);
  }, 60_000);
});
