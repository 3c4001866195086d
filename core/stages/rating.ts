// After a ticket closes, the customer's next message may be a 1–5 rating of the service.
import type { Middleware } from '../pipeline/compose.js';
import type { Turn } from '../pipeline/turn.js';
import { messagesTo } from './customer-messages.js';
import { say } from './say.js';

const RATING = /^\s*([1-5])\s*(?:分|星|stars?)?\s*[!！。.]?\s*$/iu;

// Not async: nearly every turn has no rating pending and passes straight on, without a promise of its own.
export const captureRating: Middleware<Turn> = (turn, next) => {
  const { conversation } = turn;
  const ticketId = conversation.awaitingRating;
  if (!ticketId) return next();
  conversation.awaitingRating = undefined; // asked once: anything else is a new question
  const match = RATING.exec(turn.inbound.text);
  if (!match) return next();
  return rate(turn, ticketId, match);
};

async function rate(turn: Turn, ticketId: string, match: RegExpExecArray): Promise<void> {
  const { deps } = turn;
  await deps.handoff.rate(ticketId, Number(match[1]));
  turn.decision = { action: 'rating', reason: `rating_${match[1]}` };
  const { rated } = messagesTo(turn);
  await say(turn, Number(match[1]) >= 4 ? rated.good : rated.poor);
}
