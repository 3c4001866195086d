// A profile per platform user: who they are, when we first and last saw them, on which channel.
// `id` is the customer's identity across channels; profiles on two channels that prove to be the same
// buyer (same phone or order) are linked by giving them the same id (see identity-links.ts).
import type { Store } from '../store/store.js';
import type { Inbound } from '../types.js';

export interface CustomerProfile {
  id: string;
  channel: string;
  userId: string;
  name?: string;
  firstSeen: number;
  lastSeen: number;
  messages: number;
  /** When this profile was linked to a buyer identity (`id` became `buyer:…`). */
  linkedAt?: number;
  /** Which kinds of identifier proved it (never the values). */
  linkedBy?: string[];
}

export const profileKey = (channel: string, userId: string) => `customer:${channel}:${userId}`;

/** The id a profile starts with, before anything links it to a buyer. */
export const channelCustomerId = (channel: string, userId: string) => `${channel}:${userId}`;

/**
 * Counts a customer's message on their profile (created on the first). `profile` is the profile as
 * updated, known once it is read, before the write commits: a turn needs the customer's id, and waiting
 * for the write too held every reply one store round longer. `saved` settles when it is stored.
 */
export function touchCustomer(store: Store, inbound: Inbound, now: number): { profile: Promise<CustomerProfile>; saved: Promise<unknown> } {
  let read!: (profile: CustomerProfile) => void;
  const seen = new Promise<CustomerProfile>((resolve) => {
    read = resolve;
  });
  const saved = store.update<CustomerProfile>(profileKey(inbound.channel, inbound.userId), (p) => {
    const next = {
      ...p,
      id: p?.id ?? channelCustomerId(inbound.channel, inbound.userId),
      channel: inbound.channel,
      userId: inbound.userId,
      name: inbound.userName ?? p?.name,
      firstSeen: p?.firstSeen ?? now,
      lastSeen: now,
      messages: (p?.messages ?? 0) + 1,
    };
    read(next);
    return next;
  });
  // (A store that fails before reading never calls back: the update's own failure settles `profile`.)
  return { profile: Promise.race([seen, saved.then((updated) => updated!)]), saved };
}
