// A memory store filled with simulated days of the sample shop, through the real pipeline and engine,
// and job dependencies over it with recording targets: what the job tests run against.
import path from 'node:path';
import type { KnowledgeBase } from '../../core/knowledge/knowledge-base.js';
import { loadKnowledge } from '../../core/knowledge/load.js';
import { silentLogger } from '../../core/log.js';
import { dayStart } from '../../core/reports/days.js';
import { createRuntime } from '../../core/runtime.js';
import { memoryStore } from '../../core/store/open-store.js';
import type { Store } from '../../core/store/store.js';
import { createEngine } from '../../core/understand/engine.js';
import type { JobDeps } from '../../jobs/job.js';
import { SimClock } from '../../jobs/simulate/sim-clock.js';
import { SIM_CHANNELS, SimulatedDesk, simulateDay, type SimulationStats } from '../../jobs/simulate/simulate-day.js';
import type { ReportMessage, ReportTarget } from '../../jobs/targets/report-target.js';

let knowledge: Promise<KnowledgeBase> | undefined;
export const sampleShop = () => (knowledge ??= loadKnowledge(path.resolve('knowledge')));

/** The same store, except that closing the runtime leaves it open for the job under test. */
function unclosable(store: Store): Store {
  return new Proxy(store, {
    get(target, property) {
      if (property === 'close') return async () => undefined;
      const value = Reflect.get(target, property) as unknown;
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}

export async function simulate(store: Store, days: Record<string, number>, seed = 'test'): Promise<Record<string, SimulationStats>> {
  const kb = await sampleShop();
  const out: Record<string, SimulationStats> = {};
  for (const [day, conversations] of Object.entries(days)) {
    const clock = new SimClock(dayStart(day));
    const runtime = createRuntime({ log: silentLogger, store: unclosable(store), knowledge: kb, engineFactory: createEngine, desk: new SimulatedDesk(), now: clock.now });
    for (const channel of SIM_CHANNELS) runtime.deps.outbox.register({ channel, send: async () => undefined });
    out[day] = await simulateDay({ runtime, clock, date: day, conversations, seed: `${seed}:${day}` });
    await runtime.close();
  }
  return out;
}

export class RecordingTarget implements ReportTarget {
  readonly sent: ReportMessage[] = [];
  constructor(readonly name: string) {}
  async send(message: ReportMessage): Promise<void> {
    this.sent.push(message);
  }
}

export async function jobDeps(store: Store, now: number, overrides: Partial<JobDeps> = {}): Promise<JobDeps & { report: RecordingTarget; qa: RecordingTarget }> {
  const report = new RecordingTarget('recording:report');
  const qa = new RecordingTarget('recording:qa');
  const kb = await sampleShop();
  return {
    store,
    knowledge: kb,
    log: silentLogger,
    now: () => now,
    targets: { report: [report], qa: [qa] },
    settings: { qaSampleSize: 5, suggestionsDir: '', suggestionsGit: false, knowledgeDir: kb.dir },
    report,
    qa,
    ...overrides,
  };
}
