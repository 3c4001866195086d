// The customer-service bot: every customer channel that has credentials (WeChat through wechaty,
// Telegram through telegraf) on one runtime. Wiring only. A platform that fails is logged and the others
// keep serving; SIGTERM or SIGINT stops taking messages, lets the turns in flight finish and send, then
// exits 0.
import type { Config } from '../core/config.js';
import { createLogger, type Logger } from '../core/log.js';
import type { Sender } from '../core/outbox.js';
import type { Bot } from '../core/bot.js';
import { runtimeFromConfig } from '../core/runtime-from-config.js';
import type { Runtime, RuntimeOptions } from '../core/runtime.js';

/** What the process needs of a channel's adapter. */
export interface ChannelAdapter extends Sender {
  start(): Promise<void>;
  /** Stop taking new messages; replies can still be sent. */
  pause(): void | Promise<void>;
  stop(): Promise<void>;
}

export interface CustomerService {
  runtime: Runtime;
  adapters: ChannelAdapter[];
  /** Graceful stop: no new messages, in-flight turns finish, adapters stop, store closes. */
  stop(): Promise<void>;
}

/** Shutdown gives up after this long: a platform that hangs must not keep the process forever. */
const STOP_DEADLINE_MS = 25_000;

/** The adapters the configuration has credentials for. SDKs load only when used. */
export async function customerChannels(config: Config, bot: Bot, log: Logger): Promise<ChannelAdapter[]> {
  const adapters: ChannelAdapter[] = [];
  if (config.channels.wechat) {
    const { WechatAdapter } = await import('../adapters/wechat/wechat-adapter.js');
    const { wechatyFromConfig } = await import('../adapters/wechat/wechaty-from-config.js');
    adapters.push(
      new WechatAdapter(bot, { wechaty: wechatyFromConfig(config), log, groupMode: config.WECHAT_GROUP_MODE, sendsPerMinute: config.WECHAT_SENDS_PER_MINUTE }),
    );
  }
  if (config.channels.telegram) {
    const { TelegramAdapter } = await import('../adapters/telegram/telegram-adapter.js');
    const webhook =
      config.TELEGRAM_MODE === 'webhook' && config.TELEGRAM_WEBHOOK_URL && config.TELEGRAM_WEBHOOK_SECRET
        ? { url: config.TELEGRAM_WEBHOOK_URL, secret: config.TELEGRAM_WEBHOOK_SECRET, port: config.TELEGRAM_WEBHOOK_PORT }
        : undefined;
    adapters.push(new TelegramAdapter(bot, { token: config.TELEGRAM_BOT_TOKEN!, log, apiRoot: config.TELEGRAM_API_ROOT, mode: config.TELEGRAM_MODE, webhook }));
  }
  return adapters;
}

/** Registers the adapters as senders, starts them, replays turns a crash interrupted, starts delivery. */
export async function startCustomerService(runtime: Runtime, adapters: ChannelAdapter[], log: Logger): Promise<CustomerService> {
  const { bot, deps } = runtime;
  for (const adapter of adapters) deps.outbox.register(adapter);
  for (const adapter of adapters) {
    try {
      await adapter.start();
    } catch (error) {
      log.error({ err: error, channel: adapter.channel }, 'channel failed to start; the others keep running');
    }
  }
  await bot.recover();
  deps.outbox.start();
  log.info({ channels: adapters.map((a) => a.channel) }, 'customer service running');

  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      await Promise.all(adapters.map((a) => settle(a.pause(), log, a.channel)));
      await bot.stop(); // turns in flight finish and send while the adapters can still send
      await deps.outbox.stop();
      await Promise.all(adapters.map((a) => settle(a.stop(), log, a.channel)));
      await runtime.close();
      log.info('customer service stopped');
    })());
  return { runtime, adapters, stop };
}

/**
 * Beside an agent-desk process on shared Redis: tickets go to the Feishu desk (this process only records
 * the desk's work in the outbox; the agent-desk process, which holds the Feishu app, sends it), and the
 * process has an instance name of its own for its inbox and its outbox claims: XIAOER_INSTANCE, else one
 * from its channels ("customer-service-telegram"), stable across restarts so a restart replays its own.
 * On SQLite (one process) nothing changes.
 */
async function scaledOut(config: Config, log: Logger): Promise<Partial<RuntimeOptions>> {
  if (!config.REDIS_URL) return {};
  const channels = (['wechat', 'telegram'] as const).filter((c) => config.channels[c]);
  const instance = process.env.XIAOER_INSTANCE || `customer-service-${channels.join('-')}`;
  if (!config.channels.feishu) return { instance };
  // Loaded only here, like the SDKs: a customer-service process without Feishu never pays for it.
  const { FeishuConnector, feishuSettings } = await import('../adapters/feishu/feishu.js');
  const connector = new FeishuConnector(feishuSettings(config), log);
  return { instance, desk: connector.desk };
}

/** `xiaoer customer-service`: runs until SIGTERM or SIGINT. */
export async function runCustomerService(config: Config, extra: Partial<RuntimeOptions> = {}): Promise<void> {
  if (!config.channels.wechat && !config.channels.telegram) {
    process.stderr.write('No customer channel configured: set WECHATY_PUPPET (WeChat) or TELEGRAM_BOT_TOKEN (Telegram). See README, "Channels".\n');
    process.exitCode = 2;
    return;
  }
  const log = createLogger();
  // An SDK's stray rejection is a platform error: logged, never fatal.
  process.on('unhandledRejection', (reason) => log.error({ err: reason }, 'unhandled rejection'));
  const runtime = await runtimeFromConfig(config, log, { ...(await scaledOut(config, log)), ...extra });
  const adapters = await customerChannels(config, runtime.bot, log);
  const service = await startCustomerService(runtime, adapters, log);

  const signal = await new Promise<NodeJS.Signals | 'crash'>((resolve) => {
    process.once('SIGTERM', () => resolve('SIGTERM'));
    process.once('SIGINT', () => resolve('SIGINT'));
    process.once('uncaughtException', (error) => {
      // State after an uncaught exception is unknown: stop cleanly and let the supervisor restart us
      // (accepted messages are replayed from the inbox).
      log.fatal({ err: error }, 'uncaught exception: stopping');
      resolve('crash');
    });
  });
  log.info({ signal }, 'stopping: finishing turns in flight');
  const deadline = setTimeout(() => {
    log.error({ ms: STOP_DEADLINE_MS }, 'shutdown took too long: exiting anyway');
    process.exit(1);
  }, STOP_DEADLINE_MS);
  deadline.unref();
  await service.stop();
  clearTimeout(deadline);
  // wechaty and telegraf may leave timers and sockets behind: the work is done, leave (logs flushed).
  await new Promise<void>((resolve) => log.flush(() => resolve()));
  process.exit(signal === 'crash' ? 1 : 0);
}

async function settle(work: void | Promise<void>, log: Logger, channel: string): Promise<void> {
  try {
    await work;
  } catch (error) {
    log.warn({ err: error, channel }, 'channel did not stop cleanly');
  }
}
