// Quick replies as an inline keyboard. A button's callback_data is at most 64 bytes: a short reply text
// travels in it ("qr:运费谁出"); a longer one is kept in the store under a hash ("qh:<hash>"), so pressing
// it works after a restart and from any process.
import { createHash } from 'node:crypto';
import type { InlineKeyboardMarkup } from 'telegraf/types';
import type { Store } from '../../core/store/store.js';
import type { QuickReply } from '../../core/types.js';

const MAX_CALLBACK_BYTES = 64;
const INLINE = 'qr:';
const HASHED = 'qh:';
const HASHED_TTL_MS = 30 * 24 * 3600_000;
const hashedKey = (hash: string) => `telegram-button:${hash}`;

export async function keyboardFor(store: Store, quickReplies: QuickReply[]): Promise<InlineKeyboardMarkup> {
  const rows = [];
  for (const reply of quickReplies.slice(0, 8)) {
    let data = INLINE + reply.text;
    if (Buffer.byteLength(data) > MAX_CALLBACK_BYTES) {
      const hash = createHash('sha256').update(reply.text).digest('base64url').slice(0, 22);
      await store.set(hashedKey(hash), reply.text, HASHED_TTL_MS);
      data = HASHED + hash;
    }
    rows.push([{ text: reply.label, callback_data: data }]);
  }
  return { inline_keyboard: rows };
}

/** What a pressed button carries: its text, or the hash to look it up by. Unknown data → undefined. */
export function decodeCallbackData(data: string): { text?: string; hash?: string } | undefined {
  if (data.startsWith(INLINE)) return { text: data.slice(INLINE.length) };
  if (data.startsWith(HASHED)) return { hash: data.slice(HASHED.length) };
  return undefined;
}

export async function buttonText(store: Store, hash: string): Promise<string | undefined> {
  return store.get<string>(hashedKey(hash));
}
