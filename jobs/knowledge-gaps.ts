// knowledge-gaps: once a week, the questions the bot could not answer (or answered with low confidence),
// grouped, with the answers agents gave to them, written as suggested FAQ entries for admins to review —
// a YAML file, and optionally a git branch of the knowledge. The bot learns from agents through git.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Ticket } from '../core/handoff/ticket.js';
import { addDays } from '../core/reports/days.js';
import { clusterQuestions, type GapQuestion } from '../core/reports/question-clusters.js';
import { ReportData } from '../core/reports/report-data.js';
import { suggestedFaqYaml } from '../core/reports/suggested-faq.js';
import { commitToBranch } from './git-branch.js';
import type { Job, JobOutput } from './job.js';

export const WEEK_DAYS = 7;
/** Agents' small talk is not an answer. */
const GREETING = /^(?:您好|你好|亲|在的|在呢|收到|好的|嗯|稍等|请稍等|马上|我看一下|我查一下)[^\p{L}\p{N}]*$/u;

/** The agent's first real answer in a ticket: not a greeting, not a one-word acknowledgement. */
export function agentAnswer(ticket: Ticket | undefined): string | undefined {
  return ticket?.transcript.find((l) => l.role === 'agent' && l.text.trim().length >= 6 && !GREETING.test(l.text.trim()))?.text.trim();
}

export const knowledgeGaps: Job = {
  name: 'knowledge-gaps',
  description: 'the week\'s unanswered questions with agents\' answers, as suggested FAQ entries (YAML file or git branch)',
  defaultSchedule: 'on monday at 08:00',

  async run(deps, { date, dryRun }): Promise<JobOutput> {
    const data = new ReportData(deps.store, deps.now);
    const from = addDays(date, -(WEEK_DAYS - 1));
    const items: GapQuestion[] = [];
    for (let i = 0; i < WEEK_DAYS; i++) {
      const scan = await data.scan(addDays(from, i));
      const withGaps = scan.sessions.filter((s) => s.gaps.length);
      const tickets = new Map((await data.tickets([...new Set(withGaps.flatMap((s) => s.ticketIds))])).map((t) => [t.id, t]));
      for (const s of withGaps) {
        const answer = s.ticketIds.map((id) => agentAnswer(tickets.get(id))).find(Boolean);
        for (const gap of s.gaps) items.push({ text: gap.text, kind: gap.kind, entry: gap.entry, agentAnswer: answer });
      }
    }
    const clusters = clusterQuestions(items, { typos: deps.knowledge.lexicon.typos });
    const suggested = suggestedFaqYaml(clusters, { from, to: date });
    const file = `suggested-faq-${date}.yaml`;
    const delivered: string[] = [];
    if (!dryRun && (suggested.entries || suggested.unanswered)) {
      const dir = deps.settings.suggestionsDir;
      await mkdir(dir, { recursive: true });
      await writeFile(path.join(dir, file), suggested.yaml);
      delivered.push(path.join(dir, file));
      if (deps.settings.suggestionsGit && suggested.entries) {
        const branch = `xiaoer/suggested-faq-${date}`;
        const commit = await commitToBranch({
          dir: deps.settings.knowledgeDir,
          branch,
          files: { [`faq/suggested-${date}.yaml`]: suggested.yaml },
          message: `knowledge: ${suggested.entries} suggested FAQ entries from agents' answers (${from}..${date})`,
        });
        delivered.push(`git:${branch}@${commit.slice(0, 10)}`);
      }
    }
    return {
      summary: `${items.length} unanswered or low-confidence questions in ${clusters.length} groups: ${suggested.entries} suggested entries, ${suggested.unanswered} without an agent's answer`,
      files: { 'suggested-faq.yaml': suggested.yaml },
      delivered,
    };
  },
};
