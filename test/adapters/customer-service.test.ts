// The customer-service process: both channels on one runtime, and a graceful stop that lets the turns in
// flight finish and send — in process, and as a real process receiving SIGTERM.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startCustomerService } from '../../bots/customer-service.js';
import { FakeBotApi, type FakeUser } from '../../adapters/telegram/fake-bot-api.js';
import { TelegramAdapter } from '../../adapters/telegram/telegram-adapter.js';
import { MockWechat } from '../../adapters/wechat/mock-wechat.js';
import { WechatAdapter } from '../../adapters/wechat/wechat-adapter.js';
import { silentLogger } from '../../core/log.js';
import { AdapterEvents } from '../fakes/adapter-events.js';
import { testRuntime } from '../fakes/test-runtime.js';

const alex: FakeUser = { id: 111, first_name: 'Alex' };
const cleanup: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const fn of cleanup.splice(0).reverse()) await fn();
});

describe('customer service', () => {
  it('serves WeChat and Telegram together, and on stop finishes the turn in flight before closing', async () => {
    const api = await FakeBotApi.start();
    cleanup.push(() => api.close());
    const t = testRuntime({ settings: { TURN_TIMEOUT_MS: 60_000 } });
    const tg = new AdapterEvents();
    const wx = new AdapterEvents(['own message']);
    const telegram = new TelegramAdapter(t.bot, { token: api.token, apiRoot: api.apiRoot, log: silentLogger, ...tg.hooks });
    const wechat = new MockWechat();
    const wechatAdapter = new WechatAdapter(t.bot, { wechaty: wechat.wechaty, log: silentLogger, jitterMs: 0, onQrCode: () => undefined, ...wx.hooks });
    const service = await startCustomerService(t.runtime, [telegram, wechatAdapter], silentLogger);

    const loggedIn = wechatAdapter.whenLoggedIn();
    wechat.login();
    await loggedIn;
    const lin = wechat.customer('小林');
    wechat.says(lin, '什么时候发货');
    await wx.turn();
    api.userSays(alex, '什么时候发货');
    await tg.turn();
    expect(wechat.received(lin)).toEqual(['48小时内发货哦😊']);
    expect(api.sentTo(111).map((m) => m.text)).toEqual(['48小时内发货']);

    // A reply is on its way (Telegram is slow to answer) when the stop comes.
    const held = api.holdNext('sendMessage');
    api.userSays(alex, '怎么退货');
    await held.arrived;
    const order: string[] = [];
    const stopping = service.stop().then(() => order.push('stopped'));
    setTimeout(() => {
      order.push('reply released');
      held.release();
    }, 50);
    await stopping;
    expect(order).toEqual(['reply released', 'stopped']);
    expect(api.sentTo(111).map((m) => m.text)).toEqual(['48小时内发货', '7天无理由退货']);
    expect(wechatAdapter.loggedIn).toBe(false); // wechaty stopped
  });

  it('as a process: answers on Telegram, and on SIGTERM finishes the turn in flight and exits 0', async () => {
    const api = await FakeBotApi.start();
    cleanup.push(() => api.close());
    const dataDir = mkdtempSync(path.join(tmpdir(), 'xiaoer-cs-'));
    cleanup.push(() => rmSync(dataDir, { recursive: true, force: true }));
    const child = spawn(process.execPath, ['--import', 'tsx', 'bots/cli.ts', 'customer-service'], {
      cwd: path.resolve('.'),
      env: {
        ...process.env,
        CI: '1',
        LOG_LEVEL: 'info',
        DATA_DIR: dataDir,
        KNOWLEDGE_DIR: 'knowledge',
        TELEGRAM_BOT_TOKEN: api.token,
        TELEGRAM_API_ROOT: api.apiRoot,
        TELEGRAM_MODE: 'polling',
        WECHATY_PUPPET: '',
        FEISHU_APP_ID: '',
        FEISHU_APP_SECRET: '',
        REDIS_URL: '',
        OPENAI_API_KEY: '',
        CONSOLE: '',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    cleanup.push(() => void child.kill('SIGKILL'));

    await until(() => api.calls.includes('getUpdates') || child.exitCode !== null, () => stderr);
    expect(child.exitCode).toBeNull();
    api.userSays(alex, '什么时候发货');
    await api.waitForSent(111, 1, 30_000);

    const held = api.holdNext('sendMessage');
    api.userSays(alex, '怎么退货');
    await held.arrived;
    child.kill('SIGTERM');
    await until(() => stderr.includes('finishing turns in flight'), () => stderr);
    held.release();
    expect(await exited).toBe(0);
    expect(api.sentTo(111)).toHaveLength(2);
    expect(stderr).toContain('customer service stopped');
  }, 60_000);
});

/** Waits for something another process does: a safety limit, not a speed test. */
async function until(condition: () => boolean, context: () => string, limitMs = 40_000): Promise<void> {
  const deadline = Date.now() + limitMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`condition not reached; output so far:\n${context()}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
