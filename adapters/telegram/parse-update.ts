// Telegram update → Inbound, as a pure function of the Bot API's JSON, tested on recorded updates
// (test/fixtures/telegram/). Commands (/start, /help) and button presses (callback queries) are marked
// so the adapter can answer them itself; everything else goes to the bot.
import type { Update } from 'telegraf/types';
import type { Language } from '../../core/text/language.js';
import { makeAddress, type ContentKind, type Inbound } from '../../core/types.js';
import { decodeCallbackData } from './quick-reply-keyboard.js';

export interface TelegramParseContext {
  botId: number;
  /** Without the @. */
  botUsername?: string;
  /** When the update arrived: a button press carries no date of its own. */
  now?: number;
}

export type TelegramParsed =
  | {
      inbound: Inbound;
      /** "/start@shop_bot hi" → "start". */
      command?: string;
      /**
       * With a command: the language of the user's Telegram (language_code), what /start and /help
       * answer in before the customer has written a word. Chinese for zh-*, English for any other.
       */
      language?: Language;
      /** A button press to acknowledge with answerCallbackQuery. */
      callbackQueryId?: string;
      /** The pressed button's text is only in the store (long labels): the adapter looks it up. */
      callbackHash?: string;
    }
  | { ignored: string; callbackQueryId?: string };

// The fields read here, loosely typed: the API's union types add nothing to a parser of JSON.
interface TgUser {
  id: number;
  is_bot?: boolean;
  first_name?: string;
  last_name?: string;
  username?: string;
  language_code?: string;
}
interface TgEntity {
  type: string;
  offset: number;
  length: number;
  user?: TgUser;
}
interface TgMessage {
  message_id: number;
  message_thread_id?: number;
  is_topic_message?: boolean;
  date: number;
  chat: { id: number; type: string };
  from?: TgUser;
  text?: string;
  caption?: string;
  entities?: TgEntity[];
  caption_entities?: TgEntity[];
  reply_to_message?: { from?: TgUser };
  [field: string]: unknown;
}
interface TgCallbackQuery {
  id: string;
  from: TgUser;
  data?: string;
  message?: TgMessage;
}

/** Which field of a message says what it carries, in the order checked. */
const MEDIA: [string, ContentKind][] = [
  ['photo', 'image'],
  ['sticker', 'sticker'],
  ['voice', 'voice'],
  ['audio', 'voice'],
  ['video', 'video'],
  ['video_note', 'video'],
  ['animation', 'video'],
  ['document', 'file'],
  ['location', 'location'],
  ['venue', 'location'],
  ['contact', 'other'],
  ['poll', 'other'],
  ['dice', 'other'],
];

export function parseUpdate(update: Update, ctx: TelegramParseContext): TelegramParsed {
  if (!isObject(update)) return { ignored: 'not an update' };
  const u = update as unknown as { callback_query?: TgCallbackQuery; message?: TgMessage; edited_message?: unknown };
  if (isObject(u.callback_query)) return parseCallback(u.callback_query, ctx);
  if (u.edited_message) return { ignored: 'edited message' }; // the original was answered
  const message = u.message;
  if (!isObject(message)) return { ignored: 'not a message' };
  // What Telegram always sends; a request without it was not made by Telegram.
  if (!isObject(message.chat) || (typeof message.chat.id !== 'number' && typeof message.chat.id !== 'string') || typeof message.message_id !== 'number') {
    return { ignored: 'malformed message' };
  }
  const from = message.from;
  if (!from || from.id === ctx.botId || from.is_bot) return { ignored: 'from a bot' };
  if (message.chat.type === 'channel') return { ignored: 'channel post' };

  const kind = kindOf(message);
  if (!kind) return { ignored: 'service message' };
  const isGroup = message.chat.type !== 'private';
  const raw = message.text ?? message.caption ?? '';
  const entities = message.entities ?? message.caption_entities ?? [];

  let command: string | undefined;
  const first = entities[0];
  // A command is text that starts with "/" and an entity that says so (a forged entity alone is not).
  if (kind === 'text' && first?.type === 'bot_command' && first.offset === 0 && raw.startsWith('/') && first.length > 1 && first.length <= raw.length) {
    const [name = '', target] = raw.slice(1, first.length).toLowerCase().split('@');
    if (target && ctx.botUsername && target !== ctx.botUsername.toLowerCase()) return { ignored: 'command for another bot' };
    command = name;
  }

  const mentioned = isGroup ? mentionsBot(message, entities, raw, ctx) || Boolean(command) : undefined;
  if (isGroup && !mentioned) return { ignored: 'group message without @' };

  const inbound: Inbound = {
    // message_id is unique only within a chat.
    id: `${message.chat.id}:${message.message_id}`,
    channel: 'telegram',
    address: addressOf(message),
    userId: String(from.id),
    userName: nameOf(from),
    kind,
    text: stripMention(raw, ctx.botUsername).trim(),
    at: message.date * 1000,
  };
  if (isGroup) {
    inbound.isGroup = true;
    inbound.mentioned = mentioned;
  }
  return command ? { inbound, command, ...languageOf(from) } : { inbound };
}

function isObject(value: unknown): value is Record<string, unknown> & object {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function parseCallback(query: TgCallbackQuery, ctx: TelegramParseContext): TelegramParsed {
  const message = query.message;
  if (!isObject(query.from) || typeof query.from.id !== 'number') return { ignored: 'malformed button press' };
  if (!isObject(message) || !isObject(message.chat) || typeof query.data !== 'string' || !query.data) return { ignored: 'button without a chat', callbackQueryId: query.id };
  const decoded = decodeCallbackData(query.data);
  if (!decoded) return { ignored: 'unknown button', callbackQueryId: query.id };
  const inbound: Inbound = {
    id: `cb:${query.id}`,
    channel: 'telegram',
    address: addressOf(message),
    userId: String(query.from.id),
    userName: nameOf(query.from),
    kind: 'text',
    text: decoded.text ?? '',
    at: ctx.now ?? message.date * 1000,
    action: query.data,
  };
  if (message.chat.type !== 'private') {
    inbound.isGroup = true;
    inbound.mentioned = true; // pressing the bot's button is addressing the bot
  }
  return { inbound, callbackQueryId: query.id, ...(decoded.hash ? { callbackHash: decoded.hash } : {}) };
}

function kindOf(message: TgMessage): ContentKind | undefined {
  if (typeof message.text === 'string') return 'text';
  for (const [field, kind] of MEDIA) if (message[field] !== undefined) return kind;
  return undefined;
}

/** Forum topics are their own threads: replies go back into the topic. */
function addressOf(message: TgMessage): string {
  const thread = message.is_topic_message && message.message_thread_id ? String(message.message_thread_id) : undefined;
  return makeAddress('telegram', String(message.chat.id), thread);
}

function languageOf(user: TgUser): { language?: Language } {
  const code = user.language_code;
  if (typeof code !== 'string' || !code) return {};
  return { language: code.toLowerCase().startsWith('zh') ? 'zh' : 'en' };
}

function nameOf(user: TgUser): string | undefined {
  const full = [user.first_name, user.last_name].filter(Boolean).join(' ');
  return full || user.username || undefined;
}

function mentionsBot(message: TgMessage, entities: TgEntity[], text: string, ctx: TelegramParseContext): boolean {
  if (message.reply_to_message?.from?.id === ctx.botId) return true;
  const handle = ctx.botUsername ? `@${ctx.botUsername.toLowerCase()}` : undefined;
  return entities.some(
    (e) =>
      (e.type === 'mention' && handle !== undefined && text.slice(e.offset, e.offset + e.length).toLowerCase() === handle) ||
      (e.type === 'text_mention' && e.user?.id === ctx.botId),
  );
}

/** The bot's @mention, per username (one bot per adapter: built once, not per message). */
const mentionPatterns = new Map<string, RegExp>();

function stripMention(text: string, botUsername: string | undefined): string {
  if (!botUsername) return text;
  let mention = mentionPatterns.get(botUsername);
  if (!mention) {
    const escaped = botUsername.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
    mentionPatterns.set(botUsername, (mention = new RegExp(`@${escaped}\\b`, 'giu')));
  }
  return (text.includes('@') ? text.replace(mention, ' ') : text).replace(/\s+/gu, ' ');
}
