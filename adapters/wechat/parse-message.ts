// WeChat message → Inbound, as a pure function of what the adapter read off the wechaty Message (the
// puppet's payload plus the talker's name and kind). Pure so that it is tested on recorded payloads,
// whatever puppet produced them, without a login.
import { makeAddress, type ContentKind, type Inbound } from '../../core/types.js';

/** wechaty-puppet's MessageType values (a unit test checks they still match the SDK's enum). */
export const WechatMessageType = {
  Unknown: 0,
  Attachment: 1,
  Audio: 2,
  Contact: 3,
  ChatHistory: 4,
  Emoticon: 5,
  Image: 6,
  Text: 7,
  Location: 8,
  MiniProgram: 9,
  GroupNote: 10,
  Transfer: 11,
  RedEnvelope: 12,
  Recalled: 13,
  Url: 14,
  Video: 15,
  Post: 16,
} as const;

/** wechaty-puppet's ContactType.Official: subscription accounts push ads and notices, not questions. */
const OFFICIAL_ACCOUNT = 2;

/** What the adapter snapshots of a wechaty Message; also the shape of test/fixtures/wechat/*.json. */
export interface WechatRawMessage {
  id: string;
  /** wechaty-puppet MessageType. */
  type: number;
  text?: string;
  talkerId: string;
  talkerName?: string;
  /** wechaty-puppet ContactType. */
  talkerType?: number;
  roomId?: string;
  listenerId?: string;
  /** Contacts @-mentioned, when the puppet reports them (the mock and pad protocols do; web ones do not). */
  mentionIdList?: string[];
  /** Epoch ms, or seconds on some puppets. */
  timestamp: number;
}

export type GroupMode = 'mention' | 'all' | 'off';

export interface WechatParseContext {
  /** The logged-in account's contact id. */
  selfId: string;
  /** Its display name, to find "@店小二" in text when the puppet gives no mention list. */
  selfName?: string;
  groupMode: GroupMode;
}

export type WechatParsed = { inbound: Inbound } | { ignored: string };

const KINDS: Record<number, ContentKind> = {
  [WechatMessageType.Text]: 'text',
  [WechatMessageType.Image]: 'image',
  [WechatMessageType.Audio]: 'voice',
  [WechatMessageType.Video]: 'video',
  [WechatMessageType.Attachment]: 'file',
  [WechatMessageType.Emoticon]: 'sticker',
  [WechatMessageType.Url]: 'link',
  [WechatMessageType.MiniProgram]: 'link',
  [WechatMessageType.Location]: 'location',
};

/** Notices, not something a person asked: answering them would be noise. */
const SYSTEM_TYPES = new Set<number>([WechatMessageType.Recalled, WechatMessageType.GroupNote, WechatMessageType.Post]);

// WeChat separates an @name from the text with U+2005 (four-per-em space); some clients use a space.
const MENTION_END = '(?:\\u2005|\\s|$)';

/**
 * A reply quoting an earlier message comes as one text: 「name：the quoted text」, a line of spaced
 * dashes, then what the sender wrote. Only that is theirs to answer: the quoted part, an earlier
 * message of the conversation, would be read as asked again (and an @ inside it as a mention).
 */
const QUOTE = /^「[\s\S]*」\s*\n\s*(?:-\s*){6,}\n([\s\S]*)$/u;
export function withoutQuote(text: string): string {
  return text.startsWith('「') ? (QUOTE.exec(text)?.[1] ?? text) : text;
}

export function parseWechatMessage(raw: WechatRawMessage, ctx: WechatParseContext): WechatParsed {
  if (!raw.id || !raw.talkerId) return { ignored: 'incomplete payload' };
  if (raw.talkerId === ctx.selfId) return { ignored: 'own message' };
  if (raw.talkerType === OFFICIAL_ACCOUNT) return { ignored: 'official account' };
  if (SYSTEM_TYPES.has(raw.type)) return { ignored: 'system notice' };

  const isGroup = Boolean(raw.roomId);
  const kind: ContentKind = KINDS[raw.type] ?? 'other';
  let text = kind === 'text' ? withoutQuote(raw.text ?? '') : '';
  let mentioned: boolean | undefined;
  if (isGroup) {
    const byName = ctx.selfName ? mentionPattern(ctx.selfName) : undefined;
    mentioned = Boolean(raw.mentionIdList?.includes(ctx.selfId) || (byName && byName.test(text)));
    if (byName) text = text.replace(new RegExp(byName.source, 'gu'), ' ');
    if (ctx.groupMode === 'off') return { ignored: 'group chats are off' };
    if (ctx.groupMode === 'mention' && !mentioned) return { ignored: 'group message without @' };
  }

  const inbound: Inbound = {
    id: raw.id,
    channel: 'wechat',
    address: makeAddress('wechat', raw.roomId || raw.talkerId),
    userId: raw.talkerId,
    kind,
    // Media carry no text: the pipeline answers them with a hint for their kind.
    text: text.replace(/\s+/gu, ' ').trim(),
    at: raw.timestamp < 1e12 ? raw.timestamp * 1000 : raw.timestamp,
  };
  if (raw.talkerName) inbound.userName = raw.talkerName;
  if (isGroup) {
    inbound.isGroup = true;
    inbound.mentioned = mentioned;
  }
  return { inbound };
}

function mentionPattern(name: string): RegExp {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  return new RegExp(`@${escaped}${MENTION_END}`, 'u');
}
