// The desk when no agents' platform is configured: tickets are kept and logged, for the CLI and reports.
import type { Logger } from '../log.js';
import type { Desk, HandoffCard } from './desk.js';
import type { Ticket } from './ticket.js';

export class LogDesk implements Desk {
  readonly name = 'log';
  constructor(private readonly log: Logger) {}

  async open(card: HandoffCard): Promise<undefined> {
    this.log.warn({ ticket: card.ticket.id, reason: card.ticket.reason, group: card.ticket.group }, 'ticket waiting for an agent (no desk configured)');
    return undefined;
  }

  async mirror(ticket: Ticket, text: string): Promise<void> {
    this.log.info({ ticket: ticket.id, text }, 'customer wrote while waiting for an agent');
  }

  async update(ticket: Ticket, event: string): Promise<void> {
    this.log.info({ ticket: ticket.id, event }, 'ticket updated');
  }
}
