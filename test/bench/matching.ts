// Matching speed on the public ATEC suite (../shared/eval/atec-zh: 1,200 entries, 1,619 cases):
// knowledge load and engine build time, throughput, tail latency per case, memory, and the garbage
// collector's pauses during the pass. Wired into `npm run bench`.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { PerformanceObserver } from 'node:perf_hooks';
import { loadKnowledge } from '../../core/knowledge/load.js';
import { createEngine } from '../../core/understand/engine.js';
import type { HistoryTurn } from '../../core/understand/types.js';

interface BenchCase {
  text: string;
  history?: HistoryTurn[];
}

const MB = 1024 * 1024;

export async function benchMatching(): Promise<Record<string, number>> {
  const suite = path.resolve('../shared/eval/atec-zh');
  const loading = performance.now();
  const kb = await loadKnowledge(path.join(suite, 'kb'));
  const loadMs = performance.now() - loading;
  const cases: BenchCase[] = (await readFile(path.join(suite, 'cases.jsonl'), 'utf8'))
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as BenchCase);

  const built = performance.now();
  const engine = createEngine(kb);
  const buildMs = performance.now() - built;

  // One pass as the CLI runs it (cold, JIT warming up on the way), timing every case. The GC's pauses
  // meanwhile: a case's garbage should die young, and what survives a scavenge is copied while the bot waits.
  const gc = { ms: 0, count: 0 };
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      gc.ms += entry.duration;
      gc.count++;
    }
  });
  observer.observe({ entryTypes: ['gc'] });
  const times = new Float64Array(cases.length);
  const start = performance.now();
  cases.forEach((c, i) => {
    const t = performance.now();
    engine.understand(c.text, { history: c.history ?? [] });
    times[i] = performance.now() - t;
  });
  const totalMs = performance.now() - start;
  await new Promise((resolve) => setTimeout(resolve, 50)); // the observer hears of the pass's collections
  observer.disconnect();
  const sorted = Float64Array.from(times).sort();
  const p = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]! * 1000;

  const memory = process.memoryUsage();
  return {
    entries: kb.faq.length,
    cases: cases.length,
    load_ms: round(loadMs),
    build_ms: round(buildMs),
    cases_per_s: Math.round((cases.length / totalMs) * 1000),
    mean_us: round((totalMs * 1000) / cases.length),
    p50_us: round(p(0.5)),
    p99_us: round(p(0.99)),
    matching_gc_ms: round(gc.ms),
    matching_gc_count: gc.count,
    heap_mb: round(memory.heapUsed / MB),
    rss_mb: round(memory.rss / MB),
  };
}

function round(x: number): number {
  return Math.round(x * 10) / 10;
}
