// A flood from one customer gets one polite reply per minute and no further work: the engine's time is
// for everyone. Counted per customer per minute in the store, so it holds across processes.
import type { Middleware } from '../pipeline/compose.js';
import type { Turn } from '../pipeline/turn.js';
import { messagesTo } from './customer-messages.js';
import { say } from './say.js';

/** A minute's counter outlives its minute a little (clocks of processes differ), then leaves the store. */
const COUNTER_TTL_MS = 2 * 60_000;

/**
 * Counts the turn's message (once per turn): the increment can start before this stage runs, so that it
 * shares a round trip with the loading of the conversation (load-conversation.ts) instead of taking one
 * of its own.
 */
export function countMessage(turn: Turn): Promise<number> {
  if (!turn.messageCount) {
    const { deps, inbound } = turn;
    const minute = Math.floor(deps.now() / 60_000);
    turn.messageCount = deps.store.increment(`rate:${inbound.channel}:${inbound.userId}:${minute}`, 1, COUNTER_TTL_MS);
    // Awaited (and its failure met) by the stage; until then a rejection is not "unhandled".
    turn.messageCount.catch(() => undefined);
  }
  return turn.messageCount;
}

export const rateLimit: Middleware<Turn> = async (turn, next) => {
  const count = await countMessage(turn);
  const limit = turn.deps.settings.RATE_LIMIT_PER_MINUTE;
  if (count <= limit) return next();
  turn.decision = { action: 'flood', reason: 'rate_limited' };
  if (count === limit + 1) await say(turn, messagesTo(turn).rateLimited);
};
