// The whole `xiaoer match` process on atec-zh (1,200 entries): start-up, loading, indexing, matching,
// output — what a pipeline calling the CLI experiences. Best and median of 11 runs, after one warm-up
// that also builds the CLI bundle (the best says what the code costs; the median, what a busy machine
// adds to it).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

export async function benchMatchProcess(): Promise<Record<string, number>> {
  const suite = path.resolve('../shared/eval/atec-zh');
  const input = readFileSync(path.join(suite, 'cases.jsonl'));
  const cases = input.toString('utf8').split('\n').filter((l) => l.trim()).length;
  const run = () => {
    const started = performance.now();
    const result = spawnSync(process.execPath, ['bots/xiaoer.mjs', 'match', '--kb', path.join(suite, 'kb')], { input, maxBuffer: 64 << 20 });
    if (result.status !== 0) throw new Error(`xiaoer match failed: ${result.stderr.toString()}`);
    return performance.now() - started;
  };
  run();
  const times = Array.from({ length: 11 }, run).sort((a, b) => a - b);
  const median = times[times.length >> 1]!;
  return {
    match_process_ms: Math.round(times[0]!),
    match_process_median_ms: Math.round(median),
    match_process_cases_per_s: Math.round(cases / (times[0]! / 1000)),
    match_process_median_cases_per_s: Math.round(cases / (median / 1000)),
  };
}
