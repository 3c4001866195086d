// Loads (or starts) the conversation this message belongs to, and keeps the customer's profile fresh.
import { conversationKey, newConversation, type ConversationState } from '../dialogue/conversation.js';
import { loadedConversation } from '../dialogue/conversation-save.js';
import type { Middleware } from '../pipeline/compose.js';
import type { Turn } from '../pipeline/turn.js';
import { touchCustomer } from '../customers/customer-profile.js';
import { countMessage } from './rate-limit.js';

export const loadConversation: Middleware<Turn> = async (turn, next) => {
  const { inbound, deps } = turn;
  const key = conversationKey(inbound.channel, inbound.address, inbound.userId);
  // Independent store operations, started together so they share round trips: the profile, the
  // conversation, and the flood counter the rate-limit stage reads next.
  void countMessage(turn);
  const touched = touchCustomer(deps.store, inbound, deps.now());
  // The profile's write goes on while the turn does; the turn fails with it, after its reply.
  const saving = touched.saved.then(
    () => undefined,
    (error: unknown) => ({ error }),
  );
  const [profile, stored] = await Promise.all([touched.profile, deps.store.get<ConversationState>(key)]);
  turn.conversation =
    stored ??
    newConversation(key, { address: inbound.address, channel: inbound.channel, userId: inbound.userId, userName: inbound.userName, customerId: profile.id }, deps.now());
  turn.conversation.customerId = profile.id;
  if (inbound.userName) turn.conversation.userName = inbound.userName;
  if (stored) turn.loaded = loadedConversation(stored);
  await next();
  const failed = await saving;
  if (failed) throw failed.error;
};
