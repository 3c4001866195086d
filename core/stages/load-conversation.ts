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
  const [profile, stored] = await Promise.all([touchCustomer(deps.store, inbound, deps.now()), deps.store.get<ConversationState>(key)]);
  turn.conversation =
    stored ??
    newConversation(key, { address: inbound.address, channel: inbound.channel, userId: inbound.userId, userName: inbound.userName, customerId: profile.id }, deps.now());
  turn.conversation.customerId = profile.id;
  if (inbound.userName) turn.conversation.userName = inbound.userName;
  if (stored) turn.loaded = loadedConversation(stored);
  await next();
};
