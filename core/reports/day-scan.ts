// One pass over a day's turn log, reduced to what reports, QA and the knowledge-gaps job read: the day's
// conversations (sessions) in a compact form, how often each knowledge entry answered, and what the
// bot could not answer. Records are not kept, so a day of 500k turns scans in bounded memory.
import type { TurnRecord } from '../stages/record.js';
import { hourOf } from './days.js';

/** A pause longer than this ends a conversation; the customer's next message starts a new one. */
export const SESSION_GAP_MS = 30 * 60_000;
/** Sentiment at or below this counts as a negative message. */
export const NEGATIVE_SENTIMENT = -0.3;
/** Answers scoring below this are low-confidence: correct perhaps, but the knowledge should say it better. */
export const LOW_CONFIDENCE = 0.6;

/** Actions that are not a conversation by themselves: a lone rating after a ticket, an empty message. */
const INCIDENTAL = new Set(['rating', 'ignore']);
/** Actions that continue the conversation however long the pause (an agent has it, or just closed it). */
const CONTINUING = new Set(['relay', 'rating']);

/** One conversation as reports see it: a customer's turns in one chat with no pause over SESSION_GAP_MS. */
export interface Session {
  conversation: string;
  channel: string;
  customerId: string;
  start: number;
  end: number;
  /** Sequence numbers of its records in the day's log, for reading the transcript back (QA). */
  seqs: number[];
  /** Customer messages, empty ones excluded. */
  messages: number;
  answered: number;
  fallbacks: number;
  lowConfidence: number;
  negative: number;
  /** When the bot handed over, and why (the first escalation's reason). */
  escalatedAt?: number;
  escalationReason?: string;
  ticketIds: string[];
  /** The customer wrote while a person had the conversation. */
  relayed: boolean;
  firstAction: string;
  /** The bot's reply time for the first message. */
  firstLatencyMs: number;
  lastAction: string;
  maxLatencyMs: number;
  /** Lowest sentiment seen. */
  minSentiment: number;
  /** A conversation at all: false for a session of only ratings or empty messages. */
  substantive: boolean;
  /** What the bot could not answer, or answered with low confidence (at most GAPS_PER_SESSION). */
  gaps: Gap[];
  /** LLM tokens its turns spent. */
  tokens: number;
}

export interface Gap {
  text: string;
  kind: 'unanswered' | 'low_confidence';
  /** The entry a low-confidence answer came from. */
  entry?: string;
}

const GAPS_PER_SESSION = 5;

export interface Question {
  /** Normalised form (grouping key). */
  key: string;
  /** The most recent wording seen. */
  text: string;
  count: number;
}

export interface DayScan {
  day: string;
  sessions: Session[];
  /** Answers by knowledge entry id. */
  entries: Map<string, number>;
  /** Messages the bot fell back on (no answer), grouped by normalised text. */
  unanswered: Map<string, Question>;
  /** Customer messages per hour of the day. */
  messagesByHour: number[];
  records: number;
}

/**
 * Thanks and acknowledgements (好的谢谢, 明白了, ok). When the engine does not take one for small talk it
 * falls back, but the customer asked nothing: it is neither an unanswered question nor a conversation
 * left on a failure.
 */
const ACKNOWLEDGEMENT = /^(?:(?:好的?|好嘞|好吧|行|嗯+|哦+|噢|ok|okay|明白了?|知道了|收到|了解|没事了?|没问题|谢谢|谢啦|谢了|多谢|感谢|thanks?|thank you|thx)[\s,，.。!！~～😊🙏👌]*)+$/iu;

export function isAcknowledgement(text: string): boolean {
  return ACKNOWLEDGEMENT.test(text.trim());
}

/** Lower case, no punctuation, spaces or emoji: 怎么退货？ and 怎么退货 are one question. */
export function questionKey(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

export class DayScanner {
  private readonly open = new Map<string, Session>();
  private readonly scan: DayScan;

  constructor(day: string) {
    this.scan = { day, sessions: [], entries: new Map(), unanswered: new Map(), messagesByHour: new Array<number>(24).fill(0), records: 0 };
  }

  add(record: Partial<TurnRecord>, seq: number): void {
    const r = record as TurnRecord;
    const at = r.at ?? 0;
    const action = r.action === 'fallback' && isAcknowledgement(r.text ?? '') ? 'smalltalk' : (r.action ?? 'error');
    // A turn that failed before `record` ran is logged by the apology alone, without its conversation.
    const key = r.conversation ?? `${r.channel}:?:${r.inboundId ?? seq}`;
    this.scan.records++;
    let session = this.open.get(key);
    if (session && at - session.end > SESSION_GAP_MS && !CONTINUING.has(action)) session = undefined;
    if (!session) {
      session = {
        conversation: key,
        channel: r.channel ?? 'unknown',
        customerId: r.customerId ?? key,
        start: at,
        end: at,
        seqs: [],
        messages: 0,
        answered: 0,
        fallbacks: 0,
        lowConfidence: 0,
        negative: 0,
        ticketIds: [],
        relayed: false,
        firstAction: action,
        firstLatencyMs: r.latencyMs ?? 0,
        lastAction: action,
        maxLatencyMs: 0,
        minSentiment: 0,
        substantive: false,
        gaps: [],
        tokens: 0,
      };
      this.open.set(key, session);
      this.scan.sessions.push(session);
    }
    session.seqs.push(seq);
    session.end = Math.max(session.end, at);
    if (!INCIDENTAL.has(action) && !session.substantive) {
      // The conversation proper starts with its first real message (not a rating for an earlier ticket).
      session.substantive = true;
      session.firstAction = action;
      session.firstLatencyMs = r.latencyMs ?? 0;
      session.start = at;
    }
    if (action !== 'ignore') {
      session.messages++;
      this.scan.messagesByHour[hourOf(at)]!++;
    }
    session.lastAction = action;
    session.maxLatencyMs = Math.max(session.maxLatencyMs, r.latencyMs ?? 0);
    session.tokens += r.tokens ?? 0;
    const sentiment = r.sentiment ?? 0;
    session.minSentiment = Math.min(session.minSentiment, sentiment);
    if (sentiment <= NEGATIVE_SENTIMENT) session.negative++;
    if (r.ticketId && !session.ticketIds.includes(r.ticketId)) session.ticketIds.push(r.ticketId);
    switch (action) {
      case 'answer':
        session.answered++;
        if (r.faq) this.scan.entries.set(r.faq, (this.scan.entries.get(r.faq) ?? 0) + 1);
        if ((r.score ?? 1) < LOW_CONFIDENCE) {
          session.lowConfidence++;
          if (session.gaps.length < GAPS_PER_SESSION && r.text) session.gaps.push({ text: r.text, kind: 'low_confidence', entry: r.faq ?? undefined });
        }
        break;
      case 'fallback':
        session.fallbacks++;
        if (!r.reason?.startsWith('media_') && r.text) {
          this.noteUnanswered(r.text);
          if (session.gaps.length < GAPS_PER_SESSION) session.gaps.push({ text: r.text, kind: 'unanswered' });
        }
        break;
      case 'escalate':
        if (session.escalatedAt === undefined) {
          session.escalatedAt = at;
          session.escalationReason = r.reason || 'unknown';
        }
        break;
      case 'relay':
        session.relayed = true;
        break;
      default:
        break;
    }
  }

  private noteUnanswered(text: string): void {
    const key = questionKey(text);
    if (!key) return;
    const q = this.scan.unanswered.get(key);
    if (q) {
      q.count++;
      q.text = text;
    } else this.scan.unanswered.set(key, { key, text, count: 1 });
  }

  finish(): DayScan {
    return this.scan;
  }
}

/** Scans records already in memory (tests, small days). */
export function scanRecords(day: string, records: readonly Partial<TurnRecord>[]): DayScan {
  const scanner = new DayScanner(day);
  records.forEach((r, seq) => scanner.add(r, seq));
  return scanner.finish();
}
