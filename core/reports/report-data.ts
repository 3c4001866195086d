// What reports read from the store: a day's turn log (scanned in chunks), ticket events and ratings for a
// day (through a per-day index of the shared append-only logs, which are never read whole twice), the
// tickets themselves, the LLM token counter, and the figures cache. One instance per job run memoises
// the scans, so a day read for one figure is not read again for another.
import type { Ticket } from '../handoff/ticket.js';
import { tokensKey } from '../llm/llm-client.js';
import { turnLog, type TurnRecord } from '../stages/record.js';
import type { Store } from '../store/store.js';
import { computeDailyFigures, type DailyFigures, type RatingEvent } from './daily-figures.js';
import { DayScanner, type DayScan } from './day-scan.js';
import { addDays, DAY_MS, dayOf, dayStart } from './days.js';

/** What HandoffService appends to the `tickets` log. */
export interface TicketEvent {
  id: string;
  at: number;
  event: 'opened' | 'claimed' | 'transferred' | 'closed';
  reason?: string;
  group?: string;
  channel?: string;
  agent?: string;
  endReason?: string;
}

export const TICKET_LOG = 'tickets';
export const RATING_LOG = 'ratings';
const figuresKey = (day: string) => `report:figures:${day}`;

/** Log entries read per call: big enough to amortise a query, small enough to bound memory. */
const CHUNK = 20_000;

/** Per shared log: how far it has been indexed, and each day's first and last sequence number. */
interface LogIndex {
  cursor: number;
  days: Record<string, [number, number]>;
}

function mergeIndex(a: LogIndex, b: LogIndex): LogIndex {
  const days = { ...a.days };
  for (const [day, [lo, hi]] of Object.entries(b.days)) {
    const span = days[day];
    days[day] = span ? [Math.min(span[0], lo), Math.max(span[1], hi)] : [lo, hi];
  }
  return { cursor: Math.max(a.cursor, b.cursor), days };
}
const FIGURES_TTL_MS = 400 * DAY_MS;

export class ReportData {
  private readonly scans = new Map<string, Promise<DayScan>>();

  constructor(
    readonly store: Store,
    private readonly now: () => number = Date.now,
  ) {}

  /** The day's conversations, scanned once per instance. */
  scan(day: string): Promise<DayScan> {
    let scan = this.scans.get(day);
    if (!scan) this.scans.set(day, (scan = this.scanLog(day)));
    return scan;
  }

  private async scanLog(day: string): Promise<DayScan> {
    const scanner = new DayScanner(day);
    const log = turnLog(day);
    const length = await this.store.length(log);
    for (let from = 0; from < length; from += CHUNK) {
      const records = await this.store.read<Partial<TurnRecord>>(log, from, Math.min(length, from + CHUNK));
      records.forEach((record, i) => scanner.add(record, from + i));
    }
    return scanner.finish();
  }

  /**
   * Where each day's entries sit in a shared log (`tickets`, `ratings`): the first and last sequence
   * number with an entry of that day. Built incrementally — each run reads only what was appended since
   * the last — and kept in the store, so a year of tickets is never read again. Entries need not be in
   * time order (several processes append; `xiaoer simulate` fills past days after later ones).
   */
  private async dayIndex(log: string): Promise<LogIndex> {
    const key = `report:index:${log}`;
    const index = (await this.store.get<LogIndex>(key)) ?? { cursor: 0, days: {} };
    const length = await this.store.length(log);
    if (index.cursor >= length) return index;
    const fresh: LogIndex = { cursor: length, days: {} };
    for (let start = index.cursor; start < length; start += CHUNK) {
      const entries = await this.store.read<{ at?: number }>(log, start, Math.min(length, start + CHUNK));
      entries.forEach((e, i) => {
        if (typeof e?.at !== 'number') return;
        const day = dayOf(e.at);
        const seq = start + i;
        const span = fresh.days[day];
        fresh.days[day] = span ? [Math.min(span[0], seq), Math.max(span[1], seq)] : [seq, seq];
      });
    }
    // Merging is commutative (min, max), so two jobs updating the index at once both end up right.
    return (await this.store.update<LogIndex>(key, (current) => mergeIndex(current ?? { cursor: 0, days: {} }, fresh)))!;
  }

  /** Entries of a shared log with `at` in [from, to) (whole days, shop time). */
  async range<T extends { at: number }>(log: string, from: number, to: number): Promise<T[]> {
    const index = await this.dayIndex(log);
    const spans: [number, number][] = [];
    for (let day = dayOf(from); dayStart(day) < to; day = addDays(day, 1)) {
      const span = index.days[day];
      if (span) spans.push(span);
    }
    if (!spans.length) return [];
    const first = Math.min(...spans.map((s) => s[0]));
    const last = Math.max(...spans.map((s) => s[1]));
    const out: T[] = [];
    for (let start = first; start <= last; start += CHUNK) {
      for (const e of await this.store.read<T>(log, start, Math.min(last + 1, start + CHUNK))) if (e && e.at >= from && e.at < to) out.push(e);
    }
    return out;
  }

  ticketEvents(from: number, to: number): Promise<TicketEvent[]> {
    return this.range<TicketEvent>(TICKET_LOG, from, to);
  }

  ratings(from: number, to: number): Promise<RatingEvent[]> {
    return this.range<RatingEvent>(RATING_LOG, from, to);
  }

  /** Tickets by id, in batches (keyv's SQLite getMany is quadratic in the batch size). */
  async tickets(ids: string[]): Promise<Ticket[]> {
    const out: Ticket[] = [];
    for (let i = 0; i < ids.length; i += 500) {
      const batch = await this.store.getMany<Ticket>(ids.slice(i, i + 500).map((id) => `ticket:${id}`));
      for (const t of batch) if (t) out.push(t);
    }
    return out;
  }

  /** Tickets opened during the day. */
  async ticketsOpened(day: string): Promise<Ticket[]> {
    const events = await this.ticketEvents(dayStart(day), dayStart(day) + DAY_MS);
    return this.tickets(events.filter((e) => e.event === 'opened').map((e) => e.id));
  }

  /** Every LLM token spent that day (turns, agent assist, QA), as the LLM client counts them. */
  llmTokens(day: string): Promise<number> {
    return this.store.increment(tokensKey(day), 0); // increment by 0 reads a counter on every store
  }

  /** Computes a day's figures from the logs (the next day's turns so far count for repeats). */
  async computeFigures(day: string): Promise<DailyFigures> {
    const start = dayStart(day);
    const next = addDays(day, 1);
    const [scan, nextScan, tickets, ratings, llmTokens] = await Promise.all([
      this.scan(day),
      this.now() > start + DAY_MS ? this.scan(next) : undefined,
      this.ticketsOpened(day),
      this.ratings(start, start + DAY_MS),
      this.llmTokens(day),
    ]);
    return computeDailyFigures({ scan, next: nextScan, tickets, ratings, llmTokens, computedAt: this.now() });
  }

  async cachedFigures(day: string): Promise<DailyFigures | undefined> {
    return this.store.get<DailyFigures>(figuresKey(day));
  }

  async saveFigures(figures: DailyFigures): Promise<void> {
    await this.store.set(figuresKey(figures.day), figures, FIGURES_TTL_MS);
  }

  /**
   * Figures to compare with: the ones the day's own report saved (computed at the same point of the
   * following day, so like is compared with like), else computed now. Null for a day with no traffic.
   */
  async comparisonFigures(day: string): Promise<DailyFigures | null> {
    const cached = await this.cachedFigures(day);
    if (cached) return cached;
    if (!(await this.store.length(turnLog(day)))) return null;
    return this.computeFigures(day);
  }
}
