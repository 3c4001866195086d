// After understanding: when the message names a phone or an order number, the customer's profile is
// linked to that buyer, so the same person on another channel shares one customer id (tickets, history).
// A failure here costs the link, never the reply.
import { linkCustomer, type Identifier } from '../customers/identity-links.js';
import type { Middleware } from '../pipeline/compose.js';
import type { Turn } from '../pipeline/turn.js';

export const linkIdentity: Middleware<Turn> = async (turn, next) => {
  const { deps, inbound, conversation } = turn;
  const identifiers = (turn.understanding?.entities ?? []).filter((e): e is Identifier & typeof e => e.kind === 'phone' || e.kind === 'order_id');
  if (identifiers.length) {
    try {
      const outcome = await linkCustomer(deps.store, { channel: inbound.channel, userId: inbound.userId }, identifiers, deps.now());
      if (outcome) {
        conversation.customerId = outcome.customerId;
        if (outcome.changed) deps.log.info({ channel: inbound.channel, customerId: outcome.customerId, previousId: outcome.previousId }, 'customer linked across channels');
        if (outcome.conflict) deps.log.warn({ channel: inbound.channel, customerId: outcome.customerId }, 'an identifier already belongs to another customer: not relinked');
      }
    } catch (error) {
      deps.log.warn({ err: error, channel: inbound.channel }, 'identity link failed');
    }
  }
  await next();
};
