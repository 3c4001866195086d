// The robot: accepts messages from adapters, runs one turn at a time per conversation through the
// pipeline, under a time limit and one error boundary. A message is written to the inbox before it is
// acknowledged, so a crash mid-turn replays it on the next start instead of losing it.
import { conversationKey } from './dialogue/conversation.js';
import type { EngineDeps } from './engine-deps.js';
import { InFlight } from './in-flight.js';
import { compose } from './pipeline/compose.js';
import type { Turn } from './pipeline/turn.js';
import { customerLanguage } from './stages/customer-language.js';
import { shopWording } from './stages/customer-messages.js';
import { handoffGate } from './stages/handoff-gate.js';
import { llmAssist } from './stages/llm-assist.js';
import { loadConversation } from './stages/load-conversation.js';
import { orders } from './stages/orders.js';
import { products } from './stages/products.js';
import { rateLimit } from './stages/rate-limit.js';
import { captureRating } from './stages/rating.js';
import { dayOf, record, turnLog, type TurnRecord } from './stages/record.js';
import { respond } from './stages/respond.js';
import { route } from './stages/route.js';
import { understand } from './stages/understand.js';
import { DurableQueue } from './store/durable-queue.js';
import type { Inbound } from './types.js';

export class InvalidInboundError extends Error {
  override name = 'InvalidInboundError';
}

const DEDUPE_TTL_MS = 24 * 3600_000;
/** Longer messages are cut to this (UTF-16 units): Telegram's own limit is 4096, WeChat's about 16,000. */
export const MAX_INBOUND_CHARS = 16_000;
/** Whitespace and invisible characters: zero-width, BOM, bidi controls (format characters), Hangul fillers. */
const BLANK = /^[\s\p{Cf}\p{Zs}\u115f\u1160\u3164\uffa0]*$/u;

const pipeline = compose<Turn>([loadConversation, record, rateLimit, captureRating, handoffGate, understand, llmAssist, orders, products, route, respond]);

export interface BotOptions {
  /** Names this process's inbox; processes sharing a store need distinct ones. */
  instance?: string;
}

export class Bot {
  private readonly inbox: DurableQueue<Inbound>;
  private readonly inFlight = new InFlight();
  private stopping = false;

  constructor(
    readonly deps: EngineDeps,
    options: BotOptions = {},
  ) {
    this.inbox = new DurableQueue<Inbound>(deps.store, `inbox:${options.instance ?? 'main'}`);
  }

  /**
   * Accepts a message: checks it, drops duplicates (platforms redeliver), writes it to the inbox.
   * Resolves as soon as the message is safe — that is when an adapter may acknowledge it — with the
   * turn's completion, or null for a duplicate.
   */
  async accept(inbound: Inbound): Promise<{ done: Promise<Turn | undefined> } | null> {
    if (this.stopping) throw new Error('bot is stopping');
    checkInbound(inbound);
    // Only spaces and invisible characters is an empty message (ignored), not a question to answer.
    if (inbound.text && BLANK.test(inbound.text)) inbound = { ...inbound, text: '' };
    // No platform sends a question this long: past the cap it is cut (logged), so one message cannot
    // fill the conversation's history, the day's log, a ticket's card and thread with megabytes.
    if (inbound.text.length > MAX_INBOUND_CHARS) {
      this.deps.log.warn({ channel: inbound.channel, id: inbound.id, chars: inbound.text.length, kept: MAX_INBOUND_CHARS }, 'message too long: cut');
      inbound = { ...inbound, text: cutAt(inbound.text, MAX_INBOUND_CHARS) };
    }
    // The dedupe mark and the inbox entry are written as one: no crash between them can leave a message
    // marked seen (its redelivery dropped) that never reached the inbox.
    const seq = await this.inbox.pushOnce(inbound, `seen:${inbound.channel}:${inbound.id}`, DEDUPE_TTL_MS);
    if (seq === undefined) {
      this.deps.log.info({ channel: inbound.channel, id: inbound.id }, 'duplicate message dropped');
      return null;
    }
    return { done: this.track(this.process(seq, inbound)) };
  }

  /** Accepts a message and waits for its turn to finish (CLI, console, tests). */
  async receive(inbound: Inbound): Promise<Turn | undefined> {
    const accepted = await this.accept(inbound);
    return accepted ? accepted.done : undefined;
  }

  /** Replays messages accepted before a crash and never finished. */
  async recover(): Promise<number> {
    const pending = await this.inbox.pending();
    for (const { seq, item } of pending) void this.track(this.process(seq, item));
    if (pending.length) this.deps.log.warn({ count: pending.length }, 'replaying messages interrupted by a restart');
    return pending.length;
  }

  /** Stops accepting and waits for in-flight turns (SIGTERM). */
  async stop(): Promise<void> {
    this.stopping = true;
    await this.inFlight.idle();
  }

  private track<T>(work: Promise<T>): Promise<T> {
    return this.inFlight.track(work);
  }

  private async process(seq: number, inbound: Inbound): Promise<Turn | undefined> {
    const key = conversationKey(inbound.channel, inbound.address, inbound.userId);
    const turn = await this.deps.conversations.run(key, () => this.runTurn(inbound));
    // The replies' sent marks before the turn's own: a crash in between replays the turn, whose replies
    // are found queued (and sent) already, instead of leaving sent replies to be sent again.
    await turn.deps.outbox.settled();
    await this.inbox.done(seq);
    return turn;
  }

  /** One turn under the time limit and the error boundary: the customer always hears something. */
  private async runTurn(inbound: Inbound): Promise<Turn> {
    const { deps } = this;
    const controller = new AbortController();
    // What the turn does is keyed by its message: replayed after a crash, it queues no reply twice and
    // opens no second ticket (its first run's are found again).
    const turnKey = `${inbound.channel}:${inbound.id}`;
    const turnDeps: EngineDeps = { ...deps, outbox: deps.outbox.forTurn(turnKey), handoff: deps.handoff.forTurn(turnKey) };
    const turn = { inbound, deps: turnDeps, startedAt: deps.now(), signal: controller.signal, replies: [], faq: null } as unknown as Turn;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), deps.settings.TURN_TIMEOUT_MS);
    });
    try {
      const outcome = await Promise.race([pipeline(turn).then(() => 'done' as const), timeout]);
      if (outcome === 'timeout') {
        deps.log.error({ channel: inbound.channel, id: inbound.id, ms: deps.settings.TURN_TIMEOUT_MS }, 'turn timed out');
        await this.apologise(turn, 'timeout');
        controller.abort();
      }
    } catch (error) {
      deps.log.error({ err: error, channel: inbound.channel, id: inbound.id }, 'turn failed');
      await this.apologise(turn, 'error');
      controller.abort();
    } finally {
      clearTimeout(timer);
    }
    return turn;
  }

  private async apologise(turn: Turn, reason: string): Promise<void> {
    const { deps, inbound } = turn;
    const text = shopWording(deps.knowledge.kb.shop, 'apology', customerLanguage(turn));
    try {
      if (!turn.replies.length) {
        turn.replies.push({ text });
        await deps.outbox.enqueue({ address: inbound.address, text, from: 'bot' }, { key: `${inbound.channel}:${inbound.id}:apology` });
      }
      turn.decision = { action: 'fallback', reason };
      const entry: Partial<TurnRecord> = { at: deps.now(), channel: inbound.channel, inboundId: inbound.id, text: inbound.text, replies: [text], action: 'error', reason, faq: null };
      await deps.store.append(turnLog(dayOf(deps.now())), entry);
    } catch (error) {
      deps.log.error({ err: error }, 'could not even apologise (store or outbox down)');
    }
  }
}

/** The first `max` UTF-16 units, never ending inside a surrogate pair. */
function cutAt(text: string, max: number): string {
  const code = text.charCodeAt(max - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? max - 1 : max);
}

function checkInbound(inbound: Inbound): void {
  const problems: string[] = [];
  if (!inbound || typeof inbound !== 'object') throw new InvalidInboundError('inbound message is not an object');
  for (const field of ['id', 'channel', 'address', 'userId'] as const) {
    if (typeof inbound[field] !== 'string' || !inbound[field]) problems.push(`${field} must be a non-empty string`);
  }
  if (typeof inbound.text !== 'string') problems.push('text must be a string');
  if (problems.length) throw new InvalidInboundError(`invalid inbound message: ${problems.join('; ')}`);
}
