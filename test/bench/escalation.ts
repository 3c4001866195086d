// escalation_to_card_p99_ms: from a customer's complaint arriving (bot.accept) to the Feishu card request
// reaching a local fake Feishu Open API. The real pipeline: the sample shop's knowledge and routing, the
// offline understanding engine, the embedded SQLite store, the Feishu desk and sender. Goal ≤ 100 ms.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { FakeFeishu } from '../../adapters/feishu/fake-feishu-api.js';
import { FeishuConnector } from '../../adapters/feishu/feishu.js';
import { loadKnowledge } from '../../core/knowledge/load.js';
import { silentLogger } from '../../core/log.js';
import { createRuntime } from '../../core/runtime.js';
import { openStore } from '../../core/store/open-store.js';
import { createEngine } from '../../core/understand/engine.js';

const SAMPLES = 300;
const WARMUP = 20;
const COMPLAINTS = ['我要投诉，收到的罐子都压扁了', '你们什么态度，我要投诉！', '发错货了，我要投诉', '转人工，我要投诉你们', '茶叶发霉了，我要投诉'];

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/**
 * The figure is for the embedded default store (SQLite as openStore opens it); the same path over a
 * memory store is reported beside it (`…_memory_store`), which isolates the pipeline from the disk.
 */
export async function benchEscalation(options: { samples?: number } = {}): Promise<{ escalation_to_card_p99_ms: number; escalation_to_card_p99_ms_memory_store: number }> {
  const sqlite = await measure({ ...options, memory: false });
  const memory = await measure({ ...options, memory: true });
  return { escalation_to_card_p99_ms: sqlite, escalation_to_card_p99_ms_memory_store: memory };
}

async function measure(options: { samples?: number; memory: boolean }): Promise<number> {
  const fake = await FakeFeishu.start();
  for (const chat of ['oc_bench_presale', 'oc_bench_aftersale', 'oc_bench_senior']) fake.addChat(chat, chat, [{ openId: 'ou_bench_agent', name: 'agent' }]);
  const dir = mkdtempSync(path.join(tmpdir(), 'xiaoer-bench-escalation-'));
  const store = await openStore(options.memory ? { memory: true } : { dataDir: dir });
  const knowledge = await loadKnowledge(path.resolve('knowledge'));
  const connector = new FeishuConnector(
    { appId: 'cli_bench_escalation', appSecret: 'bench', domain: fake.url, mode: 'webhook', groups: 'presale=oc_bench_presale,aftersale=oc_bench_aftersale,senior=oc_bench_senior' },
    silentLogger,
  );
  const runtime = createRuntime({ log: silentLogger, store, knowledge, desk: connector.desk, engineFactory: createEngine, settings: { RATE_LIMIT_PER_MINUTE: 1_000_000 } });
  runtime.deps.outbox.register({ channel: 'wechat', send: async () => undefined });
  connector.attach(runtime);

  let cardArrived: ((at: number) => void) | undefined;
  fake.onRequest = (request) => {
    const body = request.body as { msg_type?: string } | undefined;
    if (request.method === 'POST' && request.path === '/open-apis/im/v1/messages' && body?.msg_type === 'interactive') cardArrived?.(request.at);
  };

  const samples: number[] = [];
  const total = (options.samples ?? SAMPLES) + WARMUP;
  try {
    for (let i = 0; i < total; i++) {
      const card = new Promise<number>((resolve) => (cardArrived = resolve));
      const started = performance.now();
      const accepted = await runtime.bot.accept({
        id: `bench-${i}`,
        channel: 'wechat',
        address: `wechat:bench_customer_${i}`,
        userId: `bench_customer_${i}`,
        userName: '测试',
        kind: 'text',
        text: COMPLAINTS[i % COMPLAINTS.length]!,
        at: Date.now(),
      });
      const turn = await accepted!.done;
      if (turn?.decision?.action !== 'escalate') throw new Error(`bench: "${COMPLAINTS[i % COMPLAINTS.length]}" did not escalate (${turn?.decision?.action})`);
      const at = await card;
      if (i >= WARMUP) samples.push(at - started);
    }
  } finally {
    await runtime.close();
    await fake.close();
    rmSync(dir, { recursive: true, force: true });
  }
  if (process.env.BENCH_DEBUG) process.stderr.write(`escalation (${options.memory ? 'memory' : 'sqlite'}): p50 ${percentile(samples, 50).toFixed(1)} p90 ${percentile(samples, 90).toFixed(1)} p99 ${percentile(samples, 99).toFixed(1)} max ${Math.max(...samples).toFixed(1)}\n`);
  return Math.round(percentile(samples, 99) * 100) / 100;
}
