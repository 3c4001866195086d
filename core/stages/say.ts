// Sends a reply for the current turn through the outbox (recorded before it is sent).
import type { Turn, Reply } from '../pipeline/turn.js';

export async function say(turn: Turn, text: string, quickReplies?: Reply['quickReplies']): Promise<void> {
  if (turn.signal.aborted) return; // too late: the customer already got the time-limit apology
  const reply: Reply = quickReplies?.length ? { text, quickReplies } : { text };
  turn.replies.push(reply);
  await turn.deps.outbox.enqueue({ address: turn.inbound.address, text, quickReplies: reply.quickReplies, from: 'bot' });
}
