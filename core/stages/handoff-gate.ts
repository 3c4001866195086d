// While a person has the conversation, the bot stays silent: the customer's words go to the agent.
//
// A conversation can say "handoff" for a ticket that is already closed: with the desk in another
// process, a close lands in the store while a customer's turn is under way, and that turn then saves the
// conversation as it loaded it. The ticket is the truth: when it is closed (or gone) the bot has the
// conversation again and answers, rather than leaving the customer talking to nobody.
import type { Middleware, Next } from '../pipeline/compose.js';
import type { Turn } from '../pipeline/turn.js';

// Not async: while the bot has the conversation (nearly always) the stage passes straight on.
export const handoffGate: Middleware<Turn> = (turn, next) => (turn.conversation.mode !== 'handoff' ? next() : gate(turn, next));

async function gate(turn: Turn, next: Next): Promise<void> {
  const { conversation, deps, inbound } = turn;
  if (!(await deps.handoff.customerSaid(conversation, inbound.text))) {
    deps.log.warn({ conversation: conversation.key, ticket: conversation.ticketId }, 'handoff: the conversation pointed at a closed ticket; the bot has it again');
    conversation.mode = 'bot';
    conversation.ticketId = undefined;
    return next();
  }
  turn.decision = { action: 'relay', reason: 'agent_has_conversation' };
  turn.ticketId = conversation.ticketId;
  conversation.turns.push({ role: 'customer', text: inbound.text });
}
