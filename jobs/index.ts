// Every scheduled job by name: what the scheduler runs and `xiaoer job run NAME` accepts.
import { dailyReport } from './daily-report.js';
import type { Job } from './job.js';
import { knowledgeGaps } from './knowledge-gaps.js';
import { qaSampling } from './qa-sampling.js';
import { retention } from './retention.js';

export const jobs: Record<string, Job> = {
  [dailyReport.name]: dailyReport,
  [qaSampling.name]: qaSampling,
  [knowledgeGaps.name]: knowledgeGaps,
  [retention.name]: retention,
};
