// The offline understanding engine: given a customer's message and the conversation so far, which
// knowledge entry answers it (or none), what it mentions, and whether a person should take over.
// Deterministic, no network, no model: normalisation, character/pinyin/word features, BM25-style
// IDF learned from the knowledge, calibrated thresholds, and cue lexicons for escalation.
import { isActive, type KnowledgeBase } from '../knowledge/knowledge-base.js';
import { capitalizedWords } from '../text/names.js';
import { normalize } from '../text/normalize.js';
import { calibrate, confident } from './calibration.js';
import { resolveContext } from './context.js';
import { buildCatalogue, extractEntities } from './entities.js';
import { correctEnglish, extractFeatures, mergeFeatures, type Features } from './features.js';
import { buildIndex, type MatchIndex } from './index.js';
import { smalltalk } from './lexicon/signals.js';
import { scoreEntries, sharedFeatures, type EntryScore } from './scorer.js';
import { sentimentOf } from './sentiment.js';
import { compilePlaybooks, detectSignals, unresolvedSignal } from './signals.js';
import type { Candidate, HistoryTurn, Signal, Understanding, UnderstandingEngine, UnderstandOptions } from './types.js';

/** Candidates reported per message. */
const CANDIDATES = 5;
/** Entries considered as what a follow-up's new topic may be about. */
const FOLLOW_UP_POOL = 10;
/** How far back unanswered turns are counted. */
const UNRESOLVED_LOOKBACK = 6;

/** What makes escalation signals escalate, strongest reason first. */
const REASON_ORDER: Signal['kind'][] = ['human_request', 'threat', 'compensation', 'complaint', 'anger', 'unresolved'];

function languageOf(text: string): 'zh' | 'en' {
  const han = text.match(/[\u3400-\u9fff]/gu)?.length ?? 0;
  const latin = text.match(/[a-z]+/gu)?.length ?? 0;
  return han > 0 && han >= latin ? 'zh' : latin > 0 ? 'en' : 'zh';
}

/** Human-readable evidence of a match: 退货, pinyin:tui huo, synonym:退款, word:refund. */
function explain(keys: readonly string[]): string[] {
  const out: string[] = [];
  for (const key of keys) {
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

export function createEngine(kb: KnowledgeBase): UnderstandingEngine {
  const index: MatchIndex = buildIndex(kb);
  const catalogue = buildCatalogue(kb.products);
  const playbooks = compilePlaybooks(kb.playbooks);
  const hasPromotions = index.entries.some((e) => e.kind === 'promotion');

  function featuresOf(normalized: string, raw: string): Features {
    return extractFeatures(normalized, index.context, capitalizedWords(raw));
  }

  function match(features: Features, now: Date, only?: ReadonlySet<number>): { top: EntryScore[]; confidence: number[]; known: Set<number> } {
    const allowed =
      hasPromotions || only
        ? (entry: number) => {
            if (only && !only.has(entry)) return false;
            const promotion = index.entries[entry]!.promotion;
            return !promotion || isActive(promotion, now);
          }
        : undefined;
    const { top, known } = scoreEntries(index, features, CANDIDATES, allowed);
    return { top, confidence: calibrate(top), known };
  }

  /**
   * A follow-up ("那退货呢?") asks the earlier question about something new: among the entries that
   * cover what was added, the one that also fits the earlier question wins.
   */
  function matchFollowUp(focus: string, resolved: string, now: Date) {
    const own = featuresOf(normalize(focus), focus);
    const about = new Set(scoreEntries(index, own, FOLLOW_UP_POOL).top.filter((c) => c.queryCover >= 0.5).map((c) => c.entry));
    const features = mergeFeatures({ features: own, factor: 1 }, { features: featuresOf(resolved, resolved), factor: 0.5 });
    return { features, ...match(features, now, about.size ? about : undefined) };
  }

  /** Whether an earlier customer turn was left without an answer (from the bot's record, else re-matched). */
  function unansweredBefore(history: readonly HistoryTurn[], now: Date): number {
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
          answered = confident(match(featuresOf(normalized, turn.text), now).confidence);
        }
        if (answered) break;
        count++;
      }
    }
    return count;
  }

  return {
    understand(text: string, options: UnderstandOptions = {}): Understanding {
      const now = options.now ?? new Date();
      const history = options.history ?? [];
      const normalized = normalize(text);
      const language = languageOf(normalized);
      const entities = extractEntities(normalized, catalogue);
      const context = resolveContext(normalized, history, catalogue);

      const isSmalltalk = smalltalk.test(normalized);
      const skip = isSmalltalk || !index.questions.length;
      let features: Features = new Map();
      let matched: { top: EntryScore[]; confidence: number[]; known: Set<number> } = { top: [], confidence: [], known: new Set() };
      if (!skip && context.focus) ({ features, ...matched } = matchFollowUp(context.focus, context.resolved, now));
      else if (!skip) {
        features = featuresOf(context.resolved, context.resolved === normalized ? text : context.resolved);
        matched = match(features, now);
      }
      const { top, confidence, known } = matched;
      const candidates: Candidate[] = top.map((c, i) => ({
        id: index.entries[c.entry]!.id,
        score: Math.round(confidence[i]! * 1000) / 1000,
        question: index.questions[c.question]!.text,
        why: explain(sharedFeatures(index, known, c.question)),
      }));
      const answer = confident(confidence) ? candidates[0]! : null;

      const found = detectSignals(normalized, correctEnglish(normalized, index.context), playbooks);
      const signals = [...found.signals];
      const unresolved = history.length ? unresolvedSignal(unansweredBefore(history, now), answer !== null || isSmalltalk) : null;
      if (unresolved) signals.push(unresolved);

      const entry = answer ? index.entries[top[0]!.entry] : undefined;
      const entryHandoff = !!entry?.faq && (entry.faq.escalate === true || entry.faq.action === 'handoff');
      const strongest = REASON_ORDER.find((kind) => signals.some((s) => s.kind === kind));
      const escalate = strongest !== undefined || entryHandoff;
      const reason = strongest ?? (entryHandoff ? 'faq_handoff' : answer ? (entry?.kind === 'promotion' ? 'promotion' : 'faq') : isSmalltalk ? 'smalltalk' : 'no_match');

      const result: Understanding = {
        text,
        normalized,
        resolved: context.resolved,
        candidates,
        answer,
        entities,
        signals,
        sentiment: sentimentOf(normalized, found.negativity),
        escalate,
        reason,
        language,
      };
      if (found.playbook) result.playbook = found.playbook.id;
      return result;
    },
  };
}
