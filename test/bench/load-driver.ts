// Customers for the pipeline bench, played against the fake Telegram Bot API: each customer has a short
// conversation (a few messages, each sent once the previous one was answered; a reply that hands over
// to a person ends it). The latency of a message is from the moment its update is available to the bot
// (pushed into the fake API) to the moment the bot's reply reaches the fake API.
import { appendFileSync } from 'node:fs';
import type { FakeBotApi, SentMessage } from '../../adapters/telegram/fake-bot-api.js';

export interface LoadResult {
  messages: number;
  replies: number;
  seconds: number;
  msgsPerS: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  /** The p99 of replies that handed the customer over, and of the rest (handoff turns do the most work). */
  handoffP99Ms: number;
  otherP99Ms: number;
  /** Messages whose reply never came within the limit. */
  unanswered: number;
  /** A few of them (customer id: text), to find out why. */
  unansweredSamples: string[];
  handoffs: number;
}

interface Customer {
  id: number;
  script: string[];
  step: number;
}

const REPLY_LIMIT_MS = 10_000;

export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return 0;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

/** A copy, smallest first. */
const ascending = (values: readonly number[]): number[] => [...values].sort((a, b) => a - b);

export class LoadDriver {
  /** chat id → send times of messages awaiting a reply, oldest first. */
  private readonly waiting = new Map<string, { at: number; onReply?: (text: string) => void }[]>();
  private latencies: number[] = [];
  private handoffLatencies: number[] = [];
  private otherLatencies: number[] = [];
  /** BENCH_LATENCY_LOG=file: each reply's send time and latency, appended per run (where a slow p99 comes from). */
  private timeline: [number, number][] = [];
  private replies = 0;
  private unansweredSamples: string[] = [];
  private readonly nextUser: () => number;
  /** Customers talking now, and customers a person took over (the bot no longer answers them). */
  private readonly active = new Set<number>();
  private readonly handedOff = new Set<number>();

  constructor(
    private readonly api: FakeBotApi,
    /** The next customer's messages (a new conversation). */
    private readonly nextScript: () => string[],
    /** Whether the bot's reply hands the customer to a person (the conversation ends). */
    private readonly isHandoff: (text: string) => boolean,
    /** The first customer's Telegram id (the next ones follow), or who the next customer is. */
    users: number | (() => number) = 1_000_000,
  ) {
    let next = typeof users === 'number' ? users : 0;
    this.nextUser = typeof users === 'number' ? () => next++ : users;
    const sent = api.sent;
    const push = sent.push.bind(sent);
    sent.push = (...items: SentMessage[]) => {
      for (const item of items) this.onSent(item);
      return push(...items);
    };
  }

  private onSent(message: SentMessage): void {
    const queue = this.waiting.get(message.chatId);
    const first = queue?.shift();
    if (!first) return; // a message nobody waits for (not expected: counted by the caller through api.sent)
    if (!queue!.length) this.waiting.delete(message.chatId);
    this.replies++;
    const latency = performance.now() - first.at;
    this.latencies.push(latency);
    if (process.env.BENCH_LATENCY_LOG) this.timeline.push([Math.round(first.at), Math.round(latency * 10) / 10]);
    (this.isHandoff(message.text) ? this.handoffLatencies : this.otherLatencies).push(latency);
    first.onReply?.(message.text);
  }

  private newCustomer(): Customer {
    let id = this.nextUser();
    // A customer met again must not be mid-conversation elsewhere or with a person.
    for (let tries = 0; (this.active.has(id) || this.handedOff.has(id)) && tries < 1000; tries++) id = this.nextUser();
    this.active.add(id);
    return { id, script: this.nextScript(), step: 0 };
  }

  private ended(customer: Customer, handedOff: boolean): void {
    this.active.delete(customer.id);
    if (handedOff) this.handedOff.add(customer.id);
  }

  /** Sends the customer's next message; resolves with the reply's text, or undefined past the limit. */
  private say(customer: Customer): Promise<string | undefined> {
    const text = customer.script[customer.step++]!;
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        if (this.unansweredSamples.length < 5) this.unansweredSamples.push(`${customer.id}: ${text}`);
        resolve(undefined);
      }, REPLY_LIMIT_MS);
      const entry = {
        at: performance.now(),
        onReply: (reply: string) => {
          clearTimeout(timer);
          resolve(reply);
        },
      };
      const chat = String(customer.id);
      const queue = this.waiting.get(chat);
      if (queue) queue.push(entry);
      else this.waiting.set(chat, [entry]);
      this.api.userSays({ id: customer.id, first_name: '顾客' }, text);
    });
  }

  private reset(): void {
    this.latencies = [];
    this.handoffLatencies = [];
    this.otherLatencies = [];
    this.timeline = [];
    this.replies = 0;
    this.unansweredSamples = [];
  }

  private result(messages: number, seconds: number, unanswered: number, handoffs: number): LoadResult {
    const sorted = ascending(this.latencies);
    const round = (x: number) => Math.round(x * 10) / 10;
    if (process.env.BENCH_LATENCY_LOG) appendFileSync(process.env.BENCH_LATENCY_LOG, `${JSON.stringify({ messages, seconds, timeline: this.timeline })}\n`);
    return {
      messages,
      replies: this.replies,
      seconds: round(seconds),
      msgsPerS: Math.round(this.replies / seconds),
      p50Ms: round(percentile(sorted, 50)),
      p99Ms: round(percentile(sorted, 99)),
      maxMs: round(sorted.at(-1) ?? 0),
      handoffP99Ms: round(percentile(ascending(this.handoffLatencies), 99)),
      otherP99Ms: round(percentile(ascending(this.otherLatencies), 99)),
      unanswered,
      unansweredSamples: this.unansweredSamples,
      handoffs,
    };
  }

  /** `concurrency` customers at a time, each answered before saying the next thing, `total` messages in all. */
  async closedLoop(total: number, concurrency: number): Promise<LoadResult> {
    this.reset();
    let sent = 0;
    let unanswered = 0;
    let handoffs = 0;
    const started = performance.now();
    const slot = async () => {
      while (sent < total) {
        const customer = this.newCustomer();
        while (customer.step < customer.script.length && sent < total) {
          sent++;
          const reply = await this.say(customer);
          if (reply === undefined) {
            unanswered++;
            break;
          }
          if (this.isHandoff(reply)) {
            handoffs++;
            this.handedOff.add(customer.id);
            break;
          }
        }
        this.ended(customer, false);
      }
    };
    await Promise.all(Array.from({ length: concurrency }, slot));
    return this.result(sent, (performance.now() - started) / 1000, unanswered, handoffs);
  }

  /**
   * Messages arrive at a steady `perSecond` for `seconds`, whatever the bot's pace (open loop): each from
   * a customer who has had the answer to their previous message, or a new customer.
   */
  async openLoop(perSecond: number, seconds: number): Promise<LoadResult> {
    this.reset();
    const ready: Customer[] = [];
    const total = Math.round(perSecond * seconds);
    let sent = 0;
    let unanswered = 0;
    let handoffs = 0;
    const inFlight: Promise<void>[] = [];
    const started = performance.now();
    await new Promise<void>((resolve) => {
      const tick = () => {
        const due = Math.min(total, Math.floor(((performance.now() - started) / 1000) * perSecond) + 1);
        while (sent < due) {
          sent++;
          const customer = ready.shift() ?? this.newCustomer();
          inFlight.push(
            this.say(customer).then((reply) => {
              if (reply === undefined) {
                unanswered++;
                this.ended(customer, false);
              } else if (this.isHandoff(reply)) {
                handoffs++;
                this.ended(customer, true);
              } else if (customer.step < customer.script.length) ready.push(customer);
              else this.ended(customer, false);
            }),
          );
        }
        if (sent >= total) resolve();
        else setTimeout(tick, 1);
      };
      tick();
    });
    await Promise.all(inFlight);
    return this.result(sent, seconds, unanswered, handoffs);
  }
}
