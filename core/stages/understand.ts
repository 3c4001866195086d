// Runs the understanding engine on the message, with the conversation's earlier turns as context.
import type { Middleware } from '../pipeline/compose.js';
import type { Turn } from '../pipeline/turn.js';

// Synchronous, so not an async function: it hands back the rest of the pipeline's own promise instead of
// wrapping it in one more (compose turns a throw into a rejection).
export const understand: Middleware<Turn> = (turn, next) => {
  const { deps, inbound, conversation } = turn;
  const text = inbound.text.slice(0, deps.settings.MAX_MESSAGE_CHARS);
  turn.understanding = deps.knowledge.engine.understand(text, {
    history: conversation.turns,
    channel: inbound.channel,
    now: new Date(deps.now()),
  });
  return next();
};
