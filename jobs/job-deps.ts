// Builds what jobs need from configuration: the store (SQLite or Redis), the knowledge, the report and
// QA targets, the LLM judge when a key is set. The scheduler's workers and `xiaoer job run` both use it.
import path from 'node:path';
import type { Config } from '../core/config.js';
import { loadKnowledge } from '../core/knowledge/load.js';
import type { Logger } from '../core/log.js';
import { openStore } from '../core/store/open-store.js';
import type { Store } from '../core/store/store.js';
import type { JobDeps } from './job.js';
import { OpenAiJudge } from './qa/openai-judge.js';
import type { Schedule } from './schedule.js';
import { parseSchedule } from './schedule.js';
import { targetsFromConfig } from './targets/targets-from-config.js';

export interface JobRuntime {
  deps: JobDeps;
  close(): Promise<void>;
}

export async function jobDepsFromConfig(config: Config, log: Logger, extra: { store?: Store; now?: () => number } = {}): Promise<JobRuntime> {
  const knowledge = await loadKnowledge(config.knowledgeDir);
  const store = extra.store ?? (await openStore({ redisUrl: config.REDIS_URL, dataDir: config.dataDir }));
  const judge = config.OPENAI_API_KEY
    ? new OpenAiJudge({ apiKey: config.OPENAI_API_KEY, baseURL: config.OPENAI_BASE_URL, model: config.OPENAI_MODEL, timeoutMs: Math.max(config.OPENAI_TIMEOUT_MS, 20_000), log })
    : undefined;
  const deps: JobDeps = {
    store,
    knowledge,
    log,
    now: extra.now ?? Date.now,
    targets: targetsFromConfig(config),
    judge,
    settings: {
      qaSampleSize: config.QA_SAMPLE_SIZE,
      suggestionsDir: config.GAPS_DIR ? path.resolve(config.GAPS_DIR) : path.join(config.dataDir, 'suggested-faq'),
      suggestionsGit: config.GAPS_GIT_BRANCH ?? false,
      knowledgeDir: config.knowledgeDir,
      linkBase: config.REPORT_LINK_BASE,
      retentionDays: config.RETENTION_DAYS,
    },
  };
  return { deps, close: () => store.close() };
}

/** Each job's configured schedule. */
export function scheduleOf(job: string, config: Config): Schedule {
  const text: Record<string, string> = { 'daily-report': config.REPORT_SCHEDULE, 'qa-sampling': config.QA_SCHEDULE, 'knowledge-gaps': config.GAPS_SCHEDULE, retention: config.RETENTION_SCHEDULE };
  const configured = text[job];
  if (!configured) throw new Error(`no schedule for job ${job}`);
  return parseSchedule(configured);
}
