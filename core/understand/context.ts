// Follow-up questions resolved against the conversation: "那退货呢?" after a shipping question asks
// the same about returns; "这个多少钱?" after a product was named asks about that product; "这个呢?"
// asks the previous question again about the product just mentioned. Looks back over the last turns.
import type { Catalogue } from './entities.js';
import { extractEntities } from './entities.js';
import { normalize } from '../text/normalize.js';
import { namesEnglishPlace, placesZh } from './lexicon/places.js';
import { smalltalk } from './lexicon/signals.js';
import { isAsking } from './question-focus.js';
import type { HistoryTurn } from './types.js';

/** At most this many readings of a follow-up are tried (a long earlier question has many spans). */
const MAX_READINGS = 48;
/** An earlier message longer than this is not rephrased with the new topic. */
const MAX_REPHRASED = 300;
/** How many earlier turns a follow-up may reach back over. */
export const CONTEXT_TURNS = 6;

export interface ResolvedContext {
  /** The question to answer, in full (normalised). */
  resolved: string;
  /** What the customer added, when the question was completed from history ("退货" in 那退货呢). */
  focus?: string;
  /** The earlier question it was completed from. */
  previous?: string;
  /**
   * Readings of a topic follow-up, most likely first: the earlier question with one of its words
   * replaced by the new topic (普洱怎么泡 + 白茶 → 白茶怎么泡), then the new topic alone. The engine
   * answers from the reading it is most confident of.
   */
  readings?: string[];
  /**
   * A short question leaning on the conversation without a topic of its own ("is it free?", "and how
   * long does that take?", 那要多久): the earlier question it leans on, to be read together with it.
   */
  leansOn?: string;
  /**
   * The leaning question says only how it asks (how long does that take?, how much is it?, 那要多久),
   * nothing of what about: all of that is in the earlier question.
   */
  frameOnly?: boolean;
  /** What a leaning question says beyond its frame ("expired" of "what if it's expired?"). */
  said?: string;
  /** A topic follow-up's earlier question with the new thing added, not put in place of anything. */
  joined?: string;
  /** The topic of a follow-up that asks a question of its own about it ("returns" of "and returns, are those free too?"). */
  topic?: string;
  /**
   * A short question with no sign of leaning (怎么领, 自己能装吗): the earlier question, to read it with
   * only when the question alone finds no answer.
   */
  mayLeanOn?: string;
  /**
   * A topic follow-up with more said after it (那龙井呢 能放几年, 那凉拖呢 我平时穿39): the whole
   * message, to be read with the earlier question when no reading of the topic answers.
   */
  rest?: string;
}

const ZH_PRONOUN = '这个|那个|这款|那款|这件|那件|这种|那种|这一款|这个商品|这个宝贝|该商品|它';
const EN_PRONOUN = 'it|this|that|this one|that one|them|these|those';
// 那退货呢? / 退货呢 / 还有退货怎么说? — a topic and an ellipsis marker, nothing else.
// Without a leading 那/还有 only a very short topic counts, and only before 呢: "花呗怎么还款呢" is a
// question of its own, and so is "今天天气咋样" (X怎么样 asks how X is).
const ZH_TOPIC = /^(?:(?:那|那么|那个|还有|另外|然后|那要是|如果是)\s*(.{1,8}?)\s*(?:呢|怎么样|咋样|怎么说)|(.{1,4}?)\s*呢)\s*[?!.~]*$/u;
// what about returns? / how about the blue one? / and returns? / ok and invoices?
// same for rugs? / is it the same with towels? (Not "and how much for the express one?": a question
// of its own, which put into the earlier one as its topic read as that question again. On the team's
// follow-ups, 7 wrong answers fewer and 2 right ones.)
const EN_TOPIC =
  /^(?:and|but|so|ok|okay)?\s*(?:what|how)\s+about\s+(.*[^\s?!.])[\s?!.]*$|^and\s+(?!(?:how|what|whats|when|which|who|why|where|can|could|do|does|is|are|will|would)\b)(.{1,40}?)\s*\?+$|^(?:ok|okay|oh|right|cool|great|thanks|thank you)[,.!]*\s+and\s+(?!(?:how|what|whats|when|which|who|why|where|can|could|do|does|is|are|will|would)\b)(\S+(?:\s+\S+){0,2}?)\s*\?+$|^(?:and|ok|okay|is it|is that)?\s*(?:the\s+)?same\s+(?:question\s+|thing\s+|goes\s+)?(?:for|with)\s+(.{1,40}?)\s*[?!.]*$/u;
/** A topic, a comma, and what is asked of it (returns, are those free too?). */
const EN_TOPIC_ASKED = /^([^,]{1,30}),\s*(.+)$/u;
// I'm in Hobart / we're based in Perth / 我在拉萨 / 我们这边是新疆: where the customer is, said after a
// question that depends on it (a cut-off date, a delivery time): that question asked of the place.
const EN_WHERE_I_AM = /^(?:i'?m|i am|we'?re|we are|she'?s|she is|he'?s|he is|they'?re|they are|(?:i|we|they) live|(?:she|he) lives|it'?s going)\s+(?:based\s+)?(?:in|at|near|to|out in|up in|down in|over in)\s+(.{2,40}?)\s*(?:btw|by the way|though)?[\s?!.]*$/u;
const ZH_WHERE_I_AM = /^(?:我|我们|我家|俺|俺家|收货地址|地址)(?:在|是|这边是|那边是|这里是|住在)\s*(.{2,8}?)\s*(?:的话)?[\s?!.~呢]*$/u;

/** The place a message that only says where the customer is names ("in hobart", 拉萨), or undefined. */
function whereTheyAre(text: string, english: boolean): string | undefined {
  const place = (english ? EN_WHERE_I_AM : ZH_WHERE_I_AM).exec(text)?.[1];
  if (!place) return undefined;
  if (english) return namesEnglishPlace(place) ? `in ${place}` : undefined;
  return placesZh.some((p) => place.startsWith(p)) ? place : undefined;
}

// 那龙井呢 能放几年: the same, and then a few words more (a detail, the question again in other words).
const ZH_TOPIC_THEN = /^(?:那|那么|还有|另外|那要是|如果是)\s*(.{1,8}?)\s*呢[\s,!?~]+(.{1,16}?)[\s?!.~]*$/u;
const ZH_PRONOUN_ONLY = new RegExp(`^(?:那|那么)?\\s*(?:${ZH_PRONOUN})\\s*(?:呢)?\\s*[?!.~]*$`, 'u');
const EN_PRONOUN_ONLY = new RegExp(`^(?:and|what about|how about)?\\s*(?:${EN_PRONOUN})\\s*[?!.]*$`, 'u');
const ZH_PRONOUN_IN = new RegExp(ZH_PRONOUN, 'u');
// A short question that leans on what came before: a pronoun, or a leading "and" / 那.
const EN_LEANING = /^(?:and|so|ok|okay|but|what if)\b|\b(?:it|that|this|they|them|those|these)\b/u;
const ZH_LEANING = /^(?:那|那么|那要|还有|这样|这个|那个)|它|也(?:行|可以|能|是|一样|算|包括|适用|支持)|呢\s*[?!.~]*$/u;
const SHORT = { enWords: 8, zhChars: 10 };
// What is left of a leaning question once its frame is taken away: how long / how much / when, the
// pronoun and the particles. Nothing left: it asks only how.
const EN_FRAME_WORDS =
  /\b(?:and|so|ok|okay|but|then|now|next|just|still|for|from|to|in|on|at|with|by|there|here|get|i|me|my|we|us|you|your|how|long|many|much|more|extra|when|what|whats|which|days?|weeks?|hours?|time|take|takes|took|taking|usually|normally|roughly|about|does|do|did|is|are|will|would|can|could|should|it|that|this|they|them|those|these|the|a|an|cost|costs|price|charge)\b/gu;
const ZH_FRAME_WORDS = /那么|那要|那|还有|这样|这个|那个|它|大概|一般|需要|多长时间|多久|几天|多少天|多少钱|多少|要钱|收钱|加钱|收费|免费|什么时候|啥时候|几号|怎么办|咋办|咋整|怎么弄|咋弄|怎么搞|怎么操作|怎么办理|在哪里|在哪|哪里|怎么|咋|能|可以|要|得|呢|吗|啊|呀|嘛|了/gu;
const EN_PRONOUN_IN = new RegExp(`\\b(?:${EN_PRONOUN})\\b`, 'u');

interface Mention {
  /** The product's name as written. */
  text: string;
  id: string;
}

const HAN = /[\u3400-\u9fff]/u;

/**
 * The product mentioned last, by the customer or in a reply. A variant's name stands for its product
 * only when no other product has a variant of that name: a reply listing 雨前龙井's sizes ends with
 * 250g罐装, which every tin of tea has. The product is then called by its name.
 */
function lastProduct(turns: readonly HistoryTurn[], catalogue: Catalogue | undefined, english: boolean): Mention | undefined {
  if (!catalogue?.names.length) return undefined;
  for (let i = turns.length - 1; i >= 0; i--) {
    const entities = extractEntities(normalize(turns[i]!.text), catalogue).filter((e) => e.kind === 'product');
    for (let k = entities.length - 1; k >= 0; k--) {
      const mention = entities[k]!;
      // An English "it" or "that" is no product named in Chinese: "how long would that take" after a
      // Chinese reply naming 金骏眉 asks about what the customer asked last.
      if (english && HAN.test(mention.text)) continue;
      const named = catalogue.names.filter((n) => n.text === mention.text);
      if (new Set(named.map((n) => n.product.id)).size > 1) continue;
      const variant = named.find((n) => n.sku !== undefined && n.product.id === mention.value);
      return { text: variant ? normalize(variant.product.name) : mention.text, id: mention.value };
    }
  }
  return undefined;
}

/**
 * The customer's last question that stood on its own. Follow-ups are skipped however many there are
 * (发货 → 那退货呢 → 那换货呢 → … all ask about the first question's frame); anything else the
 * customer said counts against CONTEXT_TURNS / 2 turns of looking back.
 */
export function lastQuestion(history: readonly HistoryTurn[], asking = false): string | undefined {
  let budget = CONTEXT_TURNS / 2;
  for (let i = history.length - 1; i >= 0 && budget > 0; i--) {
    const turn = history[i]!;
    if (turn.role !== 'customer') continue;
    const text = normalize(turn.text);
    if (text && isFollowUp(text)) continue;
    // (`asking`: only a question will do, for its frame: 那冻的呢 after 活蟹要咋保存 and 我还买了冻虾仁
    // asks how frozen ones are stored.)
    if (!text || smalltalk.test(text) || (asking && !isAsking(text, !HAN.test(text)))) {
      budget--;
      continue;
    }
    return text;
  }
  return undefined;
}

/**
 * The text without the marks and spaces it ends with. (A loop: a regular expression anchored at the end
 * tries every start of a long run of marks, quadratic in a hostile message.)
 */
function trimEnd(text: string): string {
  let end = text.length;
  while (end > 0 && TRAILING.has(text[end - 1]!)) end--;
  return text.slice(0, end);
}
const PARTICLES = /^[吗呢吧啊呀哦嘛哈啦了的]+$/u;
const TRAILING = new Set([...'?!.~,', ' ', '\t', '\n']);

/**
 * The earlier question with one of its parts replaced by the new topic: for Chinese every span of one
 * to four characters of a run of Chinese (the topic may have been any word of it), for English every
 * word and pair of words. Shortest replaced spans first; the engine picks by confidence.
 */
export function substitutions(previous: string, topic: string, english: boolean): string[] {
  const out = new Set<string>();
  const text = trimEnd(previous);
  // A story, not a question to rephrase: each reading would be matched whole.
  if (text.length > MAX_REPHRASED) return [];
  if (english) {
    const words = text.split(/\s+/u).filter(Boolean);
    for (let n = 1; n <= 2; n++) {
      for (let i = 0; i + n <= words.length && out.size < MAX_READINGS; i++) out.add([...words.slice(0, i), topic, ...words.slice(i + n)].join(' '));
    }
    return [...out];
  }
  for (let n = 1; n <= 4; n++) {
    for (let i = 0; i + n <= text.length && out.size < MAX_READINGS; i++) {
      const span = text.slice(i, i + n);
      // (Not a particle alone: 呀 replaced keeps all of the question, the earlier topic with the new one,
      // which is the joined reading, weighed apart.)
      if (!/^[\u3400-\u9fff]+$/u.test(span) || PARTICLES.test(span)) continue;
      out.add(text.slice(0, i) + topic + text.slice(i + n));
    }
  }
  return [...out];
}

/** "那退货呢?" with nothing earlier to complete it from asks about 退货 (only a 呢 question: 质量怎么样 is whole). */
function bareTopic(normalized: string, english: boolean): string | undefined {
  if (english || !/呢\s*[?!.~]*$/u.test(normalized)) return undefined;
  return ZH_TOPIC.exec(normalized)?.slice(1).find(Boolean)?.trim();
}

/**
 * An English fragment that cannot stand alone: a few words that only ask how (how much?, how long?)
 * or start mid-sentence (for free?, even amazon?, in store?).
 */
function elliptical(text: string): boolean {
  const words = text.replace(/[?!.,~]/gu, ' ').split(/\s+/u).filter(Boolean);
  return words.length > 0 && words.length <= 4 && (frameOnly(text, true) || EN_FRAGMENT_START.test(words[0]!));
}
const EN_FRAGMENT_START = /^(?:for|even|in|with|on|by|via|from|to|including|except|without)$/u;

/**
 * Whether a question says only how it asks (see ResolvedContext.frameOnly): it asks how long, how much,
 * when…, and says nothing else. ("can you?", "you there?", 可以 ask nothing.)
 */
function frameOnly(text: string, english: boolean): boolean {
  if (!(english ? EN_QUESTION_WORD : ZH_QUESTION_WORD).test(text)) return false;
  return beyondFrame(text, english) === '';
}

/**
 * The earlier question without what it asked of its topic, when the new one asks the other of time
 * and cost (how long → how much, 多久 → 多少钱); as it was otherwise.
 */
function reframed(previous: string, now: string, english: boolean): string {
  const [time, cost] = english ? [EN_TIME, EN_COST] : [ZH_TIME, ZH_COST];
  const asksNow = askedOf(now, english);
  const askedBefore = asksNow === 'cost' ? time : asksNow === 'time' ? cost : undefined;
  if (!askedBefore || previous.search(askedBefore) < 0) return previous;
  return previous.replace(askedBefore, ' ').replace(/\s+/gu, ' ').trim() || previous;
}
// ("How much days", as learners write it, asks a time.)
const EN_TIME = /\b(?:how long|how soon|when|how (?:many|much) days|how much time|take|takes|took|(?:delivery|shipping|transit|dispatch|processing|lead|turnaround) times?)\b/gu;
const EN_COST = /\b(?:how much(?! (?:days?|time)\b)|cost|costs|price|charge|fee)\b/gu;
const ZH_TIME = /多久|多长时间|几天|什么时候|啥时候|多少天/gu;
const ZH_COST = /多少钱|要钱|收钱|加钱|收费|价格|多少/gu;

/** What a question that says only how it asks asks: how long (or when), how much; neither or both, undefined. */
export function askedOf(text: string, english: boolean): 'time' | 'cost' | undefined {
  const [time, cost] = english ? [EN_TIME, EN_COST] : [ZH_TIME, ZH_COST];
  const asksTime = text.search(time) >= 0;
  const asksCost = text.search(cost) >= 0;
  return asksTime === asksCost ? undefined : asksTime ? 'time' : 'cost';
}

/** A question's words beyond its frame (see EN_FRAME_WORDS), spaces between them. */
export function beyondFrame(text: string, english: boolean): string {
  return text.replace(english ? EN_FRAME_WORDS : ZH_FRAME_WORDS, ' ').replace(/[\s?!.~,]+/gu, ' ').trim();
}
const EN_QUESTION_WORD = /\b(?:how|when|what|whats|which|much|many|long|cost|costs|price)\b/u;
const ZH_QUESTION_WORD = /多久|多长时间|多少|几天|几号|什么时候|啥时候|怎么|咋|哪|要钱|收钱|加钱|收费|免费/u;

function isFollowUp(text: string): boolean {
  return ZH_TOPIC.test(text) || topicThen(text)?.asks === false || EN_TOPIC.test(text) || ZH_PRONOUN_ONLY.test(text) || EN_PRONOUN_ONLY.test(text);
}

/**
 * 那X呢 with more said after it: X, and what follows (asking, or a detail). A question that follows
 * is one of its own about X (那白茶呢 水温要多少: 白茶水温要多少), no follow-up to look back past.
 */
function topicThen(text: string): { topic: string; rest: string; asks: boolean } | undefined {
  const then = ZH_TOPIC_THEN.exec(text);
  if (!then || frameOnly(then[1]!, false)) return undefined;
  const rest = then[2]!.trim();
  const asks = isAsking(rest, false);
  return { topic: then[1]!.trim(), rest, asks };
}

/**
 * The question the customer is asking, completed from the conversation when it leans on it.
 * `normalized` is the current message, normalised.
 */
export function resolveContext(normalized: string, history: readonly HistoryTurn[] = [], catalogue?: Catalogue): ResolvedContext {
  const turns = history.slice(-CONTEXT_TURNS);
  const english = !/[\u3400-\u9fff]/u.test(normalized);
  if (!turns.length) return { resolved: bareTopic(normalized, english) ?? normalized };

  // "这个呢?" — the previous question, about the product mentioned last.
  if (ZH_PRONOUN_ONLY.test(normalized) || EN_PRONOUN_ONLY.test(normalized)) {
    const previous = lastQuestion(history);
    if (!previous) return { resolved: normalized };
    const product = lastProduct(turns, catalogue, english);
    if (!product) return { resolved: previous, previous };
    const before = extractEntities(previous, catalogue).find((e) => e.kind === 'product');
    const resolved = before ? previous.replace(before.text, product.text) : `${product.text} ${previous}`;
    return { resolved, previous, focus: product.text };
  }

  // "那退货呢?" / "what about returns?" — the previous question, about something else: its frame
  // with the new topic in place of the old one.
  // "I'm in Hobart" adds to the earlier question where it is asked from: that question, with the place.
  // (我在拉萨 is a topic follow-up like 那拉萨呢: a Chinese shop's knowledge asks about places, 西藏能发吗.)
  const where = whereTheyAre(normalized, english);
  if (where && english) {
    const previous = lastQuestion(history, true);
    if (previous) return { resolved: `${trimEnd(previous)} ${where}`, previous };
  }
  const topic = (english ? EN_TOPIC : ZH_TOPIC).exec(normalized)?.slice(1).find(Boolean)?.trim() ?? where;
  // "and returns, are those free too?": the topic, then a question of its own about it (as 那白茶呢 水温要多少).
  const topicAsked = english && topic ? EN_TOPIC_ASKED.exec(topic) : null;
  if (topicAsked && isAsking(topicAsked[2]!, true)) return { resolved: `${topicAsked[1]} ${topicAsked[2]}`, topic: topicAsked[1]! };
  // ("and how long does that take?" names no topic: it asks how, of the earlier question — below.)
  if (topic && !frameOnly(topic, english)) {
    const previous = lastQuestion(history, true);
    if (previous) {
      const readings = substitutions(previous, topic, english);
      // The new thing may also just join the earlier question ("whats your return policy" → "what about
      // earbuds?" asks the policy for earbuds: nothing of it is to be replaced).
      const joined = `${trimEnd(previous)} ${topic}`;
      return { resolved: readings[0] ?? topic, focus: topic, previous, readings: [...readings, topic], joined };
    }
    const bare = bareTopic(normalized, english);
    if (bare) return { resolved: bare };
  }
  const then = english ? undefined : topicThen(normalized);
  if (then) {
    const { topic } = then;
    // What follows asks a question of its own about the topic (那白茶呢 水温要多少): that question.
    if (then.asks) return { resolved: `${topic}${then.rest}` };
    const previous = lastQuestion(history, true);
    if (previous) {
      return { resolved: normalized, focus: topic, previous, readings: [...substitutions(previous, topic, false), topic], joined: `${trimEnd(previous)} ${topic}`, rest: normalized };
    }
  }

  // "这个多少钱?" — the pronoun stands for the product mentioned last.
  const pronoun = english ? EN_PRONOUN_IN : ZH_PRONOUN_IN;
  const hasProduct = extractEntities(normalized, catalogue).some((e) => e.kind === 'product');
  if (!hasProduct && pronoun.test(normalized)) {
    const product = lastProduct(turns, catalogue, english);
    if (product) return { resolved: normalized.replace(pronoun, english ? ` ${product.text} ` : product.text).trim(), focus: product.text };
  }
  // "is it free?" after "how do I return something": the earlier question, to be read alongside.
  const short = english ? normalized.split(/\s+/u).length <= SHORT.enWords : normalized.replace(/[\s?!.~,]/gu, '').length <= SHORT.zhChars;
  const onlyFrame = short && frameOnly(normalized, english);
  if (short && ((english ? EN_LEANING : ZH_LEANING).test(normalized) || (english ? elliptical(normalized) : onlyFrame))) {
    const previous = lastQuestion(history);
    // (In the same language: an English "is it authentic?" after a Chinese question asks on its own;
    // leaning, the Chinese words would outweigh the English ones the knowledge meets only translated.)
    if (previous && previous !== normalized && !/[\u3400-\u9fff]/u.test(previous) === english) {
      // One that only asks how takes the earlier question's topic, not its frame too, when it asks
      // another thing of it: "how much does that cost?" after "how long does delivery take?" asks
      // what delivery costs.
      const leansOn = onlyFrame ? reframed(previous, normalized, english) : previous;
      return { resolved: normalized, previous, leansOn, frameOnly: onlyFrame, said: beyondFrame(normalized, english) };
    }
  }
  if (short && !english) {
    const previous = lastQuestion(history);
    if (previous && previous !== normalized && !/[\u3400-\u9fff]/u.test(previous) === english) return { resolved: normalized, mayLeanOn: previous };
  }
  return { resolved: normalized };
}
