// Records what a channel adapter did with each incoming message (accepted with its turn, or skipped with
// a reason) and lets a test wait for the next one: a deterministic barrier instead of sleeping.
import type { Inbound } from '../../core/types.js';

export type AdapterEvent = { type: 'accepted'; inbound: Inbound; done: Promise<unknown> } | { type: 'skipped'; id: string; reason: string };

const LIMIT_MS = 10_000;

export class AdapterEvents {
  readonly events: AdapterEvent[] = [];
  /** Every skip, including the ones `next()` passes over. */
  readonly allSkips: { id: string; reason: string }[] = [];
  private read = 0;
  private wake: (() => void)[] = [];

  /** @param passOver skip reasons `next()` does not stop at (WeChat echoes the bot's own replies). */
  constructor(private readonly passOver: string[] = []) {}

  /** Hooks for the adapter's options. */
  readonly hooks = {
    onAccepted: (inbound: Inbound, done: Promise<unknown>) => this.push({ type: 'accepted', inbound, done }),
    onSkipped: (id: string, reason: string) => this.push({ type: 'skipped', id, reason }),
  };

  get accepted(): Inbound[] {
    return this.events.flatMap((e) => (e.type === 'accepted' ? [e.inbound] : []));
  }

  get skipped(): { id: string; reason: string }[] {
    return this.events.flatMap((e) => (e.type === 'skipped' ? [{ id: e.id, reason: e.reason }] : []));
  }

  /** The next event not yet consumed (a safety limit, not a speed assertion). */
  async next(): Promise<AdapterEvent> {
    const deadline = Date.now() + LIMIT_MS;
    while (this.read >= this.events.length) {
      const left = deadline - Date.now();
      if (left <= 0) throw new Error('no adapter event arrived');
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.wake.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
    return this.events[this.read++]!;
  }

  /** The next event must be an accepted message; resolves when its turn is done. */
  async turn(): Promise<Inbound> {
    const event = await this.next();
    if (event.type !== 'accepted') throw new Error(`expected a turn, got skipped ${event.id}: ${event.reason}`);
    await event.done;
    return event.inbound;
  }

  /** The next event must be a skip; resolves with its reason. */
  async skip(): Promise<string> {
    const event = await this.next();
    if (event.type !== 'skipped') throw new Error(`expected a skip, got a turn for "${event.inbound.text}"`);
    return event.reason;
  }

  private push(event: AdapterEvent): void {
    if (event.type === 'skipped') {
      this.allSkips.push({ id: event.id, reason: event.reason });
      if (this.passOver.includes(event.reason)) return;
    }
    this.events.push(event);
    for (const wake of this.wake.splice(0)) wake();
  }
}
