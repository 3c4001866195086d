// The simulation's clock: set to each event's time, then running at real speed while the event is
// processed, so a turn's recorded latency is its real processing time. Never goes backwards.

export class SimClock {
  private base: number;
  private wall = performance.now();

  constructor(start: number) {
    this.base = start;
  }

  readonly now = (): number => Math.floor(this.base + (performance.now() - this.wall));

  /** Moves to an event's time (or stays, if processing already ran past it). */
  moveTo(at: number): void {
    this.base = Math.max(at, this.now());
    this.wall = performance.now();
  }
}
