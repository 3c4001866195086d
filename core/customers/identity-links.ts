// One buyer, several chat accounts: the same person asks on WeChat today and on Telegram tomorrow. When a
// customer proves an order is theirs (core/stages/orders.ts: account binding, the order's phone, or its
// last 4 digits), the profile is linked to a buyer identity (`buyer:<hash>`), and every profile that proves
// the same phone or order gets the same customer id, so tickets and history follow the buyer across
// channels. A number merely typed links nothing: anyone can type anyone's phone.
//
// Keys hold only a hash of the number (`identity:phone:<hash>` → customer id), never the number. Phone
// numbers are few enough to guess a plain hash by brute force, so with IDENTITY_SECRET set the hash is an
// HMAC keyed by it: a copy of the store alone then says nothing about which numbers are in it. Either way
// this is pseudonymisation, not anonymisation: the store is still personal data.
import { createHash, createHmac } from 'node:crypto';
import { customerTicketsKey } from '../handoff/ticket.js';
import type { Store } from '../store/store.js';
import { channelCustomerId, profileKey, type CustomerProfile } from './customer-profile.js';

export type IdentityKind = 'phone' | 'order_id';

export interface Identifier {
  kind: IdentityKind;
  value: string;
}

/** Which profiles (as `channel:userId`) share a customer id, and the ids they had before. */
export interface CustomerLinks {
  profiles: string[];
  formerIds: string[];
}

export interface LinkOutcome {
  customerId: string;
  previousId: string;
  /** The profile got a new customer id in this call. */
  changed: boolean;
  /** An identifier already belongs to another buyer (a shared family phone, a typo): left as it was. */
  conflict: boolean;
}

export const identityKey = (kind: IdentityKind, hash: string) => `identity:${kind}:${hash}`;
export const customerLinksKey = (customerId: string) => `customer-links:${customerId}`;
export const isBuyerId = (customerId: string) => customerId.startsWith('buyer:');

const MAX_TICKETS = 50;

/** The canonical form of a phone or order number, or undefined when it is too short to identify anyone. */
export function normalizeIdentifier(kind: IdentityKind, value: string): string | undefined {
  if (kind === 'phone') {
    let digits = value.replace(/\D/gu, '');
    if (/^(?:00)?86(1\d{10})$/u.test(digits)) digits = digits.replace(/^(?:00)?86/u, ''); // +86 138… = 138…
    return digits.length >= 7 ? digits : undefined;
  }
  const order = value.replace(/[\s-]/gu, '').toUpperCase();
  return order.length >= 6 ? order : undefined;
}

export function identityHash(kind: IdentityKind, normalized: string, secret?: string): string {
  const hash = secret ? createHmac('sha256', secret) : createHash('sha256');
  return hash.update(`xiaoer-identity:${kind}:${normalized}`).digest('hex').slice(0, 24);
}

/**
 * Links a channel profile to the buyer its identifiers name. A profile already linked keeps its buyer
 * (new identifiers are added to it); an unlinked one joins the buyer an identifier already belongs to, or
 * founds one named after its first identifier (phone first). Safe to call on every message.
 */
export async function linkCustomer(
  store: Store,
  who: { channel: string; userId: string },
  identifiers: Identifier[],
  now: number,
  secret?: string,
): Promise<LinkOutcome | undefined> {
  const ids = hashed(identifiers, secret);
  if (!ids.length) return undefined;
  const key = profileKey(who.channel, who.userId);
  const profile = await store.get<CustomerProfile>(key);
  const previousId = profile?.id ?? channelCustomerId(who.channel, who.userId);
  const owners = await store.getMany<string>(ids.map((i) => identityKey(i.kind, i.hash)));
  const target = isBuyerId(previousId) ? previousId : (owners.find((o): o is string => Boolean(o)) ?? `buyer:${ids[0]!.hash}`);

  let conflict = false;
  for (const [i, id] of ids.entries()) {
    let owner = owners[i];
    if (owner === undefined && !(await store.setIfAbsent(identityKey(id.kind, id.hash), target))) {
      owner = await store.get<string>(identityKey(id.kind, id.hash)); // claimed a moment ago by someone else
    }
    if (owner !== undefined && owner !== target) conflict = true;
  }

  const kinds = [...new Set(ids.map((i) => i.kind))];
  const changed = target !== previousId;
  await store.update<CustomerProfile>(key, (p) => {
    const base = p ?? { id: previousId, channel: who.channel, userId: who.userId, firstSeen: now, lastSeen: now, messages: 0 };
    return { ...base, id: target, linkedAt: changed ? now : (base.linkedAt ?? now), linkedBy: [...new Set([...(base.linkedBy ?? []), ...kinds])] };
  });
  await store.update<CustomerLinks>(customerLinksKey(target), (links) => ({
    profiles: union(links?.profiles, [`${who.channel}:${who.userId}`]),
    formerIds: union(links?.formerIds, changed ? [previousId] : []),
  }));
  if (changed) {
    // Tickets opened before the link belong to the buyer too: agents see them on the next card.
    const earlier = await store.get<string[]>(customerTicketsKey(previousId));
    if (earlier?.length) await store.update<string[]>(customerTicketsKey(target), (list) => union(list, earlier).slice(-MAX_TICKETS));
  }
  return { customerId: target, previousId, changed, conflict };
}

/** Normalised and hashed, without duplicates, phones first (a phone names a person; an order, a purchase). */
function hashed(identifiers: Identifier[], secret?: string): { kind: IdentityKind; hash: string }[] {
  const out = new Map<string, { kind: IdentityKind; hash: string }>();
  const ordered = [...identifiers].sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'phone' ? -1 : 1));
  for (const { kind, value } of ordered) {
    const normalized = normalizeIdentifier(kind, value);
    if (normalized) out.set(`${kind}:${normalized}`, { kind, hash: identityHash(kind, normalized, secret) });
  }
  return [...out.values()];
}

function union(a: string[] | undefined, b: string[]): string[] {
  return [...new Set([...(a ?? []), ...b])];
}
