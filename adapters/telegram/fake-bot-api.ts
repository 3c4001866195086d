// A local stand-in for the Telegram Bot API (api.telegram.org), enough for telegraf to poll, send and
// answer buttons against it: getMe, deleteWebhook, setWebhook, getUpdates (offsets, long polling),
// sendMessage, answerCallbackQuery. It records what the bot sent. The tests and `xiaoer demo` use it,
// so nothing needs a real bot token or the internet. Listens on 127.0.0.1, on a free port.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { InlineKeyboardMarkup, Update } from 'telegraf/types';

export interface FakeUser {
  id: number;
  first_name: string;
  last_name?: string;
  username?: string;
  /** The language of the user's Telegram; zh-hans unless given. */
  language_code?: string;
}

export interface SentMessage {
  messageId: number;
  chatId: string;
  text: string;
  parseMode?: string;
  threadId?: number;
  replyMarkup?: InlineKeyboardMarkup;
}

interface Waiter {
  offset: number;
  respond: (updates: Update[]) => void;
}

interface InjectedFailure {
  method: string;
  code: number;
  description: string;
  times: number;
}

const DEFAULT_BOT: FakeUser & { is_bot: true } = { id: 7_000_000_001, is_bot: true, first_name: '店小二', username: 'xiaoer_demo_bot' };

export class FakeBotApi {
  readonly sent: SentMessage[] = [];
  readonly answeredCallbacks: string[] = [];
  /** Every method called, in order. */
  readonly calls: string[] = [];
  webhook: { url: string; secretToken?: string } | undefined;
  readonly botUser: FakeUser & { is_bot: true };
  private readonly server: http.Server;
  private readonly updates: Update[] = [];
  private waiters: Waiter[] = [];
  private sentListeners: (() => void)[] = [];
  private failures: InjectedFailure[] = [];
  private holds = new Map<string, { arrived: () => void; released: Promise<'release' | 'drop'> }>();
  private nextUpdateId = 1;
  private nextMessageId = 1000;

  private constructor(
    readonly token: string,
    bot: Partial<FakeUser>,
  ) {
    this.botUser = { ...DEFAULT_BOT, ...bot, is_bot: true };
    this.server = http.createServer((req, res) => void this.serve(req, res));
  }

  static async start(options: { token?: string; bot?: Partial<FakeUser> } = {}): Promise<FakeBotApi> {
    const api = new FakeBotApi(options.token ?? '123456:FAKE-TOKEN', options.bot ?? {});
    await new Promise<void>((resolve) => api.server.listen(0, '127.0.0.1', resolve));
    return api;
  }

  /** What to give telegraf as `telegram.apiRoot`. */
  get apiRoot(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /** Queues an update (update_id assigned) for the next getUpdates. */
  pushUpdate(update: Omit<Update, 'update_id'>): Update {
    const full = { ...update, update_id: this.nextUpdateId++ } as Update;
    this.updates.push(full);
    this.wake();
    return full;
  }

  /** A user writes to the bot in a private chat (or, with `chat`, in a group). */
  userSays(from: FakeUser, text: string, chat: { id: number; type: 'private' | 'group' | 'supergroup' } = { id: from.id, type: 'private' }): Update.MessageUpdate {
    return this.pushUpdate({ message: this.messageFrom(from, chat, { text }) } as Omit<Update, 'update_id'>) as Update.MessageUpdate;
  }

  /** A user sends something else than text (`{ photo: [...] }`, `{ voice: {...} }`, `{ sticker: {...} }`). */
  userSends(from: FakeUser, content: Record<string, unknown>): Update.MessageUpdate {
    return this.pushUpdate({ message: this.messageFrom(from, { id: from.id, type: 'private' }, content) } as Omit<Update, 'update_id'>) as Update.MessageUpdate;
  }

  /** A user presses an inline button under a message the bot sent. */
  userPresses(from: FakeUser, sent: SentMessage, label: string): Update.CallbackQueryUpdate {
    const button = sent.replyMarkup?.inline_keyboard.flat().find((b) => b.text === label);
    if (!button || !('callback_data' in button)) throw new Error(`no button "${label}" under message ${sent.messageId}`);
    const chatId = Number(sent.chatId);
    const message = { message_id: sent.messageId, date: now(), chat: chatOf(chatId), from: this.botUser, text: sent.text };
    return this.pushUpdate({
      callback_query: { id: `cbq-${this.nextUpdateId}`, from: { ...from, is_bot: false }, chat_instance: `ci-${chatId}`, data: button.callback_data, message },
    } as Omit<Update, 'update_id'>) as Update.CallbackQueryUpdate;
  }

  /** Makes the next `times` calls of a method fail with this Bot API error. */
  failNext(method: string, code: number, description: string, times = 1): void {
    this.failures.push({ method, code, description, times });
  }

  /**
   * Holds the next call of a method until released (a slow platform): `arrived` resolves when it comes.
   * `drop` ends it unanswered and unrecorded instead, as if it never reached Telegram (the sender died).
   */
  holdNext(method: string): { arrived: Promise<void>; release: () => void; drop: () => void } {
    let arrived!: () => void;
    let settle!: (verdict: 'release' | 'drop') => void;
    const arrival = new Promise<void>((resolve) => (arrived = resolve));
    this.holds.set(method, { arrived, released: new Promise((resolve) => (settle = resolve)) });
    return { arrived: arrival, release: () => settle('release'), drop: () => settle('drop') };
  }

  /** Messages sent to one chat. */
  sentTo(chatId: number | string): SentMessage[] {
    return this.sent.filter((m) => m.chatId === String(chatId));
  }

  /** Resolves when `count` messages have been sent to the chat (a safety limit, not a speed test). */
  async waitForSent(chatId: number | string, count = 1, limitMs = 10_000): Promise<SentMessage[]> {
    const deadline = Date.now() + limitMs;
    while (this.sentTo(chatId).length < count) {
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`expected ${count} message(s) to chat ${chatId}, got ${this.sentTo(chatId).length}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.sentListeners.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
    return this.sentTo(chatId);
  }

  async close(): Promise<void> {
    for (const w of this.waiters.splice(0)) w.respond([]);
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private messageFrom(from: FakeUser, chat: { id: number; type: string }, content: Record<string, unknown>) {
    const text = typeof content.text === 'string' ? content.text : undefined;
    const command = text?.match(/^\/[a-z_]+(?:@\w+)?/iu)?.[0];
    const mention = text?.match(new RegExp(`@${this.botUser.username}\\b`, 'u'));
    const entities = [
      ...(command ? [{ type: 'bot_command', offset: 0, length: command.length }] : []),
      ...(mention?.index !== undefined ? [{ type: 'mention', offset: mention.index, length: mention[0].length }] : []),
    ];
    return {
      message_id: this.nextMessageId++,
      date: now(),
      chat: { ...chat, ...(chat.type === 'private' ? { first_name: from.first_name } : { title: 'group' }) },
      from: { language_code: 'zh-hans', ...from, is_bot: false },
      ...content,
      ...(entities.length ? { entities } : {}),
    };
  }

  private wake(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const w of waiters) {
      const ready = this.pending(w.offset);
      if (ready.length) w.respond(ready);
      else this.waiters.push(w);
    }
  }

  private pending(offset: number): Update[] {
    return this.updates.filter((u) => u.update_id >= offset);
  }

  private async serve(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const match = /^\/bot([^/]+)\/(\w+)$/u.exec((req.url ?? '').split('?')[0]!);
    const reply = (status: number, body: unknown) => {
      if (res.writableEnded || res.destroyed) return;
      const json = JSON.stringify(body);
      res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(json) }).end(json);
    };
    const ok = (result: unknown) => reply(200, { ok: true, result });
    const fail = (code: number, description: string, parameters?: unknown) => reply(code, { ok: false, error_code: code, description, ...(parameters ? { parameters } : {}) });
    if (!match) return fail(404, 'Not Found');
    const [, token, method = ''] = match;
    const params = await readJson(req);
    if (token !== this.token) return fail(401, 'Unauthorized');
    this.calls.push(method);
    const hold = this.holds.get(method);
    if (hold) {
      this.holds.delete(method);
      hold.arrived();
      if ((await hold.released) === 'drop') {
        res.destroy();
        return;
      }
    }
    const failure = this.failures.find((f) => f.method === method);
    if (failure) {
      if (--failure.times <= 0) this.failures.splice(this.failures.indexOf(failure), 1);
      return fail(failure.code, failure.description, failure.code === 429 ? { retry_after: 1 } : undefined);
    }
    switch (method) {
      case 'getMe':
        return ok(this.botUser);
      case 'deleteWebhook':
        this.webhook = undefined;
        if (params.drop_pending_updates) this.updates.length = 0;
        return ok(true);
      case 'setWebhook':
        this.webhook = { url: String(params.url), secretToken: params.secret_token as string | undefined };
        return ok(true);
      case 'getWebhookInfo':
        return ok({ url: this.webhook?.url ?? '', has_custom_certificate: false, pending_update_count: this.updates.length });
      case 'getUpdates':
        return this.getUpdates(params, ok, fail, res);
      case 'sendMessage': {
        const chatId = String(params.chat_id);
        const message: SentMessage = {
          messageId: this.nextMessageId++,
          chatId,
          text: String(params.text ?? ''),
          parseMode: params.parse_mode as string | undefined,
          threadId: params.message_thread_id as number | undefined,
          replyMarkup: params.reply_markup as InlineKeyboardMarkup | undefined,
        };
        if (!message.text.trim()) return fail(400, 'Bad Request: message text is empty');
        this.sent.push(message);
        for (const listener of this.sentListeners.splice(0)) listener();
        return ok({ message_id: message.messageId, date: now(), chat: chatOf(Number(chatId)), from: this.botUser, text: message.text });
      }
      case 'answerCallbackQuery':
        this.answeredCallbacks.push(String(params.callback_query_id));
        return ok(true);
      case 'sendChatAction':
        return ok(true);
      default:
        return fail(404, 'Not Found: method not found');
    }
  }

  private getUpdates(params: Record<string, unknown>, ok: (r: unknown) => void, fail: (c: number, d: string) => void, res: http.ServerResponse): void {
    if (this.webhook) return fail(409, "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first");
    const offset = Number(params.offset ?? 0);
    // Asking from an offset confirms everything before it, as on the real server.
    if (offset > 0) for (let i = this.updates.length - 1; i >= 0; i--) if (this.updates[i]!.update_id < offset) this.updates.splice(i, 1);
    const limit = Number(params.limit ?? 100);
    const ready = this.pending(offset).slice(0, limit);
    const timeoutS = Number(params.timeout ?? 0);
    if (ready.length || timeoutS <= 0) return ok(ready);
    const waiter: Waiter = {
      offset,
      respond: (updates) => {
        clearTimeout(timer);
        ok(updates.slice(0, limit));
      },
    };
    const timer = setTimeout(() => {
      this.waiters = this.waiters.filter((w) => w !== waiter);
      ok([]);
    }, timeoutS * 1000);
    timer.unref();
    // telegraf aborts its long poll when it stops: forget the waiter. (The response's 'close', not the
    // request's: a request closes as soon as its body has been read.)
    res.on('close', () => {
      clearTimeout(timer);
      this.waiters = this.waiters.filter((w) => w !== waiter);
    });
    this.waiters.push(waiter);
  }
}

async function readJson(req: http.IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of req as AsyncIterable<Buffer>) chunks.push(chunk);
  const body = Buffer.concat(chunks).toString('utf8');
  if (!body) return {};
  try {
    return JSON.parse(body) as Record<string, unknown>;
  } catch {
    return Object.fromEntries(new URLSearchParams(body));
  }
}

const now = () => Math.floor(Date.now() / 1000);
const chatOf = (id: number) => ({ id, type: id > 0 ? 'private' : 'supergroup' });
