// Whether a good shop hands this customer to a person now: explicit requests for a person,
// complaints, anger, threats, compensation demands (cue lexicons in lexicon/signals.ts, plus the
// shop's own playbook triggers), and three unresolved turns in a row.
import type { Playbook } from '../knowledge/schema.js';
import { ASTRAL, normalize } from '../text/normalize.js';
import { repairCueWords } from './cue-homophones.js';
import { CueIndex } from './cue-index.js';
import { enCues, punctuationCues, zhCues, type Cue } from './lexicon/signals.js';
import type { Signal, SignalKind } from './types.js';

// Only the cues that can match a message are run (a message sharing no character with a cue cannot
// match it): most messages need none.
// Each list's index is built when a message first needs it (a Chinese shop may never see English).
let zhIndex: CueIndex | undefined;
let enIndex: CueIndex | undefined;
let punctuationIndex: CueIndex | undefined;
const HAS_LETTER = /[a-z]/u;
const HAS_MARK = /[!?]/u;

// How a cue is framed. Denied (不是要投诉, 不用转人工, 不要人工, 以为重复扣款了, "I don't want to complain"), it
// counts for nothing. Asked about or supposed (差评能删吗, 如果坏了怎么赔, 会不会是假货, 怎么投诉快递员, 人工客服
// 几点上班), it counts half: the customer is asking about the thing, not doing it.
const DENIED_ZH = /(?:不是要|不是想|(?<![这那是])不是|(?<!要)不要|才不要|以为|(?<![要])不|不用|不会|不想|不打算|没打算|无需|不需要|并没有|没有要)(?:给|去|找|要|再|你们|转|用)?$/u;
const DENIED_EN = /\b(?:don't|dont|do not|didn't|did not|no need to|am not|i'm not|im not)\s+(?:(?:want|need|going|mean|trying|plan(?:ning)?|here|writing|messaging)\s+)?(?:to\s+)?(?:a\s+|an\s+)?$|\b(?:not|isn't|is not)\s+an?\s+$/u;
// "Not angry or anything, just confused": a feeling said not to be (not "I can not chat with a person").
const NOT_FELT_EN = /\bnot\s+(?:really\s+)?$/u;
// Asked about, supposed, or taken back in English: "do I ever need to speak to a person?", "before I dispute
// it…", "can I speak to someone? actually nvm".
const ASKED_PERSON_EN = /\b(?:do|would|will) (?:i|we) (?:ever )?(?:need|have) to\s+$/u;
const SUPPOSED_EN = /\b(?:before|in case|if) (?:i|we)\b[^.!?]{0,16}$/u;
const TAKEN_BACK_EN = /^[^.]{0,40}\b(?:nvm|never ?mind|scratch that|forget it)\b/u;
const SUPPOSED_BEFORE = /(?:会不会|是不是|是否|怎么|如何|能不能|可不可以|可以|会)(?:是|给|去|找|申请|写)?$/u;
const HYPOTHETICAL = /如果|要是|假如|万一|假设|若是/u;
const ASKED_AFTER = /^[^,.!?]{0,4}(?:能|可以|会|是不是|怎么|适用|算|包括)[^,.!?]{0,6}(?:吗|么|嘛|\?)|^[^.!?]{0,4}是真的|^[^,.!?]{0,2}(?:是)?(?:啥|什么)意思|^[^,.!?]{0,2}(?:的)?(?:政策|标准|规则|规定|流程)/u;
// Taken back (差评我已经删了): nothing to hand over.
const UNDONE_AFTER = /^[^,.!?]{0,4}(?:删了|删掉了|撤了|撤回了|改了|改成好评了)/u;
// A thing asked about yes or no (灭火毯能扑灭油锅起火吗); not an insult put as one (你们有病吗).
const YES_NO_AFTER = /^(?:了)?(?:吗|么)/u;
const HOURS_AFTER = /^[^,.!?]{0,2}(?:几点|什么时候|时间|上班|下班)/u;
const CLAUSE_END = /[,.!?;]/u;
// Asked about in English: "what's your complaints procedure?", "what does chargeback protection mean?"
// count half. (Not "how do I file a claim?": that customer means to.)
const ASKED_BEFORE_EN = /\b(?:what'?s|whats|what is|what does|what do|where'?s|where is|is there|do you have|how does)\s+(?:a |an |the |your |you mean by )?(?:\w+ )?$/u;
const ASKED_AFTER_EN = /^\s?(?:s\s)?(?:procedure|process|policy|form|page|department|protection|team'?s email|address|mean|means)\b/u;

// How the whole message is meant. Said in jest (哈哈, 开玩笑的, 😂, lol), only asking (只是问问, 好奇问一下,
// just curious), about someone else (不是找你们, 不怪你们, not blaming you) or one's own doing (手滑,
// 自己下错), its complaint words count half:
// 律师函警告 哈哈开玩笑的 asks for a size; 12315电话多少 不是找你们 is about the barber downstairs.
const PLAYFUL = /哈哈|开玩笑|逗你|\blol\b|\bhaha|\bjk\b|just kidding|\bjoking\b/u;
// Emoji, which normalising drops, read from the message as sent: laughing ones say it is in jest,
// angry ones count as an anger cue.
// (Delighted ones too: "wtf is this price 😍 so cheap!" is glee.)
const LAUGHING_EMOJI = /[\u{1F602}\u{1F923}\u{1F606}\u{1F601}\u{1F61C}\u{1F61D}\u{1F92A}\u{1F604}\u{1F603}\u{1F60D}\u{1F970}\u{1F929}]/u;
const ANGRY_EMOJI = /[\u{1F621}\u{1F92C}\u{1F620}\u{1F4A2}\u{1F47F}\u{1F595}\u{1F624}]/u;
const ANGRY_EMOJI_WEIGHT = 0.6;
// Eye-rolls, upside-down smiles and claps: sarcasm, which counts beside what went wrong, as irony does.
const SARCASTIC_EMOJI = /[\u{1F644}\u{1F643}\u{1F44F}]|\u{1F44D}{2,}/u;
// Chat stickers sent as text ([发怒], [偷笑]; see normalize.ts), likewise.
// ([微笑] in a complaint is the passive-aggressive smile: sarcasm, beside what went wrong.)
const SARCASTIC_STICKER = /\[(?:微笑|呵呵)\]/u;
const ANGRY_STICKER = /\[(?:发怒|發怒|咒骂|咒罵|抓狂|怄火|慪火|菜刀|炸弹|炸彈|鄙视|鄙視|白眼|翻白眼|裂开|裂開|无语|無語)\]/u;
const LAUGHING_STICKER = /\[(?:偷笑|呲牙|破涕为笑|破涕為笑|奸笑|坏笑|壞笑|憨笑|哭笑|doge|二哈|允悲)\]/iu;
// Delight: "OMG I'M SO EXCITED!!! when do the tickets come?" is no rant. (Only as it is now: "I was so
// excited and it came broken!!!" is one.)
const EXCITED = /yyds|绝绝子|爱了爱了|太(?:好看|好用|好吃|好听|喜欢|可爱)了|好好看|超好看|好喜欢|\b(?:i'?m|im|i am|we'?re|we are) (?:so |soo+ |really |super )?(?:excited|thrilled|stoked)\b|\byay\b|\bwoo+ ?hoo+\b/u;
const JUST_ASKING = /只是问问|问问而已|好奇问|随便问问|想了解一下|想了解下|先问问|不行也没关系|没有也没关系|just (?:asking|curious|wondering|checking)|out of curiosity/u;
const NOT_YOU = /不是(?:找|说|针对|投诉|冲)你们|不怪你们|跟你们(?:没|无)关|(?:朋友|同事|室友|闺蜜|家人)[^,.!?]{0,6}(?:别家|别人家|其他家|别的店|别的平台|某宝|某东|某多多)|(?:on|at|from) (?:a|another|some other|a different|a totally different) (?:site|shop|store|website|retailer)|\b(?:last|previous|another|other) (?:shop|store|site|website|seller|company) (?:i|we) (?:ordered|bought|used)|有人吐槽别家|是我自己(?:用错|弄错|搞错|看错|没看)|手贱|手滑|点错了|误点|自己(?:多下|下错|拍错|买错)|not (?:about|aimed at|blaming) you|not your fault/u;
/** The share negative cues count for in a message said in jest, only asking, or about someone else. */
const SOFTENED = 0.5;

/**
 * 0, 0.5 or 1: how much a cue of `weight` matched at `at..end` of a Chinese `text` counts, by how it
 * is framed. Only a cue naming a thing (投诉, 差评, 假货: weight 0.6 and up) can be asked about; a
 * question made of weak cues (你们就会复制粘贴吗) is rhetorical. A question for a person (能不能让个
 * 活人跟我说话) is a request, unless it asks about the service itself (its hours).
 */
function framing(kind: SignalKind, weight: number, text: string, at: number, end: number): number {
  if (DENIED_ZH.test(text.slice(Math.max(0, at - 8), at))) return 0;
  const after = text.slice(end, end + 14);
  if (UNDONE_AFTER.test(after)) return 0;
  if (kind === 'human_request') return HOURS_AFTER.test(after) ? 0.5 : 1;
  if (weight < 0.6) return 1;
  let start = at;
  while (start > 0 && !CLAUSE_END.test(text[start - 1]!)) start--;
  // (怎么 before something done, 银行卡怎么扣了两笔, asks how it could happen: no supposition.)
  const supposed = SUPPOSED_BEFORE.exec(text.slice(Math.max(0, at - 6), at));
  const howCome = supposed !== null && /怎么|咋/u.test(supposed[0]) && text.slice(at, end).includes('了');
  return ASKED_AFTER.test(after) || (kind !== 'anger' && YES_NO_AFTER.test(after)) || (supposed && !howCome) || HYPOTHETICAL.test(text.slice(start, at)) ? 0.5 : 1;
}

/** How much other negative evidence irony needs beside it to count (a plainly told failure: 坏了, 发错). */
const IRONY_NEEDS = 0.4;

/** Cue weights per kind add up to this before a kind counts as a signal. */
export const SIGNAL_THRESHOLD = 1;

/**
 * Whether a message the knowledge has no answer for is a complaint all the same, its negative cues
 * short of SIGNAL_THRESHOLD (see engine.ts): asking an unhappy customer to put it another way is the
 * worst reply. Cues of 0.8 are enough. A long Chinese message (LONG_MESSAGE characters) is a story of
 * something gone wrong told with fewer strong words (上周五就寄回去了…今天都周四了钱还没回来 到底什么时候
 * 能退): 0.6 are. Never when something in it is praise, thanks or politeness (水果有两个坏了 其他都挺好
 * is a report). Not in English, where a polite fault report runs as long ("the lamp stopped working
 * after a week, can I get a replacement?").
 */
export function unhappyUnanswered(normalized: string, language: 'zh' | 'en', negativity: number, sentiment: number): boolean {
  // Praise or thanks in it, politeness, a supposition, a joke, curiosity, someone else's trouble: a
  // question to answer or a report, not a grievance (如果收到有质量问题怎么赔, 退一赔三是啥意思 好奇问一下).
  if (sentiment > -0.4 || POLITE.test(normalized) || HYPOTHETICAL.test(normalized) || PLAYFUL.test(normalized) || JUST_ASKING.test(normalized) || NOT_YOU.test(normalized)) return false;
  return negativity >= 0.8 || (language === 'zh' && normalized.length >= LONG_MESSAGE && negativity >= 0.6);
}
const LONG_MESSAGE = 20;
/** Asked politely (不好意思 你们能再解释一遍吗 我到底要怎么退货): a question put again, not a grievance. */
const POLITE = /不好意思|劳驾|打扰(了|一下)/u;

/** The shop's playbooks, their triggers normalised for matching. */
export interface PlaybookTriggers {
  playbook: Playbook;
  triggers: string[];
}

export function compilePlaybooks(playbooks: readonly Playbook[]): PlaybookTriggers[] {
  return playbooks.map((playbook) => ({ playbook, triggers: playbook.triggers.map((t) => normalize(t)).filter(Boolean) }));
}

export interface SignalResult {
  signals: Signal[];
  /** The playbook whose trigger matched, if any. */
  playbook?: Playbook;
  /** Σ weights of the negative cues (complaint, anger, threat, compensation): feeds sentiment. */
  negativity: number;
  /** What those cues matched, for a complaint short of the threshold (see unhappyUnanswered). */
  negativeEvidence: string;
  /** The customer said they do not want a person (不用转人工, I don't need an agent). */
  declinesPerson: boolean;
}

/** Whether a word is one the Chinese cues match by itself (a playbook trigger like 差评): memoised. */
const cueWords = new Map<string, boolean>();
function isCueWord(word: string): boolean {
  let known = cueWords.get(word);
  if (known === undefined) cueWords.set(word, (known = zhCues.some((c) => c.pattern.exec(word)?.[0] === word)));
  return known;
}

/**
 * The signals in one message. `text` is normalised; `english` is the same text with English words
 * spelling-corrected (so "complant" still complains); `sent` the message as sent (its emoji).
 */
export function detectSignals(text: string, english: string, playbooks: readonly PlaybookTriggers[] = [], sent: string = text): SignalResult {
  const totals = new Map<SignalKind, { weight: number; evidence: string[] }>();
  const note = (kind: SignalKind, weight: number, evidence: string) => {
    const t = totals.get(kind) ?? { weight: 0, evidence: [] };
    t.weight += weight;
    if (!t.evidence.includes(evidence)) t.evidence.push(evidence);
    totals.set(kind, t);
  };
  let declinesPerson = false;
  // Irony counts only beside another negative cue (see Cue.irony): held back until the end.
  const ironies: [number, string][] = [];
  // Where the Chinese cues matched, and with what weight: a playbook trigger inside one (差评 is a cue
  // and a trigger) counts once, at the larger weight.
  const spans: [number, number, number][] = [];
  type Framing = (kind: SignalKind, weight: number, subject: string, at: number, end: number) => number;
  const scan = (cues: readonly Cue[], subject: string, framed: Framing, matched?: [number, number, number][], asTyped?: string) => {
    for (const c of cues) {
      // English is read as spelling-corrected and, where the correction changed it, as typed: the
      // corrector knows the shop's words, and may turn a word it does not know ("dispute") into one it does.
      let m = c.pattern.exec(subject);
      let where = subject;
      if (!m && asTyped !== undefined) m = c.pattern.exec((where = asTyped));
      if (!m) continue;
      const end = m.index + m[0].length;
      const weight = c.weight * framed(c.kind, c.weight, where, m.index, end) * (c.kind === 'human_request' ? 1 : c.harm ? harmSoften : soften);
      if (!weight && c.kind === 'human_request') declinesPerson = true;
      matched?.push([m.index, end, weight]);
      if (!weight) continue;
      // Evidence is shown on the handoff card: keep it short.
      const evidence = (m[0].trim() || m[0]).slice(0, 24);
      if (c.irony) ironies.push([weight, evidence]);
      else note(c.kind, weight, evidence);
    }
  };
  // Each list only where it can match: English cues need letters, punctuation cues ! ? or length.
  const zh = repairCueWords(text);
  // (Emoji are astral characters: a message without a surrogate pair holds none.)
  const hasEmoji = ASTRAL.test(sent);
  const hasSticker = sent.includes('[');
  const laughing = (hasEmoji && LAUGHING_EMOJI.test(sent)) || (hasSticker && LAUGHING_STICKER.test(sent));
  // Harm is no joke, nor asked about in jest: only someone else's (我朋友在别家买的炸了) counts less.
  const notYou = NOT_YOU.test(text);
  const harmSoften = notYou ? SOFTENED : 1;
  const soften = PLAYFUL.test(text) || JUST_ASKING.test(text) || notYou || EXCITED.test(text) || laughing ? SOFTENED : 1;
  const angry = (hasEmoji ? ANGRY_EMOJI.exec(sent) : null) ?? (hasSticker ? ANGRY_STICKER.exec(sent) : null);
  if (angry) note('anger', ANGRY_EMOJI_WEIGHT * soften, angry[0]);
  const sarcastic = (hasEmoji ? SARCASTIC_EMOJI.exec(sent) : null) ?? (hasSticker ? SARCASTIC_STICKER.exec(sent) : null);
  if (sarcastic) ironies.push([ANGRY_EMOJI_WEIGHT * soften, sarcastic[0]]);
  scan((zhIndex ??= new CueIndex(zhCues)).candidates(zh), zh, framing, spans);
  if (HAS_LETTER.test(english)) {
    const typed = english === text ? undefined : text;
    const denied: Framing = (kind, weight, subject, at, end) => {
      if (DENIED_EN.test(subject.slice(Math.max(0, at - 30), at))) return 0;
      if (kind === 'human_request') return TAKEN_BACK_EN.test(subject.slice(end)) ? 0 : ASKED_PERSON_EN.test(subject.slice(Math.max(0, at - 30), at)) ? 0.5 : 1;
      if (NOT_FELT_EN.test(subject.slice(Math.max(0, at - 12), at))) return 0;
      if (weight < 0.6) return 1;
      if (SUPPOSED_EN.test(subject.slice(Math.max(0, at - 30), at))) return 0.5;
      return ASKED_BEFORE_EN.test(subject.slice(Math.max(0, at - 24), at)) || ASKED_AFTER_EN.test(subject.slice(end, end + 24)) ? 0.5 : 1;
    };
    scan((enIndex ??= new CueIndex(enCues)).candidates(typed ? `${english} ${typed}` : english), english, denied, undefined, typed);
  }
  if (text.length >= 60 || HAS_MARK.test(text)) scan((punctuationIndex ??= new CueIndex(punctuationCues)).candidates(text), text, () => 1);

  let playbook: Playbook | undefined;
  for (const p of playbooks) {
    const hit = p.triggers.find((t) => zh.includes(t));
    if (!hit) continue;
    const at = zh.indexOf(hit);
    const end = at + hit.length;
    // A trigger that is itself one of the cue words (差评) counts where that cue found it, not in the
    // uses the cue leaves alone (差评里有人说…, 看了差评: the reviews read before buying).
    const covering = spans.filter(([from, to]) => from <= at && end <= to);
    if (!covering.length && isCueWord(hit)) continue;
    const full = p.playbook.escalate ? SIGNAL_THRESHOLD : 0.5;
    const weight = full * framing('complaint', full, zh, at, end);
    if (!weight) continue;
    playbook ??= p.playbook;
    const counted = Math.max(0, ...covering.map(([, , w]) => w));
    if (weight > counted) note('complaint', weight - counted, hit);
  }

  const negativeKinds: SignalKind[] = ['complaint', 'threat', 'compensation', 'anger'];
  // (Beside more than a word of reproach: 谢谢你们啊 holds 你们, and is thanks.)
  if (ironies.length && negativeKinds.some((k) => (totals.get(k)?.weight ?? 0) >= IRONY_NEEDS)) {
    for (const [weight, evidence] of ironies) note('anger', weight, evidence);
  }

  // Negative cues of different kinds reinforce each other: "等了一周还没发货！！！" is a complaint
  // though no single cue is strong. The combined weight is credited to the strongest negative kind.
  const negativity = negativeKinds.reduce((sum, k) => sum + (totals.get(k)?.weight ?? 0), 0);
  const signals: Signal[] = [];
  for (const [kind, t] of totals) {
    const combined = negativeKinds.includes(kind) && negativity >= SIGNAL_THRESHOLD;
    if (t.weight >= SIGNAL_THRESHOLD || (combined && isStrongest(kind, totals, negativeKinds))) {
      signals.push({ kind, evidence: t.evidence.join(' / '), weight: Math.round(t.weight * 100) / 100 });
    }
  }
  signals.sort((a, b) => b.weight - a.weight);
  const negativeEvidence = negativeKinds.flatMap((k) => totals.get(k)?.evidence ?? []).join(' / ');
  return { signals, playbook, negativity, negativeEvidence, declinesPerson };
}

function isStrongest(kind: SignalKind, totals: Map<SignalKind, { weight: number }>, kinds: SignalKind[]): boolean {
  const w = totals.get(kind)?.weight ?? 0;
  return kinds.every((k) => k === kind || (totals.get(k)?.weight ?? 0) <= w);
}

/** The signal for the customer's third unanswered question in a row. */
export function unresolvedSignal(unansweredBefore: number, answeredNow: boolean): Signal | null {
  if (answeredNow || unansweredBefore < 2) return null;
  return { kind: 'unresolved', evidence: `${unansweredBefore + 1} turns in a row without an answer`, weight: 1 };
}
