// `npm run bench`: speed and memory figures, never asserted in unit tests. Each benchmark module exports
// one async function returning named figures; this runner prints each as it comes, then one JSON line
// with all of them (the contract other tools read: the last line of the output).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));

/** module file → exported function name; modules not written yet are skipped. */
const benches: [string, string][] = [
  ['matching.ts', 'benchMatching'],
  ['match-process.ts', 'benchMatchProcess'],
  ['escalation.ts', 'benchEscalation'],
  ['pipeline.ts', 'benchPipeline'],
  ['daily-report.ts', 'benchDailyReport'],
];

const only = process.argv.slice(2);
const figures: Record<string, number> = {};
for (const [file, name] of benches) {
  const full = path.join(here, file);
  if (!existsSync(full)) continue;
  if (only.length && !only.some((o) => file.startsWith(o))) continue;
  const mod = (await import(pathToFileURL(full).href)) as Record<string, () => Promise<Record<string, number>>>;
  const run = mod[name];
  if (!run) throw new Error(`${file} does not export ${name}`);
  process.stderr.write(`--- ${file}\n`);
  const result = await run();
  for (const [key, value] of Object.entries(result)) process.stderr.write(`${key}: ${value}\n`);
  Object.assign(figures, result);
}
process.stdout.write(JSON.stringify(figures) + '\n');
