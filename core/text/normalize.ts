// One canonical spelling of whatever a customer typed, so that knowledge and questions meet:
// full-width → half-width (ＡＢＣ１２３ → abc123), traditional → simplified, emoji and chat stickers dropped,
// lower case, Chinese punctuation → ASCII, white space collapsed.
import { toSimplified } from './simplify.js';

// Pictographs plus the invisible parts of emoji sequences (variation selectors, zero-width joiner,
// keycap, skin tones, tag characters, regional-indicator flags).
const EMOJI =
  /[\p{Extended_Pictographic}\u{FE0E}\u{FE0F}\u{200D}\u{20E3}\u{1F3FB}-\u{1F3FF}\u{E0020}-\u{E007F}\u{1F1E6}-\u{1F1FF}]/gu;

// The stickers WeChat, QQ and Taobao chat send as text ([微笑], [捂脸], [發怒]): emoji under another
// name, dropped like them (signals.ts reads the mood of some from the message as sent).
export const CHAT_STICKERS =
  '微笑|撇嘴|色|发呆|得意|流泪|害羞|闭嘴|睡|大哭|尴尬|发怒|调皮|呲牙|惊讶|难过|酷|冷汗|抓狂|吐|偷笑|愉快|可爱|白眼|傲慢|饥饿|困|惊恐|流汗|憨笑|悠闲|奋斗|咒骂|疑问|嘘|晕|疯了|衰|骷髅|敲打|再见|擦汗|抠鼻|鼓掌|坏笑|左哼哼|右哼哼|哈欠|鄙视|委屈|快哭了|阴险|亲亲|可怜|菜刀|西瓜|啤酒|咖啡|猪头|玫瑰|凋谢|嘴唇|爱心|心碎|蛋糕|炸弹|便便|月亮|太阳|拥抱|强|弱|握手|胜利|抱拳|勾引|拳头|ok|跳跳|发抖|怄火|转圈|捂脸|奸笑|机智|皱眉|耶|吃瓜|加油|汗|天啊|社会社会|旺柴|好的|哇|打脸|破涕为笑|苦涩|翻白眼|裂开|叹气|让我看看|666|无语|失望|恐惧|脸红|生病|笑脸|合十|烟花|庆祝|礼物|红包|发|福|囧|哭笑|doge|二哈|允悲|费解|抱抱';
const STICKER = new RegExp(`\\[(?:${CHAT_STICKERS})\\]`, 'gu');

// Punctuation that NFKC leaves alone, mapped to its ASCII counterpart.
const PUNCTUATION: Record<string, string> = {
  '。': '.',
  '、': ',',
  '“': '"',
  '”': '"',
  '‘': "'",
  '’': "'",
  '【': '[',
  '】': ']',
  '《': '<',
  '》': '>',
  '「': '"',
  '」': '"',
  '『': '"',
  '』': '"',
  '〜': '~',
  '—': '-',
  '–': '-',
  '·': ' ',
};
const PUNCTUATION_RE = new RegExp(`[${Object.keys(PUNCTUATION).join('')}]`, 'gu');

/**
 * Emoji that stand for a thing customers ask about ("📦 still not here?", "🚚 几天到"): read as the
 * word, in the language of the rest of the message. Faces and gestures say a mood, not a topic: they
 * are dropped with the others (signals.ts reads the mood from the message as sent).
 */
const EMOJI_WORDS: Record<string, [en: string, zh: string]> = {
  '📦': ['package', '包裹'],
  '🚚': ['delivery', '快递'],
  '🚛': ['delivery', '快递'],
  '💰': ['money', '钱'],
  '💵': ['money', '钱'],
  '💴': ['money', '钱'],
  '💳': ['card', '银行卡'],
  '🎁': ['gift', '礼物'],
  '👟': ['shoes', '鞋子'],
  '👠': ['shoes', '鞋子'],
  '👗': ['dress', '裙子'],
  '👕': ['shirt', '衣服'],
  '👖': ['jeans', '裤子'],
  '🧥': ['coat', '外套'],
  '👜': ['bag', '包包'],
  '📏': ['size', '尺码'],
  '🔋': ['battery', '电池'],
  '🎧': ['headphones', '耳机'],
  '📱': ['phone', '手机'],
  '🧾': ['receipt', '发票'],
  '🛒': ['cart', '购物车'],
};
const EMOJI_WORD = new RegExp(`[${Object.keys(EMOJI_WORDS).join('')}]`, 'gu');
const HAS_EMOJI_WORD = new RegExp(EMOJI_WORD.source, 'u');
/**
 * Whether a text may hold an emoji: they are all astral characters, and a text without a surrogate
 * pair holds none (a cheap test before the emoji expressions). Not the u flag: with it the class
 * would match lone surrogates only.
 */
export const ASTRAL = /[\uD800-\uDBFF]/;
const HAN = /[\u3400-\u9fff]/u;

/** The canonical form of a text: what matching, entities and signals read. */
export function normalize(text: string): string {
  let out = text.normalize('NFKC');
  if (ASTRAL.test(out) && HAS_EMOJI_WORD.test(out)) {
    const zh = HAN.test(out);
    out = out.replace(EMOJI_WORD, (e) => ` ${EMOJI_WORDS[e]![zh ? 1 : 0]} `);
  }
  out = out.replace(EMOJI, ' ');
  out = out.toLowerCase();
  if (ACCENTED.test(out)) out = out.replace(ACCENTED_ALL, (c) => c.normalize('NFD').replace(COMBINING, ''));
  out = toSimplified(out);
  out = out.replace(PUNCTUATION_RE, (c) => PUNCTUATION[c] ?? c);
  if (out.includes('[')) out = out.replace(STICKER, ' ');
  // NFKC turns the ideographic space into a plain one; tabs and new lines become spaces too.
  out = out.replace(/\s+/gu, ' ').trim();
  return out;
}

// Latin letters with accents, read without them (café is cafe, Zürich zurich): English words are
// letters a to z. (Only these: decomposing Hangul or kana would take them apart.)
const ACCENTED = /[\u00c0-\u024f]/u;
const ACCENTED_ALL = /[\u00c0-\u024f]/gu;
const COMBINING = /[\u0300-\u036f]/gu;

// Links: scheme or www, then anything up to white space or a Chinese character.
const LINK = /(?:https?:\/\/|www\.)[^\s\u3400-\u9fff]+/gu;

/** The text with links (a pasted product page) blanked: they name no question to match. */
export function withoutLinks(text: string): string {
  return text.includes('http') || text.includes('www.') ? text.replace(LINK, ' ').replace(/\s+/gu, ' ').trim() : text;
}
