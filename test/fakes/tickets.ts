// A ticket as the handoff service stores it, for tests of what reads tickets (reports, retention).
import type { Ticket } from '../../core/handoff/ticket.js';

/** A closed ticket of the WeChat customer `user`, created at `createdAt`; `fields` override the rest. */
export function closedTicket(id: string, user: string, createdAt: number, fields: Partial<Ticket> = {}): Ticket {
  return {
    id,
    conversationKey: `conv:wechat:${user}|wechat:${user}`,
    customerAddress: `wechat:${user}`,
    channel: 'wechat',
    customerId: `wechat:${user}`,
    group: 'presale',
    priority: 'normal',
    reason: 'human_request',
    status: 'closed',
    createdAt,
    transcript: [],
    ...fields,
  };
}
