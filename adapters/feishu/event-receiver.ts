// Feishu events in: over the WSClient long connection (default, no public URL) or an HTTP webhook.
//
// The webhook is our own small server around the SDK's EventDispatcher, because the SDK's adapter checks
// neither the verification token nor the signature of the raw body, lets a throwing handler or a garbage
// `encrypt` crash the process, and leaves a request to another path hanging. Here: 404 for another path,
// 401 for a bad signature sha256(timestamp + nonce + encryptKey + body) or token (logged), 400 for
// garbage, 500 when we could not keep the event (Feishu retries), the challenge answered, AES-256-CBC
// bodies decrypted when FEISHU_ENCRYPT_KEY is set.
//
// Every event is deduplicated by event id (and message id) in the store for a day, written to a durable
// queue, acknowledged, and handled after: a restart replays what was acknowledged and not handled.
// Events of one chat are handled in order. A card button waits a moment for its result, to show it in a
// toast.
import * as lark from '@larksuiteoapi/node-sdk';
import { createHash, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { InFlight } from '../../core/in-flight.js';
import type { Logger } from '../../core/log.js';
import { DurableQueue } from '../../core/store/durable-queue.js';
import { KeyedMutex } from '../../core/store/keyed-mutex.js';
import type { Store } from '../../core/store/store.js';
import { parseFeishuEvent, type FeishuEvent } from './parse-event.js';
import { sdkLogger } from './sdk-glue.js';

const DEDUPE_TTL_MS = 24 * 3600_000;
const MAX_BODY = 1024 * 1024;

export interface FeishuReceiverOptions {
  store: Store;
  log: Logger;
  /** Does the work for one event; for a card action, returns the callback's answer (a toast). */
  handle: (event: FeishuEvent) => Promise<unknown>;
  verificationToken?: string;
  encryptKey?: string;
  /** Names this process's event queue; processes sharing a store need distinct ones. */
  instance?: string;
  /** How long a card action waits for its result before it is acknowledged with "处理中". */
  cardBudgetMs?: number;
  /** The webhook's path. */
  path?: string;
}

export function signFeishu(timestamp: string, nonce: string, encryptKey: string, body: string): string {
  return createHash('sha256').update(timestamp + nonce + encryptKey + body).digest('hex');
}

export class FeishuReceiver {
  readonly dispatcher: lark.EventDispatcher;
  private readonly queue: DurableQueue<FeishuEvent>;
  private readonly order = new KeyedMutex();
  private readonly inFlight = new InFlight();
  private server: Server | undefined;
  private ws: lark.WSClient | undefined;
  readonly path: string;
  /** Counters for logs and tests. */
  readonly stats = { accepted: 0, duplicates: 0, rejected: 0 };

  constructor(private readonly options: FeishuReceiverOptions) {
    this.path = options.path ?? '/feishu/events';
    this.queue = new DurableQueue<FeishuEvent>(options.store, `feishu-events:${options.instance ?? 'main'}`);
    this.dispatcher = new lark.EventDispatcher({
      verificationToken: options.verificationToken,
      encryptKey: options.encryptKey,
      logger: sdkLogger(options.log),
      loggerLevel: lark.LoggerLevel.warn,
    }).register({
      'im.message.receive_v1': (data: unknown) => this.accept(data),
      'card.action.trigger': (data: unknown) => this.accept(data),
    });
  }

  /** Dedupes, persists and schedules one event (raw envelope or the SDK's flattened form). */
  async accept(data: unknown): Promise<unknown> {
    const { log, store } = this.options;
    const event = parseFeishuEvent(data);
    if (!event) {
      log.debug('feishu: an event we do not handle was ignored');
      return undefined;
    }
    const keys = [event.eventId && `feishu-event:${event.eventId}`, event.kind === 'message' && `feishu-msg:${event.messageId}`].filter((k): k is string => Boolean(k));
    const taken: string[] = [];
    for (const key of keys) {
      if (!(await store.setIfAbsent(key, 1, DEDUPE_TTL_MS))) {
        await Promise.all(taken.map((k) => store.delete(k)));
        this.stats.duplicates++;
        log.info({ event: event.eventId, kind: event.kind }, 'feishu: duplicate event dropped');
        return event.kind === 'card_action' ? {} : undefined;
      }
      taken.push(key);
    }
    let seq: number;
    try {
      seq = await this.queue.push(event);
    } catch (error) {
      await Promise.all(taken.map((k) => store.delete(k).catch(() => false))); // let Feishu's retry through
      throw error;
    }
    this.stats.accepted++;
    const work = this.track(this.process(seq, event));
    if (event.kind !== 'card_action') return undefined;
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<undefined>((resolve) => {
      timer = setTimeout(() => resolve(undefined), this.options.cardBudgetMs ?? 1500);
    });
    const result = await Promise.race([work, late]);
    clearTimeout(timer);
    return result ?? { toast: { type: 'info', content: '已收到，处理中…' } };
  }

  private track<T>(work: Promise<T>): Promise<T> {
    return this.inFlight.track(work);
  }

  private process(seq: number, event: FeishuEvent): Promise<unknown> {
    const key = event.kind === 'message' ? `chat:${event.chatId}` : `card:${event.ticketId ?? event.messageId ?? ''}`;
    return this.order.run(key, async () => {
      try {
        return await this.options.handle(event);
      } catch (error) {
        this.options.log.error({ err: error, event: event.eventId, kind: event.kind }, 'feishu: event handling failed');
        return undefined;
      } finally {
        await this.queue.done(seq).catch((error: unknown) => this.options.log.error({ err: error }, 'feishu: could not mark an event done'));
      }
    });
  }

  /** Handles events acknowledged before a restart and never handled. */
  async recover(): Promise<number> {
    const pending = await this.queue.pending();
    for (const { seq, item } of pending) void this.track(this.process(seq, item));
    if (pending.length) this.options.log.warn({ count: pending.length }, 'feishu: replaying events interrupted by a restart');
    return pending.length;
  }

  /** Resolves when every event accepted so far has been handled. */
  async idle(): Promise<void> {
    await this.inFlight.idle();
  }

  // --- transports -------------------------------------------------------------------------------------

  /** The long connection: Feishu pushes events over a WebSocket the SDK keeps open. */
  async startWebSocket(credentials: { appId: string; appSecret: string; domain: string }): Promise<void> {
    if (!/^cli_[0-9a-f]{16}$/u.test(credentials.appId)) {
      this.options.log.warn({ appId: credentials.appId }, 'feishu: the app id does not look like cli_ + 16 hex digits; the SDK will not connect');
    }
    this.ws = new lark.WSClient({
      appId: credentials.appId,
      appSecret: credentials.appSecret,
      domain: credentials.domain,
      logger: sdkLogger(this.options.log),
      loggerLevel: lark.LoggerLevel.warn,
      autoReconnect: true,
    });
    await this.ws.start({ eventDispatcher: this.dispatcher });
  }

  /** The HTTP webhook; resolves with the port once listening. */
  async listen(port: number, host = '0.0.0.0'): Promise<number> {
    const server = createServer(this.handleHttp);
    this.server = server;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, host, () => resolve());
    });
    return (server.address() as AddressInfo).port;
  }

  /** The request handler, for mounting in another server. Never throws, never leaves a request hanging. */
  readonly handleHttp = (req: IncomingMessage, res: ServerResponse): void => {
    this.serve(req, res).catch((error: unknown) => {
      this.options.log.error({ err: error }, 'feishu: webhook request failed');
      respond(res, 500, { error: 'internal error' });
    });
  };

  private reject(req: IncomingMessage, res: ServerResponse, status: number, reason: string): void {
    this.stats.rejected++;
    this.options.log.warn({ reason, status, ip: req.socket.remoteAddress, path: req.url }, 'feishu: rejected a webhook request (forged or malformed)');
    respond(res, status, { error: reason });
  }

  private async serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const { encryptKey, verificationToken } = this.options;
    const path = new URL(req.url ?? '/', 'http://local').pathname;
    if (path !== this.path) return respond(res, 404, { error: 'not found' });
    if (req.method !== 'POST') return respond(res, 405, { error: 'POST only' });
    const raw = await readBody(req);
    if (raw === undefined) return this.reject(req, res, 413, 'body too large');

    const header = (name: string) => {
      const v = req.headers[name];
      return Array.isArray(v) ? v[0] : v;
    };
    const signature = header('x-lark-signature');
    const timestamp = header('x-lark-request-timestamp') ?? '';
    const nonce = header('x-lark-request-nonce') ?? '';
    if (encryptKey && signature && !sameHex(signFeishu(timestamp, nonce, encryptKey, raw), signature)) {
      return this.reject(req, res, 401, 'bad signature');
    }

    let body: Record<string, unknown>;
    try {
      body = JSON.parse(raw) as Record<string, unknown>;
      if (!body || typeof body !== 'object') throw new Error('not an object');
    } catch {
      return this.reject(req, res, 400, 'body is not JSON');
    }
    if (typeof body.encrypt === 'string') {
      if (!encryptKey) return this.reject(req, res, 400, 'encrypted body but FEISHU_ENCRYPT_KEY is not set');
      try {
        body = JSON.parse(new lark.AESCipher(encryptKey).decrypt(body.encrypt)) as Record<string, unknown>;
      } catch {
        return this.reject(req, res, 400, 'cannot decrypt the body');
      }
    }
    const token = (body.header as { token?: unknown } | undefined)?.token ?? body.token;
    if (verificationToken && token !== verificationToken) return this.reject(req, res, 401, 'bad verification token');
    if (body.type === 'url_verification') return respond(res, 200, { challenge: body.challenge });
    // With an encrypt key Feishu signs every event; an unsigned one did not come from Feishu.
    if (encryptKey && !signature) return this.reject(req, res, 401, 'unsigned event');

    let result: unknown;
    try {
      result = await this.dispatcher.invoke(body, { needCheck: false });
    } catch (error) {
      this.options.log.error({ err: error }, 'feishu: could not keep an event; Feishu will retry');
      return respond(res, 500, { error: 'try again' });
    }
    respond(res, 200, result && typeof result === 'object' ? result : {});
  }

  async stop(): Promise<void> {
    this.ws?.close({ force: true });
    this.ws = undefined;
    const server = this.server;
    this.server = undefined;
    if (server) {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    }
    await this.idle();
  }
}

function sameHex(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

function respond(res: ServerResponse, status: number, body: unknown): void {
  if (res.headersSent) return;
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

function readBody(req: IncomingMessage): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooBig = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) tooBig = true;
      else chunks.push(chunk);
    });
    req.on('end', () => resolve(tooBig ? undefined : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
