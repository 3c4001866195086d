// The platform-neutral vocabulary shared by adapters and the engine.

/** Where a message can be sent: `channel:chatId[:threadId]`. Opaque outside the adapter that made it. */
export type Address = string;

export type ContentKind = 'text' | 'image' | 'voice' | 'video' | 'file' | 'sticker' | 'link' | 'location' | 'other';

/** A customer's (or agent's) message, as an adapter's parser made it from the platform's raw payload. */
export interface Inbound {
  /** The platform's message id; with the channel, the dedupe key. */
  id: string;
  channel: string;
  /** Where replies go (a 1:1 chat, or a group). */
  address: Address;
  /** The sender, scoped to the channel (wxid, Telegram user id, Feishu open_id). */
  userId: string;
  userName?: string;
  kind: ContentKind;
  /** The text; for non-text kinds a short description ("[图片]"). */
  text: string;
  /** Epoch ms, from the platform when it says. */
  at: number;
  /** In a group: whether the bot was @-mentioned. */
  mentioned?: boolean;
  isGroup?: boolean;
  /** A button the customer pressed (quick reply), if that is what this is. */
  action?: string;
}

export interface QuickReply {
  /** What the button shows. */
  label: string;
  /** What pressing it sends back as the customer's text. */
  text: string;
}

/** Something to say to an address. */
export interface Outbound {
  address: Address;
  text: string;
  quickReplies?: QuickReply[];
  /** Who speaks: the bot, or an agent relayed through it. */
  from: 'bot' | 'agent';
  /** Interactive card payload for channels that render them (Feishu); text is the fallback. */
  card?: unknown;
}

export function channelOf(address: Address): string {
  const i = address.indexOf(':');
  return i < 0 ? address : address.slice(0, i);
}

export function makeAddress(channel: string, chatId: string, threadId?: string): Address {
  return threadId ? `${channel}:${chatId}:${threadId}` : `${channel}:${chatId}`;
}
