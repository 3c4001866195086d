// Finding a customer's history by customer id: the profiles linked to it on every channel, and their
// turns from the daily conversation logs — including turns logged before the link, under the ids the
// profiles had then. For agents' lookups and reports, not the hot path: it reads whole day logs.
import { dayOf, turnLog, type TurnRecord } from '../stages/record.js';
import type { Store } from '../store/store.js';
import { profileKey, type CustomerProfile } from './customer-profile.js';
import { customerLinksKey, type CustomerLinks } from './identity-links.js';

const DAY_MS = 24 * 3600_000;

export async function linkedProfiles(store: Store, customerId: string): Promise<CustomerProfile[]> {
  const links = await store.get<CustomerLinks>(customerLinksKey(customerId));
  // An unlinked customer's id is its one profile's `channel:userId`.
  const refs = links?.profiles ?? [customerId];
  const keys = refs.map((ref) => {
    const at = ref.indexOf(':');
    return profileKey(ref.slice(0, at), ref.slice(at + 1));
  });
  const profiles = await store.getMany<CustomerProfile>(keys);
  return profiles.filter((p): p is CustomerProfile => p?.id === customerId);
}

/** The customer's turns over the last `days` days (today included), oldest first, across channels. */
export async function customerHistory(store: Store, customerId: string, options: { days?: number; now?: number } = {}): Promise<TurnRecord[]> {
  const links = await store.get<CustomerLinks>(customerLinksKey(customerId));
  const ids = new Set([customerId, ...(links?.formerIds ?? [])]);
  const now = options.now ?? Date.now();
  const days = options.days ?? 7;
  const out: TurnRecord[] = [];
  for (let back = days - 1; back >= 0; back--) {
    const turns = await store.read<TurnRecord>(turnLog(dayOf(now - back * DAY_MS)));
    for (const turn of turns) if (ids.has(turn.customerId)) out.push(turn);
  }
  return out;
}
