// A local stand-in for the Feishu Open API, for the demo, the tests and the bench: node:http on
// 127.0.0.1, the calls the desk makes (tenant token, bot info, messages create / reply / patch, chats
// create, chat members), everything recorded. It also plays Feishu's side of events: builds
// im.message.receive_v1 and card.action.trigger envelopes and posts them, signed and optionally
// encrypted, to a webhook. Failure switches (`down`, `failNext`) simulate an outage.
import { createCipheriv, createHash, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { signFeishu } from './event-receiver.js';
import { decodeFrame, encodeFrame, FakeSocket, type Frame } from './fake-feishu-ws.js';

export interface FakeUser {
  openId: string;
  name: string;
}

export interface FakeMessage {
  message_id: string;
  chat_id: string;
  msg_type: string;
  /** Parsed content: `{ text }` for text, the card JSON for interactive. */
  content: Record<string, unknown>;
  root_id?: string;
  parent_id?: string;
  thread_id?: string;
  uuid?: string;
  /** "bot" for what the app sent, an open id for messages made by messageEvent(). */
  sender: string;
  /** Each PATCH's content, in order. */
  updates: Record<string, unknown>[];
}

export interface FakeRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  body: unknown;
  /** performance.now() when the request arrived (the bench measures up to here). */
  at: number;
  status: number;
}

export interface FakeFeishuOptions {
  verificationToken?: string;
  encryptKey?: string;
  appId?: string;
  botOpenId?: string;
}

export class FakeFeishu {
  readonly requests: FakeRequest[] = [];
  readonly messages: FakeMessage[] = [];
  readonly chats = new Map<string, { name: string; members: Set<string> }>();
  readonly users = new Map<string, string>();
  /** Every API call but the token answers 503. */
  down = false;
  private failures: number[] = [];
  private ids = 0;
  private events = 0;
  private readonly byUuid = new Map<string, unknown>();
  /** Long connections the SDK's WSClient opened. */
  private readonly sockets: FakeSocket[] = [];
  private readonly answers = new Map<string, (answer: { code: number; data?: unknown }) => void>();
  private frames = 0;
  /** Called for every request as it arrives (the bench's clock). */
  onRequest: ((request: FakeRequest) => void) | undefined;
  /** Called when the app sent a message or patched a card (the demo prints them). */
  onMessage: ((message: FakeMessage, change: 'sent' | 'patched') => void) | undefined;
  readonly botOpenId: string;

  private constructor(
    private readonly server: Server,
    readonly url: string,
    readonly options: FakeFeishuOptions,
  ) {
    this.botOpenId = options.botOpenId ?? 'ou_bot_xiaoer';
  }

  static async start(options: FakeFeishuOptions = {}): Promise<FakeFeishu> {
    let fake: FakeFeishu | undefined;
    const server = createServer((req, res) => {
      fake!.handle(req, res).catch(() => {
        if (!res.headersSent) res.writeHead(500).end();
      });
    });
    server.on('upgrade', (req: IncomingMessage, socket) => fake!.upgrade(req, socket));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
    const { port } = server.address() as AddressInfo;
    fake = new FakeFeishu(server, `http://127.0.0.1:${port}`, options);
    return fake;
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.close();
    await new Promise<void>((resolve) => {
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
  }

  /** The next `count` API calls (not the token) fail with `status`. */
  failNext(count: number, status = 500): void {
    for (let i = 0; i < count; i++) this.failures.push(status);
  }

  /** A chat with these members (people); the bot is in every chat. */
  addChat(chatId: string, name: string, members: FakeUser[]): void {
    for (const m of members) this.users.set(m.openId, m.name);
    this.chats.set(chatId, { name, members: new Set(members.map((m) => m.openId)) });
  }

  // --- what the app did ---------------------------------------------------------------------------------

  cards(chatId?: string): FakeMessage[] {
    return this.messages.filter((m) => m.msg_type === 'interactive' && m.sender === 'bot' && (!chatId || m.chat_id === chatId));
  }

  /** Texts the app sent in a thread (rootId) or a chat (chatId), in order. */
  texts(where: { rootId?: string; chatId?: string }): string[] {
    return this.messages
      .filter((m) => m.sender === 'bot' && m.msg_type === 'text' && (where.rootId ? m.root_id === where.rootId : m.chat_id === where.chatId && !m.root_id))
      .map((m) => String(m.content.text ?? ''));
  }

  message(id: string): FakeMessage | undefined {
    return this.messages.find((m) => m.message_id === id);
  }

  /** The card as agents see it now (after patches). */
  currentCard(id: string): Record<string, unknown> | undefined {
    const m = this.message(id);
    return m ? (m.updates.at(-1) ?? m.content) : undefined;
  }

  async waitFor<T>(probe: () => T | undefined | false, timeoutMs = 3000): Promise<T> {
    const until = Date.now() + timeoutMs;
    for (;;) {
      const value = probe();
      if (value) return value;
      if (Date.now() > until) throw new Error('fake feishu: timed out waiting');
      await new Promise((r) => setTimeout(r, 5));
    }
  }

  // --- Feishu's side of events -----------------------------------------------------------------------

  private header(type: string) {
    this.events++;
    return {
      event_id: `ev_${this.events}_${randomBytes(4).toString('hex')}`,
      event_type: type,
      create_time: String(Date.now()),
      token: this.options.verificationToken ?? '',
      app_id: this.options.appId ?? 'cli_fake',
      tenant_key: 'tenant_fake',
    };
  }

  /** A person writes in a chat (in the thread of `rootId` when given): the message and its event. */
  messageEvent(request: { chatId: string; sender: string; text: string; rootId?: string; mentions?: FakeUser[]; messageType?: string }): Record<string, unknown> {
    const id = `om_${++this.ids}`;
    const mentions = (request.mentions ?? []).map((u, i) => ({ key: `@_user_${i + 1}`, id: { open_id: u.openId, union_id: '', user_id: '' }, name: u.name, tenant_key: 'tenant_fake' }));
    const text = `${mentions.map((m) => `${m.key} `).join('')}${request.text}`;
    const content = request.messageType && request.messageType !== 'text' ? { image_key: 'img_fake' } : { text };
    this.messages.push({ message_id: id, chat_id: request.chatId, msg_type: request.messageType ?? 'text', content, root_id: request.rootId, parent_id: request.rootId, thread_id: request.rootId ? `omt_${request.rootId}` : undefined, sender: request.sender, updates: [] });
    return {
      schema: '2.0',
      header: this.header('im.message.receive_v1'),
      event: {
        sender: { sender_id: { open_id: request.sender, union_id: `on_${request.sender}`, user_id: request.sender }, sender_type: 'user', tenant_key: 'tenant_fake' },
        message: {
          message_id: id,
          root_id: request.rootId,
          parent_id: request.rootId,
          thread_id: request.rootId ? `omt_${request.rootId}` : undefined,
          create_time: String(Date.now()),
          chat_id: request.chatId,
          chat_type: 'group',
          message_type: request.messageType ?? 'text',
          content: JSON.stringify(content),
          mentions,
        },
      },
    };
  }

  /** A person presses a button on a card. */
  cardActionEvent(request: { operator: string; messageId: string; chatId: string; value: unknown }): Record<string, unknown> {
    return {
      schema: '2.0',
      header: this.header('card.action.trigger'),
      event: {
        operator: { tenant_key: 'tenant_fake', open_id: request.operator, union_id: `on_${request.operator}`, user_id: request.operator },
        token: `c-${randomBytes(4).toString('hex')}`,
        action: { value: request.value, tag: 'button' },
        host: 'im_message',
        context: { open_message_id: request.messageId, open_chat_id: request.chatId },
      },
    };
  }

  /** Posts an event to a webhook the way Feishu does: encrypted and signed when there is an encrypt key. */
  async push(
    webhook: string,
    envelope: unknown,
    options: { encryptKey?: string; signWith?: string; unsigned?: boolean } = {},
  ): Promise<{ status: number; body: unknown }> {
    const key = options.encryptKey ?? this.options.encryptKey;
    const raw = key ? JSON.stringify({ encrypt: encryptFeishu(key, JSON.stringify(envelope)) }) : JSON.stringify(envelope);
    const timestamp = String(Math.floor(Date.now() / 1000));
    const nonce = randomBytes(8).toString('hex');
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (key && !options.unsigned) {
      headers['x-lark-request-timestamp'] = timestamp;
      headers['x-lark-request-nonce'] = nonce;
      headers['x-lark-signature'] = signFeishu(timestamp, nonce, options.signWith ?? key, raw);
    }
    const res = await fetch(webhook, { method: 'POST', headers, body: raw });
    const text = await res.text();
    let body: unknown = text;
    try {
      body = JSON.parse(text);
    } catch {
      // not JSON
    }
    return { status: res.status, body };
  }

  // --- the long connection (WSClient) --------------------------------------------------------------------

  private upgrade(req: IncomingMessage, socket: import('node:stream').Duplex): void {
    if (!req.url?.startsWith('/ws')) {
      socket.destroy();
      return;
    }
    const connection = FakeSocket.accept(req, socket, (data) => this.onFrame(connection, data));
    this.sockets.push(connection);
  }

  private onFrame(connection: FakeSocket, data: Buffer): void {
    const frame = decodeFrame(data);
    const type = frame.headers.find((h) => h.key === 'type')?.value;
    if (frame.method === 0 && type === 'ping') {
      const pong = { PingInterval: 120, ReconnectCount: -1, ReconnectInterval: 1, ReconnectNonce: 0 };
      connection.send(encodeFrame({ ...frame, headers: [{ key: 'type', value: 'pong' }], payload: Buffer.from(JSON.stringify(pong)) }));
      return;
    }
    if (frame.method === 1) {
      // The client's answer to an event we pushed: {code, data: base64 JSON}.
      const id = frame.headers.find((h) => h.key === 'message_id')?.value ?? '';
      const body = JSON.parse(frame.payload?.toString('utf8') ?? '{}') as { code: number; data?: string };
      this.answers.get(id)?.({ code: body.code, data: body.data ? JSON.parse(Buffer.from(body.data, 'base64').toString('utf8')) : undefined });
      this.answers.delete(id);
    }
  }

  /** Resolves once a WSClient is connected. */
  async connected(timeoutMs = 5000): Promise<void> {
    await this.waitFor(() => this.sockets.some((s) => !s.closed), timeoutMs);
  }

  /** Pushes an event over the long connection, like Feishu does; resolves with the client's answer. */
  async pushOverWebSocket(envelope: unknown, timeoutMs = 5000): Promise<{ code: number; data?: unknown }> {
    const socket = [...this.sockets].reverse().find((s) => !s.closed);
    if (!socket) throw new Error('fake feishu: no long connection');
    const id = `ws_msg_${++this.frames}`;
    const answer = new Promise<{ code: number; data?: unknown }>((resolve, reject) => {
      this.answers.set(id, resolve);
      setTimeout(() => reject(new Error('fake feishu: no answer over the long connection')), timeoutMs).unref();
    });
    const frame: Frame = {
      SeqID: this.frames,
      LogID: this.frames,
      service: 1,
      method: 1,
      headers: [
        { key: 'type', value: 'event' },
        { key: 'message_id', value: id },
        { key: 'sum', value: '1' },
        { key: 'seq', value: '0' },
        { key: 'trace_id', value: `trace_${this.frames}` },
      ],
      payload: Buffer.from(JSON.stringify(envelope)),
    };
    socket.send(encodeFrame(frame));
    return answer;
  }

  // --- the Open API ------------------------------------------------------------------------------------

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.url);
    const raw = await new Promise<string>((resolve) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    });
    let body: unknown = undefined;
    try {
      body = raw ? JSON.parse(raw) : undefined;
    } catch {
      body = raw;
    }
    const request: FakeRequest = { method: req.method ?? 'GET', path: url.pathname, query: Object.fromEntries(url.searchParams), body, at: performance.now(), status: 200 };
    this.requests.push(request);
    this.onRequest?.(request);
    const send = (status: number, payload: unknown) => {
      request.status = status;
      const text = JSON.stringify(payload);
      res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
      res.end(text);
    };
    const path = url.pathname;
    if (path === '/callback/ws/endpoint' && req.method === 'POST') {
      const ws = this.url.replace(/^http/u, 'ws');
      return send(200, { code: 0, msg: 'ok', data: { URL: `${ws}/ws?device_id=fake_device&service_id=1`, ClientConfig: { PingInterval: 120, ReconnectCount: -1, ReconnectInterval: 1, ReconnectNonce: 0 } } });
    }
    if (path.startsWith('/open-apis/auth/v3/')) {
      const appId = (body as { app_id?: string } | undefined)?.app_id ?? 'app';
      return send(200, { code: 0, msg: 'ok', tenant_access_token: `t-${appId}`, app_access_token: `a-${appId}`, expire: 7200 });
    }
    if (this.down) return send(503, { code: 1, msg: 'service unavailable' });
    const failure = this.failures.shift();
    if (failure) return send(failure, { code: 1, msg: 'injected failure' });
    if (!String(req.headers.authorization ?? '').startsWith('Bearer t-')) return send(401, { code: 99991661, msg: 'missing access token' });

    const b = (body ?? {}) as Record<string, unknown>;
    const parse = (content: unknown) => {
      try {
        return JSON.parse(String(content)) as Record<string, unknown>;
      } catch {
        return {};
      }
    };
    const remember = (uuid: unknown, make: () => unknown) => {
      if (typeof uuid === 'string' && uuid && this.byUuid.has(uuid)) return this.byUuid.get(uuid);
      const made = make();
      if (typeof uuid === 'string' && uuid) this.byUuid.set(uuid, made);
      return made;
    };
    let m: RegExpExecArray | null;

    if (path === '/open-apis/bot/v3/info' && req.method === 'GET') {
      return send(200, { code: 0, msg: 'ok', bot: { activate_status: 2, app_name: '店小二', open_id: this.botOpenId } });
    }
    if (path === '/open-apis/im/v1/messages' && req.method === 'POST') {
      const chatId = String(b.receive_id ?? '');
      if (this.chats.size && !this.chats.has(chatId)) return send(400, { code: 230002, msg: 'bot is not in the chat' });
      const message = remember(b.uuid, () => this.record({ chat_id: chatId, msg_type: String(b.msg_type), content: parse(b.content), uuid: b.uuid as string | undefined })) as FakeMessage;
      return send(200, { code: 0, msg: 'success', data: { message_id: message.message_id, chat_id: message.chat_id, msg_type: message.msg_type } });
    }
    if ((m = /^\/open-apis\/im\/v1\/messages\/([^/]+)\/reply$/u.exec(path)) && req.method === 'POST') {
      const parent = this.message(decodeURIComponent(m[1]!));
      if (!parent) return send(400, { code: 230001, msg: 'message not found' });
      const root = parent.root_id ?? parent.message_id;
      const message = remember(b.uuid, () =>
        this.record({ chat_id: parent.chat_id, msg_type: String(b.msg_type), content: parse(b.content), uuid: b.uuid as string | undefined, root_id: root, parent_id: parent.message_id, thread_id: b.reply_in_thread ? `omt_${root}` : undefined }),
      ) as FakeMessage;
      return send(200, { code: 0, msg: 'success', data: { message_id: message.message_id, chat_id: message.chat_id, root_id: root, thread_id: message.thread_id } });
    }
    if ((m = /^\/open-apis\/im\/v1\/messages\/([^/]+)$/u.exec(path)) && req.method === 'PATCH') {
      const message = this.message(decodeURIComponent(m[1]!));
      if (!message) return send(400, { code: 230001, msg: 'message not found' });
      message.updates.push(parse(b.content));
      this.onMessage?.(message, 'patched');
      return send(200, { code: 0, msg: 'success', data: {} });
    }
    if (path === '/open-apis/im/v1/chats' && req.method === 'POST') {
      const chatId = remember(url.searchParams.get('uuid'), () => {
        const id = `oc_ticket_${++this.ids}`;
        this.chats.set(id, { name: String(b.name ?? ''), members: new Set((b.user_id_list as string[] | undefined) ?? []) });
        return id;
      }) as string;
      return send(200, { code: 0, msg: 'success', data: { chat_id: chatId, name: b.name } });
    }
    if ((m = /^\/open-apis\/im\/v1\/chats\/([^/]+)\/members$/u.exec(path))) {
      const chat = this.chats.get(decodeURIComponent(m[1]!));
      if (!chat) return send(400, { code: 232011, msg: 'chat not found' });
      if (req.method === 'POST') {
        for (const id of (b.id_list as string[] | undefined) ?? []) chat.members.add(id);
        return send(200, { code: 0, msg: 'success', data: { invalid_id_list: [] } });
      }
      const items = [...chat.members].map((id) => ({ member_id_type: 'open_id', member_id: id, name: this.users.get(id) ?? id, tenant_key: 'tenant_fake' }));
      return send(200, { code: 0, msg: 'success', data: { items, has_more: false, page_token: '', member_total: items.length } });
    }
    return send(404, { code: 404, msg: `fake feishu: no route ${req.method} ${path}` });
  }

  private record(fields: Omit<FakeMessage, 'message_id' | 'sender' | 'updates'>): FakeMessage {
    const message: FakeMessage = { message_id: `om_${++this.ids}`, sender: 'bot', updates: [], ...fields };
    this.messages.push(message);
    this.onMessage?.(message, 'sent');
    return message;
  }
}

/** Feishu's event encryption: AES-256-CBC, key sha256(encryptKey), a random IV before the ciphertext. */
export function encryptFeishu(encryptKey: string, plaintext: string): string {
  const key = createHash('sha256').update(encryptKey).digest();
  const iv = randomBytes(16);
  const cipher = createCipheriv('aes-256-cbc', key, iv);
  return Buffer.concat([iv, cipher.update(plaintext, 'utf8'), cipher.final()]).toString('base64');
}
