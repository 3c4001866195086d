// The order dialogue's memory between turns, kept in `conversation.slots` (saved with the conversation, so
// it survives restarts and works across `xiaoer ask` processes):
//   order_id       the order under discussion — only ever one this customer was entitled to see
//   order_pending  an order number waiting for the last-4 check (never shown anything yet)
//   awaiting       what the bot just asked for: order_id | phone_last4 | new_address | confirm_cancel
//   order_intent   what the customer wanted when the bot had to ask first (status, eta, address, cancel)
//   order_choices  the order numbers of a list just shown, comma separated, so "2" picks one
//   buyer_phone    the full phone the customer gave in this conversation, to list its orders again
//   order_at       when the order dialogue last moved; after half an hour it is forgotten
import type { ConversationState } from '../dialogue/conversation.js';
import type { OrderIntent } from './order-intent.js';

export const ORDER_SLOT_TTL_MS = 30 * 60_000;

export type Awaiting = 'order_id' | 'phone_last4' | 'new_address' | 'confirm_cancel';

const KEYS = ['order_id', 'order_pending', 'awaiting', 'order_intent', 'order_choices', 'buyer_phone', 'order_at'] as const;

export interface OrderSlots {
  orderId?: string;
  pending?: string;
  awaiting?: Awaiting;
  intent?: OrderIntent;
  choices: string[];
  buyerPhone?: string;
}

/** The slots, after forgetting a dialogue that went quiet for longer than the TTL. */
export function readOrderSlots(conversation: ConversationState, now: number): OrderSlots {
  const s = conversation.slots;
  if (s.order_at && now - Number(s.order_at) > ORDER_SLOT_TTL_MS) clearOrderSlots(conversation);
  return {
    orderId: s.order_id,
    pending: s.order_pending,
    awaiting: s.awaiting as Awaiting | undefined,
    intent: s.order_intent as OrderIntent | undefined,
    choices: s.order_choices ? s.order_choices.split(',') : [],
    buyerPhone: s.buyer_phone,
  };
}

export function clearOrderSlots(conversation: ConversationState): void {
  for (const key of KEYS) delete conversation.slots[key];
}

/** The customer may now see this order: it becomes the one follow-ups are about. */
export function focusOrder(conversation: ConversationState, orderId: string, now: number): void {
  const s = conversation.slots;
  delete s.order_pending;
  delete s.awaiting;
  delete s.order_intent;
  delete s.order_choices;
  s.order_id = orderId;
  s.order_at = String(now);
}

/** The bot asked for something; the next message is read as the answer (for half an hour). */
export function expectAnswer(conversation: ConversationState, awaiting: Awaiting, now: number, fields: { intent?: OrderIntent; pending?: string; choices?: string[] } = {}): void {
  const s = conversation.slots;
  s.awaiting = awaiting;
  s.order_at = String(now);
  if (fields.intent) s.order_intent = fields.intent;
  if (fields.pending) s.order_pending = fields.pending;
  else if (awaiting !== 'phone_last4') delete s.order_pending;
  if (fields.choices?.length) s.order_choices = fields.choices.join(',');
  else delete s.order_choices;
}

/** The answer did not come (the customer moved on): stop waiting for it, keep the order in focus. */
export function stopWaiting(conversation: ConversationState): void {
  const s = conversation.slots;
  delete s.awaiting;
  delete s.order_pending;
  delete s.order_choices;
}

export function rememberBuyerPhone(conversation: ConversationState, phone: string, now: number): void {
  conversation.slots.buyer_phone = phone;
  conversation.slots.order_at = String(now);
}
