// Realistic traffic for a day through the real pipeline (`xiaoer simulate`): synthetic customers write at
// their times, the bot answers with the real engine, handoffs are claimed, answered and closed by
// scripted agents (mostly good, sometimes slow or curt, so QA has something to find), customers rate
// them. Everything is timestamped by a simulated clock across the given day, so reports have data.
import type { Agent } from '../../core/handoff/handoff-service.js';
import type { Desk } from '../../core/handoff/desk.js';
import { addDays, dayStart } from '../../core/reports/days.js';
import { pick, seededRandom, type Random } from '../../core/reports/seeded-random.js';
import type { Runtime } from '../../core/runtime.js';
import type { Inbound } from '../../core/types.js';
import { ScriptWriter, UNKNOWN_QUESTIONS, type CustomerScript } from './customer-scripts.js';
import { EventQueue } from './event-queue.js';
import type { SimClock } from './sim-clock.js';

export const SIM_CHANNELS = ['wechat', 'telegram'] as const;

export const AGENTS: Agent[] = [
  { id: 'agent-xiaomei', name: '小美' },
  { id: 'agent-aqiang', name: '阿强' },
  { id: 'agent-xiaolin', name: '小林' },
  { id: 'agent-echo', name: 'Echo' },
];

const GOOD_REPLIES = [
  '您好，我是客服{name}，很抱歉让您久等了，您的情况我已经看到了，马上为您处理～',
  '亲，非常抱歉给您带来不便！麻烦您拍一下商品和外包装的照片发给我，我确认后第一时间给您补发或退款。',
  '您好，已经帮您登记好了，仓库今天会优先处理，有进展我会第一时间告诉您，请您放心。',
  '感谢您的耐心，这个问题我帮您查了一下，订单已经在处理中，预计1-2天内给您答复。',
];
/** What a tired agent sometimes writes: QA should flag these. */
const BAD_REPLIES = ['不知道，你自己看详情页', '说了多少遍了，48小时内发货', '没办法', '保证明天到，放心吧', '这个给您赔偿50元，别给差评了'];

const unknownAnswer = new Map(UNKNOWN_QUESTIONS);

/** A desk with no agents' platform behind it: the scripted agents act on the handoff service directly. */
export class SimulatedDesk implements Desk {
  readonly name = 'simulated';
  async open(): Promise<undefined> {
    return undefined;
  }
  async mirror(): Promise<void> {}
  async update(): Promise<void> {}
}

export interface SimulationStats {
  conversations: number;
  /** Everything customers wrote: questions, words to agents, ratings. */
  messages: number;
  /**
   * Of those, the ones written after the day was over (a rating the morning after a late ticket
   * closed): a report counts them on the day they were written.
   */
  messagesNextDay: number;
  tickets: number;
  agentReplies: number;
  ratings: number;
  elapsedMs: number;
}

export interface SimulateOptions {
  runtime: Runtime;
  clock: SimClock;
  date: string;
  conversations: number;
  seed?: string;
  onProgress?: (done: number, total: number) => void;
}

/** A simulated agent's timing: minutes to claim (longer at night), to reply, to close. */
function agentPlan(random: Random, openedAt: number, date: string) {
  const hour = Math.floor((openedAt - dayStart(date)) / 3600_000) % 24;
  const offHours = hour < 9 || hour >= 23;
  const minutes = (lo: number, hi: number) => Math.round((lo + random() ** 2 * (hi - lo)) * 60_000);
  // At night the ticket waits for the 09:00 shift.
  const nextShift = offHours ? dayStart(date) + (hour >= 23 ? 24 + 9 : 9) * 3600_000 - openedAt : 0;
  const slow = random() < 0.08;
  return {
    agent: pick(AGENTS, random),
    claimAfter: Math.max(0, nextShift) + minutes(0.3, 8),
    replyAfter: slow ? minutes(12, 40) : minutes(0.2, 3),
    closeAfter: minutes(2, 15),
    bad: random() < 0.06,
  };
}

export async function simulateDay(options: SimulateOptions): Promise<SimulationStats> {
  const { runtime, clock, date } = options;
  const started = Date.now();
  const random = seededRandom(options.seed ?? `simulate:${date}`);
  const runId = `${date.replaceAll('-', '')}${Math.floor(random() * 1e6).toString(36)}`;
  const writer = new ScriptWriter(runtime.deps.knowledge.kb, random);
  const scripts = writer.day(date, options.conversations, runId);
  const queue = new EventQueue();
  const stats: SimulationStats = { conversations: scripts.length, messages: 0, messagesNextDay: 0, tickets: 0, agentReplies: 0, ratings: 0, elapsedMs: 0 };
  const dayOver = dayStart(addDays(date, 1));
  const counted = () => {
    stats.messages++;
    if (clock.now() >= dayOver) stats.messagesNextDay++;
  };
  const { bot, deps } = runtime;
  let finished = 0;
  let sequence = 0;
  const finish = () => options.onProgress?.(++finished, scripts.length);

  const inbound = (script: CustomerScript, text: string): Inbound => ({
    id: `sim-${runId}-${script.id}-${++sequence}`,
    channel: script.channel,
    address: `${script.channel}:${script.userId}`,
    userId: script.userId,
    userName: script.userName,
    kind: 'text',
    text,
    at: clock.now(),
  });

  const customerSays = (script: CustomerScript, index: number) => async () => {
    const message = script.messages[index]!;
    counted();
    const turn = await bot.receive(inbound(script, message.text));
    if (turn?.decision?.action === 'escalate' && turn.ticketId) {
      stats.tickets++;
      scheduleAgent(script, turn.ticketId, message.text);
    } else if (index + 1 < script.messages.length) {
      queue.push(clock.now() + script.messages[index + 1]!.pauseMs, customerSays(script, index + 1));
    } else finish();
  };

  const scheduleAgent = (script: CustomerScript, ticketId: string, lastText: string) => {
    const plan = agentPlan(random, clock.now(), date);
    const claimAt = clock.now() + plan.claimAfter;
    const replyAt = claimAt + plan.replyAfter;
    queue.push(claimAt, async () => void (await deps.handoff.agentSaid(ticketId, plan.agent, '/claim')));
    queue.push(replyAt, async () => {
      // An agent answers what the bot could not: the known answer to an unknown question, else a good line.
      const known = [...unknownAnswer].find(([q]) => lastText.includes(q.slice(0, 4)))?.[1];
      const text = plan.bad ? pick(BAD_REPLIES, random) : (known ?? pick(GOOD_REPLIES, random).replace('{name}', plan.agent.name ?? ''));
      await deps.handoff.agentSaid(ticketId, plan.agent, text);
      stats.agentReplies++;
      if (script.toAgent) {
        queue.push(clock.now() + 30_000 + Math.floor(random() * 90_000), async () => {
          counted();
          await bot.receive(inbound(script, script.toAgent!));
        });
      }
    });
    queue.push(replyAt + plan.closeAfter, async () => {
      await deps.handoff.agentSaid(ticketId, plan.agent, '/close');
      if (script.rating === null) return finish();
      const rating = plan.bad ? Math.min(script.rating, 2) : script.rating;
      queue.push(clock.now() + 20_000 + Math.floor(random() * 240_000), async () => {
        counted();
        await bot.receive(inbound(script, String(rating)));
        stats.ratings++;
        finish();
      });
    });
  };

  for (const script of scripts) queue.push(script.startAt, customerSays(script, 0));
  for (let event = queue.pop(); event; event = queue.pop()) {
    clock.moveTo(event.at);
    await event.run();
  }
  await deps.outbox.drain();
  stats.elapsedMs = Date.now() - started;
  return stats;
}
