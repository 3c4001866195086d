// A channel sender that remembers what it sent, and can be told to fail (a platform that is down).
import type { Sender } from '../../core/outbox.js';
import type { Outbound } from '../../core/types.js';

export class FakeSender implements Sender {
  readonly sent: Outbound[] = [];
  failing = false;
  constructor(readonly channel = 'test') {}

  async send(message: Outbound): Promise<void> {
    if (this.failing) throw new Error(`${this.channel} is down`);
    this.sent.push(message);
  }

  texts(): string[] {
    return this.sent.map((m) => m.text);
  }
}
