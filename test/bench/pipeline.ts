// Pipeline figures (`npm run bench`), through fake adapters, no network, offline understanding:
//
//   pipeline_msgs_per_s[_3000][_sqlite|_redis]  messages answered per second by one bot process pinned to
//       one core: the customer-service process as it runs (telegraf long polling, the Telegram adapter,
//       the real pipeline and engine, the store, the outbox) against a fake Bot API in this process (on
//       the other core), 64 customers at a time, each sending their next message once answered.
//   pipeline_p99_ms[...]  the 99th percentile from a message reaching the Bot API to the bot's reply
//       reaching it, at a steady 500 messages/s (half the throughput goal; the Bot API delivers updates
//       by long polling as Telegram does). `_saturated` figures are the same during the throughput run.
//   echo_ratio[...]  our messages/s over those of a bare telegraf echo bot on the same transport (the
//       limit: it does nothing but answer). echo_p50_ms, echo_p99_ms: that bot's latency at 500/s, the
//       part of pipeline_p99_ms that is the transport's (long polling, the HTTP round trips, this process).
//   (BENCH_LATENCY_LOG=file appends each run's send times and latencies: slow replies come in bursts of
//   20–30 every couple of seconds on the 3,000-entry base, which is where its p99 varies from run to run.)
//   pipeline_foreign_cpu_pct[...]  the share of the bot's core that other processes on the machine took
//       during the 500 messages/s run (Linux): pinning keeps the bench's processes off that core, not a
//       test suite or a build running meanwhile. Above 2% the p99 is flagged: it is then mostly theirs.
//   rss_mb_100k_conversations[...]  the resident memory of a bot process serving turns (customers met
//       again among the stored ones) with 100,000 conversations in its store, filled first through the
//       real pipeline.
//
// Plain names are the sample shop on SQLite; `_3000` the generated 3,000-entry knowledge base
// (kb-3000.ts); `_redis` a redis-server this bench starts on a free loopback port (or REDIS_TEST_URL
// when no redis-server binary is installed), skipped when neither is there; `_inmemory` the memory store
// (only when BENCH_PIPELINE_ONLY names it: the pipeline's own work without a database, for profiling).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { FakeBotApi } from '../../adapters/telegram/fake-bot-api.js';
import { loadKnowledge } from '../../core/knowledge/load.js';
import { messagesFor, shopWording } from '../../core/stages/customer-messages.js';
import type { BotConfig, ChildMessage } from './pipeline-bot.js';
import { writeKb3000, seeded } from './kb-3000.js';
import { LoadDriver, type LoadResult } from './load-driver.js';

const THROUGHPUT_MESSAGES = Number(process.env.BENCH_PIPELINE_MESSAGES ?? 6000);
const WARMUP_MESSAGES = 1500;
const CONCURRENCY = 64;
const LATENCY_RATE = 500;
const LATENCY_SECONDS = 8;
const CONVERSATIONS = Number(process.env.BENCH_CONVERSATIONS ?? 100_000);
const SERVE_TURNS = 5000;
const CHILD_LIMIT_MS = 15 * 60_000;
/** /proc/stat's clock ticks per second (USER_HZ: 100 on Linux). */
const CLOCK_TICKS = 100;
/** Past this share of the bot's core taken by other processes, the latency figures are flagged. */
const FOREIGN_WARN_PCT = 2;
/** BENCH_PIPELINE_ONLY=pipeline,sample,sqlite: a part of the bench. Any of echo|pipeline|memory,
 *  sample|3000, sqlite|redis|inmemory; a group none of whose members is named is not filtered. */
const only = new Set((process.env.BENCH_PIPELINE_ONLY ?? '').split(',').filter(Boolean));
const GROUPS = [['echo', 'pipeline', 'memory'], ['sample', '3000'], ['sqlite', 'redis', 'inmemory']];
const wanted = (...tags: string[]) => GROUPS.every((group) => !group.some((g) => only.has(g)) || tags.every((t) => !group.includes(t) || only.has(t)));

type Figures = Record<string, number>;
type StoreSpec = { kind: 'sqlite'; dataDir: string } | { kind: 'redis'; url: string; namespace: string } | { kind: 'memory' };

const log = (line: string) => process.stderr.write(`${line}\n`);

/** Bundles the bot process like bots/xiaoer.mjs bundles the CLI: plain node runs it, no TypeScript loader. */
async function bundle(outdir: string): Promise<string> {
  await build({
    entryPoints: [path.resolve('test/bench/pipeline-bot.ts')],
    outdir,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    logLevel: 'error',
  });
  return path.join(outdir, 'pipeline-bot.js');
}

const hasTaskset = spawnSync('taskset', ['-V']).status === 0;
/** The cores this process may use, as taskset lists them ("0,1" or "0-3"). */
const cores = (() => {
  const out = hasTaskset ? spawnSync('taskset', ['-pc', String(process.pid)], { encoding: 'utf8' }).stdout : '';
  return out.split(':')[1]?.trim() ?? '';
})();
const coreList = cores.split(',').flatMap((part) => {
  const [from, to = from] = part.split('-').map(Number);
  return Number.isInteger(from) && Number.isInteger(to) ? Array.from({ length: to! - from! + 1 }, (_, i) => from! + i) : [];
});
/** With two cores or more the bot gets one core alone and this process (the platform), Redis and the rest the others. */
const pinned = coreList.length >= 2;
const botCore = String(coreList[0]);
const otherCores = coreList.slice(1).join(',');

/**
 * The bot's core's idle time so far (ms, from /proc/stat) and the moment it was read. Pinning keeps the
 * bench's own processes off the bot's core, not the rest of the machine: a test suite or a build running
 * meanwhile shares it, and the bot's p99 goes with it. The core's busy time is the time it was not idle
 * (kept exactly by the kernel; its user and system ticks are samples, which miss much of a bursty load).
 */
function coreIdle(): { idleMs: number; at: number } | undefined {
  if (!pinned || !existsSync('/proc/stat')) return undefined;
  const line = readFileSync('/proc/stat', 'utf8').split('\n').find((l) => l.startsWith(`cpu${botCore} `));
  const fields = line?.trim().split(/\s+/).slice(1).map(Number);
  if (!fields || fields.length < 5) return undefined;
  return { at: performance.now(), idleMs: ((fields[3]! + fields[4]!) * 1000) / CLOCK_TICKS };
}

class Child {
  private readonly waiters: ((m: ChildMessage) => boolean)[] = [];
  readonly exited: Promise<number | null>;

  constructor(readonly process: ChildProcess) {
    process.on('message', (m: ChildMessage) => {
      if (m.type === 'error') log(`bench bot: ${m.message}`);
      const i = this.waiters.findIndex((w) => w(m));
      if (i >= 0) this.waiters.splice(i, 1);
    });
    this.exited = new Promise((resolve) => process.on('exit', (code) => resolve(code)));
  }

  next<T extends ChildMessage['type']>(type: T, limitMs = CHILD_LIMIT_MS): Promise<Extract<ChildMessage, { type: T }>> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`bench bot: no ${type} within ${limitMs} ms`)), limitMs);
      this.exited.then((code) => reject(new Error(`bench bot exited (${code}) waiting for ${type}`)), () => undefined);
      this.waiters.push((m) => {
        if (m.type !== type) return false;
        clearTimeout(timer);
        resolve(m as Extract<ChildMessage, { type: T }>);
        return true;
      });
    });
  }

  async stats(): Promise<Extract<ChildMessage, { type: 'stats' }>> {
    const reply = this.next('stats', 60_000);
    this.process.send({ cmd: 'stats' });
    return reply;
  }

  async stop(): Promise<void> {
    if (this.process.exitCode !== null) return;
    this.process.send({ cmd: 'stop' });
    const timer = setTimeout(() => this.process.kill('SIGKILL'), 30_000);
    await this.exited;
    clearTimeout(timer);
  }
}

/**
 * Node's flags for the bots, as package.json's scripts run them (`npm start`, `npm run customer-service`…),
 * read from there so that the bench measures what ships. A young generation of 64 MB instead of V8's 32
 * lets a turn's short-lived objects die young, half the collections; and GC on the main thread only: on
 * one core, V8's helper threads marking the old generation every couple of seconds took the core from
 * the turns for 30–50 ms at a time (the bursts of slow replies BENCH_LATENCY_LOG shows), which put the
 * 3,000-entry base's p99 at 500/s anywhere from 9 to 37 ms; with both, 13–19.
 */
const BOT_NODE_FLAGS: string[] = (() => {
  const start = (JSON.parse(readFileSync(path.resolve('package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts.start ?? '';
  return start.match(/^node\s+(.*?)\s*bots\/xiaoer\.mjs/u)?.[1]?.split(/\s+/u).filter(Boolean) ?? [];
})();

function startChild(script: string, config: BotConfig, pin = true): Child {
  // BENCH_PROFILE=dir: a CPU profile of each bot process, for finding what is slow (BENCH_PROFILE_THROUGHPUT=dir:
  // of the throughput run alone, see pipeline-bot.ts). BENCH_NODE_ARGS: more
  // flags for node (`--trace-gc`, `--max-semi-space-size=16`: the last of a flag wins), which NODE_OPTIONS does not all take.
  const args = [
    ...BOT_NODE_FLAGS,
    ...(process.env.BENCH_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE}`] : []),
    ...(process.env.BENCH_NODE_ARGS?.split(' ').filter(Boolean) ?? []),
    script,
  ];
  const command = pinned && pin ? 'taskset' : process.execPath;
  const argv = pinned && pin ? ['-c', botCore, process.execPath, ...args] : args;
  const child = spawn(command, argv, { stdio: ['ignore', 'inherit', 'inherit', 'ipc'], env: { ...process.env, XIAOER_BENCH_CONFIG: JSON.stringify(config), LOG_LEVEL: 'silent' } });
  return new Child(child);
}

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as net.AddressInfo).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** A redis-server of our own on a free loopback port (no persistence), or REDIS_TEST_URL, or none. */
async function startRedis(): Promise<{ url: string; stop: () => Promise<void> } | undefined> {
  if (spawnSync('redis-server', ['--version']).status === 0) {
    const port = await freePort();
    const argv = ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--daemonize', 'no'];
    const server = pinned ? spawn('taskset', ['-c', otherCores, 'redis-server', ...argv], { stdio: 'ignore' }) : spawn('redis-server', argv, { stdio: 'ignore' });
    for (let i = 0; i < 100; i++) {
      const up = await new Promise<boolean>((resolve) => {
        const socket = net.connect(port, '127.0.0.1', () => {
          socket.end();
          resolve(true);
        });
        socket.on('error', () => resolve(false));
      });
      if (up) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return {
      url: `redis://127.0.0.1:${port}`,
      stop: async () => {
        server.kill('SIGTERM');
        await new Promise((resolve) => (server.exitCode !== null ? resolve(undefined) : server.once('exit', resolve)));
      },
    };
  }
  const url = process.env.REDIS_TEST_URL;
  return url ? { url, stop: async () => undefined } : undefined;
}

/** Conversations: 2–5 messages each, drawn (seeded) from a pool of texts. */
function scripts(texts: string[], seed: number): () => string[] {
  const random = seeded(seed);
  return () => Array.from({ length: 2 + Math.floor(random() * 4) }, () => texts[Math.floor(random() * texts.length)]!);
}

interface Scenario {
  name: string;
  kbDir: string;
  texts: string[];
}

interface Measured {
  msgsPerS: number;
  p99Saturated: number;
  p50: number;
  p99: number;
  lost: number;
  unanswered: number;
  cpuUsPerMsg: number;
  /** The share of the bot's core other processes had during the latency run (%), when known. */
  foreignPct: number;
}

async function measure(script: string, api: FakeBotApi, scenario: Scenario, store: StoreSpec, isHandoff: (t: string) => boolean): Promise<Measured> {
  const child = startChild(script, { role: 'xiaoer', store, kbDir: scenario.kbDir, apiRoot: api.apiRoot, token: api.token });
  try {
    const ready = await child.next('ready');
    const driver = new LoadDriver(api, scripts(scenario.texts, 11), isHandoff, 10_000_000 + Math.floor(Math.random() * 1e6) * 100);
    await driver.closedLoop(WARMUP_MESSAGES, CONCURRENCY);
    const before = await child.stats();
    const platform = process.cpuUsage();
    const throughput = await driver.closedLoop(THROUGHPUT_MESSAGES, CONCURRENCY);
    const platformBusy = busy(platform, throughput.seconds);
    const after = await child.stats();
    const idleBefore = coreIdle();
    const latency = await driver.openLoop(LATENCY_RATE, LATENCY_SECONDS);
    const end = await child.stats();
    const idleAfter = coreIdle();
    // The core's busy time less the bot's own CPU time (all its threads are on that core): the others'.
    // Idle time comes in 10 ms ticks: over 8 s the figure is good to about half a percent.
    const wallMs = idleBefore && idleAfter ? idleAfter.at - idleBefore.at : 0;
    const foreignPct = wallMs > 0 ? Math.round(Math.max(0, 1 - (idleAfter!.idleMs - idleBefore!.idleMs + end.cpuMs - after.cpuMs) / wallMs) * 1000) / 10 : NaN;
    const pushed = WARMUP_MESSAGES + throughput.messages + latency.messages;
    report(`${scenario.name} ${store.kind}`, throughput, latency);
    log(`  start ${ready.startMs} ms; cpu ${Math.round((after.cpuMs - before.cpuMs) / throughput.messages * 1000)} µs/msg; platform busy ${platformBusy}; turns recorded ${end.turns}/${pushed}; rss ${end.rssMb} MB${end.store ? `; sqlite ${JSON.stringify(end.store)}` : ''}`);
    log(
      `  stalls: saturated event loop p99 ${after.loopP99Ms} / max ${after.loopMaxMs} ms, ${after.gcCount} gc ${after.gcMs} ms (longest ${after.gcMaxMs}); ` +
        `at ${LATENCY_RATE}/s event loop p99 ${end.loopP99Ms} / max ${end.loopMaxMs} ms, ${end.gcCount} gc ${end.gcMs} ms (longest ${end.gcMaxMs})`,
    );
    if (foreignPct >= FOREIGN_WARN_PCT) log(`  other processes had ${foreignPct}% of the bot's core during the run at ${LATENCY_RATE}/s: its p99 is not the bot's own (run the bench on a quiet machine)`);
    return {
      msgsPerS: throughput.msgsPerS,
      p99Saturated: throughput.p99Ms,
      p50: latency.p50Ms,
      p99: latency.p99Ms,
      lost: pushed - end.turns,
      unanswered: throughput.unanswered + latency.unanswered,
      cpuUsPerMsg: Math.round(((after.cpuMs - before.cpuMs) / throughput.messages) * 1000),
      foreignPct,
    };
  } finally {
    await child.stop();
  }
}

/** How busy this process (the fake platform and the customers) was: near 100% it is the bottleneck. */
function busy(since: NodeJS.CpuUsage, seconds: number): string {
  const used = process.cpuUsage(since);
  return `${Math.round((used.user + used.system) / 10_000 / seconds)}%`;
}

function report(name: string, t: LoadResult, l: LoadResult): void {
  log(
    `${name}: ${t.msgsPerS} msgs/s (${t.messages} msgs, ${CONCURRENCY} customers at a time, p50 ${t.p50Ms} / p99 ${t.p99Ms} ms, ${t.handoffs} handoffs, ${t.unanswered} unanswered); ` +
      `at ${LATENCY_RATE}/s: p50 ${l.p50Ms} / p99 ${l.p99Ms} / max ${l.maxMs} ms (handoff turns p99 ${l.handoffP99Ms}, others ${l.otherP99Ms}; ${l.unanswered} unanswered)`,
  );
}

async function echo(script: string, api: FakeBotApi, texts: string[]): Promise<{ msgsPerS: number; cpuUsPerMsg: number; p50: number; p99: number }> {
  const child = startChild(script, { role: 'echo', apiRoot: api.apiRoot, token: api.token });
  try {
    await child.next('ready');
    const driver = new LoadDriver(api, scripts(texts, 12), () => false, 20_000_000);
    await driver.closedLoop(WARMUP_MESSAGES, CONCURRENCY);
    const before = await child.stats();
    const platform = process.cpuUsage();
    const result = await driver.closedLoop(THROUGHPUT_MESSAGES, CONCURRENCY);
    const after = await child.stats();
    // The transport's own latency at the rate the bot's is measured at: what no bot on it can beat.
    const latency = await driver.openLoop(LATENCY_RATE, LATENCY_SECONDS);
    log(`echo bot: ${result.msgsPerS} msgs/s (p50 ${result.p50Ms} / p99 ${result.p99Ms} ms); at ${LATENCY_RATE}/s: p50 ${latency.p50Ms} / p99 ${latency.p99Ms} ms; cpu ${Math.round(((after.cpuMs - before.cpuMs) / result.messages) * 1000)} µs/msg; platform busy ${busy(platform, result.seconds)}`);
    return { msgsPerS: result.msgsPerS, cpuUsPerMsg: Math.round(((after.cpuMs - before.cpuMs) / result.messages) * 1000), p50: latency.p50Ms, p99: latency.p99Ms };
  } finally {
    await child.stop();
  }
}

/** 100,000 conversations through the real pipeline, then a fresh bot process serving turns over them. */
async function memory(script: string, api: FakeBotApi, scenario: Scenario, store: StoreSpec, isHandoff: (t: string) => boolean): Promise<{ rss: number; populateRss: number; populateS: number }> {
  const firstUserId = 30_000_000;
  // Filling the store is not what is measured: it may use every core.
  const populate = startChild(script, { role: 'populate', store, kbDir: scenario.kbDir, texts: scenario.texts, conversations: CONVERSATIONS, firstUserId }, false);
  const populated = await populate.next('populated');
  await populate.exited;
  log(`populated ${populated.conversations} conversations (${populated.turns} turns recorded) in ${populated.seconds} s; that process's rss at the end ${populated.rssMb} MB`);
  const child = startChild(script, { role: 'xiaoer', store, kbDir: scenario.kbDir, apiRoot: api.apiRoot, token: api.token });
  try {
    await child.next('ready');
    // Customers the store already knows come back (their conversations are loaded), and a few new ones.
    const random = seeded(100);
    let user = 0;
    const handedOver = new Set(populated.handedOver);
    const known = (): number => {
      const i = Math.floor(random() * CONVERSATIONS);
      return handedOver.has(i) ? known() : firstUserId + i;
    };
    const driver = new LoadDriver(api, scripts(scenario.texts, 13), isHandoff, () => (user++ % 10 === 9 ? 40_000_000 + user : known()));
    let peak = 0;
    const sampler = setInterval(() => {
      child.stats().then((s) => (peak = Math.max(peak, s.rssMb)), () => undefined);
    }, 250);
    const result = await driver.closedLoop(SERVE_TURNS, CONCURRENCY);
    clearInterval(sampler);
    const end = await child.stats();
    peak = Math.max(peak, end.rssMb);
    log(`serving over ${CONVERSATIONS} stored conversations: ${result.msgsPerS} msgs/s (${result.unanswered} unanswered${result.unanswered ? `: ${result.unansweredSamples.join(' / ')}` : ''}), rss ${end.rssMb} MB (peak ${peak} MB), heap ${end.heapMb} MB`);
    return { rss: peak, populateRss: populated.rssMb, populateS: populated.seconds };
  } finally {
    await child.stop();
  }
}

export async function benchPipeline(): Promise<Figures> {
  const work = mkdtempSync(path.join(tmpdir(), 'xiaoer-bench-pipeline-'));
  const dist = path.resolve('dist', `bench-pipeline-${process.pid}`);
  mkdirSync(dist, { recursive: true });
  const figures: Figures = {};
  let api: FakeBotApi | undefined;
  let redis: Awaited<ReturnType<typeof startRedis>>;
  try {
    if (pinned) spawnSync('taskset', ['-a', '-pc', otherCores, String(process.pid)], { stdio: 'ignore' });
    log(pinned ? `bot pinned to core ${botCore}; platform, load and Redis on ${otherCores}` : 'taskset unavailable or one core: not pinned');
    log(`bot node flags: ${[...BOT_NODE_FLAGS, ...(process.env.BENCH_NODE_ARGS?.split(' ').filter(Boolean) ?? [])].join(' ')}`);
    const script = await bundle(dist);
    api = await FakeBotApi.start();
    redis = await startRedis();
    if (!redis) log('no redis-server and no REDIS_TEST_URL: Redis figures skipped');

    const sampleDir = path.resolve('knowledge');
    const sampleKb = await loadKnowledge(sampleDir);
    // The handoff sentence in either language (the held-out cases include English customers), open or after hours.
    const handoffTexts = (['zh', 'en'] as const).flatMap((l) => [shopWording(sampleKb.shop, 'handoff', l), messagesFor(l).afterHours(undefined).split(/[，,]/u)[0]!]);
    const isHandoff = (text: string) => handoffTexts.some((h) => text.includes(h));
    // Realistic messages of the sample shop: its held-out cases (colloquial, typos, English, complaints).
    const cases = readFileSync(path.resolve('test/eval/sample-shop/cases.jsonl'), 'utf8')
      .split('\n')
      .filter((line) => line.trim())
      .map((line) => JSON.parse(line) as { text: string; history?: unknown[] })
      .filter((c) => !c.history?.length && c.text.trim())
      .map((c) => c.text);
    const kb3000 = path.join(work, 'kb-3000');
    const generated = await writeKb3000(kb3000, sampleDir);
    const random = seeded(7);
    // Mostly questions about the generated entries, some of the sample shop's own cases.
    const texts3000 = [...generated.messages, ...cases.filter(() => random() < 0.6)];
    const scenarios: Scenario[] = [
      { name: 'sample shop', kbDir: sampleDir, texts: cases },
      { name: `${generated.entries}-entry kb`, kbDir: kb3000, texts: texts3000 },
    ];

    const stores: [string, () => StoreSpec][] = [['sqlite', () => ({ kind: 'sqlite', dataDir: mkdtempSync(path.join(work, 'sqlite-')) })]];
    if (redis) {
      const url = redis.url;
      stores.push(['redis', () => ({ kind: 'redis', url, namespace: `bench-${process.pid}-${Math.random().toString(36).slice(2, 8)}` })]);
    }
    if (only.has('inmemory')) stores.push(['inmemory', () => ({ kind: 'memory' })]);

    const { msgsPerS: echoRate, cpuUsPerMsg: echoCpuUs, p50: echoP50, p99: echoP99 } = wanted('echo') ? await echo(script, api, cases) : { msgsPerS: NaN, cpuUsPerMsg: NaN, p50: NaN, p99: NaN };
    figures.echo_msgs_per_s = echoRate;
    figures.echo_cpu_us_per_msg = echoCpuUs;
    figures.echo_p50_ms = echoP50;
    figures.echo_p99_ms = echoP99;
    for (const [storeName, spec] of stores) {
      for (const [i, scenario] of scenarios.entries()) {
        if (!wanted('pipeline', storeName, i === 1 ? '3000' : 'sample')) continue;
        const suffix = `${i === 1 ? '_3000' : ''}_${storeName}`;
        const m = await measure(script, api, scenario, spec(), isHandoff);
        figures[`pipeline_msgs_per_s${suffix}`] = m.msgsPerS;
        figures[`pipeline_p99_ms${suffix}`] = m.p99;
        figures[`pipeline_p50_ms${suffix}`] = m.p50;
        figures[`pipeline_p99_ms_saturated${suffix}`] = m.p99Saturated;
        figures[`pipeline_cpu_us_per_msg${suffix}`] = m.cpuUsPerMsg;
        // The throughput if the core were the bot's alone (this machine may be shared): 1 s of CPU / CPU per message.
        figures[`pipeline_msgs_per_cpu_s${suffix}`] = Math.round(1e6 / m.cpuUsPerMsg);
        figures[`echo_ratio_cpu${suffix}`] = Math.round((echoCpuUs / m.cpuUsPerMsg) * 100) / 100;
        figures[`pipeline_lost${suffix}`] = m.lost;
        figures[`pipeline_foreign_cpu_pct${suffix}`] = m.foreignPct;
        figures[`echo_ratio${suffix}`] = Math.round((m.msgsPerS / echoRate) * 100) / 100;
      }
      if (!wanted('memory', storeName) || storeName === 'inmemory') continue;
      const mem = await memory(script, api, scenarios[0]!, spec(), isHandoff);
      figures[`rss_mb_100k_conversations_${storeName}`] = mem.rss;
      figures[`populate_100k_conversations_s_${storeName}`] = mem.populateS;
      figures[`rss_mb_after_100k_turns_${storeName}`] = mem.populateRss;
    }
    // The plain names: the sample shop on SQLite, the embedded default.
    for (const name of ['pipeline_msgs_per_s', 'pipeline_p99_ms', 'echo_ratio', 'rss_mb_100k_conversations']) {
      if (figures[`${name}_sqlite`] !== undefined) figures[name] = figures[`${name}_sqlite`]!;
    }
    return figures;
  } finally {
    await api?.close();
    await redis?.stop();
    if (pinned) spawnSync('taskset', ['-a', '-pc', cores, String(process.pid)], { stdio: 'ignore' });
    rmSync(dist, { recursive: true, force: true });
    rmSync(work, { recursive: true, force: true });
  }
}
