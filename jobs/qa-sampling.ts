// qa-sampling: each day, N of the bot's conversations and N tickets handled by agents, sampled by strata
// (handed over, rated low, long, random), scored by rules and by the LLM when one is configured; the
// scores are stored (log `qa:<day>`) and the flagged conversations posted to the QA group with reasons
// and links.
import type { Ticket } from '../core/handoff/ticket.js';
import { agentConversation, botConversation, type QaConversation, type Stratum } from '../core/reports/qa-conversation.js';
import { qaFeishuCard, qaMarkdown, qaTelegram, type QaResult } from '../core/reports/qa-render.js';
import { DEFAULT_QA_RULES, finish, scoreByRules, type QaRuleOptions } from '../core/reports/qa-rules.js';
import { stratifiedSample } from '../core/reports/qa-sample.js';
import { dayOf } from '../core/reports/days.js';
import type { Session } from '../core/reports/day-scan.js';
import { tokensKey } from '../core/llm/llm-client.js';
import { ReportData } from '../core/reports/report-data.js';
import { seededRandom } from '../core/reports/seeded-random.js';
import { turnLog, type TurnRecord } from '../core/stages/record.js';
import { routingOf } from '../core/stages/route.js';
import { deliver } from './deliver.js';
import type { Job, JobDeps, JobOutput } from './job.js';

/** A conversation this long (customer messages, or ticket transcript lines) is in the "long" stratum. */
const LONG_MESSAGES = 6;
const LONG_TRANSCRIPT = 12;
const LOW_RATING = 2;
/** An LLM score under this becomes a finding. */
const LLM_FLAG_BELOW = 70;
const URGENT_REASONS = new Set(['complaint', 'threat', 'anger', 'compensation']);

export const qaLog = (day: string) => `qa:${day}`;

/** Where a person can read the conversation: the configured viewer, else the agents' Feishu chat. */
export function linkFor(c: QaConversation, linkBase?: string): string | undefined {
  if (linkBase) {
    const base = linkBase.replace(/\/+$/u, '');
    return c.kind === 'agent' ? `${base}/tickets/${encodeURIComponent(c.id)}` : `${base}/conversations/${encodeURIComponent(c.conversation)}?at=${c.startedAt}`;
  }
  const [platform, chatId] = (c.deskAddress ?? '').split(':');
  if (platform === 'feishu' && chatId) return `https://applink.feishu.cn/client/chat/open?openChatId=${encodeURIComponent(chatId)}`;
  return undefined;
}

function sessionStrata(s: Session, ratings: Map<string, number>): Stratum[] {
  const out: Stratum[] = [];
  if (s.escalatedAt !== undefined) out.push('escalated');
  if (s.ticketIds.some((id) => (ratings.get(id) ?? 5) <= LOW_RATING)) out.push('low_rating');
  if (s.messages >= LONG_MESSAGES) out.push('long');
  return out;
}

function ticketStrata(t: Ticket): Stratum[] {
  const out: Stratum[] = [];
  if (t.priority === 'high' || t.priority === 'urgent' || URGENT_REASONS.has(t.reason) || (t.transfers ?? 0) > 0) out.push('escalated');
  if (t.rating !== undefined && t.rating <= LOW_RATING) out.push('low_rating');
  const handled = (t.closedAt ?? 0) - (t.claimedAt ?? t.createdAt);
  if (t.transcript.length >= LONG_TRANSCRIPT || handled > 30 * 60_000) out.push('long');
  return out;
}

async function readRecords(deps: JobDeps, day: string, seqs: number[]): Promise<Partial<TurnRecord>[]> {
  const log = turnLog(day);
  const batches = await Promise.all(seqs.map((seq) => deps.store.read<Partial<TurnRecord>>(log, seq, seq + 1)));
  return batches.flat();
}

export const qaSampling: Job = {
  name: 'qa-sampling',
  description: 'samples the day\'s bot and agent conversations, scores them, posts the flagged ones to the QA group',
  defaultSchedule: 'at 09:30',

  async run(deps, { date, dryRun }): Promise<JobOutput> {
    const data = new ReportData(deps.store, deps.now);
    const [scan, tickets] = await Promise.all([data.scan(date), data.ticketsOpened(date)]);
    const ratings = new Map(tickets.flatMap((t) => (t.rating === undefined ? [] : [[t.id, t.rating] as const])));
    const n = deps.settings.qaSampleSize;
    const random = seededRandom(`qa:${date}`);
    const sessions = scan.sessions.filter((s) => s.substantive);
    const botPicks = stratifiedSample(sessions, n, (s) => sessionStrata(s, ratings), random);
    const agentPicks = stratifiedSample(tickets, n, ticketStrata, random);

    const conversations: QaConversation[] = [
      ...(await Promise.all(
        botPicks.map(async ({ item, stratum }) => ({ ...botConversation(item, await readRecords(deps, date, item.seqs), item.ticketIds.map((id) => ratings.get(id)).find((r) => r !== undefined)), stratum })),
      )),
      ...agentPicks.map(({ item, stratum }) => ({ ...agentConversation(item), stratum })),
    ];

    const routing = routingOf(deps.knowledge.routing);
    const rules: QaRuleOptions = { ...DEFAULT_QA_RULES, forbiddenPhrases: deps.knowledge.forbiddenPhrases, agentReplyMs: routing.timeouts.reply_minutes * 60_000 };
    let tokens = 0;
    const results: QaResult[] = [];
    for (const c of conversations) {
      let score = scoreByRules(c, rules);
      const verdict = deps.judge ? await deps.judge.judge(c) : null;
      if (verdict) {
        tokens += verdict.tokens;
        if (verdict.score < LLM_FLAG_BELOW) {
          const detail = `LLM 评分 ${Math.round(verdict.score)}${verdict.reasons.length ? `：${verdict.reasons.join('；')}` : ''}`;
          score = finish([...score.findings, { rule: 'llm', severity: verdict.score < 50 ? 2 : 1, detail }]);
        }
      }
      results.push({ conversation: c, score, link: linkFor(c, deps.settings.linkBase) });
    }

    const flagged = results.filter((r) => r.score.flagged);
    const title = `${deps.knowledge.shop.name} 质检 · ${date}`;
    let delivered: string[] = [];
    if (!dryRun) {
      if (tokens) await deps.store.increment(tokensKey(dayOf(deps.now())), tokens);
      // Once per day even when a failed delivery makes the job run again.
      const first = await deps.store.setIfAbsent(`${qaLog(date)}:stored`, deps.now());
      for (const r of first ? results : []) {
        const c = r.conversation;
        await deps.store.append(qaLog(date), { at: deps.now(), kind: c.kind, id: c.id, conversation: c.conversation, channel: c.channel, stratum: c.stratum, score: r.score.score, flagged: r.score.flagged, findings: r.score.findings });
      }
      if (flagged.length) {
        delivered = await deliver(deps, deps.targets.qa, { title, feishuCard: () => qaFeishuCard(title, results), telegram: qaTelegram(title, results) }, `job:qa-sampling:${date}`);
      }
    }
    return {
      summary: `sampled ${botPicks.length} bot and ${agentPicks.length} agent conversations, flagged ${flagged.length}`,
      files: { 'qa.md': qaMarkdown(title, results) },
      delivered,
    };
  },
};
