// While a person has the conversation, the bot stays silent: the customer's words go to the agent.
import type { Middleware } from '../pipeline/compose.js';
import type { Turn } from '../pipeline/turn.js';

export const handoffGate: Middleware<Turn> = async (turn, next) => {
  const { conversation, deps, inbound } = turn;
  if (conversation.mode !== 'handoff') return next();
  turn.decision = { action: 'relay', reason: 'agent_has_conversation' };
  turn.ticketId = conversation.ticketId;
  conversation.turns.push({ role: 'customer', text: inbound.text });
  await deps.handoff.customerSaid(conversation, inbound.text);
};
