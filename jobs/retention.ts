// retention: every night, deletes customers' personal data older than RETENTION_DAYS (PIPL: kept no
// longer than needed) — the per-day logs of their words, idle conversations, tickets closed before the
// cutoff with their index entries, profiles not seen since (core/privacy/retention.ts). A dry run counts
// what would go. RETENTION_DAYS=0 keeps everything.
import { cardLocationKey } from '../adapters/feishu/card-location.js';
import { rejectedLog } from '../core/llm/llm-client.js';
import { accessLog } from '../core/orders/order-access.js';
import { orderRequestsLog } from '../core/orders/order-changes.js';
import { applyRetention, type RetentionCounts } from '../core/privacy/retention.js';
import { addDays, dayStart } from '../core/reports/days.js';
import { turnLog } from '../core/stages/record.js';
import type { Job, JobOutput } from './job.js';
import { qaLog } from './qa-sampling.js';

/**
 * The per-day logs that hold personal data: customers' words and ids (turns), who looked up which order
 * (order-access), address changes and cancellations asked for (order-requests), rejected LLM replies with their conversation, QA scores naming conversations. The
 * day's figures (`report:figures:<day>`) and counters are aggregates and stay.
 */
export const PERSONAL_DAY_LOGS = [turnLog, accessLog, orderRequestsLog, rejectedLog, qaLog];

export const DEFAULT_RETENTION_DAYS = 365;

/**
 * The first day kept by a run for `date` (the day before the run, like every job's period): that day and
 * the `days - 1` before it are kept, and today's traffic of course.
 */
export function firstDayKept(date: string, days: number): string {
  return addDays(date, 1 - days);
}

function describe(c: RetentionCounts): string {
  return (
    `${c.logs} day logs (${c.logEntries} entries), ${c.conversations} conversations, ${c.tickets} closed tickets ` +
    `(${c.ticketIndexEntries} index entries), ${c.profiles} profiles, ${c.identityEntries} identity entries`
  );
}

export const retention: Job = {
  name: 'retention',
  description: 'deletes customers\' data older than RETENTION_DAYS: day logs, idle conversations, closed tickets, profiles',
  defaultSchedule: 'at 03:30',

  async run(deps, { date, dryRun }): Promise<JobOutput> {
    const days = deps.settings.retentionDays ?? DEFAULT_RETENTION_DAYS;
    if (days === 0) {
      deps.log.info({ job: 'retention' }, 'retention: RETENTION_DAYS=0, everything is kept');
      return { summary: 'RETENTION_DAYS=0: everything kept, nothing deleted', files: {}, delivered: [] };
    }
    const keptFrom = firstDayKept(date, days);
    const counts = await applyRetention(deps.store, { cutoff: dayStart(keptFrom), dayLogs: PERSONAL_DAY_LOGS, ticketKeys: [cardLocationKey], dryRun });
    const summary = `${dryRun ? 'would delete' : 'deleted'} before ${keptFrom}: ${describe(counts)}`;
    deps.log.info({ job: 'retention', keptFrom, days, dryRun, ...counts }, `retention: ${summary}`);
    return { summary, files: {}, delivered: [] };
  },
};
