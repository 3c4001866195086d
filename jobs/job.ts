// What a scheduled job is: a plain object with a name, a default schedule and `run`, which computes and
// (unless dry) delivers. Jobs get everything through `JobDeps`, so tests call `run` directly with a memory
// store and fake targets; the scheduler (bots/scheduler.ts) runs the same objects in bree's workers.
import type { KnowledgeBase } from '../core/knowledge/knowledge-base.js';
import type { Logger } from '../core/log.js';
import type { Store } from '../core/store/store.js';
import type { QaJudge } from './qa/qa-judge.js';
import type { ReportTarget } from './targets/report-target.js';

export interface JobSettings {
  /** Conversations sampled per kind (bot, agent) per day. */
  qaSampleSize: number;
  /** Where knowledge-gaps writes suggested FAQ files. */
  suggestionsDir: string;
  /** Also commit the suggestions to a branch of the git repository holding the knowledge. */
  suggestionsGit: boolean;
  knowledgeDir: string;
  /** Base URL of a conversation viewer, for links in QA posts. */
  linkBase?: string;
  /** Days customers' data is kept (retention); 0 keeps everything; default 365. */
  retentionDays?: number;
}

export interface JobDeps {
  store: Store;
  knowledge: KnowledgeBase;
  log: Logger;
  now: () => number;
  targets: { report: ReportTarget[]; qa: ReportTarget[] };
  settings: JobSettings;
  /** The LLM's opinion of a conversation, when an LLM is configured. */
  judge?: QaJudge;
}

export interface JobRunOptions {
  /** The day the run covers (YYYY-MM-DD); a weekly job covers the seven days ending on it. */
  date: string;
  /** Compute everything, send and store nothing. */
  dryRun: boolean;
}

export interface JobOutput {
  /** One line for logs and the CLI. */
  summary: string;
  /** What the run produced, by file name (`--out DIR` writes them): report.md, chart.png, qa.md… */
  files: Record<string, string | Uint8Array>;
  /** Targets it was delivered to (empty on a dry run). */
  delivered: string[];
}

export interface Job {
  name: string;
  description: string;
  /** When it runs unless configured otherwise (see schedule.ts for the forms). */
  defaultSchedule: string;
  run(deps: JobDeps, options: JobRunOptions): Promise<JobOutput>;
}
