// The process the pipeline bench measures (started by test/bench/pipeline.ts, bundled like the real
// launcher, pinned to one core). Roles:
//   xiaoer   — the customer-service bot as `xiaoer customer-service` wires it: the real runtime (offline
//              engine, SQLite or Redis store) and the Telegram adapter on telegraf, long polling the
//              bench's fake Bot API.
//   echo     — a bare telegraf bot that answers every text with the same text: the transport's limit.
//   populate — fills the store with conversations through the real pipeline (bot.accept, one message
//              each), without a transport.
// It talks to the bench over IPC: {ready}, then answers {cmd:'stats'} and {cmd:'stop'}.
import { statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Session } from 'node:inspector/promises';
import { monitorEventLoopDelay, PerformanceObserver } from 'node:perf_hooks';
import { Telegraf } from 'telegraf';
import { TelegramAdapter } from '../../adapters/telegram/telegram-adapter.js';
import { startCustomerService } from '../../bots/customer-service.js';
import { loadKnowledge } from '../../core/knowledge/load.js';
import { silentLogger } from '../../core/log.js';
import { createRuntime, type Runtime } from '../../core/runtime.js';
import { dayOf, turnLog } from '../../core/stages/record.js';
import type { KeyvStore } from '../../core/store/keyv-store.js';
import { openStore } from '../../core/store/open-store.js';
import type { Store } from '../../core/store/store.js';
import { createEngine } from '../../core/understand/engine.js';

export interface BotConfig {
  role: 'xiaoer' | 'echo' | 'populate';
  store?: { kind: 'sqlite'; dataDir: string } | { kind: 'redis'; url: string; namespace: string } | { kind: 'memory' };
  kbDir?: string;
  apiRoot?: string;
  token?: string;
  /** populate: how many conversations, and the texts to use. */
  conversations?: number;
  texts?: string[];
  /** Customer ids start here (populate), so a later serving run can meet them again. */
  firstUserId?: number;
}

export type ChildMessage =
  | { type: 'ready'; startMs: number }
  | {
      type: 'stats';
      rssMb: number;
      heapMb: number;
      cpuMs: number;
      turns: number;
      store?: Record<string, number>;
      sent: number;
      failed: number;
      /** Since the previous stats: the event loop's delay (p99, max) and the time spent in GC pauses (total, longest). */
      loopP99Ms: number;
      loopMaxMs: number;
      gcMs: number;
      gcMaxMs: number;
      gcCount: number;
    }
  | { type: 'populated'; conversations: number; seconds: number; rssMb: number; turns: number; handedOver: number[] }
  | { type: 'error'; message: string };

const MB = 1024 * 1024;
const send = (message: ChildMessage) => process.send?.(message);

async function open(config: BotConfig): Promise<Store> {
  const s = config.store!;
  if (s.kind === 'memory') return openStore({ memory: true });
  if (s.kind === 'sqlite') return openStore({ dataDir: s.dataDir });
  const { RedisStore } = await import('../../core/store/redis-store.js');
  return RedisStore.open(s.url, s.namespace);
}

/** Turns recorded today and yesterday (a run may cross the shop's midnight). */
async function turnsRecorded(store: Store): Promise<number> {
  const now = Date.now();
  const days = new Set([dayOf(now), dayOf(now - 86_400_000)]);
  let n = 0;
  for (const day of days) n += await store.length(turnLog(day));
  return n;
}

// What stalls the process between two stats calls: a blocked event loop (a long task, a synchronous
// checkpoint) and garbage collection pauses — the usual causes of a high p99.
const loopDelay = monitorEventLoopDelay({ resolution: 1 });
loopDelay.enable();
const gc = { ms: 0, maxMs: 0, count: 0 };
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    gc.ms += entry.duration;
    gc.maxMs = Math.max(gc.maxMs, entry.duration);
    gc.count++;
  }
}).observe({ entryTypes: ['gc'] });

/** The SQLite WAL file's size: what the checkpoints leave of it. */
function walMb(): number {
  const s = config.store;
  if (s?.kind !== 'sqlite') return 0;
  try {
    return Math.round((statSync(path.join(s.dataDir, 'xiaoer.sqlite-wal')).size / MB) * 10) / 10;
  } catch {
    return 0;
  }
}

function statsOf(runtime: Runtime | undefined, turns: number): ChildMessage {
  const memory = process.memoryUsage();
  const cpu = process.cpuUsage();
  const batch = runtime && (runtime.deps.store as Partial<KeyvStore>).batchStats;
  const round = (ms: number) => Math.round(ms * 10) / 10;
  const stalls = { loopP99Ms: round(loopDelay.percentile(99) / 1e6), loopMaxMs: round(loopDelay.max / 1e6), gcMs: round(gc.ms), gcMaxMs: round(gc.maxMs), gcCount: gc.count };
  loopDelay.reset();
  gc.ms = 0;
  gc.maxMs = 0;
  gc.count = 0;
  return {
    ...stalls,
    type: 'stats',
    rssMb: Math.round((memory.rss / MB) * 10) / 10,
    heapMb: Math.round((memory.heapUsed / MB) * 10) / 10,
    cpuMs: Math.round((cpu.user + cpu.system) / 1000),
    turns,
    store: batch ? { ...batch, walMb: walMb() } : undefined,
    sent: runtime?.deps.outbox.stats.sent ?? 0,
    failed: runtime?.deps.outbox.stats.failed ?? 0,
  };
}

// BENCH_PROFILE_THROUGHPUT=dir: a CPU profile of the throughput run alone (between the bench's first and
// second stats calls), without the start, the warm-up and the latency run that BENCH_PROFILE also holds.
// With BENCH_PROFILE_HEAP=1, a sampling heap profile instead, counting the objects the GC has already
// taken: what fills the young generation, whose collections are the pauses behind a slow p99.
let profiler: Session | undefined;
let statsCalls = 0;
async function throughputProfile(): Promise<void> {
  const dir = process.env.BENCH_PROFILE_THROUGHPUT;
  if (!dir) return;
  const heap = process.env.BENCH_PROFILE_HEAP === '1';
  statsCalls++;
  if (statsCalls === 1) {
    profiler = new Session();
    profiler.connect();
    if (heap) await profiler.post('HeapProfiler.startSampling', { samplingInterval: 8192, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true } as never);
    else {
      await profiler.post('Profiler.enable');
      await profiler.post('Profiler.start');
    }
  } else if (statsCalls === 2 && profiler) {
    const { profile } = heap ? await profiler.post('HeapProfiler.stopSampling') : await profiler.post('Profiler.stop');
    writeFileSync(path.join(dir, `throughput-${process.pid}.${heap ? 'heapprofile' : 'cpuprofile'}`), JSON.stringify(profile));
    profiler.disconnect();
  }
}

async function runXiaoer(config: BotConfig): Promise<void> {
  const started = performance.now();
  const store = await open(config);
  const knowledge = await loadKnowledge(config.kbDir!);
  // Everything else as configured by default (rate limit, time limit); only the logs are silent.
  const runtime = createRuntime({ log: silentLogger, store, knowledge, engineFactory: createEngine });
  const adapter = new TelegramAdapter(runtime.bot, { token: config.token!, apiRoot: config.apiRoot, log: silentLogger });
  const service = await startCustomerService(runtime, [adapter], silentLogger);
  send({ type: 'ready', startMs: Math.round(performance.now() - started) });
  process.on('message', (message: { cmd: string }) => {
    void (async () => {
      if (message.cmd === 'stats') {
        // Replies go out before their turn is recorded: count once the turns in flight have finished.
        await runtime.deps.conversations.idle();
        const stats = statsOf(runtime, await turnsRecorded(store));
        await throughputProfile(); // after the figures, so writing the profile is not counted in them
        send(stats);
      }
      if (message.cmd === 'stop') {
        await service.stop();
        process.exit(0);
      }
    })().catch((error: unknown) => send({ type: 'error', message: String(error) }));
  });
}

async function runEcho(config: BotConfig): Promise<void> {
  const started = performance.now();
  const bot = new Telegraf(config.token!, { telegram: { apiRoot: config.apiRoot! } });
  bot.on('text', (ctx) => ctx.reply(ctx.message.text));
  void bot.launch();
  await new Promise<void>((resolve) => {
    const check = setInterval(() => {
      if (bot.botInfo) {
        clearInterval(check);
        resolve();
      }
    }, 10);
  });
  send({ type: 'ready', startMs: Math.round(performance.now() - started) });
  process.on('message', (message: { cmd: string }) => {
    if (message.cmd === 'stats') send(statsOf(undefined, 0));
    if (message.cmd === 'stop') {
      bot.stop('bench');
      process.exit(0);
    }
  });
}

async function runPopulate(config: BotConfig): Promise<void> {
  const store = await open(config);
  const knowledge = await loadKnowledge(config.kbDir!);
  const runtime = createRuntime({ log: silentLogger, store, knowledge, engineFactory: createEngine });
  runtime.deps.outbox.register({ channel: 'telegram', send: async () => undefined });
  const texts = config.texts!;
  const total = config.conversations!;
  const first = config.firstUserId ?? 1;
  const started = performance.now();
  let next = 0;
  const handedOver: number[] = [];
  const worker = async () => {
    while (next < total) {
      const i = next++;
      const user = String(first + i);
      const accepted = await runtime.bot.accept({ id: `populate-${i}`, channel: 'telegram', address: `telegram:${user}`, userId: user, userName: `顾客${i}`, kind: 'text', text: texts[i % texts.length]!, at: Date.now() });
      // A customer handed to a person gets no more bot replies: the serving run leaves them out.
      if ((await accepted?.done)?.conversation?.mode === 'handoff') handedOver.push(i);
    }
  };
  await Promise.all(Array.from({ length: 256 }, worker));
  const seconds = (performance.now() - started) / 1000;
  const turns = await turnsRecorded(store);
  send({ type: 'populated', conversations: total, seconds: Math.round(seconds * 10) / 10, rssMb: Math.round((process.memoryUsage().rss / MB) * 10) / 10, turns, handedOver });
  await runtime.close();
  process.exit(0);
}

const config = JSON.parse(process.env.XIAOER_BENCH_CONFIG ?? '{}') as BotConfig;
const roles = { xiaoer: runXiaoer, echo: runEcho, populate: runPopulate };
roles[config.role](config).catch((error: unknown) => {
  send({ type: 'error', message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  process.exit(1);
});
