// A one-line progress bar on stderr for long runs, redrawn at most ten times a second; silent when
// stderr is not a terminal (CI, pipes), where a final summary line is enough.

export class ProgressBar {
  private last = 0;
  private readonly started = Date.now();

  constructor(
    private readonly total: number,
    private readonly label: string,
    private readonly stream: NodeJS.WriteStream = process.stderr,
    private readonly enabled = Boolean(stream.isTTY),
  ) {}

  update(done: number): void {
    if (!this.enabled) return;
    const now = Date.now();
    if (now - this.last < 100 && done < this.total) return;
    this.last = now;
    const width = 30;
    const ratio = this.total ? Math.min(1, done / this.total) : 1;
    const filled = Math.round(ratio * width);
    const rate = done / Math.max(0.001, (now - this.started) / 1000);
    const eta = rate > 0 ? Math.ceil((this.total - done) / rate) : 0;
    this.stream.write(`\r${this.label} [${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${Math.round(ratio * 100)}% ${done}/${this.total} ${rate.toFixed(1)}/s ETA ${eta}s   `);
  }

  finish(): void {
    if (this.enabled) this.stream.write('\n');
  }
}
