// Sends one message to every target, remembering each delivery: when one target fails the run fails
// (and will be retried), but the retry sends only to the targets that did not get it.
import type { JobDeps } from './job.js';
import type { ReportMessage, ReportTarget } from './targets/report-target.js';

const SENT_TTL_MS = 30 * 86_400_000;

export async function deliver(deps: Pick<JobDeps, 'store' | 'log' | 'now'>, targets: ReportTarget[], message: ReportMessage, markerPrefix: string): Promise<string[]> {
  const delivered: string[] = [];
  const failures: unknown[] = [];
  for (const target of targets) {
    const marker = `${markerPrefix}:sent:${target.name}`;
    if (await deps.store.get(marker)) {
      delivered.push(target.name);
      continue;
    }
    try {
      await target.send(message);
      await deps.store.set(marker, deps.now(), SENT_TTL_MS);
      delivered.push(target.name);
      deps.log.info({ target: target.name, title: message.title }, 'job: delivered');
    } catch (error) {
      deps.log.error({ err: error, target: target.name, title: message.title }, 'job: delivery failed');
      failures.push(error);
    }
  }
  if (failures.length) throw new AggregateError(failures, `delivery failed for ${failures.length} of ${targets.length} targets`);
  return delivered;
}
