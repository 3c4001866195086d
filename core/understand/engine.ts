// The offline understanding engine: given a customer's message and the conversation so far, which
// knowledge entry answers it (or none), what it mentions, and whether a person should take over.
// Deterministic, no network, no model:
// - features (features.ts, keys.ts): characters, character pairs and their sounds (homophone typos),
//   synonym groups (the longest phrase; English words also through their stems), English stems and
//   word pairs (by word and by sense, numbers kept as a slot: "order #"), places, all as integer
//   keys; a pair the knowledge only uses inside a longer word (咖啡 of 咖啡因) counts little when
//   the customer's word differs; template slots of the knowledge ({{Order Number}}) read as numbers;
//   question words (几天, 多久, 怎么办, 怎么弄) weigh as the question's frame, not its topic; a
//   trailing 不/没 (能退不, 有券没) or 呗 asks like 吗; a pair the knowledge lacks that sounds like one
//   it has and shares a character with it is read as that pair (包油 → 包邮, homophones.ts);
// - scoring (index.ts, scorer.ts): BM25-style IDF learned from the knowledge, a weighted Dice
//   coefficient against each stored question, blended with the entry's pooled coverage of the query
//   and how central the query's words are to the entry (the share of its questions using them); an
//   entry's answer joins its questions at a small weight (customers ask what the answer says: do
//   you take PayPal);
//   a candidate naming the alternative of what the customer said (借呗 for 花呗, contrast.ts: words
//   of one slot the knowledge never asks about together) loses part of its score;
// - calibration (calibration.ts): coverage of what the customer said and of the stored question,
//   the lead over the first rival that is not a sibling entry (in full only once the customer said a
//   fair share of what the entry is about: a lead earned by one shared word is no confidence), what
//   the question says that the customer did not or contradicted, and how crowded the entry is by
//   near-duplicate entries of the knowledge (crowd.ts); when no entry leads but one owns the topic,
//   that one answers;
// - context (context.ts): 那X呢 follow-ups read as the earlier question with X in place of its topic;
// - entities, escalation cues, sentiment.
import { isActive, type KnowledgeBase } from '../knowledge/knowledge-base.js';
import type { FaqEntry, Promotion } from '../knowledge/schema.js';
import { capitalizedWords } from '../text/names.js';
import { stem } from '../text/stem.js';
import { normalize, withoutLinks } from '../text/normalize.js';
import { languageOfNormalized } from '../text/language.js';
import { isHan } from '../text/pinyin.js';
import { calibrate, CALIBRATION, confident, topicOwner, underspecified } from './calibration.js';
import { answerStates, type Asked } from './answer-states.js';
import { askedOf, beyondFrame, lastQuestion, resolveContext } from './context.js';
import { crowding } from './crowd.js';
import { buildCatalogue, extractEntities } from './entities.js';
import { correctEnglish, extractFeatures, mergeFeatures, type Features } from './features.js';
import { buildIndex, type Answerable, type MatchIndex } from './index.js';
import { describeKey, FeatureBag, KIND, kindOf } from './keys.js';
import { countriesEn, namesEnglishPlace, placeAreasEn, placeAreasZh, placesEn, placesZh } from './lexicon/places.js';
import { smalltalk } from './lexicon/signals.js';
import { askingClauses, isLongMessage } from './question-focus.js';
import { translateEnglish } from './translate.js';
import { concernAsked } from './concern-question.js';
import type { KnowledgeAsks } from './knowledge-asks.js';
import { loyaltyAsked } from './loyalty-question.js';
import { alterationAsked, placedDeliveryAsked, requestAsked, trackingAsked } from './order-request.js';
import { paidWithAsked } from './paid-with.js';
import { besidePoint, pointAsked, speaksOf } from './point-asked.js';
import { asksWhatAnswerStates, MOSTLY_TOLD, SURE_ELSEWHERE, TOLD_AGAIN, toldInAnswer, withoutFacetAsked } from './told-again.js';
import { zhFunctionChars } from './lexicon/zh.js';
import { contrastAsked, problemAsked } from './problem-report.js';
import { serviceAsked } from './service-question.js';
import { withoutReferences } from './references.js';
import { scoreEntries, sharedFeatures, type EntryScore } from './scorer.js';
import { sentimentOf } from './sentiment.js';
import { compilePlaybooks, detectSignals, unhappyUnanswered, unresolvedSignal } from './signals.js';
import type { Candidate, Entity, EntityKind, HistoryTurn, Signal, Understanding, UnderstandingEngine, UnderstandOptions } from './types.js';

/** Candidates reported per message. */
const CANDIDATES = 5;
/** Entries considered as what a follow-up's new topic may be about. */
const FOLLOW_UP_POOL = 10;
/** A follow-up's topic: entries at least this central to it, relative to the most central one. */
const CENTRAL_SHARE = 0.5;
/** …and how much of it a question of an entry (or its answer) must say for that entry to ask of it (see asksOf). */
const ASKS_OF_COVER = 0.75;
/** How an English follow-up introduces its new thing (and the cushions?, what about embroidery?). */
const FOLLOW_UP_OPENING = /^(?:and |what about |how about |the |for |a |an )+/u;
/** Entities a message gives as references, not as what it asks about. */
const REFERENCES: ReadonlySet<EntityKind> = new Set(['order_id', 'phone', 'tracking_no', 'email']);
/** How much a long message's story (its words the knowledge has) weighs beside the clauses that ask (see matchMessage). */
const STORY_WEIGHT = 0.2;
/** How much the words no entry uses weigh when a long message is read whole a second time (see matchMessage). */
const STORY_UNSEEN_WEIGHT = 0.25;
/**
 * How sure the reading of a short Chinese question-and-remark with the remark's unknown words at
 * STORY_UNSEEN_WEIGHT must be to answer (the middle of 0.61–0.65, where every set gained and none
 * answered more wrongly; at 0.58 a question the knowledge lacks is answered).
 */
const REMARK_CONFIDENCE = 0.63;
/**
 * How sure the reading of a short Chinese question-and-remark as its question, the remark's known words
 * at STORY_WEIGHT, must be to answer. Across eleven fresh Chinese batches: at REMARK_CONFIDENCE, 8 more
 * answered and 5 more wrongly; at 0.7 and at 0.8, 7 and 6 more and 2 more wrongly.
 */
const FOCUSED_CONFIDENCE = 0.7;
/**
 * How sure an English follow-up's question must be, read without the reaction before it, to answer
 * (across the fresh batches' follow-ups: at 0.85, 5 more right and 1 more wrong; at the answering
 * threshold, 8 and 4).
 */
const REACTION_CONFIDENCE = 0.85;
/**
 * How sure the most confident reading of a long Chinese message must be for its readings' agreement to
 * answer (see matchMessage). Across the sixteen fresh Chinese batches at 0.3: 15 more right, 1 more
 * wrong; at 0.2, 21 and 1, but atec answered two more of its finance questions wrongly.
 */
const AGREED_LONG = 0.3;
/** The most words (characters, in Chinese) of a question asking how long or how much that the entry the conversation is on may answer (whatTheEntryTold). */
const TOLD_WORDS = 12;
const TOLD_CHARACTERS = 16;
/** Asking how long or how much outright (not "take a loan", "when buying one"; not 分多少期). */
const HOW_LONG_OR_MUCH = /\bhow (?:long|much|many days|many weeks|soon|quickly|quick)\b/u;
const HOW_LONG_OR_MUCH_ZH = /多久|多长时间|几天|多少天|多少钱|要钱|收钱|加钱|收费|另外收|额外收/u;
/** How much the earlier question weighs beside a short question that leans on it (see matchLeaning). */
const LEANING_WEIGHT = 0.35;
/** The share of a follow-up's rephrasings that must lead to one entry for it to answer (agreedReading). */
const AGREEMENT = 0.5;
/** A thing several entries ask about: the runner-up's confidence, alone, at least this share of the best's. */
const SPREAD = 0.5;
/**
 * How much more of a follow-up's rephrasing than the new thing's own share an entry about the new
 * thing must explain for that reading to count (see matchReadings).
 */
const FRAME_MARGIN = 0.02;
/** A message opening with a condition, and what it asks after it (see askedUnderCondition). */
const LEADING_CONDITION_EN = /^if\b[^,?]{3,80},\s*(.{8,})$/u;
/** How much of a request for a person an entry's questions must hold to answer it (EntryScore.pooledCover). */
const PERSON_HELD = 0.8;
/** Below this share of its best match's stored question said, a message naming a product is also read by the product's kind. */
const KIND_READING_BELOW = 0.6;
/** A message that says this much of a stored question, and that question this much of it, is that question asked word for word. */
const WORD_FOR_WORD = 0.9;
/** A follow-up's new thing that completes the earlier question ("and to paypal?", "for kids?"), not a topic of its own. */
const EN_COMPLEMENT = /^(?:for|to|in|on|at|with|by|via|from|into|onto)\s/u;
/** A complement inside an earlier question (around pets, for orders over 50). */
const EN_PREPOSITION = /\b(?:for|to|in|on|at|with|by|via|from|into|onto|around|near|over|under|without|about)\s/u;
/**
 * …and beside one that only asks how (how long does that take?, 那要多久): the earlier question holds
 * all of the topic. Not in full: read whole, the earlier question would win its own entry back.
 */
const FRAME_ONLY_LEANING_WEIGHT = 0.7;
/** A vague question's best candidate is reported at most this share of the answering threshold. */
const VAGUE_FACTOR = 0.9;
/** How far back unanswered turns are counted. */
const UNRESOLVED_LOOKBACK = 6;

/** What makes escalation signals escalate, strongest reason first. */
const REASON_ORDER: Signal['kind'][] = ['human_request', 'threat', 'compensation', 'complaint', 'anger', 'unresolved'];

/** A normalised message's language (text/language.ts); one without words is read as Chinese. */
function languageOf(text: string): 'zh' | 'en' {
  return languageOfNormalized(text) ?? 'zh';
}

const isLatin = (code: number) => code >= 97 && code <= 122;

/** A message that asks something (a mark, a question word), in Chinese or English. */
const ASKS = /[?]|吗|么|呢|什么|啥|哪|几|多少|多久|能不能|可不可以|是否|有没有|咋|怎|\b(?:how|what|when|where|why|which|who|can|could|do|does|is|are|will|would)\b/u;
/** Praise near an entry this confident is more likely a question put as a statement. */
const PRAISE_MAX_CONFIDENCE = 0.25;
const HAS_LATIN = /[a-z]/u;
/** Whether the shop has a thing, and the thing (do you sell X, do you guys carry X, can you do X; do you make X). */
const HAS_THING_EN = /\b(?:(?:do|does) (?:you|u|ya|they|y'all)(?: guys| also| even| still)? (?:sell|carry|stock|make|offer|do|have)|(?:will|would|can) (?:you|u|ya|they|y'all)(?: guys| also| even| still)? (?:sell|carry|stock|offer|do|have))\s+([^?.!,;]+)/u;
/** Where the thing named ends: what it is for, a clause after it. */
const THING_ENDS_EN = /\b(?:or|and|for|to|with|in|at|as well|too|also|that|which|who|where|when|if|because|so|since|i|i'm|im|my|we|our|anymore|any more|at all|here|online|look|like that)\b.*$/u;
/** A purpose after the thing (a number to call, an address to send it to). */
const THING_PURPOSE_EN = /\b(?:to|so i can|so we can|in order to)\s+[a-z]/u;
/** Words around a thing that are no part of it (like a points thing, some kind of). */
const THING_FILLER_EN = /^(?:things?|stuff|kind|sort|type|like|some|any)$/u;
/** Last words that name no thing of their own (anything for students, a discount, a service). */
const NO_THING_EN = /^(?:anything|something|options?|deal|scheme|program|programme|services?|discounts?|idea|updates?|info|information|news|time|minute|moment|way|chance|problems?|issues?|questions?|details|answers?)$/u;
/** A thing named by a pronoun (can you do it faster?, do you have them in blue?): no thing named at all. */
const THING_PRONOUN_EN = /^(?:it|this|that|them|these|those|one|ones)\b/u;
/** How many Chinese characters a text holds. */
const hanCount = (text: string) => text.match(/[\u3400-\u9fff]/gu)?.length ?? 0;
/** Whether what was just said holds for another thing too (does that work for preorders too?, does it go for the desks too?). */
const ALSO_HOLDS_EN = /^(?:and |so |but |ok |okay )?(?:does|do|will|would|can|could|is|are) (?:that|it|this|they|those|these)\b[^?.!]{0,40}\b(?:work|works|apply|applies|count|include|cover|go|valid)\b[^?.!]{0,40}\b(?:too|as well|also)\b/u;
const PLACE_PREPOSITIONS = new Set(['to', 'in', 'for', 'from', 'the']);
/** …in Chinese: sending it there (寄到, 发过去, 送到), its postage, its days on the way. */
const SENT_THERE_ZH = /寄|发|送|到|邮|运费|快递|物流/u;
/** A place the conversation named: get there, ship it there, over there (not "is there"). */
const THERE_EN = /\b(?:to|get|gets|getting|go|goes|ship|send|deliver|post|mail|over|out) (?:it |them |stuff |things )?there\b/u;
/** Getting something to a place: sending, shipping, delivering it, or its getting or coming there. */
// (Where the customer lives counts: "I live in Germany, how many days does it take?".)
const SENT_THERE_EN = /\b(?:send|sent|sending|ship|ships|shipped|shipping|shipp\w*|deliver\w*|post|postage|posted|mail|mailed|courier|arrive\w*|get (?:it |them )?(?:to|there|here)|gets? to|(?:live|living|based|located) in)\b/u;
const PLACES_ZH = new Set(placesZh);
/**
 * A place asked whether what was just said holds there too (新疆也是发京东吗 after the courier's answer,
 * 所有订单统一由京东物流配送): the place, and what is asked of it. When the last answer says that (京东) and
 * the entry the message finds does not, that answer again (placeAlso): the entry on which regions are
 * served names 新疆 but no courier.
 */
const PLACE_ALSO_ZH = /^(?:那|那么)?([\u4e00-\u9fff]{2,5}?)(?:也是|也|还是|同样)(?:能|可以|会|要|是)?([^?？,，]{1,12}?)(?:吗|么|嘛|不)?[?？!！.。~]*$/u;

/** Asking when or how long, in English or Chinese. */
const ASKS_WHEN = /\b(?:when|how long|how soon|how (?:many|much) (?:business |working )?days|how quickly|what day)\b|多久|多长时间|几天|多少天|什么时候|啥时候|哪天|几时/u;

/** Whether the knowledge's questions are mostly Chinese: at most a Latin letter for every two Chinese characters. */
function isMostlyChinese(index: MatchIndex): boolean {
  let han = 0;
  let latin = 0;
  for (const q of index.questions) {
    if (q.answer) continue;
    for (let i = 0; i < q.text.length; i++) {
      const code = q.text.charCodeAt(i) | 0x20;
      if (isHan(q.text.charCodeAt(i))) han++;
      else if (isLatin(code)) latin++;
    }
  }
  return han > 0 && latin * 2 <= han;
}

/** A value worked out on the first call and remembered: a reading several guards may ask for, or none. */
function lazy<T>(compute: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) {
      value = compute();
      done = true;
    }
    return value;
  };
}

/** Human-readable evidence of a match: 退货, pinyin:tui huo, synonym:退款, word:refund. */
function explain(features: readonly number[]): string[] {
  const out: string[] = [];
  for (const key of features.map(describeKey)) {
    const kind = key[0];
    const value = key.slice(1);
    if (kind === 'b' || kind === 'u') out.push(value);
    else if (kind === 'p') out.push(`pinyin:${value}`);
    else if (kind === 's') out.push(`synonym:${value}`);
    else if (kind === 'w') out.push(`word:${value}`);
    else if (kind === 'v') out.push(`phrase:${value}`);
    else if (kind === 'l') out.push('place');
  }
  // Characters inside a matched pair say nothing more.
  const pairs = out.filter((w) => [...w].length === 2);
  return out.filter((w) => [...w].length !== 1 || !pairs.some((p) => p.includes(w)));
}

/**
 * A candidate whose `why` is worked out when first read (most callers never read it). A class, not an
 * object literal with a getter of its own: a literal's getter and setter are new functions each time,
 * so each candidate had a hidden class of its own, which V8 keeps in the old generation until a full
 * collection. Every scavenge then found the candidates alive, with all that their closures held (the
 * call's results and context): 3.5 MB moved to the old generation at each scavenge of a loop asking
 * one question, each pause 20 ms on one core.
 */
class LazyCandidate implements Candidate {
  readonly score: number;
  #why: string[] | undefined;
  readonly #explainer: () => string[];

  constructor(
    readonly id: string,
    confidence: number,
    readonly question: string,
    explainer: () => string[],
  ) {
    this.score = Math.round(confidence * 1000) / 1000;
    this.#explainer = explainer;
  }

  get why(): string[] {
    return (this.#why ??= this.#explainer());
  }

  set why(value: string[]) {
    this.#why = value;
  }

  /** Serialised (`ask --json`, logs), the explanation comes along as a plain candidate's would. */
  toJSON(): Candidate {
    return { id: this.id, score: this.score, question: this.question, why: this.why };
  }
}

function candidate(id: string, confidence: number, question: string, explainer: () => string[]): Candidate {
  return new LazyCandidate(id, confidence, question, explainer);
}

/** The moment and channel a message is answered for. */
interface When {
  now: Date;
  channel?: string;
}

/** Whether an entry may answer now, here: dated entries within their dates, promotions on their channels. */
function availableAt(entry: { faq?: FaqEntry; promotion?: Promotion }, when: When): boolean {
  if (entry.promotion) {
    const channels = entry.promotion.channels as readonly string[] | undefined;
    return isActive(entry.promotion, when.now) && (!channels || !when.channel || channels.includes(when.channel));
  }
  return !entry.faq || isActive(entry.faq, when.now);
}

export function createEngine(kb: KnowledgeBase): UnderstandingEngine {
  const index: MatchIndex = buildIndex(kb);
  const catalogue = buildCatalogue(kb.products);
  /** Product id and a name or alias of it (not a variant's: 250g罐装 names no one product) → its kind (withKinds). */
  const productKinds = new Map(
    kb.products.flatMap((p) => (p.category ? [p.name, ...(p.aliases ?? [])].map((name) => [`${p.id}\n${normalize(name)}`, normalize(p.category!)] as const) : [])),
  );
  /**
   * Whether the knowledge asks anything of a kind itself (绿茶怎么泡: a question naming the kind and no
   * product). Only then can a product read as its kind find an answer, and only then is that reading
   * worth its cost: a knowledge base of questions about each product by name has nothing to say of kinds.
   * Worked out on first need, once a kind.
   */
  const spokenKinds = new Map<string, boolean>();
  function spokenOf(category: string): boolean {
    const kind = normalize(category);
    let spoken = spokenKinds.get(kind);
    if (spoken === undefined) {
      spoken = kb.faq.some((e) =>
        e.questions.some((q) => {
          const text = normalize(q);
          return text.includes(kind) && !extractEntities(text, catalogue).some((x) => x.kind === 'product');
        }),
      );
      spokenKinds.set(kind, spoken);
    }
    return spoken;
  }
  const playbooks = compilePlaybooks(kb.playbooks);
  // Promotions, and FAQ entries with dates, answer only while valid (and promotions only on their channels).
  const hasConditions = index.entries.some((e) => e.kind === 'promotion' || e.faq?.valid_from || e.faq?.valid_to);
  const isSibling = (a: number, b: number) => index.siblings.get(a)?.has(b) ?? false;

  // Features are scored as soon as they are extracted: one bag serves every message.
  const scratchBag = new FeatureBag();
  /** A message's own features, which matchMessage reads again after other readings used the scratch bag. */
  const messageBag = new FeatureBag();
  function featuresOf(normalized: string, raw: string, bag: FeatureBag = scratchBag): Features {
    return extractFeatures(normalized, index.context, /[A-Z]/u.test(raw) ? capitalizedWords(raw) : undefined, bag);
  }

  const crowdOf = crowding(index, isSibling);
  // Knowledge written mostly in Chinese: English in a message meets little of it as typed.
  const mostlyChinese = isMostlyChinese(index);

  type Matched = { top: EntryScore[]; confidence: number[]; known: Int32Array; norm: number };

  function match(features: Features, when: When, english: boolean, only?: ReadonlySet<number>): Matched {
    const allowed =
      hasConditions || only
        ? (entry: number) => (!only || only.has(entry)) && availableAt(index.entries[entry]!, when)
        : undefined;
    const { top, known, norm } = scoreEntries(index, features, CANDIDATES, allowed);
    const confidence = calibrate(top, { english, siblings: isSibling, crowd: crowdOf });
    const owner = topicOwner(top);
    if (!confident(confidence) && owner >= 0) {
      // No entry leads, but one owns the topic: it goes first, just confident enough.
      const [chosen] = top.splice(owner, 1);
      top.unshift(chosen!);
      const [own] = confidence.splice(owner, 1);
      confidence.unshift(Math.max(own!, CALIBRATION.answerAt));
    } else if (confident(confidence) && owner < 0 && underspecified(top)) {
      // Several entries explain the whole question about equally: a guess, not an answer.
      confidence[0] = Math.min(confidence[0]!, CALIBRATION.answerAt * VAGUE_FACTOR);
    }
    return { top, confidence, known, norm };
  }

  /**
   * The entries a follow-up's new topic may be about: those whose questions cover most of it, each
   * with how central the topic is to it relative to the entry it is most central to (1 for that one).
   */
  function aboutTopic(focus: string): { about: Map<number, number>; norm: number } {
    const own = featuresOf(normalize(focus), focus);
    const scored = scoreEntries(index, own, FOLLOW_UP_POOL);
    const covering = scored.top.filter((c) => c.pooledCover >= 0.5);
    // Entries that merely mention the topic once are not about it: keep those it is central to.
    const central = Math.max(0, ...covering.map((c) => c.centrality));
    const out = new Map<number, number>();
    for (const c of covering) if (c.centrality >= central * CENTRAL_SHARE) out.set(c.entry, c.centrality / central);
    return { about: out, norm: scored.norm };
  }

  /**
   * A follow-up with a product ("这个呢?") asks the earlier question about it: among the entries that
   * cover what was added, the one that also fits the earlier question wins.
   */
  function matchFollowUp(focus: string, resolved: string, when: When, english: boolean): Matched {
    const { about } = aboutTopic(focus);
    const own = featuresOf(normalize(focus), focus, new FeatureBag());
    const features = mergeFeatures({ features: own, factor: 1 }, { features: featuresOf(resolved, resolved), factor: 0.5 });
    return match(features, when, english, about.size ? new Set(about.keys()) : undefined);
  }

  /**
   * A topic follow-up ("那白茶呢?" after "普洱怎么泡") has several readings (白茶怎么泡, 普洱白茶泡…,
   * 白茶): each is matched among the entries about the new topic. The reading whose answer is both
   * confident and about the new topic wins (confidence × how central the topic is to the entry).
   */
  function matchReadings(focus: string, readings: readonly string[], when: When, english: boolean, joined?: string, previous?: string, history: readonly HistoryTurn[] = []): Matched & { reading: string } {
    // The entry the conversation is on (see entryOfLastReply), worked out once if a guard asks for it.
    const earlierEntry = lazy(() => (previous === undefined ? undefined : (entryOfLastReply(history) ?? entryFoundBy(previous, when, english))));
    // A place asked after an answer that names it (西藏呢 after the free-shipping threshold, whose
    // answer lists 西藏 among the remote regions; 那乌鲁木齐呢 after delivery days that give 新疆's):
    // that answer again, for that place. Another entry about the place (which regions are served at
    // all) would leave the question asked unanswered.
    const place = placeNamed(focus, english);
    const earlier = place ? earlierEntry() : undefined;
    if (place && earlier !== undefined) {
      const named = answerNames(index.entries[earlier]!, place, english);
      // Named only by its area, or (a country, "what about canada?" after the delivery times at home) not
      // at all: the one entry whose answer names the place itself and states what was asked.
      if (named || !english || countriesEn.has(place)) {
        const there = placeStatedElsewhere(place, earlier, previous!, when, english);
        if (there) return { ...there, reading: `${previous} ${place}` };
      }
      if (named) {
        const again = answeredAgain(previous!, earlier, when, english);
        if (again) return { ...again, reading: previous! };
      }
    }
    // (focusNorm: the new thing's own evidence; over a reading's, its share of that reading: see `framed`.)
    const { about, norm: focusNorm } = aboutTopic(focus);
    const only = about.size ? new Set(about.keys()) : undefined;
    let best: (Matched & { reading: string; value: number }) | undefined;
    // Whether a reading that keeps some of the earlier question answers (那退货呢 after 多久发货:
    // 多久退货), or only the new thing alone does.
    let rephrased = false;
    // How many readings answer from each entry: the restricted ones here, any entry's in `agreed`.
    const support = new Map<number, number>();
    const complement = english && EN_COMPLEMENT.test(focus);
    // A complement naming no place adds to the earlier question, replacing none of it, when that
    // question has no complement of its own: "and for a bed frame?" after "do you offer assembly?"
    // asks for assembly of one, and "do you for a bed frame" (a reading with "offer assembly" replaced)
    // would find whichever entry mentions bed frames. (After "are your candles safe around pets?",
    // "what about for someone who's pregnant?" replaces "around pets".)
    if (complement && joined && !namesEnglishPlace(focus) && !EN_PREPOSITION.test(joined.slice(0, joined.length - focus.length))) {
      const m = match(featuresOf(joined, joined), when, english);
      if (confident(m.confidence)) return { ...m, reading: joined };
    }
    for (const reading of readings) {
      const m = match(featuresOf(reading, reading), when, english, only);
      const top = m.top[0];
      // Among the entries about the new thing, one that explains no more of a rephrasing than the new
      // thing itself answers it only because nothing else may: 熟普买回去怎么保存 among the 熟普 entries
      // finds 生普和熟普有什么区别, and "confidently", as no other entry competes. The earlier
      // question's frame, asked of the new thing, is then for the rephrasings read from any entry.
      // (A complement is where the frame applies: "and to canada?" after a delivery question is for the
      // entry about shipping abroad, whatever of the frame its questions say.)
      const framed = reading === focus || !top || !only || complement || top.queryCover > focusNorm / m.norm + FRAME_MARGIN;
      const value = top && framed ? m.confidence[0]! * (about.get(top.entry) ?? 1) : 0;
      if (!best || value > best.value + 1e-9) best = { ...m, reading, value };
      if (!framed) continue;
      if (confident(m.confidence)) support.set(top!.entry, (support.get(top!.entry) ?? 0) + 1);
      if (confident(m.confidence) && reading.replace(focus, '').replace(/[\s?!.~吗呢吧啊]/gu, '')) rephrased = true;
    }
    // When no entry about the new thing explains any of the earlier question, the new thing is what
    // that question now asks about (那熟普呢 after 龙井买回去怎么保存), even if it would be a
    // question of its own (熟普 alone: how 生普 and 熟普 differ).
    // The new thing read as a question of its own: worked out once, and only if a guard below asks for it.
    const ownQuestion = lazy(() => questionOfItsOwn(focus, when, english));
    // A thing named in the answer just given, when no entry about the thing answers the earlier
    // question asked of it ("and the cushions?" after the warranty's answer, which gives the cushions'
    // two years; 那绿植呢 after the refund policy, which says how plants are refunded): that answer
    // again, as for a place (above).
    if (!place && previous !== undefined && !rephrased) {
      const earlier = earlierEntry();
      if (earlier !== undefined && answerNamesThing(index.entries[earlier]!, focus, english)) {
        const again = answeredAgain(previous, earlier, when, english);
        if (again) return { ...again, reading: previous };
      }
    }
    // The earlier question asked of the new thing (the first reading) may be for an entry that asks it
    // of the thing, though it is not among those most about the thing: 那保健品呢 after 药拆开了没吃能退吗
    // is 保健品拆开了没吃能退吗, for the entry whose questions include 保健品可以退吗, not the one on
    // what supplements are. Read from any entry (once: agreedReading reads it first too), sure of such an
    // entry, it answers.
    const first = only && readings[0] !== focus ? { ...match(featuresOf(readings[0]!, readings[0]!), when, english), reading: readings[0]! } : undefined;
    const substituted = first && substitutedReading(first, focus, about, best!);
    if (substituted) return substituted;
    const agreed = only && agreedReading(focus, readings, when, english, (support.get(best!.top[0]?.entry ?? -1) ?? 0) + 1, rephrased || complement, earlierEntry, ownQuestion, first);
    if (agreed) return agreed;
    // None of them answers, or only the new thing alone does (纸尿裤呢 after 日期新鲜吗: the earlier
    // question asks nothing the new thing could replace): the earlier question with the new thing
    // added may, from any entry.
    // Its answer must be about the new thing too when the new thing is a question of its own: 那退货呢
    // after 啥时候能送来啊 asks about returns, and the delivery answer again would ignore it. (Not a
    // complement: "and to paypal?" asks the earlier question of paying back to PayPal.)
    if (joined && (!confident(best!.confidence) || !rephrased)) {
      const m = match(featuresOf(joined, joined), when, english);
      const top = m.top[0];
      if (confident(m.confidence)) {
        // (A place is no such complement: "and to Belfast?" after a delivery time is for the entry about
        // delivering there, when one is.)
        if (!only || (top !== undefined && about.has(top.entry)) || (english && EN_COMPLEMENT.test(focus) && !namesEnglishPlace(focus))) return { ...m, reading: joined };
        const alone = ownQuestion();
        if (alone) return { ...alone, reading: focus };
        // …nor, when the new thing is a kind of question the lexicon knows (那运费呢 after a delivery
        // time), an entry about none of it: the best reading among the entries about it, sure or not.
        if (!english && index.context.lexicon.zhGroupsCover(focus)) return best!;
        // …nor an entry about the thing the new one stands in for: "and the blankets?" after "are your
        // mugs dishwasher safe?" is not answered by the mugs' entry (after "what is your returns
        // policy?", "what about headphones?" is: returns are no thing sold).
        if (english && previous !== undefined && top !== undefined && aboutReplacedThing(top.entry, previous, focus)) return best!;
        return { ...m, reading: joined };
      }
    }
    // A reading that finds the earlier question's entry again, when the new thing is a question of its
    // own elsewhere: "what about just changing it instead?" after "can I cancel my order?" asks to
    // change it ("changing it instead I cancel an order" finds cancelling again).
    if (previous !== undefined && confident(best!.confidence)) {
      const entry = best!.top[0]!.entry;
      const alone = ownQuestion();
      if (alone && alone.top[0]!.entry !== entry && earlierEntry() === entry) return { ...alone, reading: focus };
      // Nor, in English, that entry when it is about the thing the new one stands in for and says
      // nothing of the new one ("and a helmet for her?" after "what size kids bike for a 6 year old":
      // the bike-sizing entry again): no answer rather than the earlier one.
      if (english && aboutReplacedThing(entry, previous, focus)) {
        const own = ownWordsEn(focus).join(' ');
        if (own && !mentions(entry, own) && earlierEntry() === entry) return { ...best!, confidence: [Math.min(best!.confidence[0]!, CALIBRATION.answerAt * VAGUE_FACTOR), ...best!.confidence.slice(1)] };
      }
    }
    return best!;
  }

  /**
   * The entry the bot's last reply answered from: as its record says, or the entry whose answer the
   * reply is, word for word (a history from elsewhere carries the text only).
   */
  function entryOfLastReply(history: readonly HistoryTurn[]): number | undefined {
    const reply = history[history.length - 1];
    if (!reply || reply.role === 'customer') return undefined;
    if (typeof reply.faq === 'string') return entryById().get(reply.faq);
    if (reply.faq === null) return undefined;
    return entryByAnswer().get(normalize(reply.text));
  }
  const entryById = lazy(() => new Map(index.entries.map((e, i) => [e.id, i])));
  const entryByAnswer = lazy(() => {
    const out = new Map<string, number>();
    index.entries.forEach((e, i) => {
      const answer = e.faq?.answer ?? e.promotion?.answer;
      if (answer) out.set(normalize(answer), i);
    });
    return out;
  });

  /**
   * The earlier question answered from `entry` again, at least just confident enough: the entry is
   * known to be the one the conversation is on, and the question is asked of it.
   */
  function answeredAgain(previous: string, entry: number, when: When, english: boolean): Matched | undefined {
    const again = match(featuresOf(previous, previous), when, english, new Set([entry]));
    if (!again.top.length) return undefined;
    return { ...again, confidence: [Math.max(again.confidence[0]!, CALIBRATION.answerAt), ...again.confidence.slice(1)] };
  }

  /**
   * The answer the conversation's last reply gave, again, for its question (when `holds` of its entry):
   * a follow-up asking of that answer.
   */
  function lastAnswerAgain(history: readonly HistoryTurn[], when: When, english: boolean, holds: (entry: number) => boolean = () => true): Matched | undefined {
    const replied = entryOfLastReply(history);
    const previous = lastQuestion(history);
    return replied !== undefined && previous && holds(replied) ? answeredAgain(previous, replied, when, english) : undefined;
  }

  /** The place a follow-up's new thing is, when it is one and no more ("canada", "to canada", 西藏). */
  function placeNamed(focus: string, english: boolean): string | undefined {
    if (!english) return PLACES_ZH.has(focus.trim()) ? focus.trim() : undefined;
    const words = focus.split(/[^a-z]+/u).filter((w) => w && !PLACE_PREPOSITIONS.has(w));
    return words.length === 1 && placesEn.has(words[0]!) ? words[0] : undefined;
  }

  /**
   * An answer that names a place only by an area it lies in (除偏远地区外 for 新疆) says nothing of the
   * place itself: when exactly one other entry's answer names the place outright and states what the
   * earlier question asked (how long, how much) — the only one that does — 那新疆呢 after 满多少包邮 is
   * for that entry.
   */
  function placeStatedElsewhere(place: string, earlier: number, previous: string, when: When, english: boolean): Matched | undefined {
    if (namesOutright(answerText(index.entries[earlier]!), place, english)) return undefined;
    const asked = askedOf(previous, english);
    if (!asked) return undefined;
    let naming = answersStating(place, asked, english, namesOutright).filter((i) => i !== earlier);
    // A country no answer names, but some name the area it lies in (Spain: "delivery to Europe costs…"):
    // the one of them the earlier question asked of the place finds, sure of it.
    let byArea = false;
    if (!naming.length && english && countriesEn.has(place)) {
      naming = answersStating(place, asked, english).filter((i) => i !== earlier);
      byArea = true;
    }
    if (!naming.length || (naming.length > 1 && !byArea)) return undefined;
    const reading = `${previous} ${place}`;
    const own = match(featuresOf(reading, reading), when, english, new Set(naming));
    if (!own.top.length || (naming.length > 1 && !confident(own.confidence))) return undefined;
    return { ...own, confidence: [Math.max(own.confidence[0]!, CALIBRATION.answerAt), ...own.confidence.slice(1)] };
  }

  /**
   * Whether a (normalised) text names a place itself, not only an area it lies in; in English also by
   * its people's word, made the common ways (Canadian, Australian, Italian, German; not Chile in
   * "children", Jersey in "jerseys", Malta in "malt").
   */
  function namesOutright(said: string, place: string, english: boolean): boolean {
    return english ? namingPattern(place).test(said) : said.includes(place);
  }

  // Each place's pattern built once: a question about a place tests it against every entry's answer.
  // (Places are the lexicon's, lexicon/places.ts: a bounded set.)
  const namingPatterns = new Map<string, RegExp>();
  function namingPattern(place: string): RegExp {
    let pattern = namingPatterns.get(place);
    if (!pattern) {
      const stem = place.slice(0, -1);
      const people = [`${place}n`, `${place}an`, `${place}ian`, `${stem}ian`, ...(place.endsWith('y') ? [stem] : [])];
      // Not as the last word of another place's name: Northern Ireland names no Ireland. Nor before a
      // number: EU 26, UK 8 and US 10 are sizes.
      const within = [...placeAreasEn.keys()].filter((name) => name.endsWith(` ${place}`)).map((name) => name.slice(0, -place.length - 1));
      const not = within.length ? `(?<!\\b(?:${within.join('|')})\\s)` : '';
      namingPatterns.set(place, (pattern = new RegExp(`${not}\\b(?:${place}|(?:${people.join('|')})s?)\\b(?!\\s?[0-9])`, 'u')));
    }
    return pattern;
  }

  // Entries' answers and questions normalised once: the place readers walk every entry's answer.
  const normalizedAnswers = new WeakMap<Answerable, string>();
  const normalizedQuestions = new WeakMap<Answerable, string>();

  /** An entry's answer, normalised as messages are (for what it names). */
  function answerText(entry: Answerable): string {
    let text = normalizedAnswers.get(entry);
    if (text === undefined) normalizedAnswers.set(entry, (text = normalize(entry.faq?.answer ?? entry.promotion?.answer ?? '')));
    return text;
  }

  /** An entry's stored questions, as written. */
  function questionsOf(entry: Answerable): readonly string[] {
    return entry.faq?.questions ?? entry.promotion?.questions ?? [];
  }

  /** An entry's questions, normalised as messages are. */
  function questionsText(entry: Answerable): string {
    let text = normalizedQuestions.get(entry);
    if (text === undefined) normalizedQuestions.set(entry, (text = normalize(questionsOf(entry).join('\n'))));
    return text;
  }

  /** Whether an entry's answer names a place, or an area it lies in (新疆 for 乌鲁木齐, the EU for Lyon). */
  function answerNames(entry: Answerable, place: string, english: boolean): boolean {
    return namesPlace(answerText(entry), place, english);
  }

  /** Whether a (normalised) text names a place, or an area it lies in. */
  function namesPlace(said: string, place: string, english: boolean): boolean {
    const names = [place, ...((english ? placeAreasEn : placeAreasZh).get(place) ?? [])];
    return names.some((name) => namesOutright(said, name, english));
  }

  /**
   * A place abroad the message names that the entry found never names, while one other entry's answer,
   * and no other's, names it and states what the message asks of it (how long, how much): that entry.
   * "How long does it take to get to the UK?" finds the delivery times, whose answer gives the states;
   * the international entry's answer gives the UK's days, though its questions only ask whether a
   * country is served. (Only of getting something there: a price matched at a store in Canada is no
   * price of sending.)
   */
  function placeAnswered(matched: Matched, text: string, english: boolean, when: When, history: readonly HistoryTurn[]): Matched | undefined {
    const top = matched.top[0];
    const asked = english && top && confident(matched.confidence) ? sendingAsked(text, english) : undefined;
    if (!asked) return undefined;
    let places = placesIn(text, english);
    // "And how long does it take to get there?" after "do you ship to the UK?": there is the UK.
    if (!places.length && THERE_EN.test(text) && history.length) places = placesIn(lastQuestion(history) ?? '', english);
    const found = index.entries[top!.entry]!;
    for (const place of new Set(places)) {
      if (answerNames(found, place, english) || namesPlace(questionsText(found), place, english)) return undefined;
      let naming: number[] = [];
      index.entries.forEach((entry, i) => answerNames(entry, place, english) && naming.push(i));
      // A country named in several answers (shipping abroad, customs duties): the one that states what
      // is asked. (Not a city: in the shop's own country many answers name its cities.)
      if (naming.length > 1 && countriesEn.has(place)) naming = naming.filter((i) => answerStates(index.entries[i]!, asked));
      // A city named in several answers by its areas (Dublin: Ireland, the EU): the one naming its country.
      else if (naming.length > 1 && english) {
        const country = placeAreasEn.get(place)?.[0];
        if (country) naming = naming.filter((i) => namesOutright(answerText(index.entries[i]!), country, english));
      }
      if (naming.length !== 1 || !answerStates(index.entries[naming[0]!]!, asked)) continue;
      const own = match(featuresOf(text, text), when, english, new Set(naming));
      if (!own.top.length) continue;
      // First, as sure as the question was of the entry found; the others after it, as they were.
      const rest = matched.top.map((c, i) => [c, matched.confidence[i]!] as const).filter(([c]) => c.entry !== naming[0]);
      return { ...matched, top: [own.top[0]!, ...rest.map(([c]) => c)], confidence: [Math.max(own.confidence[0]!, matched.confidence[0]!), ...rest.map(([, p]) => p)] };
    }
    return undefined;
  }

  /**
   * The best entry, unsure, when the message asks how long or how much of sending something to a place
   * and only that entry's answer names the place (or an area it lies in) and states that: sure enough.
   * 寄到新疆乌鲁木齐要收多少运费 says more than 运费多少钱 and covers less of it, but the shipping cost's
   * answer gives 新疆's; the entry on which regions are served names 新疆 too, and gives no price.
   */
  function placeConfirmed(matched: Matched, text: string, english: boolean): Matched | undefined {
    const top = matched.top[0];
    if (!top || confident(matched.confidence)) return undefined;
    const asked = sendingAsked(text, english);
    if (!asked || !answerStates(index.entries[top.entry]!, asked)) return undefined;
    for (const place of placesIn(text, english)) {
      if (!answerNames(index.entries[top.entry]!, place, english)) continue;
      if (answersStating(place, asked, english).some((i) => i !== top.entry)) continue;
      return { ...matched, confidence: [Math.max(matched.confidence[0]!, CALIBRATION.answerAt), ...matched.confidence.slice(1)] };
    }
    return undefined;
  }

  /**
   * A Chinese follow-up that asks how long or how much (那大概几天能到, 大概补多少), naming no place,
   * after a question about a place, whose answer names the place and states what is now asked (新疆 …
   * 一般5-8天到货): that answer again. An entry on delivery times in general, though it holds the
   * follow-up word for word, gives the days everywhere else. (Not in English, where "when it arrives"
   * asks no time.)
   */
  function placeCarried(matched: Matched, text: string, when: When, history: readonly HistoryTurn[]): Matched | undefined {
    const asked = askedOf(text, false);
    if (!asked || placesIn(text, false).length) return undefined;
    const last = lastReplyElsewhere(matched, history);
    if (!last) return undefined;
    const { previous, replied, found } = last;
    // Not when it asks of a thing of its own that the entry found names (那退货运费多少: the returns' cost).
    const said = beyondFrame(text, false);
    if (said && found !== undefined && confident(matched.confidence) && saidOf(found, said, true, false, true) > 0) return undefined;
    const answering = index.entries[replied]!;
    if (!answerStates(answering, asked) || !placesIn(previous, false).some((place) => answerNames(answering, place, false))) return undefined;
    return answeredAgain(previous, replied, when, false);
  }

  /** A place asked whether what was just said holds there too: see PLACE_ALSO_ZH. */
  function placeAlso(matched: Matched, text: string, when: When, history: readonly HistoryTurn[]): Matched | undefined {
    const m = PLACE_ALSO_ZH.exec(text);
    if (!m || placesIn(m[1]!, false).join('') !== m[1]) return undefined;
    const last = lastReplyElsewhere(matched, history);
    if (!last) return undefined;
    const { previous, replied, found } = last;
    const told = (entry: number) => toldShare(m[2]!, answerText(index.entries[entry]!), false) ?? 0;
    if (told(replied) < MOSTLY_TOLD || (found !== undefined && told(found) >= told(replied))) return undefined;
    return answeredAgain(previous, replied, when, false);
  }

  /** The last question and the entry of the last reply, when the message found another entry (or none). */
  function lastReplyElsewhere(matched: Matched, history: readonly HistoryTurn[]): { previous: string; replied: number; found: number | undefined } | undefined {
    const previous = lastQuestion(history);
    const replied = entryOfLastReply(history);
    const found = matched.top[0]?.entry;
    return !previous || replied === undefined || found === replied ? undefined : { previous, replied, found };
  }

  /** The share of `text`'s own words that `said` says, undefined when it has none (told-again.ts). */
  function toldShare(text: string, said: string, english: boolean): number | undefined {
    return toldInAnswer(text, said, english, index.context.lexicon.enStop, zhFunctionChars);
  }

  /**
   * "Do you make tungsten bands?" asks whether the shop has a thing: an entry that never names it (the
   * custom designs, found by "make") does not say, however well the rest matches. Of the thing's last
   * two words (tungsten bands, golf gloves, gift vouchers) the entry found must say one, itself or by
   * its synonym group; otherwise the question is left unanswered rather than answered about something
   * else. (Its last word alone would be stricter: it left "do you have a size chart?" and "a free
   * delivery threshhold" unanswered.) Words that name no thing (a points thing, anything for students)
   * are not checked.
   */
  function thingUnnamed(matched: Matched, text: string): Matched | undefined {
    const top = matched.top[0];
    if (!top || !confident(matched.confidence)) return undefined;
    const asked = HAS_THING_EN.exec(text);
    if (!asked) return undefined;
    // A thing to do something with (a phone number to contact support, an e-mail to send a comment to)
    // asks how to do it: the entry on doing it answers, whatever it calls the means.
    if (THING_PURPOSE_EN.test(asked[1]!)) return undefined;
    // The thing, without what follows it (for men, so the trousers fit, if I spend enough).
    const thing = asked[1]!.replace(THING_ENDS_EN, '').trim();
    if (THING_PRONOUN_EN.test(thing)) return undefined;
    const words = ownWordsEn(thing).filter((w) => !THING_FILLER_EN.test(w));
    const head = words[words.length - 1];
    if (!head || NO_THING_EN.test(head)) return undefined;
    if (saidOf(top.entry, words.slice(-2).join(' ')) > 0) return undefined;
    return { ...matched, confidence: [Math.min(matched.confidence[0]!, CALIBRATION.answerAt * VAGUE_FACTOR), ...matched.confidence.slice(1)] };
  }

  /** The entries whose answer names a place (as `names` reads naming) and states what is asked of it. */
  function answersStating(place: string, asked: Asked, english: boolean, names = namesPlace): number[] {
    const stating: number[] = [];
    index.entries.forEach((entry, i) => names(answerText(entry), place, english) && answerStates(entry, asked) && stating.push(i));
    return stating;
  }

  /** What a message asks of sending something somewhere (how long, how much), if it speaks of sending. */
  function sendingAsked(text: string, english: boolean): Asked | undefined {
    return (english ? SENT_THERE_EN : SENT_THERE_ZH).test(text) ? askedOf(text, english) : undefined;
  }

  /** The places a (normalised) text names: English place words, Chinese place names (lexicon/places.ts). */
  function placesIn(text: string, english: boolean): string[] {
    // (Australia Post and Canada Post are carriers, not places.)
    if (english) return text.split(/[^a-z]+/u).filter((word, i, words) => placesEn.has(word) && !(countriesEn.has(word) && words[i + 1] === 'post'));
    const spans = index.context.lexicon.zhPlaceSpans(text) ?? [];
    const places: string[] = [];
    for (let k = 0; k < spans.length; k += 2) places.push(text.slice(spans[k], spans[k + 1]));
    return places;
  }

  /**
   * Whether an entry's answer names a follow-up's new thing, said alone ("and the cushions?", 那绿植呢):
   * one or two English words, or up to four Chinese characters.
   */
  function answerNamesThing(entry: Answerable, focus: string, english: boolean): boolean {
    const thing = focus.trim().replace(FOLLOW_UP_OPENING, '').replace(/[?？!！.。]+$/u, '').trim();
    if (!thing || (english ? thing.split(/\s+/u).length > 2 : thing.length > 4)) return false;
    const answer = answerText(entry);
    if (!english) return answer.includes(thing);
    const words = (text: string) => ` ${text.split(/[^a-z0-9]+/u).filter(Boolean).join(' ')} `;
    return words(answer).includes(words(thing));
  }

  /** The entry a question finds, when it is confident of one. */
  function entryFoundBy(question: string, when: When, english: boolean): number | undefined {
    const found = match(featuresOf(question, question), when, english);
    return confident(found.confidence) ? found.top[0]!.entry : undefined;
  }

  /**
   * Whether an entry is about a thing the earlier English question names, other than the new one and
   * not a word of the shop's services (returns, delivery, warranty: see enServiceWords), which the new
   * thing would stand in for.
   */
  function aboutReplacedThing(entry: number, previous: string, focus: string): boolean {
    const services = index.context.lexicon.enService;
    if (focus.split(/\s+/u).some((w) => services.has(stem(w)))) return false;
    const named = new Set(focus.split(/\s+/u).map(stem));
    return beyondFrame(previous, true)
      .split(' ')
      .some((word) => {
        if (word.length <= 2 || !/^[a-z]+$/u.test(word) || services.has(stem(word)) || named.has(stem(word)) || index.context.lexicon.enStop.has(word)) return false;
        const { about } = aboutTopic(word);
        // (A thing the shop sells has entries about it; an option one entry lists, like PayPal among
        // the ways to pay, has only that one: "what about bitcoin?" is asked of that list.)
        return about.size >= 2 && about.has(entry);
      });
  }

  /**
   * The new thing of a follow-up read alone, when that is a question of its own: answered, and from
   * one entry rather than a few (returns, "to ireland"). A thing several entries ask different things
   * of (headphones: do they work with Android, how to pair them) is what the earlier question now asks
   * about; so is one that answers nothing alone (earbuds, 纸尿裤).
   */
  function questionOfItsOwn(focus: string, when: When, english: boolean): Matched | undefined {
    const alone = match(featuresOf(focus, focus), when, english);
    return confident(alone.confidence) && (alone.confidence[1] ?? 0) < alone.confidence[0]! * SPREAD ? alone : undefined;
  }

  /**
   * The entry that most rephrasings of the earlier question with the new thing in it lead to, each
   * read on its own and from any entry, unless the new thing is a question of its own. 那白茶呢 after
   * 晚上喝茶会失眠吗 asks the sleep question of white tea, whatever word of it 白茶 takes the place
   * of: the sleep entry does not name white tea, and among the white-tea entries only a stray reading
   * or two finds one (晚上喝白茶吗: how to brew it). The readings among the entries about the new
   * thing win when more of them agree: "and rugs?" after a question on sheet sizes.
   */
  function agreedReading(
    focus: string,
    readings: readonly string[],
    when: When,
    english: boolean,
    atLeast: number,
    ownQuestionWins: boolean,
    earlierEntry: () => number | undefined,
    ownQuestion: () => Matched | undefined,
    /** The first rephrasing, already read (from any entry). */
    first?: Matched & { reading: string },
  ): (Matched & { reading: string }) | undefined {
    const rephrasings = readings.filter((r) => r !== focus);
    const needed = Math.max(atLeast, Math.ceil(rephrasings.length * AGREEMENT));
    const votes = new Map<number, (Matched & { reading: string })[]>();
    let most = 0;
    for (let i = 0; i < rephrasings.length && most + rephrasings.length - i >= needed; i++) {
      const m = i === 0 && first !== undefined && first.reading === rephrasings[0] ? first : match(featuresOf(rephrasings[i]!, rephrasings[i]!), when, english);
      if (!confident(m.confidence)) continue;
      const entry = m.top[0]!.entry;
      const voters = [...(votes.get(entry) ?? []), { ...m, reading: rephrasings[i]! }];
      votes.set(entry, voters);
      most = Math.max(most, voters.length);
    }
    const [entry, won] = [...votes].sort((a, b) => b[1].length - a[1].length)[0] ?? [];
    if (entry === undefined || won!.length < needed) return undefined;
    // A question of its own is for the entries about it ("and to ireland?" after a delivery question).
    // A kind of question the lexicon knows (那退货呢) is mentioned by its group, not by a character of
    // it: a delivery entry's 发货 says nothing of 退货.
    // (A character in common with a longer new thing, 不 of 直接不要了, does not mention it; one of two or
    // three may: 普 of 熟普 names the tea it is.)
    const unmentioned = english ? !mentions(entry, focus) : saidOf(entry, focus, true, index.context.lexicon.zhGroupsCover(focus), hanCount(focus) >= 4) === 0;
    const alone = (ownQuestionWins || unmentioned) && ownQuestion();
    if (alone && alone.top[0]!.entry !== entry) return undefined;
    // Nor is it the entry the earlier question found, when that says nothing of the new thing: the
    // customer would hear the same answer again ("and returns?" after how long delivery takes, voted for
    // by every rephrasing that keeps "delivery").
    if (unmentioned && earlierEntry() === entry) return undefined;
    return won!.reduce((a, b) => (b.confidence[0]! > a.confidence[0]! ? b : a));
  }

  /**
   * Whether an entry's questions or answer say any of `focus` (a word of it, a character pair, or with
   * `synonyms`, a word of its synonym group: change for exchange).
   */
  function mentions(entry: number, focus: string, synonyms = true): boolean {
    return saidOf(entry, focus, synonyms) > 0;
  }

  /**
   * Whether a question of the entry, or its answer, says `focus` whole (保健品可以退吗 of 保健品), not
   * only a character of it.
   */
  function asksOf(entry: number, focus: string): boolean {
    return saidOf(entry, focus) >= ASKS_OF_COVER;
  }

  /** An English text's own words: those of three letters or more that are no stopwords. */
  function ownWordsEn(text: string): string[] {
    return text.split(/\s+/u).filter((w) => w.length > 2 && !index.context.lexicon.enStop.has(w));
  }

  /**
   * How much of `focus` the entry says in the question or answer saying most of it (EntryScore.queryCover),
   * synonyms counting or not, or (`groupsOnly`) of its synonym groups alone; with `pairsUp`, lone Chinese
   * characters left out (a character in common is no mention of a longer thing).
   */
  function saidOf(entry: number, focus: string, synonyms = true, groupsOnly = false, pairsUp = false): number {
    let features = featuresOf(normalize(focus), focus);
    if (!synonyms || groupsOnly || pairsUp) {
      const own = new FeatureBag();
      for (let i = 0; i < features.size; i++) {
        const kind = kindOf(features.keys[i]!);
        if (pairsUp && kind === KIND.u) continue;
        if (groupsOnly ? kind === KIND.s : synonyms || kind !== KIND.s) own.add(features.keys[i]!, features.weights[i]!);
      }
      features = own;
    }
    return scoreEntries(index, features, 1, (e) => e === entry).top[0]?.queryCover ?? 0;
  }

  /** The first reading of a follow-up, read from any entry (see matchReadings), when it is sure of an entry outside `about` that asks of the new thing (asksOf). */
  function substitutedReading(first: Matched & { reading: string }, focus: string, about: ReadonlyMap<number, number>, best: Matched): (Matched & { reading: string }) | undefined {
    const entry = first.top[0]?.entry;
    return entry !== undefined && confident(first.confidence) && entry !== best.top[0]?.entry && !about.has(entry) && asksOf(entry, focus) ? first : undefined;
  }

  /**
   * A question's own features with a message's words the knowledge has behind, at STORY_WEIGHT: the
   * clauses that ask (or a reader's question) with the rest of the message as their story.
   */
  function withStory(question: string, message: Features): Features {
    return mergeFeatures({ features: featuresOf(question, question, new FeatureBag()), factor: 1 }, { features: knownOnly(message), factor: STORY_WEIGHT });
  }

  /** A question's own features with the earlier question's alongside, at `weight`. */
  function withPrevious(own: Features, previous: string, weight: number): Features {
    return mergeFeatures({ features: own, factor: 1 }, { features: featuresOf(previous, previous), factor: weight });
  }

  /** A short question that found no answer alone, read with the earlier one: that reading only if it answers. */
  function leaningIfConfident(alone: Matched, resolved: string, text: string, previous: string, when: When, english: boolean): Matched {
    const together = match(withPrevious(featuresOf(resolved, text, new FeatureBag()), previous, LEANING_WEIGHT), when, english);
    return confident(together.confidence) ? together : alone;
  }

  /**
   * A question leaning on the earlier one ("is it free?" after "how do I return something") is read
   * with the earlier question alongside at LEANING_WEIGHT; that reading answers when it is confident,
   * for the customer pointed back at it. Otherwise the question is also read on its own, and the more
   * confident reading is kept. The weight is
   * low: the earlier question tells which thing is meant, the new words what is asked of it (at half
   * weight, the earlier question's own entry wins back "is it free?"). A question that says only how
   * it asks (how long does that take?) takes all of its topic from the earlier one, which then weighs
   * FRAME_ONLY_LEANING_WEIGHT.
   */
  function matchLeaning(resolved: string, text: string, previous: string, frameOnly: boolean, when: When, english: boolean, said = ''): Matched {
    const own = featuresOf(resolved, text, new FeatureBag());
    const both = withPrevious(own, previous, frameOnly ? FRAME_ONLY_LEANING_WEIGHT : LEANING_WEIGHT);
    const together = match(both, when, english);
    if (!confident(together.confidence)) return moreConfident(together, match(own, when, english));
    // The earlier question's entry, found again, says nothing of what is new ("what if it's expired?"
    // after "how do I send my prescription"), and the question alone finds an entry that says it
    // of the same thing: that one.
    const led = together.top[0]!.entry;
    if (frameOnly) return stating(both, together, text, when, english) ?? together;
    if (!said || mentions(led, said)) return together;
    const alone = match(own, when, english);
    const top = alone.top[0]?.entry;
    return top !== undefined && top !== led && confident(alone.confidence) && mentions(top, beyondFrame(previous, english) || previous) ? alone : together;
  }

  /**
   * For a question asking only how much or how long ("how much is it?" after how to book a fitting):
   * when the entry found says no price or duration and another among the candidates does, that one
   * (the fitting's fee), if it is confident when only such entries are read.
   */
  function stating(features: Features, found: Matched, text: string, when: When, english: boolean): Matched | undefined {
    const asked = askedOf(text, english);
    if (!asked || answerStates(index.entries[found.top[0]!.entry]!, asked)) return undefined;
    const others = new Set(found.top.filter((c) => answerStates(index.entries[c.entry]!, asked)).map((c) => c.entry));
    if (!others.size) return undefined;
    const m = match(features, when, english, others);
    return confident(m.confidence) ? m : undefined;
  }

  /**
   * A question asking only how long or how much of what the conversation is on, when the entry the
   * conversation is on says it (answer-states.ts): that entry. "How long would that take?" after "do
   * you deliver to Jersey?" is answered by the entry that gave the Jersey surcharge and its days; read
   * together with the earlier question, "how long" pulls towards the delivery-times entry instead. The
   * entry is the last reply's when that is known (entryOfLastReply), else the earlier question's.
   */
  function sameEntryAnswers(previous: string, text: string, history: readonly HistoryTurn[], when: When, english: boolean): Matched | undefined {
    const asked = askedOf(text, english);
    if (!asked) return undefined;
    // The entry the last reply came from, when known, is the one the conversation is on.
    const replied = entryOfLastReply(history);
    if (replied !== undefined) return answerStates(index.entries[replied]!, asked) ? answeredAgain(previous, replied, when, english) : undefined;
    const before = match(featuresOf(previous, previous), when, english);
    if (!confident(before.confidence)) return undefined;
    const entry = index.entries[before.top[0]!.entry]!;
    const reply = history[history.length - 1];
    if (reply && reply.role !== 'customer' && reply.faq !== undefined && reply.faq !== entry.id) return undefined;
    return answerStates(entry, asked) ? before : undefined;
  }

  /**
   * A short question asking how long or how much of a thing that the entry the conversation is on
   * tells of: "how long does the repair take?" after how to make a warranty claim, whose answer gives
   * the repair days (审核要等多久 after how to verify one's name, 打印的要另外收钱吗 after the card's
   * answer that prices printing). That entry (see sameEntryAnswers), when the entry found instead, by
   * "how long" (delivery times), says nothing of the thing; not when it does ("how long does the refund
   * take?" after the return policy is for the refund entry).
   */
  function whatTheEntryTold(matched: Matched, matchable: string, text: string, history: readonly HistoryTurn[], when: When, english: boolean): Matched {
    const short = english ? matchable.split(/\s+/u).length <= TOLD_WORDS : matchable.length <= TOLD_CHARACTERS;
    if (!short || !(english ? HOW_LONG_OR_MUCH : HOW_LONG_OR_MUCH_ZH).test(matchable)) return matched;
    // (Read as the lexicon reads it first: 那钱几天回来 says 退款…到账, which the frame would split apart.)
    const said = beyondFrame(english ? matchable : index.context.lexicon.rewriteZh(matchable), english);
    const previous = said && lastQuestion(history);
    if (!previous || previous === matchable || (languageOf(previous) === 'en') !== english) return matched;
    const before = sameEntryAnswers(previous, text, history, when, english);
    const entry = before?.top[0]?.entry;
    const found = matched.top[0]?.entry;
    if (entry === undefined || found === entry || !mentions(entry, said)) return matched;
    return confident(matched.confidence) && found !== undefined && mentions(found, said) ? matched : before!;
  }

  /**
   * A message on its own. When it does not answer read whole, one giving an order or phone number is
   * also read without it and the words introducing it (references.ts), and a long one for its
   * question (question-focus.ts: the clauses that ask, with the rest of the message behind at
   * STORY_WEIGHT). The most confident reading wins.
   */
  function matchMessage(matchable: string, text: string, entities: readonly Entity[], when: When, english: boolean, conversing = false): Matched {
    // The whole message's features, kept for the readings after (the scratch bag is reused by them).
    let whole = featuresOf(matchable, text, messageBag);
    let best = withKinds(match(whole, when, english), matchable, entities, when, english);
    // English against knowledge written mostly in Chinese: its shop words as the knowledge says them,
    // the translation read as a message of its own (it has no shop word in English left: once, no
    // further). That reuses the scratch bag: the whole's features are read again after.
    const translated = mostlyChinese && HAS_LATIN.test(matchable) ? translateEnglish(matchable, index.context.lexicon.enRewrite, index.context.knowledgeWords) : undefined;
    const readInChinese = (): Matched => {
      const read = matchMessage(translated!.text, translated!.text, entities, when, false, conversing);
      whole = featuresOf(matchable, text, messageBag);
      return read;
    };
    // A sure translation wins over a surer reading of the rest when that reading's entry asks of none of
    // the shop words: the Chinese around them may be sure of another entry (能不能开个fp 公司报销要用: the
    // insurance claims' 报销, where the invoice is asked for; SD卡的warranty多久 stays with 存储卡坏了保修吗).
    const asksOfShopWords = (m: Matched): boolean => {
      const asked = m.top[0] ? questionsText(index.entries[m.top[0].entry]!) : '';
      return translated!.words.some((word) => asked.includes(word));
    };
    if (translated && confident(best.confidence) && !asksOfShopWords(best)) {
      const inChinese = readInChinese();
      if (confident(inChinese.confidence)) return inChinese;
    }
    // The other readings only look for an answer the whole missed (an order number's "order" may be
    // what tells tracking from delivery times), but for a few: sure of an entry, the whole may still have
    // missed a request to undo or alter the order told as a situation ("can I switch my order from a
    // double to a king, it hasn't shipped yet": "shipped yet" reads as tracking), or the wrong thing sent
    // told by what was ordered against what came ("the prints I got are 4x6 but I definitely ordered
    // wallet size": the print sizes). Read as the knowledge asks it, that answers instead when the entry
    // found does not say its word (or, for a refund wished for, only asks when the money comes). So is
    // how long it takes to get to a place named (how long till beans usually get to sydney: not how long
    // beans keep), and where the order is (I just need to know where my parcel is, I ordered a week ago:
    // not what a parcel should contain). Only these: over a confident reading, other reported problems,
    // or haste (cancel my order asap), or needing it by a day were right less often or no more.
    if (confident(best.confidence)) {
      // (Not a stored question asked word for word: "Can I trade in my diamond for a bigger one?" is the
      // upgrade programme's own question, however much it reads like an exchange.)
      const top = best.top[0]!;
      const asStored = top.questionCover >= WORD_FOR_WORD && top.queryCover >= WORD_FOR_WORD;
      // (In a conversation, only how the customer paid: 我是花呗付的 也是这么快吗 after the refund's days.)
      const missed = asStored ? undefined : conversing ? paidWithAsked(matchable, english) : (alterationAsked(matchable, english) ?? contrastAsked(matchable, english) ?? placedDeliveryAsked(matchable, english) ?? trackingAsked(matchable, english));
      return missed ? readAsAsked(best, missed, whole, when, english) : english ? askedUnderCondition(best, matchable, whole, when) : best;
    }
    // Without the order or phone number it gives and the words introducing it: 订单 in 催一下
    // 订单3702… is no question about orders.
    const references = entities.length ? entities.filter((e) => REFERENCES.has(e.kind)).map((e) => e.text) : [];
    const bare = references.length ? withoutReferences(matchable, references) : undefined;
    if (bare) best = moreConfident(best, match(featuresOf(bare, bare), when, english));
    // The clauses that ask: a long message's question (question-focus.ts), or a short Chinese one's
    // beside a remark (below).
    const long = isLongMessage(matchable, english);
    const asking = long || !english ? askingClauses(matchable, english) : undefined;
    // Its question, with the rest of the message behind at STORY_WEIGHT (the words the knowledge has).
    const focused = asking ? match(withStory(asking, whole), when, english) : undefined;
    const wholeTop = best.top[0]?.entry;
    if (long && focused) best = moreConfident(best, focused);
    // A long message read whole, with the words the knowledge never uses at a fraction of their weight:
    // in a story they are mostly the story (a sister's birthday, the neighbours, 我老公说…), and at full
    // weight they outweigh the words the knowledge has. Not dropped: a question about something the
    // knowledge does not cover is still told by them.
    if (long) {
      const unseen = match(unseenAt(whole, STORY_UNSEEN_WEIGHT), when, english);
      best = moreConfident(best, unseen);
      // A long Chinese message whose readings all lead to one entry (its question, the whole of it,
      // the whole with the words no entry uses at a fraction): the story tells what the question's
      // 这种情况 / 这个 stands for. That entry answers when any of them is at least AGREED_LONG sure.
      if (!english && !confident(best.confidence) && focused && wholeTop !== undefined && focused.top[0]?.entry === wholeTop && unseen.top[0]?.entry === wholeTop && (best.confidence[0] ?? 0) >= AGREED_LONG) {
        best = { ...best, confidence: [CALIBRATION.answerAt, ...best.confidence.slice(1)] };
      }
    }
    // A shorter Chinese message of a question and a remark (有没有券可以用 感觉有点小贵, 晚上喝了会不会
    // 睡不着 我明天还要早起) is read the same way, but that reading only confirms the entry the whole
    // message leads to, and only when sure of it: a short remark is as often what is asked about. (Not
    // in English: a few known words left, the reading is sure of anything, and a fresh batch answered
    // four questions the knowledge lacks: "do you sell refurbished bikes? budget's a bit tight".)
    else if (asking) {
      const remarked = match(unseenAt(whole, STORY_UNSEEN_WEIGHT), when, english);
      if (remarked.top[0]?.entry === best.top[0]?.entry && (remarked.confidence[0] ?? 0) >= REMARK_CONFIDENCE) best = moreConfident(best, remarked);
      // …and as its question with the remark behind, as a long message is (满多少包邮啊 我就买两本练习册:
      // 练习册 is what is bought, not asked about), under the same guard, surer.
      if (focused!.top[0]?.entry === best.top[0]?.entry && (focused!.confidence[0] ?? 0) >= FOCUSED_CONFIDENCE) best = moreConfident(best, focused!);
    }
    if (translated) {
      const inChinese = readInChinese();
      best = confident(inChinese.confidence) && !asksOfShopWords(best) ? inChinese : moreConfident(best, inChinese);
    }
    return asKnowledgeAsks(best, matchable, whole, when, english, conversing);
  }

  /**
   * An English question behind a condition ("If I report a missing item, how long before the refund
   * reaches my card?"): the condition is what the customer would do, the main clause what they ask.
   * Read as the main clause with the condition behind at STORY_WEIGHT, that answers instead when it is
   * sure of another entry. (Mostly it is not: "if it cracks, am I covered?" asks its condition's entry.)
   */
  function askedUnderCondition(best: Matched, matchable: string, whole: Features, when: When): Matched {
    const main = LEADING_CONDITION_EN.exec(matchable)?.[1];
    if (!main) return best;
    const asked = match(withStory(main, whole), when, true);
    return confident(asked.confidence) && asked.top[0]!.entry !== best.top[0]!.entry ? asked : best;
  }

  /**
   * A customer's situation told in their own words — a report of what is wrong with what came
   * (problem-report.ts), a request to undo or alter an order (order-request.ts), what regulars get
   * (loyalty-question.ts), a worry (concern-question.ts), a service (service-question.ts) — read as the
   * knowledge asks it, with the message's own words the knowledge has behind (which part, which box:
   * missing screws are for the entry about parts). Answered only from an entry that speaks of it; and
   * instead of another reading's answer only when that one's entry does not say the word itself (a bag
   * received with a hole in it is no wrong item, whatever "received" reads like; an entry on changing an
   * order says "change", a synonym of "exchange" but not the word).
   */
  function asKnowledgeAsks(best: Matched, matchable: string, features: Features, when: When, english: boolean, conversing: boolean): Matched {
    // In a conversation, only a report, or how the customer paid (paid-with.ts): a short question there
    // often asks of the answer just given (多久能收到 after the invoice answer: the invoice's three days).
    const asks = problemAsked(matchable, features, english) ?? (conversing ? paidWithAsked(matchable, english) : requestAsked(matchable, english) ?? loyaltyAsked(matchable, english) ?? concernAsked(matchable, english) ?? serviceAsked(matchable, english));
    return asks ? readAsAsked(best, asks, features, when, english) : best;
  }

  function readAsAsked(best: Matched, { question, word, overTiming, alone, inQuestions }: KnowledgeAsks, features: Features, when: When, english: boolean): Matched {
    const asked = match(alone ? featuresOf(question, question) : withStory(question, features), when, english);
    const top = asked.top[0];
    if (!top || !confident(asked.confidence) || !mentions(top.entry, word)) return best;
    if (confident(best.confidence)) {
      const entry = best.top[0]!.entry;
      // (Read alone, its word must be said whole: the ways to pay say 付款, a character of 退款.)
      const says = alone || inQuestions ? asksOf(entry, word) : mentions(entry, word, false);
      return says && !(overTiming && entry !== top.entry && asksOnlyWhen(entry)) ? best : asked;
    }
    return moreConfident(best, asked);
  }

  /**
   * A message naming products also read with each called by its kind (the catalogue's category), when
   * the best match may have been led there by the product's name: 明前龙井怎么泡 finds the entry
   * comparing 明前 with 雨前, and asks how green tea is brewed, which the knowledge says of the kind.
   * Of the two answers, the one that fits the rest of the message (怎么泡) wins: 明前龙井为啥贵这么多
   * stays with the comparison.
   */
  function withKinds(found: Matched, text: string, entities: readonly Entity[], when: When, english: boolean): Matched {
    // A best match whose stored question the customer said most of is about what they asked, product
    // name and all: no other reading (and none of its cost, on a knowledge base of a question per
    // product). 明前龙井怎么泡 says less than half of 明前龙井为啥贵这么多.
    if ((found.top[0]?.questionCover ?? 0) >= KIND_READING_BELOW) return found;
    let kinds = text;
    let rest = text;
    for (const e of entities) {
      const kind = e.kind === 'product' ? productKinds.get(`${e.value}\n${e.text}`) : undefined;
      if (!kind || e.text.includes(kind) || !spokenOf(kind)) continue;
      kinds = kinds.replace(e.text, kind);
      rest = rest.replace(e.text, ' ');
    }
    if (kinds === text) return found;
    const byKind = match(featuresOf(kinds, kinds), when, english);
    if (!confident(byKind.confidence)) return found;
    if (!confident(found.confidence)) return byKind;
    const [a, b] = [found.top[0]!.entry, byKind.top[0]!.entry];
    if (a === b) return found;
    const fits = match(featuresOf(rest, rest), when, english, new Set([a, b])).top[0]?.entry;
    return fits === b ? byKind : found;
  }

  /** The features, those the knowledge never uses at `factor` of their weight. */
  function unseenAt(features: Features, factor: number): Features {
    const out = new FeatureBag();
    for (let i = 0; i < features.size; i++) out.add(features.keys[i]!, features.weights[i]! * (index.vocabulary.get(features.keys[i]!) >= 0 ? 1 : factor));
    return out;
  }

  /**
   * The features the knowledge has. A story's words that no entry uses point to no entry: beside the
   * clauses that ask, they would only count against every entry's coverage (…my first apartment…
   * hopeless with an allen key… is there any way someone can put it together?).
   */
  function knownOnly(features: Features): Features {
    return unseenAt(features, 0);
  }

  /** Whether every question of the entry asks when or how long (退款多久到账, when will I get my money back?). */
  function asksOnlyWhen(entry: number): boolean {
    const questions = questionsOf(index.entries[entry]!);
    return questions.length > 0 && questions.every((q) => ASKS_WHEN.test(normalize(q)));
  }

  /** Whether answering from this entry hands the customer to a person (escalate: true, action: handoff). */
  function handsOver(entry: MatchIndex['entries'][number] | undefined): boolean {
    return !!entry?.faq && (entry.faq.escalate === true || entry.faq.action === 'handoff');
  }

  function moreConfident(a: Matched, b: Matched): Matched {
    return (b.confidence[0] ?? 0) > (a.confidence[0] ?? 0) ? b : a;
  }

  /** Whether an earlier customer turn was left without an answer (from the bot's record, else re-matched). */
  function unansweredBefore(history: readonly HistoryTurn[], when: When): number {
    let count = 0;
    const turns = history.slice(-UNRESOLVED_LOOKBACK * 2);
    for (let i = turns.length - 1; i >= 0 && count < UNRESOLVED_LOOKBACK; i--) {
      const turn = turns[i]!;
      if (turn.role === 'customer') {
        // The bot's reply, if recorded, says whether it answered.
        const reply = turns[i + 1];
        let answered: boolean;
        if (reply && reply.role !== 'customer' && reply.faq !== undefined) answered = reply.faq !== null;
        else {
          const normalized = normalize(turn.text);
          if (smalltalk.test(normalized)) continue;
          answered = confident(match(featuresOf(normalized, turn.text), when, languageOf(normalized) === 'en').confidence);
        }
        if (answered) break;
        count++;
      }
    }
    return count;
  }

  return {
    understand(text: string, options: UnderstandOptions = {}): Understanding {
      const when: When = { now: options.now ?? new Date(), channel: options.channel };
      const history = options.history ?? [];
      const normalized = normalize(text);
      // What is matched: the message without pasted links.
      const matchable = withoutLinks(normalized);
      const language = languageOf(matchable);
      const entities = extractEntities(normalized, catalogue);
      const context = resolveContext(matchable, history, catalogue);

      const isSmalltalk = smalltalk.test(normalized);
      const skip = isSmalltalk || !index.questions.length;
      const english = language === 'en';
      let resolved = context.resolved;
      let matched: Matched = { top: [], confidence: [], known: new Int32Array(0), norm: 0 };
      // Whether the message was read on its own (matchMessage), all of its readings tried.
      let alone = false;
      if (!skip && context.readings?.length && context.focus) {
        const best = matchReadings(context.focus, context.readings, when, english, context.joined, context.previous, history);
        matched = best;
        resolved = best.reading;
        if (context.rest && context.previous && !confident(best.confidence)) {
          matched = matchLeaning(context.rest, text, context.previous, false, when, english);
          resolved = context.rest;
        }
      } else if (!skip && context.focus) {
        matched = matchFollowUp(context.focus, context.resolved, when, english);
        // 这个怎么泡 after 雨前龙井: how green tea is brewed, as for the product named outright.
        matched = withKinds(matched, context.resolved, extractEntities(context.resolved, catalogue), when, english);
      }
      else if (!skip && context.leansOn) {
        matched =
          (context.frameOnly && context.previous ? sameEntryAnswers(context.previous, text, history, when, english) : undefined) ??
          matchLeaning(context.resolved, text, context.leansOn, context.frameOnly === true, when, english, context.said);
      }
      else if (!skip && context.resolved === matchable) {
        matched = matchMessage(matchable, text, entities, when, english, history.length > 0);
        alone = true;
        if (context.mayLeanOn && !confident(matched.confidence)) matched = leaningIfConfident(matched, matchable, text, context.mayLeanOn, when, english);
      }
      else if (!skip) matched = match(featuresOf(context.resolved, context.resolved), when, english);
      // A follow-up that reports a problem with what came (万一寄到碎了呢): as a message alone would be.
      if (!skip && !alone) matched = asKnowledgeAsks(matched, matchable, featuresOf(matchable, text, messageBag), when, english, true);
      // A place asked of that only the best entry's answer names and states what is asked of (到上海要几天:
      // 江浙沪1-2天): sure enough. Once, here: in a conversation, before its last answer is read again for
      // what it told.
      if (!skip) matched = placeConfirmed(matched, matchable, english) ?? matched;
      if (!skip && history.length && !context.focus) matched = whatTheEntryTold(matched, matchable, text, history, when, english);
      // In a conversation, an English reply that reacts to the last answer before it asks ("it's
      // already been sent out. can I still cancel it?"): its question alone, when that is sure.
      // (Not one that names its topic first, "and returns, are those free too?": that is read above.)
      if (!skip && english && history.length && !context.topic && !confident(matched.confidence)) {
        const asking = askingClauses(matchable, true);
        if (asking) {
          const alone = match(featuresOf(asking, asking), when, english);
          if ((alone.confidence[0] ?? 0) >= REACTION_CONFIDENCE) matched = alone;
        }
      }
      const found = detectSignals(normalized, correctEnglish(normalized, index.context), playbooks, text);
      // 机器人听不懂 转人工: the request for a person is the question, and the knowledge's entry about
      // reaching one answers it when the rest of the message found nothing.
      if (!skip && !confident(matched.confidence)) {
        const asked = found.signals.find((s) => s.kind === 'human_request');
        const request = asked && normalize(asked.evidence);
        if (request && request !== matchable) {
          const alone = match(featuresOf(request, request), when, english);
          // Its questions must hold the request: not an entry whose answer happens to mention 人工.
          if (confident(alone.confidence) && alone.top[0]!.pooledCover >= PERSON_HELD) matched = alone;
        }
      }
      // "Does that work for preorders too?" after the express shipping's answer: whether that answer's
      // offer holds for another thing too asks of that answer, not of the other thing's entry.
      if (!skip && english && history.length && !found.signals.length && ALSO_HOLDS_EN.test(matchable)) {
        matched = lastAnswerAgain(history, when, english) ?? matched;
      }
      // Of the answer just given (told-again.ts): not a complaint or a call for a person, which that
      // answer did not settle. `told`: the share of the follow-up's own words that an entry's answer says.
      if (!skip && !isSmalltalk && history.length && !found.signals.length) {
        const share = (text: string, said: string) => toldShare(text, said, english);
        const told = (entry: number) => share(matchable, answerText(index.entries[entry]!)) ?? 0;
        if (!confident(matched.confidence)) {
          // Nothing answered it, and it mostly says what the answer just given says, or asks what that
          // answer states (its cost, how long, whether the time gone by is within it, what holds once the
          // order has shipped or the item is opened or used): that answer again.
          // Not when the best reading, though unsure, shares what the follow-up asks that of (the money
          // in "how long until the money is back?" after the returns answer): the question may be its.
          const rival = matched.top[0];
          const rivalShares = (entry: number) =>
            rival !== undefined && rival.entry !== entry && (share(withoutFacetAsked(matchable), questionsText(index.entries[rival.entry]!)) ?? 0) > 0;
          const askedOf = (entry: number) => {
            const answer = answerText(index.entries[entry]!);
            if ((share(matchable, answer) ?? 0) >= TOLD_AGAIN) return true;
            const saysNoMore = (rest: string) => (share(rest, answer) ?? 1) >= TOLD_AGAIN;
            // (Not of a topic that answer never names: "and returns, are those free too?" after the shipping cost.)
            const otherTopic = context.topic !== undefined && (share(context.topic, answer) ?? 1) === 0;
            return asksWhatAnswerStates(matchable, answer, saysNoMore) && !rivalShares(entry) && !otherTopic;
          };
          matched = lastAnswerAgain(history, when, english, askedOf) ?? matched;
        } else if (matched.confidence[0]! < SURE_ELSEWHERE) {
          // Another entry answers it, though not surely, while the answer just given says more of what it
          // says ("do I have to send it back?" after the damaged item's answer, not the returns policy).
          const chosen = matched.top[0]!.entry;
          const saysMore = (entry: number) => {
            if (entry === chosen) return false;
            const share = told(entry);
            return share >= MOSTLY_TOLD && share > told(chosen);
          };
          matched = lastAnswerAgain(history, when, english, saysMore) ?? matched;
        }
      }
      if (!skip && !english && history.length) matched = placeCarried(matched, matchable, when, history) ?? matched;
      if (!skip && !english && history.length) matched = placeAlso(matched, matchable, when, history) ?? matched;
      if (!skip) matched = placeAnswered(matched, matchable, english, when, history) ?? matched;
      if (!skip && english) matched = thingUnnamed(matched, matchable) ?? matched;
      const { top, confidence, known } = matched;
      const candidates: Candidate[] = top.map((c, i) =>
        candidate(index.entries[c.entry]!.id, confidence[i]!, index.questions[c.question]!.text, () => explain(sharedFeatures(index, known, c.question))),
      );
      let answer = confident(confidence) ? candidates[0]! : null;
      const answering = answer ? index.entries[top[0]!.entry] : undefined;
      // 积分能转给我老婆吗: the points entry, which says nothing of passing them on, does not answer it (point-asked.ts).
      const point = answering && pointAsked(matchable, english);
      if (point && !speaksOf(point, `${questionsText(answering)}\n${answerText(answering)}`)) {
        // …unless the rest of the message asks for that entry on its own (can I rent one, and do you ship
        // to New Zealand?: the shipping abroad).
        const rest = besidePoint(matchable, point, english);
        const asked = rest === undefined ? undefined : match(featuresOf(rest, rest), when, english);
        if (!asked || !confident(asked.confidence) || asked.top[0]!.entry !== top[0]!.entry) answer = null;
      }

      // 不用转人工，我自己看看: the entry for asking for a person matched, and the customer said no to it.
      const declined = found.declinesPerson && handsOver(answering);
      if (declined) answer = null;
      const signals = [...found.signals];
      const unresolved = history.length ? unresolvedSignal(unansweredBefore(history, when), answer !== null || isSmalltalk) : null;
      if (unresolved) signals.push(unresolved);

      const sentiment = sentimentOf(normalized, found.negativity);
      // Unhappy and unanswered: nearly a complaint, and nothing in the knowledge to say to it.
      if (!answer && !signals.length && !isSmalltalk && unhappyUnanswered(normalized, language, found.negativity, sentiment)) {
        signals.push({ kind: 'complaint', evidence: found.negativeEvidence, weight: Math.round(found.negativity * 100) / 100 });
      }
      const entry = answer ? answering : undefined;
      const entryHandoff = handsOver(entry);
      const strongest = REASON_ORDER.find((kind) => signals.some((s) => s.kind === kind));
      const escalate = strongest !== undefined || entryHandoff;
      // Thanks and praise with more words than small talk (谢谢你们啊 这茶绝了, "love the mugs, thanks!"),
      // asking nothing and near no entry: small talk too, not a question the bot failed.
      const praise = !answer && !escalate && sentiment > 0 && !ASKS.test(normalized) && (confidence[0] ?? 0) < PRAISE_MAX_CONFIDENCE;
      const reason = strongest ?? (entryHandoff ? 'faq_handoff' : answer ? (entry?.kind === 'promotion' ? 'promotion' : 'faq') : declined ? 'declined_person' : isSmalltalk || praise ? 'smalltalk' : 'no_match');

      const result: Understanding = {
        text,
        normalized,
        resolved,
        candidates,
        answer,
        entities,
        signals,
        sentiment,
        escalate,
        reason,
        language,
      };
      if (found.playbook) result.playbook = found.playbook.id;
      return result;
    },
  };
}
