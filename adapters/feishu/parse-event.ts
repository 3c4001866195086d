// Feishu's raw event payloads → what the desk needs. Accepts both the raw envelope (schema 2.0:
// {schema, header, event}) and the SDK's flattened form ({...header, ...event}); returns undefined for
// anything else (the caller logs it).
//   im.message.receive_v1 → who wrote (open_id), where (chat, thread root), the text without @-mentions
//   card.action.trigger   → who pressed which button (claim / close) on which ticket's card

export interface Mention {
  key: string;
  openId?: string;
  name?: string;
}

export interface FeishuMessage {
  kind: 'message';
  eventId?: string;
  messageId: string;
  chatId: string;
  chatType?: string;
  /** The first message of the thread (our ticket card) when this is a reply in a thread. */
  rootId?: string;
  parentId?: string;
  threadId?: string;
  senderId: string;
  /** "user" for people; "app" for bots (our own messages included). */
  senderType: string;
  messageType: string;
  /** Plain text, @-mentions removed; for non-text messages a short description ("[图片]"). */
  text: string;
  mentions: Mention[];
  createTime?: number;
}

export interface FeishuCardAction {
  kind: 'card_action';
  eventId?: string;
  operatorId: string;
  messageId?: string;
  chatId?: string;
  action?: 'claim' | 'close';
  ticketId?: string;
  value: unknown;
}

export type FeishuEvent = FeishuMessage | FeishuCardAction;

type Json = Record<string, unknown>;
const obj = (v: unknown): Json => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : {});
const str = (v: unknown): string | undefined => (typeof v === 'string' && v ? v : undefined);

/** The envelope's header and event merged, like the SDK's dispatcher hands them to handlers. */
function flatten(data: unknown): Json {
  const d = obj(data);
  if (d.header && d.event) return { ...d, ...obj(d.header), ...obj(d.event) };
  if (d.event && !d.header) return { ...d, ...obj(d.event), event_type: obj(d.event).type ?? d.type }; // schema 1.0
  return d;
}

const DESCRIBE: Record<string, string> = { image: '[图片]', file: '[文件]', audio: '[语音]', media: '[视频]', sticker: '[表情]', video: '[视频]' };

/** Text of a `post` (rich text) message: its text, link and code runs, paragraphs on their own lines. */
function postText(content: Json): string {
  const body = Array.isArray(content.content) ? content : obj(Object.values(content).find((v) => Array.isArray(obj(v).content)));
  const paragraphs = (Array.isArray(body.content) ? body.content : []) as unknown[];
  const lines = paragraphs.map((p) =>
    (Array.isArray(p) ? p : [])
      .map((run) => {
        const r = obj(run);
        if (r.tag === 'text' || r.tag === 'a' || r.tag === 'code_block') return String(r.text ?? '');
        if (r.tag === 'at') return `@_mention_${String(r.user_id ?? '')}`; // removed below like text mentions
        return '';
      })
      .join(''),
  );
  const title = str(body.title);
  return [title, ...lines].filter((l) => l !== undefined && l !== '').join('\n');
}

export function stripMentions(text: string, mentions: Mention[]): string {
  let out = text;
  for (const m of mentions) if (m.key) out = out.split(m.key).join(' ');
  out = out.replace(/@_mention_\S*/gu, ' ').replace(/@_all\b/gu, ' ');
  return out
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+/gu, ' ').trim())
    .join('\n')
    .trim();
}

export function parseFeishuEvent(data: unknown): FeishuEvent | undefined {
  const d = flatten(data);
  const type = str(d.event_type) ?? str(d.type);
  const eventId = str(d.event_id) ?? str(d.uuid);
  if (type === 'im.message.receive_v1') {
    const message = obj(d.message);
    const sender = obj(d.sender);
    const senderIds = obj(sender.sender_id);
    const messageId = str(message.message_id);
    const chatId = str(message.chat_id);
    const senderId = str(senderIds.open_id);
    if (!messageId || !chatId || !senderId) return undefined;
    const messageType = str(message.message_type) ?? 'text';
    const mentions: Mention[] = (Array.isArray(message.mentions) ? message.mentions : []).map((m) => {
      const mention = obj(m);
      return { key: String(mention.key ?? ''), openId: str(obj(mention.id).open_id), name: str(mention.name) };
    });
    let content: Json = {};
    try {
      content = obj(JSON.parse(String(message.content ?? '{}')));
    } catch {
      content = {};
    }
    const raw = messageType === 'text' ? String(content.text ?? '') : messageType === 'post' ? postText(content) : (DESCRIBE[messageType] ?? `[${messageType}]`);
    const createTime = Number(message.create_time);
    return {
      kind: 'message',
      eventId,
      messageId,
      chatId,
      chatType: str(message.chat_type),
      rootId: str(message.root_id),
      parentId: str(message.parent_id),
      threadId: str(message.thread_id),
      senderId,
      senderType: str(sender.sender_type) ?? 'user',
      messageType,
      text: stripMentions(raw, mentions),
      mentions,
      createTime: Number.isFinite(createTime) && createTime > 0 ? createTime : undefined,
    };
  }
  if (type === 'card.action.trigger' || (!type && d.open_message_id && d.action)) {
    const operator = obj(d.operator);
    const context = obj(d.context);
    const action = obj(d.action);
    let value: unknown = action.value;
    if (typeof value === 'string') {
      try {
        value = JSON.parse(value);
      } catch {
        // a plain string value: not one of ours
      }
    }
    const v = obj(value);
    const operatorId = str(operator.open_id) ?? str(d.open_id);
    if (!operatorId) return undefined;
    const kind = v.xiaoer === 'claim' || v.xiaoer === 'close' ? v.xiaoer : undefined;
    return {
      kind: 'card_action',
      eventId,
      operatorId,
      messageId: str(context.open_message_id) ?? str(d.open_message_id),
      chatId: str(context.open_chat_id) ?? str(d.open_chat_id),
      action: kind,
      ticketId: str(v.ticket),
      value,
    };
  }
  return undefined;
}
