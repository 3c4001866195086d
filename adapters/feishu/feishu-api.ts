// The few Feishu Open API calls the desk makes, over the SDK's client (token handling, domain), with a
// time limit on every call and errors sorted into retryable (5xx, 429, rate limits, network) and not.
import * as lark from '@larksuiteoapi/node-sdk';
import type { Logger } from '../../core/log.js';
import { sdkCache, sdkLogger } from './sdk-glue.js';

export class FeishuApiError extends Error {
  override name = 'FeishuApiError';
  constructor(
    message: string,
    readonly status: number | undefined,
    readonly code: number | undefined,
    /** Worth trying again later (the outbox does); false for a request Feishu will never accept. */
    readonly retryable: boolean,
  ) {
    super(message);
  }
}

// Feishu business codes that mean "later": rate limits, internal errors, token refresh.
const RETRYABLE_CODES = new Set([99991400, 99991401, 99991661, 99991663, 99991668, 99991671, 230020, 11232, 1000004, 1000005, 90217, 2200]);

export interface FeishuApiOptions {
  appId: string;
  appSecret: string;
  /** https://open.feishu.cn, https://open.larksuite.com, or a local fake. */
  domain: string;
  log: Logger;
  timeoutMs?: number;
}

export interface SentMessage {
  message_id: string;
  chat_id?: string;
  root_id?: string;
  thread_id?: string;
}

export interface ChatMember {
  openId: string;
  name?: string;
}

interface Envelope<T> {
  code: number;
  msg?: string;
  data?: T;
}

export class FeishuApi {
  readonly client: lark.Client;
  private readonly timeoutMs: number;

  constructor(private readonly options: FeishuApiOptions) {
    this.timeoutMs = options.timeoutMs ?? 8000;
    this.client = new lark.Client({
      appId: options.appId,
      appSecret: options.appSecret,
      domain: options.domain,
      logger: sdkLogger(options.log),
      loggerLevel: lark.LoggerLevel.warn,
      cache: sdkCache(),
    });
  }

  private async call<T>(method: 'GET' | 'POST' | 'PATCH', url: string, request: { params?: Record<string, unknown>; data?: unknown } = {}): Promise<T> {
    let body: Envelope<T> & Record<string, unknown>;
    try {
      body = await this.client.request<Envelope<T> & Record<string, unknown>>({ method, url, params: request.params, data: request.data, timeout: this.timeoutMs });
    } catch (error) {
      const e = error as { response?: { status?: number; data?: { code?: number; msg?: string } }; message?: string };
      const status = e.response?.status;
      const code = e.response?.data?.code;
      const retryable = status === undefined || status >= 500 || status === 429 || (code !== undefined && RETRYABLE_CODES.has(code));
      throw new FeishuApiError(`${method} ${url}: ${status ?? 'no response'} ${code ?? ''} ${e.response?.data?.msg ?? e.message ?? ''}`.trim(), status, code, retryable);
    }
    if (!body || typeof body !== 'object') throw new FeishuApiError(`${method} ${url}: unexpected response`, 200, undefined, true);
    if (body.code !== 0) throw new FeishuApiError(`${method} ${url}: code ${body.code} ${body.msg ?? ''}`.trim(), 200, body.code, RETRYABLE_CODES.has(body.code));
    return (body.data ?? (body as unknown)) as T;
  }

  /** Sends a message to a chat. `uuid` makes a retry within an hour a no-op on Feishu's side. */
  sendMessage(chatId: string, msgType: 'text' | 'interactive' | 'post', content: unknown, uuid?: string): Promise<SentMessage> {
    return this.call<SentMessage>('POST', 'open-apis/im/v1/messages', {
      params: { receive_id_type: 'chat_id' },
      data: { receive_id: chatId, msg_type: msgType, content: JSON.stringify(content), uuid },
    });
  }

  /** Replies to a message; in its thread (topic) when `inThread`. */
  reply(messageId: string, msgType: 'text' | 'interactive' | 'post', content: unknown, options: { inThread?: boolean; uuid?: string } = {}): Promise<SentMessage> {
    return this.call<SentMessage>('POST', `open-apis/im/v1/messages/${encodeURIComponent(messageId)}/reply`, {
      data: { msg_type: msgType, content: JSON.stringify(content), reply_in_thread: options.inThread ?? false, uuid: options.uuid },
    });
  }

  /** Replaces an interactive card's content (the card must have been sent with update_multi). */
  async patchCard(messageId: string, card: unknown): Promise<void> {
    await this.call('PATCH', `open-apis/im/v1/messages/${encodeURIComponent(messageId)}`, { data: { content: JSON.stringify(card) } });
  }

  /** Creates a group with these members (open ids); `uuid` makes a retry return the same group. */
  async createChat(request: { name: string; description?: string; members: string[]; uuid?: string }): Promise<string> {
    const data = await this.call<{ chat_id: string }>('POST', 'open-apis/im/v1/chats', {
      params: { user_id_type: 'open_id', set_bot_manager: true, uuid: request.uuid },
      data: { name: request.name, description: request.description, user_id_list: request.members, chat_mode: 'group', chat_type: 'private' },
    });
    return data.chat_id;
  }

  async addMembers(chatId: string, openIds: string[]): Promise<void> {
    if (!openIds.length) return;
    await this.call('POST', `open-apis/im/v1/chats/${encodeURIComponent(chatId)}/members`, { params: { member_id_type: 'open_id' }, data: { id_list: openIds } });
  }

  /** Every member of a chat (people, not bots). */
  async chatMembers(chatId: string): Promise<ChatMember[]> {
    const members: ChatMember[] = [];
    let pageToken: string | undefined;
    for (let page = 0; page < 50; page++) {
      const data = await this.call<{ items?: { member_id: string; name?: string }[]; has_more?: boolean; page_token?: string }>(
        'GET',
        `open-apis/im/v1/chats/${encodeURIComponent(chatId)}/members`,
        { params: { member_id_type: 'open_id', page_size: 100, page_token: pageToken } },
      );
      for (const item of data.items ?? []) members.push({ openId: item.member_id, name: item.name });
      if (!data.has_more || !data.page_token) break;
      pageToken = data.page_token;
    }
    return members;
  }

  /** The bot's own open id (to tell a mention of the bot from a mention of a colleague). */
  async botOpenId(): Promise<string | undefined> {
    const body = await this.call<{ bot?: { open_id?: string } }>('GET', 'open-apis/bot/v3/info');
    return (body as { bot?: { open_id?: string } }).bot?.open_id;
  }
}
