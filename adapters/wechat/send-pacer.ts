// Paces one WeChat account's sends. Personal-account protocols get accounts banned when they look
// automated: bursts of instant replies are the giveaway. A token bucket caps the rate (N per minute, a
// small burst), and a random pause before each send keeps the rhythm from looking machine-made.
// Callers queue in order, so replies to one chat are not reordered.

export interface SendPacerOptions {
  perMinute: number;
  /** Sends allowed back to back before the rate applies. */
  burst?: number;
  /** Up to this many ms of random pause before each send. */
  jitterMs?: number;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
}

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export class SendPacer {
  private tokens: number;
  private updatedAt: number;
  private queue: Promise<void> = Promise.resolve();
  private readonly capacity: number;
  private readonly perMs: number;
  private readonly now: () => number;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly random: () => number;

  constructor(private readonly options: SendPacerOptions) {
    if (!(options.perMinute > 0)) throw new RangeError('perMinute must be positive');
    this.capacity = Math.max(1, Math.min(options.burst ?? 3, options.perMinute));
    this.perMs = options.perMinute / 60_000;
    this.now = options.now ?? Date.now;
    this.sleep = options.sleep ?? realSleep;
    this.random = options.random ?? Math.random;
    this.tokens = this.capacity;
    this.updatedAt = this.now();
  }

  /** Resolves when the next send may go. */
  wait(): Promise<void> {
    const turn = this.queue.then(() => this.take());
    this.queue = turn.catch(() => undefined);
    return turn;
  }

  private async take(): Promise<void> {
    this.refill();
    if (this.tokens < 1) {
      await this.sleep(Math.ceil((1 - this.tokens) / this.perMs));
      this.refill();
    }
    this.tokens = Math.max(0, this.tokens - 1);
    const jitter = Math.floor(this.random() * (this.options.jitterMs ?? 0));
    if (jitter > 0) await this.sleep(jitter);
  }

  private refill(): void {
    const now = this.now();
    this.tokens = Math.min(this.capacity, this.tokens + (now - this.updatedAt) * this.perMs);
    this.updatedAt = now;
  }
}
