// Every outgoing message is recorded before it is sent and retried until delivered. Only the process
// that holds a channel's connection (the WeChat login, say) registers a sender for it; other processes
// just enqueue, and the holder's drain loop delivers. A claim per message keeps two drainers from both
// sending it.
import { randomUUID } from 'node:crypto';
import { InFlight } from './in-flight.js';
import type { Logger } from './log.js';
import { DurableQueue } from './store/durable-queue.js';
import { KeyedMutex } from './store/keyed-mutex.js';
import type { Store } from './store/store.js';
import { channelOf, type Outbound } from './types.js';

export interface EnqueueOptions {
  /** Queued once under this key (see Outbox.enqueue). */
  key?: string;
  /** Delivered at once: receives the promise of its sent mark instead of the enqueue waiting for it. */
  onMarked?: (marked: Promise<void>) => void;
}

export interface Sender {
  channel: string;
  send(message: Outbound): Promise<void>;
  /** Sends are deliberately slowed (WeChat's per-account pacing): turns must not wait for them. */
  readonly paced?: boolean;
}

interface Queued extends Outbound {
  queuedAt: number;
}

const CLAIM_TTL_MS = 30_000;
const claimPrefix = (channel: string) => `outbox-claim:${channel}:`;
const claimKey = (channel: string, seq: number) => claimPrefix(channel) + seq;
/** How long a reply's key is remembered: longer than any turn could be replayed after. */
const KEY_TTL_MS = 7 * 24 * 3600_000;
const MAX_BACKOFF_MS = 60_000;
const DRAIN_BATCH = 500;
const noop = (): void => undefined;

export class Outbox {
  private readonly senders = new Map<string, Sender>();
  private readonly queues = new Map<string, DurableQueue<Queued>>();
  private readonly failures = new Map<string, number>();
  private readonly retryAt = new Map<string, number>();
  private timer: NodeJS.Timeout | undefined;
  private draining = new Map<string, Promise<void>>();
  /** Deliveries per address, one at a time: messages to one customer go out in the order queued. */
  private readonly inOrder = new KeyedMutex();
  /**
   * Channels that may have older messages waiting: right after start (a crash may have left some) and
   * after a failed send. Until a drain has sent them all, new messages queue behind them instead of
   * overtaking them.
   */
  private readonly backlog = new Set<string>();
  /** Sent marks being written (Outbox.settled, stop). */
  private readonly marking = new InFlight();
  /** Delivery counters, for logs and the bench. */
  readonly stats = { sent: 0, failed: 0 };
  /** What this run writes in its claims: the process instance's name and this run's id. */
  private readonly holder: string;

  /** @param instance the process's instance name (BotOptions.instance): claims its earlier run left are taken back at start. */
  constructor(
    private readonly store: Store,
    private readonly log: Logger,
    private readonly instance = 'main',
  ) {
    this.holder = `${instance}/${randomUUID()}`;
  }

  register(sender: Sender): void {
    this.senders.set(sender.channel, sender);
    this.backlog.add(sender.channel);
  }

  private queue(channel: string): DurableQueue<Queued> {
    let q = this.queues.get(channel);
    if (!q) this.queues.set(channel, (q = new DurableQueue<Queued>(this.store, `outbox:${channel}`, { rememberDone: true })));
    return q;
  }

  /**
   * Records the message, then sends it right away when this process can. Resolves once it is recorded
   * and, unless the channel is paced, delivered; a failed send stays queued for the drain loop, never
   * thrown at the caller. With a `key`, a message already queued under that key (by an earlier run of
   * the same turn, replayed after a crash) is not queued or sent again; the check and the recording are
   * one atomic step.
   */
  async enqueue(message: Outbound, options: EnqueueOptions = {}): Promise<void> {
    const channel = channelOf(message.address);
    const entry = { ...message, queuedAt: Date.now() };
    // A reply this process is about to send (it holds the channel, nothing older waits, nothing to this
    // customer is in flight, no pacing) is claimed in the same step that queues it: no other sender can
    // take it meanwhile, and no round trip is spent. (Claimed any earlier, its claim could run out while
    // it waits its turn.)
    const claimNow = options.key !== undefined && this.sendsAtOnce(channel) && !this.senders.get(channel)!.paced && !this.inOrder.has(message.address);
    const claim = claimNow ? { prefix: claimPrefix(channel), value: this.holder, ttlMs: CLAIM_TTL_MS } : undefined;
    const seq = options.key === undefined ? await this.queue(channel).push(entry) : await this.queue(channel).pushOnce(entry, `outbox-key:${options.key}`, KEY_TTL_MS, claim);
    if (seq === undefined) {
      this.log.info({ channel, key: options.key }, 'outbox: already queued by an earlier run of this turn; not queued again');
      return;
    }
    const sender = this.senders.get(channel);
    if (!sender || !this.sendsAtOnce(channel)) {
      // A send failed or a backlog appeared while it was being queued: the drain sends it, in order.
      if (claim) await this.store.delete(claimKey(channel, seq));
      if (!sender || this.retryAt.has(channel)) return;
      const drained = this.drainChannel(channel, true);
      if (!sender.paced) await drained;
      return;
    }
    const delivery = this.inOrder.run(message.address, () => this.deliver(channel, seq, message, claim !== undefined, options.onMarked));
    if (!sender.paced) await delivery;
  }

  /** This process sends on the channel, no failed send is waiting for its retry, and nothing older may be queued. */
  private sendsAtOnce(channel: string): boolean {
    return this.senders.has(channel) && !this.retryAt.has(channel) && !this.backlog.has(channel);
  }

  /**
   * The outbox as one turn sees it: the turn's messages are keyed `<turnKey>:<n>` in the order it says
   * them, so a turn replayed after a crash re-queues none of what its first run already queued. Its
   * `settled()` waits for the sent marks of what the turn delivered (see EnqueueOptions.onMarked).
   */
  forTurn(turnKey: string): Outbox {
    let n = 0;
    const outbox = this;
    const marks: Promise<void>[] = [];
    const onMarked = (marked: Promise<void>) => void marks.push(marked);
    // Everything else is the outbox itself (the prototype); only enqueue and settled differ. Assigned, not
    // defined with property descriptors: that made every turn's outbox a slow dictionary-mode object.
    const turnOutbox = Object.create(outbox) as Outbox;
    turnOutbox.enqueue = (message: Outbound, options: EnqueueOptions = {}) => outbox.enqueue(message, { onMarked, ...options, key: options.key ?? `${turnKey}:${n++}` });
    turnOutbox.settled = () => (marks.length ? Promise.all(marks).then(noop) : Promise.resolve());
    return turnOutbox;
  }

  /** Resolves when the sent marks of every delivery so far are written (they never reject: failures are logged). */
  async settled(): Promise<void> {
    await this.marking.idle();
  }

  /** Resolves when every delivery started so far has finished (tests, shutdown). */
  async flush(): Promise<void> {
    await this.inOrder.idle();
  }

  /** Delivers everything pending for the channels this process sends on. */
  async drain(): Promise<void> {
    await Promise.all([...this.senders.keys()].map((channel) => this.drainChannel(channel)));
  }

  /** `fresh`: a drain already running may have read the queue before the caller's message; run another after it. */
  private drainChannel(channel: string, fresh = false): Promise<void> {
    const running = this.draining.get(channel);
    if (running) return fresh ? running.then(() => this.drainChannel(channel)) : running;
    const work = (async () => {
      if ((this.retryAt.get(channel) ?? 0) > Date.now()) return;
      this.retryAt.delete(channel);
      const pending = await this.queue(channel).pending(DRAIN_BATCH);
      for (const item of pending) {
        // A message whose address has deliveries in flight here is theirs to send, in order.
        if (this.inOrder.has(item.item.address)) continue;
        const { queuedAt: _queuedAt, ...message } = item.item;
        if (!(await this.deliver(channel, item.seq, message))) return; // keep order: stop at the first failure
      }
      if (pending.length < DRAIN_BATCH) this.backlog.delete(channel); // everything older is out
    })().finally(() => this.draining.delete(channel));
    this.draining.set(channel, work);
    return work;
  }

  /**
   * Sends one queued message and marks it sent. `claimed`: the claim was taken when it was queued.
   * `onMarked`: the caller takes the sent mark's promise and returns once the message is sent (a turn's
   * reply: the mark is written beside the turn's own writes instead of in a round trip before them);
   * otherwise the mark is awaited here.
   */
  private async deliver(channel: string, seq: number, message: Outbound, claimed = false, onMarked?: (marked: Promise<void>) => void): Promise<boolean> {
    const sender = this.senders.get(channel);
    if (!sender) return false;
    const claim = claimKey(channel, seq);
    if (!claimed && !(await this.store.setIfAbsent(claim, this.holder, CLAIM_TTL_MS))) return true; // someone else has it
    try {
      await sender.send(message);
      this.failures.delete(channel);
      this.stats.sent++;
      const marked = this.markSent(channel, seq);
      if (onMarked) onMarked(marked);
      else await marked;
      return true;
    } catch (error) {
      await this.store.delete(claim);
      const n = (this.failures.get(channel) ?? 0) + 1;
      this.failures.set(channel, n);
      this.stats.failed++;
      const backoff = Math.min(MAX_BACKOFF_MS, 500 * 2 ** (n - 1));
      this.retryAt.set(channel, Date.now() + backoff);
      this.backlog.add(channel);
      this.log.warn({ err: error, channel, seq, attempt: n, retryInMs: backoff }, 'outbox: send failed, will retry');
      return false;
    }
  }

  /**
   * Marks a sent message done. A failure is logged, not thrown: the message was sent, and failing its
   * delivery would send it again at once. Unmarked, it is pending again once its claim runs out (30 s),
   * and may then be sent twice — as after a crash between the send and the mark.
   */
  private markSent(channel: string, seq: number): Promise<void> {
    return this.marking.track(
      this.queue(channel)
        .done(seq)
        .then(
          () => undefined,
          (error: unknown) => this.log.error({ err: error, channel, seq }, 'outbox: sent, but could not record it as sent'),
        ),
    );
  }

  /**
   * Releases the claims this instance's previous run held when it died (kill -9 mid-send): without this,
   * what it was sending would wait out the claim's 30 s before anyone retried it. Claims of other
   * instances are theirs (they may be alive). Returns how many were released.
   */
  async reclaim(): Promise<number> {
    let released = 0;
    for (const channel of this.senders.keys()) {
      for (const { seq } of await this.queue(channel).pending()) {
        const holder = await this.store.get<unknown>(claimKey(channel, seq));
        if (typeof holder === 'string' && holder.startsWith(`${this.instance}/`) && holder !== this.holder) {
          await this.store.delete(claimKey(channel, seq));
          released++;
        }
      }
    }
    if (released) this.log.warn({ released }, 'outbox: taking back sends our previous run left unfinished');
    return released;
  }

  /** Polls for pending messages (retries, and messages other processes queued for our channels). */
  start(intervalMs = 500): void {
    if (this.timer) return;
    // At once: what an earlier run left, then the queue; then every interval.
    void this.reclaim()
      .then(() => this.drain())
      .catch((error: unknown) => this.log.error({ err: error }, 'outbox: first drain failed'));
    this.timer = setInterval(() => {
      this.drain().catch((error: unknown) => this.log.error({ err: error }, 'outbox: drain failed'));
    }, intervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.flush();
    await Promise.all(this.draining.values());
    await this.settled();
  }
}
