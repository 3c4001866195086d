// WeChat through wechaty: messages in (parsed, then handed to the bot), replies out (paced, split,
// quick replies as a numbered list). The puppet (which WeChat protocol) is the caller's choice; this
// class only talks to the Wechaty interface, so the mock puppet drives it in tests and the demo.
import type { Message, Wechaty } from 'wechaty';
import type { Bot } from '../../core/bot.js';
import type { Logger } from '../../core/log.js';
import type { Sender } from '../../core/outbox.js';
import { channelOf, type Inbound, type Outbound } from '../../core/types.js';
import { agentLabel } from '../shared/agent-label.js';
import { splitText } from '../shared/split-text.js';
import { renderLoginQr } from './login-qr.js';
import { rememberOffered, renderNumbered, resolveNumbered } from './numbered-replies.js';
import { parseWechatMessage, type GroupMode, type WechatRawMessage } from './parse-message.js';
import { SendPacer } from './send-pacer.js';

export interface WechatAdapterOptions {
  wechaty: Wechaty;
  log: Logger;
  groupMode?: GroupMode;
  /** Sends per minute for this account (WECHAT_SENDS_PER_MINUTE). */
  sendsPerMinute?: number;
  /** Back-to-back sends allowed before the rate applies. */
  burst?: number;
  /** Random pause before each send, up to this many ms (0 in tests). */
  jitterMs?: number;
  /** Longer replies are split at sentence ends. */
  maxChars?: number;
  /** Where the login QR code goes; default: drawn on stderr. */
  onQrCode?: (qrcode: string) => void;
  /** A message was accepted; `done` settles when its turn (and its replies) finished. Tests, demo. */
  onAccepted?: (inbound: Inbound, done: Promise<unknown>) => void;
  /** A message was delivered, as the parts the customer saw. */
  onSent?: (message: Outbound, parts: string[]) => void;
  /** A message got no turn: ignored (own, group without @…), a duplicate, or it failed. */
  onSkipped?: (id: string, reason: string) => void;
}

const DEFAULT_MAX_CHARS = 600;
const SCAN_WAITING = 2; // wechaty-puppet ScanStatus.Waiting
const SCAN_TIMEOUT = 5; // ScanStatus.Timeout: a fresh code follows

export class WechatAdapter implements Sender {
  readonly channel = 'wechat';
  /** Sends wait for the account's pacing; turns must not wait for them (see core/outbox.ts). */
  readonly paced = true;
  private readonly wechaty: Wechaty;
  private readonly log: Logger;
  private readonly pacer: SendPacer;
  private paused = false;
  private started = false;
  private loginWaiters: (() => void)[] = [];

  constructor(
    private readonly bot: Bot,
    private readonly options: WechatAdapterOptions,
  ) {
    this.wechaty = options.wechaty;
    this.log = options.log.child({ channel: 'wechat' });
    this.pacer = new SendPacer({ perMinute: options.sendsPerMinute ?? 30, burst: options.burst, jitterMs: options.jitterMs ?? 800 });
  }

  get loggedIn(): boolean {
    return this.wechaty.isLoggedIn;
  }

  /** Starts the puppet. Login comes later (a QR code to scan, or a token's session). */
  async start(): Promise<void> {
    if (this.started) return;
    this.started = true;
    const w = this.wechaty;
    // An unhandled 'error' event would kill the process: every platform error is logged instead.
    w.on('error', (error) => this.log.error({ err: error }, 'wechaty error'));
    w.on('scan', (qrcode, status) => void this.onScan(qrcode, status));
    w.on('login', (user) => {
      this.log.info({ account: user.name() }, 'WeChat logged in');
      for (const resolve of this.loginWaiters.splice(0)) resolve();
      // Replies queued while logged out (or by other processes) go now.
      this.bot.deps.outbox.drain().catch((error: unknown) => this.log.error({ err: error }, 'outbox drain after login failed'));
    });
    w.on('logout', (user, reason) => {
      if (!this.started) return; // our own stop()
      // The puppet shows a new QR code (or reconnects with its token); replies wait in the outbox.
      this.log.warn({ account: user.name(), reason }, 'WeChat logged out: waiting for a new login');
    });
    w.on('message', (message) => void this.onMessage(message));
    await w.start();
    this.log.info({ puppet: w.puppet.name() }, 'WeChat started');
  }

  /** Resolves at the next login (or at once when logged in). Never wechaty.ready(): the mock never gets there. */
  whenLoggedIn(): Promise<void> {
    if (this.loggedIn) return Promise.resolve();
    return new Promise((resolve) => this.loginWaiters.push(resolve));
  }

  /** Stops taking new messages (shutdown: in-flight turns still send). */
  pause(): void {
    this.paused = true;
  }

  async stop(): Promise<void> {
    this.paused = true;
    if (!this.started) return;
    this.started = false;
    try {
      await this.wechaty.stop();
    } catch (error) {
      this.log.warn({ err: error }, 'wechaty stop failed');
    }
  }

  private async onScan(qrcode: string, status: number): Promise<void> {
    if (status !== SCAN_WAITING && status !== SCAN_TIMEOUT) {
      this.log.info({ status }, 'WeChat login scan status');
      return;
    }
    try {
      if (this.options.onQrCode) this.options.onQrCode(qrcode);
      else process.stderr.write(await renderLoginQr(qrcode));
    } catch (error) {
      this.log.error({ err: error }, 'could not show the login QR code');
    }
  }

  private async onMessage(message: Message): Promise<void> {
    if (this.paused) return;
    try {
      const self = this.wechaty.currentUser;
      const parsed = parseWechatMessage(snapshot(message), {
        selfId: self.id,
        selfName: self.name(),
        groupMode: this.options.groupMode ?? 'mention',
      });
      if ('ignored' in parsed) {
        this.log.debug({ id: message.id, reason: parsed.ignored }, 'message ignored');
        this.options.onSkipped?.(message.id, parsed.ignored);
        return;
      }
      const inbound = await resolveNumbered(this.bot.deps.store, parsed.inbound);
      if (inbound.kind !== 'text') this.log.info({ id: inbound.id, kind: inbound.kind }, 'non-text message: the customer gets a hint');
      const accepted = await this.bot.accept(inbound);
      if (!accepted) return this.options.onSkipped?.(inbound.id, 'duplicate'); // a redelivery: answered already
      accepted.done.catch((error: unknown) => this.log.error({ err: error, id: inbound.id }, 'turn failed'));
      this.options.onAccepted?.(inbound, accepted.done);
    } catch (error) {
      this.log.error({ err: error, id: message.id }, 'could not take in a WeChat message');
      this.options.onSkipped?.(message.id, 'failed');
    }
  }

  /** Sends a reply: quick replies as a numbered list, long text in parts, each part paced. Throws while
   *  logged out, so the outbox keeps the reply and retries after the next login. */
  async send(message: Outbound): Promise<void> {
    if (!this.loggedIn) throw new Error('WeChat is not logged in');
    const chatId = message.address.slice(channelOf(message.address).length + 1);
    const text = message.from === 'agent' ? agentLabel(message.text) + message.text : message.text;
    const parts = splitText(renderNumbered(text, message.quickReplies), this.options.maxChars ?? DEFAULT_MAX_CHARS);
    // Remembered before sending: the customer may answer "1" the moment the menu arrives.
    await rememberOffered(this.bot.deps.store, message.address, message.quickReplies);
    for (const part of parts) {
      await this.pacer.wait();
      // The puppet's conversation id works for a contact and a room alike.
      await this.wechaty.puppet.messageSendText(chatId, part);
    }
    this.options.onSent?.(message, parts);
  }
}

function snapshot(message: Message): WechatRawMessage {
  const payload = message.payload as (WechatRawMessage & { mentionIdList?: string[] }) | undefined;
  const talker = message.talker();
  return {
    id: message.id,
    type: message.type(),
    text: message.text(),
    talkerId: talker.id,
    talkerName: talker.name(),
    talkerType: talker.type(),
    roomId: message.room()?.id,
    listenerId: message.listener()?.id,
    mentionIdList: payload?.mentionIdList,
    timestamp: payload?.timestamp ?? message.date().getTime(),
  };
}
