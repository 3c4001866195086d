// Telegram through telegraf: long polling by default, or a webhook checked against its secret token.
// An update is handed to the bot as soon as it is in the inbox; the turn runs on its own. telegraf's
// polling handles a whole batch before fetching the next, so awaiting turns there would make every
// customer wait for the slowest one.
import type http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Telegraf, TelegramError } from 'telegraf';
import type { Update, UserFromGetMe } from 'telegraf/types';
import type { Bot } from '../../core/bot.js';
import type { Logger } from '../../core/log.js';
import type { Sender } from '../../core/outbox.js';
import type { Language } from '../../core/text/language.js';
import type { Inbound, Outbound } from '../../core/types.js';
import { agentLabel } from '../shared/agent-label.js';
import { splitText } from '../shared/split-text.js';
import { commandReply } from './commands.js';
import { escapeHtml } from './html.js';
import { parseUpdate, type TelegramParsed } from './parse-update.js';
import { buttonText, keyboardFor } from './quick-reply-keyboard.js';
import { createWebhookServer } from './webhook-server.js';

export interface TelegramAdapterOptions {
  token: string;
  log: Logger;
  /** Another Bot API server (a local fake in tests and the demo, a self-hosted one). */
  apiRoot?: string;
  mode?: 'polling' | 'webhook';
  /** Webhook mode: the public URL Telegram posts to, its secret token, the local port to listen on. */
  webhook?: { url: string; secret: string; port: number; host?: string };
  /** First retry delay after a polling failure; doubles up to a minute. */
  retryMs?: number;
  /** A message was accepted; `done` settles when its turn (and its replies) finished. Tests, demo. */
  onAccepted?: (inbound: Inbound, done: Promise<unknown>) => void;
  /** A message was delivered, as the parts the customer saw. */
  onSent?: (message: Outbound, parts: string[]) => void;
  /** An update got no turn: ignored (edited, group without @…), a duplicate, or it failed. Id: the
   *  message's inbound id when known, else `update:<update_id>`. */
  onSkipped?: (id: string, reason: string) => void;
}

const MAX_CHARS = 4096;
const ALLOWED_UPDATES = ['message', 'callback_query'] as const;
const COMMAND_DEDUPE_TTL_MS = 24 * 3600_000;
const ACCEPT_ATTEMPTS = 3;

export class TelegramAdapter implements Sender {
  readonly channel = 'telegram';
  readonly telegraf: Telegraf;
  private readonly log: Logger;
  private server?: http.Server;
  private polling?: Promise<void>;
  private paused = false;
  private stopped = false;
  private wakeUp?: () => void;

  constructor(
    private readonly bot: Bot,
    private readonly options: TelegramAdapterOptions,
  ) {
    this.log = options.log.child({ channel: 'telegram' });
    this.telegraf = new Telegraf(options.token, { telegram: options.apiRoot ? { apiRoot: options.apiRoot } : {} });
    // Polled updates come straight here. telegraf would first build a Context for each (a Telegram client
    // of its own, a 90-second timer, the middleware chain) that this adapter never reads. handleUpdate
    // never throws, so polling never stops on a bad update.
    this.telegraf.handleUpdate = async (update: Update) => {
      await this.handleUpdate(update);
    };
  }

  /** The port the webhook server listens on (0 asks for a free one). */
  get webhookPort(): number | undefined {
    return (this.server?.address() as AddressInfo | null)?.port;
  }

  /** Resolves once polling runs or the webhook is set, or after the first failure (logged; it retries). */
  async start(): Promise<void> {
    if ((this.options.mode ?? 'polling') === 'webhook') await this.startWebhook();
    else await this.startPolling();
  }

  private startPolling(): Promise<void> {
    return new Promise((started) => {
      this.polling = (async () => {
        let failures = 0;
        while (!this.stopped) {
          try {
            await this.telegraf.launch({ allowedUpdates: [...ALLOWED_UPDATES] }, () => {
              failures = 0;
              this.log.info({ bot: this.telegraf.botInfo?.username }, 'telegram: long polling');
              started();
            });
          } catch (error) {
            failures++;
            this.log.error({ err: error, attempt: failures }, 'telegram polling failed; retrying');
            started();
          }
          if (this.stopped) break;
          await this.sleepUnlessStopped(Math.min(60_000, (this.options.retryMs ?? 1000) * 2 ** Math.max(0, failures - 1)));
        }
      })();
    });
  }

  private async startWebhook(): Promise<void> {
    const webhook = this.options.webhook;
    if (!webhook) throw new Error('webhook mode needs TELEGRAM_WEBHOOK_URL and TELEGRAM_WEBHOOK_SECRET');
    const url = new URL(webhook.url);
    this.server = createWebhookServer({ path: url.pathname, secret: webhook.secret, handle: (u) => this.handleUpdate(u), log: this.log });
    this.server.on('error', (error) => this.log.error({ err: error }, 'telegram webhook server error'));
    await new Promise<void>((resolve) => this.server!.listen(webhook.port, webhook.host ?? '0.0.0.0', resolve));
    try {
      await this.telegraf.telegram.setWebhook(webhook.url, { secret_token: webhook.secret, allowed_updates: [...ALLOWED_UPDATES] });
      this.log.info({ url: webhook.url, port: this.webhookPort }, 'telegram: webhook set');
    } catch (error) {
      // Updates cannot arrive until the webhook is set; the server is up and an operator can fix it.
      this.log.error({ err: error }, 'telegram: setWebhook failed');
    }
  }

  /** Stops taking new updates: polling ends, the webhook answers 500 so Telegram keeps them for later. */
  async pause(): Promise<void> {
    this.stopped = true;
    this.wakeUp?.();
    try {
      this.telegraf.stop('shutdown');
    } catch {
      // not polling (webhook mode, or never launched): nothing to stop
    }
    // Polling ends after the current batch is handed over: its offset is already confirmed, so every
    // update in it must still reach the inbox.
    await this.polling;
    this.paused = true;
  }

  async stop(): Promise<void> {
    await this.pause();
    const server = this.server;
    this.server = undefined;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  private async me(): Promise<UserFromGetMe> {
    this.telegraf.botInfo ??= await this.telegraf.telegram.getMe();
    return this.telegraf.botInfo;
  }

  /**
   * Takes one update: a message or button press goes to the bot, /start and /help are answered here.
   * Never throws; false means it could not be stored and should come again (webhook: HTTP 500).
   */
  async handleUpdate(update: Update): Promise<boolean> {
    if (this.paused) return false;
    const updateId = (update as { update_id?: unknown } | null)?.update_id;
    let parsed: TelegramParsed;
    try {
      const me = this.telegraf.botInfo ?? (await this.me());
      try {
        parsed = parseUpdate(update, { botId: me.id, botUsername: me.username, now: Date.now() });
      } catch (error) {
        // Malformed (a forged webhook request): it will never parse, so it is dropped, not redelivered.
        this.log.warn({ err: error, update: updateId }, 'telegram: malformed update dropped');
        this.options.onSkipped?.(`update:${String(updateId)}`, 'malformed');
        return true;
      }
    } catch (error) {
      this.log.error({ err: error, update: updateId }, 'could not take in a Telegram update');
      this.options.onSkipped?.(`update:${String(updateId)}`, 'failed');
      return false;
    }
    try {
      // Stop the button's spinner whatever happens next.
      if (parsed.callbackQueryId) this.answerCallback(parsed.callbackQueryId);
      if ('ignored' in parsed) {
        this.log.debug({ update: updateId, reason: parsed.ignored }, 'update ignored');
        this.options.onSkipped?.(`update:${String(updateId)}`, parsed.ignored);
        return true;
      }
      let inbound = parsed.inbound;
      if (parsed.callbackHash) {
        const text = await buttonText(this.bot.deps.store, parsed.callbackHash);
        if (!text) {
          this.log.info({ update: updateId }, 'an expired button was pressed');
          this.options.onSkipped?.(inbound.id, 'expired button');
          return true;
        }
        inbound = { ...inbound, text };
      }
      if (parsed.command) await this.command(parsed.command, inbound, parsed.language ?? 'zh');
      else await this.accept(inbound);
      return true;
    } catch (error) {
      this.log.error({ err: error, update: updateId }, 'could not take in a Telegram update');
      this.options.onSkipped?.(`update:${String(updateId)}`, 'failed');
      return false;
    }
  }

  private async accept(inbound: Inbound): Promise<void> {
    if (inbound.kind !== 'text') this.log.info({ id: inbound.id, kind: inbound.kind }, 'non-text message: the customer gets a hint');
    for (let attempt = 1; ; attempt++) {
      try {
        const accepted = await this.bot.accept(inbound);
        if (!accepted) return this.options.onSkipped?.(inbound.id, 'duplicate'); // a redelivery: answered already
        accepted.done.catch((error: unknown) => this.log.error({ err: error, id: inbound.id }, 'turn failed'));
        this.options.onAccepted?.(inbound, accepted.done);
        return;
      } catch (error) {
        // A store hiccup: in polling mode a lost update is gone for good, so try a little harder.
        if (attempt >= ACCEPT_ATTEMPTS || this.paused) throw error;
        await new Promise((resolve) => setTimeout(resolve, 200 * attempt));
      }
    }
  }

  private async command(name: string, inbound: Inbound, language: Language): Promise<void> {
    const { store, outbox, knowledge } = this.bot.deps;
    if (!(await store.setIfAbsent(`seen:telegram-command:${inbound.id}`, 1, COMMAND_DEDUPE_TTL_MS))) return this.options.onSkipped?.(inbound.id, 'duplicate');
    const reply = commandReply(name, knowledge.kb, language);
    const done = outbox.enqueue({ address: inbound.address, text: reply.text, quickReplies: reply.quickReplies, from: 'bot' });
    done.catch((error: unknown) => this.log.error({ err: error }, 'could not answer a command'));
    this.options.onAccepted?.(inbound, done);
  }

  private answerCallback(id: string): void {
    this.telegraf.telegram.answerCbQuery(id).catch((error: unknown) => this.log.warn({ err: error }, 'answerCallbackQuery failed'));
  }

  /** Sends a reply, HTML-escaped, in parts of at most 4096 characters, buttons under the last part. A chat
   *  that can never receive it (blocked the bot, gone) is logged and dropped: retrying would hold up the
   *  channel's queue for everyone. Other failures throw, and the outbox retries. */
  async send(message: Outbound): Promise<void> {
    const { chatId, threadId } = parseAddress(message.address);
    const parts = splitText(message.text, MAX_CHARS);
    const keyboard = message.quickReplies?.length ? await keyboardFor(this.bot.deps.store, message.quickReplies) : undefined;
    const agent = message.from === 'agent' ? agentLabel(message.text) : '';
    for (const [i, part] of parts.entries()) {
      // The label in bold, the space after it (an English one's) not.
      const label = agent && i === 0 ? `<b>${escapeHtml(agent.trimEnd())}</b>${agent.slice(agent.trimEnd().length)}` : '';
      const extra = {
        message_thread_id: threadId,
        reply_markup: i === parts.length - 1 ? keyboard : undefined,
        link_preview_options: { is_disabled: true },
      };
      try {
        await this.telegraf.telegram.sendMessage(chatId, label + escapeHtml(part), { ...extra, parse_mode: 'HTML' });
      } catch (error) {
        if (!(error instanceof TelegramError)) throw error;
        if (error.code === 400 && /parse entities/iu.test(error.description)) {
          // Our escaping missed something: the words matter more than the formatting.
          this.log.error({ err: error }, 'telegram rejected the HTML; sending as plain text');
          await this.telegraf.telegram.sendMessage(chatId, (label ? agent : '') + part, extra);
        } else if (error.code === 400 || error.code === 403) {
          this.log.warn({ code: error.code, reason: error.description, address: message.address }, 'telegram: undeliverable reply dropped');
          return;
        } else {
          throw error;
        }
      }
    }
    this.options.onSent?.(message, parts);
  }

  private sleepUnlessStopped(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, ms);
      this.wakeUp = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  }
}

/** `telegram:<chatId>[:<topic>]` → the chat and the forum topic. */
function parseAddress(address: string): { chatId: string; threadId?: number } {
  const [, chatId = '', thread] = address.split(':');
  return thread ? { chatId, threadId: Number(thread) } : { chatId };
}
