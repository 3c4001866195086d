// `xiaoer demo [--json]`: a scripted story on local fakes, no credentials. A WeChat customer (real
// wechaty on the mock puppet) and a Telegram customer (real telegraf against a local fake Bot API) ask the
// sample shop questions and get answers through the real adapters, the real pipeline and the real
// understanding engine. With --json, one line per message: {"step","channel","from","text"}.
//
// The story is a list of steps, each performed by the channel it names; a new part (an agents' desk, say)
// adds a DemoChannel and its steps. The Feishu part (demo-feishu.ts) continues it: a WeChat customer
// complains, the ticket card reaches the agents' Feishu group, an agent claims it and answers there, the
// answer reaches the customer on WeChat, /close, and the customer's rating.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { MockWechat } from '../../adapters/wechat/mock-wechat.js';
import { WechatAdapter } from '../../adapters/wechat/wechat-adapter.js';
import { FakeBotApi, type FakeUser } from '../../adapters/telegram/fake-bot-api.js';
import { TelegramAdapter } from '../../adapters/telegram/telegram-adapter.js';
import type { EngineFactory } from '../../core/knowledge/knowledge-holder.js';
import { loadKnowledge } from '../../core/knowledge/load.js';
import { createLogger, type Logger } from '../../core/log.js';
import { createRuntime, type Runtime, type RuntimeOptions } from '../../core/runtime.js';
import { memoryStore } from '../../core/store/open-store.js';
import type { Inbound, Outbound } from '../../core/types.js';
import { FeishuDemo, feishuScript } from './demo-feishu.js';
import { demoOrdersShop, orderScript } from './demo-orders.js';

export type Speaker = 'customer' | 'bot' | 'agent';

/** One message of the story, as --json prints it. */
export interface DemoLine {
  step: number;
  channel: string;
  from: Speaker;
  text: string;
}

export interface DemoStep {
  channel: string;
  /** What is typed; with `press`, the label of the button pressed under the bot's last message. */
  text: string;
  press?: boolean;
  /** Who acts; the customer unless a part scripts agents. */
  from?: Exclude<Speaker, 'bot'>;
}

export interface DemoContext {
  runtime: Runtime;
  log: Logger;
  /** Give this to an adapter as `onSent`: what the customer saw becomes lines of the current step. */
  delivered(channel: string): (message: Outbound, parts: string[]) => void;
}

/** A channel of the story: sets up its fakes and adapter, and performs its steps. */
export interface DemoChannel {
  readonly name: string;
  /** Runs before the runtime exists, for parts that shape it (the Feishu part brings the desk). */
  runtimeOptions?(log: Logger): Promise<Partial<RuntimeOptions>>;
  start(ctx: DemoContext): Promise<void>;
  /** Resolves once everything the step caused has been delivered. */
  perform(step: DemoStep): Promise<void>;
  /** Problems seen on the customer's side (messages that never arrived), checked at the end. */
  check(): string[];
  stop(): Promise<void>;
}

export const script: DemoStep[] = [
  { channel: 'wechat', text: '你好，请问什么时候发货？' },
  { channel: 'wechat', text: '2' }, // picks the second numbered quick reply: 几天能到
  { channel: 'wechat', text: '不想要了能退吗' },
  { channel: 'telegram', text: '/start' },
  { channel: 'telegram', text: '付完款多久发' },
  { channel: 'telegram', text: '发什么快递', press: true },
  { channel: 'telegram', text: '买错了可以退吗' },
];

/** A safety limit for waiting on fakes: a broken setup fails with a reason instead of hanging. */
const STEP_LIMIT_MS = 15_000;

export interface DemoOptions {
  json?: boolean;
  write?: (text: string) => void;
  steps?: DemoStep[];
  channels?: DemoChannel[];
  /** Default: the offline understanding engine. Tests pass a deterministic one. */
  engineFactory?: EngineFactory;
  knowledgeDir?: string;
  log?: Logger;
}

export async function runDemo(options: DemoOptions = {}): Promise<{ code: number; lines: DemoLine[] }> {
  const write = options.write ?? ((text: string) => process.stdout.write(text));
  const log = options.log ?? createLogger({ level: process.env.LOG_LEVEL ?? 'warn' });
  const engineFactory = options.engineFactory ?? (await import('../../core/understand/engine.js')).createEngine;
  const knowledge = await loadKnowledge(options.knowledgeDir ?? sampleShopDir());
  const channels: DemoChannel[] = options.channels ?? [new WechatDemo(), new TelegramDemo(), new FeishuDemo()];
  const shaped: Partial<RuntimeOptions> = {};
  for (const channel of channels) Object.assign(shaped, await channel.runtimeOptions?.(log));
  const shop = demoOrdersShop(knowledge); // the order story's shop system (demo-orders.ts)
  const runtime = createRuntime({ log, store: memoryStore(), knowledge, engineFactory, settings: { TURN_TIMEOUT_MS: 10_000 }, shop, ...shaped });

  const lines: DemoLine[] = [];
  let step = 0;
  const emit = (line: DemoLine, buttons?: string[]) => {
    lines.push(line);
    write(options.json ? JSON.stringify(line) + '\n' : human(line, knowledge.shop.name, buttons));
  };
  const ctx: DemoContext = {
    runtime,
    log,
    delivered: (channel) => (message, parts) => {
      // WeChat writes quick replies into the text; elsewhere they are buttons under the last part.
      const buttons = channel === 'wechat' ? undefined : message.quickReplies?.map((q) => q.label);
      parts.forEach((text, i) => emit({ step, channel, from: message.from, text }, i === parts.length - 1 ? buttons : undefined));
    },
  };

  const problems: string[] = [];
  if (!options.json) write(`店小二 demo — ${knowledge.shop.name}: a WeChat customer (mock puppet), a Telegram customer (local fake Bot API), agents in Feishu (local fake Open API)\n\n`);
  try {
    for (const channel of channels) await channel.start(ctx);
    await runtime.bot.recover();
    for (const s of options.steps ?? [...script, ...(await orderScript(shop)), ...feishuScript]) {
      step++;
      const channel = channels.find((c) => c.name === s.channel);
      if (!channel) throw new Error(`step ${step}: no demo channel "${s.channel}"`);
      emit({ step, channel: s.channel, from: s.from ?? 'customer', text: s.text });
      const before = lines.length;
      await channel.perform(s);
      if ((s.from ?? 'customer') === 'customer' && !lines.slice(before).some((l) => l.from !== 'customer')) {
        problems.push(`step ${step} (${s.channel}): no answer to "${s.text}"`);
      }
    }
    for (const channel of channels) problems.push(...channel.check());
  } catch (error) {
    problems.push(error instanceof Error ? error.message : String(error));
  } finally {
    for (const channel of channels) await channel.stop().catch((error: unknown) => log.warn({ err: error }, 'demo channel did not stop cleanly'));
    await runtime.close();
  }
  for (const problem of problems) process.stderr.write(`demo: ${problem}\n`);
  return { code: problems.length ? 1 : 0, lines };
}

function human(line: DemoLine, shop: string, buttons?: string[]): string {
  const who = line.from === 'customer' ? '顾客' : line.from === 'agent' ? '客服' : `${shop}·店小二`;
  const text = line.text.replace(/\n/gu, '\n    ');
  const under = buttons?.length ? `\n    ${buttons.map((b) => `[${b}]`).join(' ')}` : '';
  return `[${line.step} ${line.channel}] ${who}：\n    ${text}${under}\n`;
}

/** The sample shop shipped with xiaoer, wherever the command runs from (sources or the dist bundle). */
function sampleShopDir(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const candidates = [path.resolve(here, '../../knowledge'), path.resolve(here, '../knowledge'), path.resolve('knowledge')];
  return candidates.find((dir) => existsSync(path.join(dir, 'shop.yaml'))) ?? candidates[0]!;
}

/** Waits for the next message the adapter accepts, then for its turn to finish; counts what it sends. */
class TurnWaiter {
  private waiting: ((turn: { done: Promise<unknown> }) => void)[] = [];
  /** Message parts the adapter reported sent: what the customer's side must have received. */
  delivered = 0;

  /** The adapter's hooks: accepted turns resolve `next`, sent parts are counted and shown. */
  hooks(ctx: DemoContext, channel: string) {
    const shown = ctx.delivered(channel);
    return {
      onAccepted: (_inbound: Inbound, done: Promise<unknown>) => this.waiting.shift()?.({ done }),
      onSent: (message: Outbound, parts: string[]) => {
        this.delivered += parts.length;
        shown(message, parts);
      },
    };
  }

  async next(act: () => unknown, what: string): Promise<void> {
    const accepted = new Promise<{ done: Promise<unknown> }>((resolve) => this.waiting.push(resolve));
    act();
    const { done } = await within(accepted, `${what}: the bot never took the message`);
    await within(done, `${what}: the turn did not finish`);
  }
}

async function within<T>(work: Promise<T>, failure: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(failure)), STEP_LIMIT_MS);
  });
  try {
    return await Promise.race([work, limit]);
  } finally {
    clearTimeout(timer);
  }
}

/** WeChat: real wechaty on the mock puppet; the customer 小林 writes to the shop's account. */
class WechatDemo implements DemoChannel {
  readonly name = 'wechat';
  private wechat?: MockWechat;
  private adapter?: WechatAdapter;
  private customer?: ReturnType<MockWechat['customer']>;
  private readonly turns = new TurnWaiter();

  async start(ctx: DemoContext): Promise<void> {
    const wechat = (this.wechat = new MockWechat(ctx.runtime.deps.knowledge.kb.shop.name));
    this.adapter = new WechatAdapter(ctx.runtime.bot, {
      wechaty: wechat.wechaty,
      log: ctx.log,
      // A demo has no ban to fear: no pacing pauses.
      sendsPerMinute: 600,
      burst: 20,
      jitterMs: 0,
      onQrCode: () => undefined,
      ...this.turns.hooks(ctx, this.name),
    });
    ctx.runtime.deps.outbox.register(this.adapter);
    await this.adapter.start();
    const loggedIn = this.adapter.whenLoggedIn();
    wechat.login();
    await within(loggedIn, 'wechat: the mock account never logged in');
    this.customer = wechat.customer('小林');
  }

  async perform(step: DemoStep): Promise<void> {
    await this.turns.next(() => this.wechat!.says(this.customer!, step.text), `wechat "${step.text}"`);
  }

  check(): string[] {
    const got = this.customer ? this.wechat!.received(this.customer).length : 0;
    return got === this.turns.delivered ? [] : [`wechat: the customer received ${got} message(s), the adapter sent ${this.turns.delivered}`];
  }

  async stop(): Promise<void> {
    await this.adapter?.stop();
  }
}

/** Telegram: real telegraf, long polling against a local fake Bot API; the customer is Alex. */
class TelegramDemo implements DemoChannel {
  readonly name = 'telegram';
  private api?: FakeBotApi;
  private adapter?: TelegramAdapter;
  private readonly customer: FakeUser = { id: 5_550_001, first_name: 'Alex', username: 'alex_tea' };
  private readonly turns = new TurnWaiter();

  async start(ctx: DemoContext): Promise<void> {
    const api = (this.api = await FakeBotApi.start());
    this.adapter = new TelegramAdapter(ctx.runtime.bot, {
      token: api.token,
      apiRoot: api.apiRoot,
      log: ctx.log,
      ...this.turns.hooks(ctx, this.name),
    });
    ctx.runtime.deps.outbox.register(this.adapter);
    await this.adapter.start();
  }

  async perform(step: DemoStep): Promise<void> {
    const api = this.api!;
    if (step.press) {
      const last = api.sentTo(this.customer.id).at(-1);
      if (!last) throw new Error(`telegram: no message to press "${step.text}" under`);
      await this.turns.next(() => api.userPresses(this.customer, last, step.text), `telegram button "${step.text}"`);
    } else {
      await this.turns.next(() => api.userSays(this.customer, step.text), `telegram "${step.text}"`);
    }
  }

  check(): string[] {
    const got = this.api?.sentTo(this.customer.id).length ?? 0;
    return got === this.turns.delivered ? [] : [`telegram: the fake Bot API got ${got} message(s), the adapter sent ${this.turns.delivered}`];
  }

  async stop(): Promise<void> {
    await this.adapter?.stop();
    await this.api?.close();
  }
}
