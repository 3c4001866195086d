// WeChat has no buttons for a personal or WeCom account: quick replies become a numbered list under the
// text ("回复 1：发什么快递"), and a lone digit from the customer means the offered question. What was
// offered is kept in the store (not in memory), so a restart between offer and answer loses nothing
// and another process can resolve it.
import type { Store } from '../../core/store/store.js';
import { languageIn } from '../../core/text/language.js';
import type { Inbound, QuickReply } from '../../core/types.js';

const OFFER_TTL_MS = 24 * 3600_000;
const offeredKey = (address: string) => `wechat-offered:${address}`;

/** The list in the language of the text above it (an English answer gets "Reply 1: …"). */
export function renderNumbered(text: string, quickReplies: QuickReply[] | undefined): string {
  if (!quickReplies?.length) return text;
  const english = languageIn(text) === 'en';
  const lines = quickReplies.slice(0, 9).map((q, i) => (english ? `Reply ${i + 1}: ${q.label}` : `回复 ${i + 1}：${q.label}`));
  return `${text}\n\n${lines.join('\n')}`;
}

/** Records what the latest message to this chat offered; a message without quick replies clears it,
 *  so a later "5" (a rating, a quantity) is not mistaken for an old menu choice. */
export async function rememberOffered(store: Store, address: string, quickReplies: QuickReply[] | undefined): Promise<void> {
  if (quickReplies?.length) await store.set(offeredKey(address), quickReplies.slice(0, 9), OFFER_TTL_MS);
  else await store.delete(offeredKey(address));
}

const FULL_WIDTH_DIGIT = /[０-９]/gu;

/** A lone digit that picks an offered quick reply becomes that reply's text (and its action). */
export async function resolveNumbered(store: Store, inbound: Inbound): Promise<Inbound> {
  if (inbound.kind !== 'text') return inbound;
  const digit = inbound.text.replace(FULL_WIDTH_DIGIT, (d) => String(d.charCodeAt(0) - 0xff10)).trim();
  if (!/^[1-9]$/u.test(digit)) return inbound;
  const offered = await store.get<QuickReply[]>(offeredKey(inbound.address));
  const picked = offered?.[Number(digit) - 1];
  if (!picked) return inbound;
  return { ...inbound, text: picked.text, action: `quick-reply:${digit}` };
}
