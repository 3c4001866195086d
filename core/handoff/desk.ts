// Where agents work: the Feishu groups in production, the terminal in the console. The handoff service
// tells the desk about tickets; the desk's adapter calls the service back with what agents write.
import type { Address } from '../types.js';
import type { Ticket } from './ticket.js';

export interface HandoffCard {
  ticket: Ticket;
  /** Suggested replies from the knowledge (and the LLM when configured). */
  suggestions: string[];
  /** Profile lines the shop's systems could provide (orders, VIP level, earlier tickets). */
  profile: Record<string, string>;
  /** A complaint playbook's internal steps, when one applies. */
  steps?: string[];
}

export interface Desk {
  readonly name: string;
  /** Posts a new ticket to the agents; returns the desk address where its conversation happens. */
  open(card: HandoffCard): Promise<Address | undefined>;
  /** Mirrors what the customer wrote while the ticket is open. */
  mirror(ticket: Ticket, text: string): Promise<void>;
  /** The ticket changed (claimed, transferred, closed): refresh what agents see. */
  update(ticket: Ticket, event: string): Promise<void>;
  /**
   * A line for the agents in the ticket's place (a reminder, an answer to a command). `mention` is a desk
   * user id, or "all". Desks without it get `update(ticket, "notice:" + text)`.
   */
  notify?(ticket: Ticket, text: string, options?: { mention?: string }): Promise<void>;
}
