// Runs the understanding engine on the message, with the conversation's earlier turns as context.
import type { Middleware } from '../pipeline/compose.js';
import type { Turn } from '../pipeline/turn.js';

export const understand: Middleware<Turn> = async (turn, next) => {
  const { deps, inbound, conversation } = turn;
  const text = inbound.text.slice(0, deps.settings.MAX_MESSAGE_CHARS);
  turn.understanding = deps.knowledge.engine.understand(text, {
    history: conversation.turns,
    channel: inbound.channel,
    now: new Date(deps.now()),
  });
  await next();
};
