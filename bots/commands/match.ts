// `xiaoer match --kb DIR`: the evaluation contract (../shared/eval/README.md). JSONL cases on stdin, one
// JSON prediction per case on stdout, same order. The engine alone: no store, no LLM, no logs on stdout.
import { predict } from '../../core/eval/match-cases.js';
import type { EvalCase } from '../../core/eval/score.js';
import { loadKnowledge } from '../../core/knowledge/load.js';
import { createEngine } from '../../core/understand/engine.js';
import { fail } from '../fail.js';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export async function match(options: { kb: string }): Promise<void> {
  // A reader that stops early (`xiaoer match … | head`) is not an error: stop writing, exit quietly.
  // (The CLI does the same for every command; the launcher may call this one directly.)
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  const [kb, input] = await Promise.all([loadKnowledge(options.kb).catch((e: Error) => fail(e.message)), readStdin()]);
  const engine = createEngine(kb);
  const out: string[] = [];
  input.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    let c: EvalCase;
    try {
      c = JSON.parse(line) as EvalCase;
    } catch {
      fail(`line ${i + 1}: not JSON`);
    }
    out.push(JSON.stringify(predict(engine, c)));
  });
  process.stdout.write(out.length ? out.join('\n') + '\n' : '');
}
