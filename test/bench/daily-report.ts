// daily_report_100k_s: the daily report over 100,000 conversations (≈450k turn records, ≈13k tickets) in
// a SQLite store, as the scheduler runs it at 09:00 the next morning: the day's log, the next day's so
// far, ticket events, tickets and ratings read from the store, figures computed, chart rendered to PNG,
// markdown and card built. The comparison days' figures are cached, as their own runs left them.
//
// The data is realistic TurnRecords written straight into the SQLite file in a transaction (the pipeline
// would take an hour to produce them; the report only reads what it would have written).
import { defaultSerialize } from '@keyv/serialize';
import KeyvSqlite from '@keyv/sqlite';
import Keyv from 'keyv';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Ticket } from '../../core/handoff/ticket.js';
import { loadKnowledge } from '../../core/knowledge/load.js';
import { silentLogger } from '../../core/log.js';
import { computeDailyFigures } from '../../core/reports/daily-figures.js';
import { scanRecords } from '../../core/reports/day-scan.js';
import { addDays, dayStart, DAY_MS } from '../../core/reports/days.js';
import { ReportData } from '../../core/reports/report-data.js';
import { pick, seededRandom, type Random } from '../../core/reports/seeded-random.js';
import type { TurnRecord } from '../../core/stages/record.js';
import { KeyvStore } from '../../core/store/keyv-store.js';
import { dailyReport } from '../../jobs/daily-report.js';
import { HOURLY_PROFILE } from '../../jobs/simulate/customer-scripts.js';

const CONVERSATIONS = 100_000;
const DAY = '2026-03-14';
const REPORT_AT = dayStart(addDays(DAY, 1)) + 9 * 3600_000;

class BulkWriter {
  private rows: [string, string][] = [];
  private readonly lengths = new Map<string, number>();
  constructor(private readonly sqlite: KeyvSqlite) {}

  set(key: string, value: unknown): Promise<void> | undefined {
    this.rows.push([`xiaoer:${key}`, defaultSerialize({ value })]);
    return this.rows.length >= 10_000 ? this.flush() : undefined;
  }

  append(log: string, entry: unknown): Promise<void> | undefined {
    const seq = this.lengths.get(log) ?? 0;
    this.lengths.set(log, seq + 1);
    return this.set(`log:${log}:${seq}`, entry);
  }

  async flush(): Promise<void> {
    if (!this.rows.length) return;
    const rows = this.rows;
    this.rows = [];
    await this.sqlite.query(`INSERT OR REPLACE INTO keyv(key, value) SELECT json_extract(value, '$[0]'), json_extract(value, '$[1]') FROM json_each(?)`, JSON.stringify(rows));
  }

  async close(): Promise<void> {
    for (const [log, n] of this.lengths) this.rows.push([`xiaoer:log:${log}:n`, defaultSerialize({ value: n })]);
    await this.flush();
  }
}

function startTime(day: string, random: Random): number {
  const total = HOURLY_PROFILE.reduce((a, b) => a + b, 0);
  let r = random() * total;
  let hour = 0;
  while (hour < 23 && (r -= HOURLY_PROFILE[hour]!) > 0) hour++;
  return dayStart(day) + hour * 3600_000 + Math.floor(random() * 3600_000);
}

interface Populated {
  records: number;
  tickets: number;
}

/** One day of conversations (those starting before `until`), written through `bulk`. */
async function populateDay(bulk: BulkWriter, day: string, conversations: number, until: number, questions: { id: string; text: string; answer: string }[], random: Random): Promise<Populated> {
  const turns: TurnRecord[] = [];
  const ticketEvents: { at: number; entry: unknown }[] = [];
  const ratingEvents: { at: number; entry: unknown }[] = [];
  let tickets = 0;
  for (let c = 0; c < conversations; c++) {
    const start = startTime(day, random);
    if (start >= until) continue;
    const channel = random() < 0.65 ? 'wechat' : 'telegram';
    const user = `${channel}:u${day}-${c}`;
    const conversation = `conv:${user}|${user}`;
    let at = start;
    const n = 2 + Math.floor(random() ** 1.2 * 7);
    const escalate = random() < 0.13;
    for (let i = 0; i < n; i++) {
      const q = pick(questions, random);
      const roll = random();
      const last = i === n - 1;
      const action = escalate && last ? 'escalate' : roll < 0.74 ? 'answer' : roll < 0.88 ? 'fallback' : 'smalltalk';
      const ticketId = action === 'escalate' ? `t${day.replaceAll('-', '')}${c}` : undefined;
      turns.push({
        at,
        conversation,
        channel,
        customerId: user,
        inboundId: `m${c}-${i}`,
        text: action === 'fallback' ? `${q.text}能便宜点吗` : q.text,
        replies: [action === 'answer' ? q.answer : action === 'escalate' ? '正在为您转接人工客服，请稍等片刻，客服马上就来～' : '抱歉，这个问题我还没学会😅 您可以换个说法再问一次，或者回复"转人工"。'],
        action,
        reason: action === 'answer' ? 'faq' : action === 'escalate' ? pick(['complaint', 'human_request', 'unresolved', 'faq_handoff'], random) : action === 'fallback' ? 'no_match' : 'smalltalk',
        faq: action === 'answer' ? q.id : null,
        score: action === 'answer' ? 0.5 + random() * 0.5 : random() * 0.4,
        escalated: action === 'escalate',
        ticketId,
        signals: action === 'escalate' ? ['complaint'] : [],
        sentiment: action === 'escalate' ? -0.6 : random() * 0.4 - 0.1,
        latencyMs: 2 + Math.floor(random() * 30),
      });
      if (ticketId) {
        tickets++;
        const claimedAt = at + 30_000 + Math.floor(random() * 600_000);
        const firstAgentReplyAt = claimedAt + 20_000 + Math.floor(random() * 120_000);
        const closedAt = firstAgentReplyAt + 120_000 + Math.floor(random() * 900_000);
        const rating = random() < 0.7 ? 1 + Math.min(4, Math.floor(random() * 5.5)) : undefined;
        const agent = pick(['小美', '阿强', '小林', 'Echo'], random);
        const ticket: Ticket = {
          id: ticketId,
          conversationKey: conversation,
          customerAddress: user,
          channel,
          customerId: user,
          group: 'aftersale',
          priority: 'normal',
          reason: 'complaint',
          status: 'closed',
          assignee: { id: agent, name: agent },
          createdAt: at,
          claimedAt,
          firstAgentReplyAt,
          closedAt,
          endReason: 'resolved',
          rating,
          transcript: [
            { role: 'customer', text: q.text, at },
            { role: 'agent', text: '您好，很抱歉给您带来不便，我马上为您处理～', at: firstAgentReplyAt, by: agent },
          ],
        };
        await bulk.set(`ticket:${ticketId}`, ticket);
        ticketEvents.push({ at, entry: { id: ticketId, at, event: 'opened', reason: 'complaint', group: 'aftersale', channel } });
        ticketEvents.push({ at: claimedAt, entry: { id: ticketId, at: claimedAt, event: 'claimed', agent } });
        ticketEvents.push({ at: closedAt, entry: { id: ticketId, at: closedAt, event: 'closed', endReason: 'resolved', agent } });
        if (rating !== undefined) ratingEvents.push({ at: closedAt + 60_000, entry: { ticket: ticketId, rating, at: closedAt + 60_000, channel } });
      }
      at += 10_000 + Math.floor(random() * 90_000);
    }
  }
  // Logs are appended in time order, as the live bot would have.
  turns.sort((a, b) => a.at - b.at);
  for (const t of turns) await bulk.append(`turns:${day}`, t);
  for (const e of ticketEvents.sort((a, b) => a.at - b.at)) await bulk.append('tickets', e.entry);
  for (const e of ratingEvents.sort((a, b) => a.at - b.at)) await bulk.append('ratings', e.entry);
  return { records: turns.length, tickets };
}

export async function benchDailyReport(): Promise<{ daily_report_100k_s: number }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'xiaoer-bench-report-'));
  try {
    const kb = await loadKnowledge(path.resolve('knowledge'));
    const questions = kb.faq.flatMap((e) => e.questions.map((text) => ({ id: e.id, text, answer: e.answer })));
    const sqlite = new KeyvSqlite({ uri: `sqlite://${path.join(dir, 'xiaoer.sqlite')}`, busyTimeout: 5000 });
    const keyv = new Keyv({ store: sqlite, namespace: 'xiaoer' });
    const random = seededRandom('bench-daily-report');

    let t = performance.now();
    await sqlite.query('BEGIN');
    const bulk = new BulkWriter(sqlite);
    const today = await populateDay(bulk, DAY, CONVERSATIONS, Number.POSITIVE_INFINITY, questions, random);
    const next = await populateDay(bulk, addDays(DAY, 1), CONVERSATIONS, REPORT_AT, questions, random);
    await bulk.close();
    await sqlite.query('COMMIT');
    process.stderr.write(`populated ${CONVERSATIONS} conversations: ${today.records} turns, ${today.tickets} tickets (+${next.records} turns of the next morning) in ${((performance.now() - t) / 1000).toFixed(1)} s\n`);

    const store = new KeyvStore(keyv, 'sqlite');
    // The comparison days' figures, as their own reports saved them.
    const data = new ReportData(store, () => REPORT_AT);
    for (const day of [addDays(DAY, -1), addDays(DAY, -7)]) {
      const small = scanRecords(day, []);
      await data.saveFigures(computeDailyFigures({ scan: small, tickets: [], ratings: [], llmTokens: 0, computedAt: dayStart(day) + DAY_MS + 9 * 3600_000 }));
    }

    t = performance.now();
    const output = await dailyReport.run(
      { store, knowledge: kb, log: silentLogger, now: () => REPORT_AT, targets: { report: [], qa: [] }, settings: { qaSampleSize: 10, suggestionsDir: dir, suggestionsGit: false, knowledgeDir: kb.dir } },
      { date: DAY, dryRun: true },
    );
    const seconds = (performance.now() - t) / 1000;
    process.stderr.write(`report: ${output.summary} (${(output.files['chart.png'] as Uint8Array).length} byte chart)\n`);
    await store.close();
    return { daily_report_100k_s: Number(seconds.toFixed(2)) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
