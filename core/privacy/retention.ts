// Data retention (PIPL: personal data is kept no longer than the purpose needs): deletes customers' data
// older than a cutoff — the per-day logs that hold their words, conversations idle since before it,
// tickets closed before it with the index entries that point at them, and profiles not seen since.
// Open tickets, their conversations and their customers' profiles stay, however old. Aggregates (report
// figures, counters) are not personal and stay.
//
// Every step is idempotent and ordered so that a crash between two writes leaves nothing pointing at what
// is gone: index entries (found by walking them, so a transferred ticket's earlier card and the list of
// the buyer a customer was linked to later are found too) go before the tickets and profiles they point
// at; a log's length goes after its entries. Running again finishes what an interrupted run started.
import type { ConversationState } from '../dialogue/conversation.js';
import { profileKey, type CustomerProfile } from '../customers/customer-profile.js';
import { customerLinksKey, type CustomerLinks } from '../customers/identity-links.js';
import { customerTicketsKey, deskIndexKey, openTicketsKey, ticketKey, type Ticket } from '../handoff/ticket.js';
import { addDays, dayOf } from '../reports/days.js';
import type { Store } from '../store/store.js';

export interface RetentionOptions {
  /** Epoch ms: data older than this goes (per-day logs: the days before its day). */
  cutoff: number;
  /** The per-day logs holding personal data, by day (`turns:<day>`, `order-access:<day>`…). */
  dayLogs: ((day: string) => string)[];
  /** Keys that live and die with a ticket, by its id (the Feishu card's location). */
  ticketKeys?: ((id: string) => string)[];
  /** Count what would go, delete nothing. */
  dryRun: boolean;
  /**
   * How many days before the cutoff's day to look for per-day logs. The store cannot list logs cheaply
   * (SQLite keeps a row per entry), so days are asked by name: a few thousand length reads, batched.
   */
  lookbackDays?: number;
}

export interface RetentionCounts {
  /** Per-day logs dropped, and the entries they held. */
  logs: number;
  logEntries: number;
  conversations: number;
  tickets: number;
  /** Index entries removed: desk index keys, card locations, ids in customers' ticket lists. */
  ticketIndexEntries: number;
  profiles: number;
  /** Cross-channel links and hashed identifiers of customers no profile is left for. */
  identityEntries: number;
}

/** Ten years: older logs than that before the cutoff are not looked for. */
const LOOKBACK_DAYS = 3660;
/** Length reads in flight at once while looking for logs. */
const PARALLEL = 500;

export async function applyRetention(store: Store, options: RetentionOptions): Promise<RetentionCounts> {
  const counts: RetentionCounts = { logs: 0, logEntries: 0, conversations: 0, tickets: 0, ticketIndexEntries: 0, profiles: 0, identityEntries: 0 };
  await dropDayLogs(store, options, counts);
  const open = await openTickets(store);
  await dropConversations(store, options, counts, new Set(open.map((t) => t.conversationKey)));
  await dropClosedTickets(store, options, counts);
  await dropProfiles(store, options, counts, new Set(open.map((t) => t.customerId)));
  return counts;
}

/** Each page of keys with a prefix, with their values (missing ones: gone since the page was listed). */
async function* walk<T>(store: Store, prefix: string): AsyncIterable<[string, T][]> {
  for await (const keys of store.keys(prefix)) {
    const values = await store.getMany<T>(keys);
    yield keys.flatMap((key, i) => (values[i] === undefined ? [] : [[key, values[i]!] as [string, T]]));
  }
}

/** Deletes `key` if `stale` still holds for its current value (atomic against other updates); true if it went. */
async function deleteIf<T>(store: Store, key: string, stale: (value: T) => boolean): Promise<boolean> {
  let gone = false;
  await store.update<T>(key, (current) => {
    if (current === undefined || !stale(current)) return current;
    gone = true;
    return undefined;
  });
  return gone;
}

async function dropDayLogs(store: Store, options: RetentionOptions, counts: RetentionCounts): Promise<void> {
  const lastDay = addDays(dayOf(options.cutoff), -1);
  const names: string[] = [];
  for (let back = options.lookbackDays ?? LOOKBACK_DAYS; back >= 0; back--) for (const log of options.dayLogs) names.push(log(addDays(lastDay, -back)));
  for (let i = 0; i < names.length; i += PARALLEL) {
    const slice = names.slice(i, i + PARALLEL);
    const lengths = await Promise.all(slice.map((log) => store.length(log)));
    for (const [j, log] of slice.entries()) {
      if (!lengths[j]) continue;
      counts.logs++;
      counts.logEntries += lengths[j]!;
      if (!options.dryRun) await store.dropLog(log);
    }
  }
}

async function openTickets(store: Store): Promise<Ticket[]> {
  const [members, legacy] = await Promise.all([store.members(openTicketsKey), store.get<string[]>(openTicketsKey)]);
  const ids = [...new Set([...members, ...(legacy ?? [])])];
  return (await store.getMany<Ticket>(ids.map(ticketKey))).filter((t): t is Ticket => t !== undefined && t.status !== 'closed');
}

async function dropConversations(store: Store, options: RetentionOptions, counts: RetentionCounts, withOpenTicket: Set<string>): Promise<void> {
  // A conversation a person still has (or that an open ticket names) stays: the ticket points at it.
  const stale = (c: ConversationState) => c.lastAt < options.cutoff && c.mode !== 'handoff' && !withOpenTicket.has(c.key);
  for await (const page of walk<ConversationState>(store, 'conv:')) {
    for (const [key, c] of page) {
      if (!stale(c)) continue;
      if (options.dryRun) counts.conversations++;
      else if (await deleteIf(store, key, stale)) counts.conversations++;
    }
  }
}

async function dropClosedTickets(store: Store, options: RetentionOptions, counts: RetentionCounts): Promise<void> {
  const stale = (t: Ticket) => t.status === 'closed' && (t.closedAt ?? t.createdAt) < options.cutoff;
  const goes = (t: Ticket | undefined) => !t || stale(t);
  // What points at the tickets goes first, the tickets last, so no index ever points at a ticket that is
  // gone: desk index keys (every card a ticket had, a transfer's earlier one too), then customers' ticket
  // lists (the buyer's a customer was linked to later too). Entries left by a ticket deleted some other
  // way go with them.
  if (!options.dryRun) {
    for await (const page of walk<string>(store, 'ticket-at:')) {
      const tickets = await store.getMany<Ticket>(page.map(([, id]) => ticketKey(id)));
      for (const [i, [key, id]] of page.entries()) {
        if (goes(tickets[i]) && (await deleteIf<string>(store, key, (current) => current === id))) counts.ticketIndexEntries++;
      }
    }
    for await (const page of walk<string[]>(store, 'customer-tickets:')) {
      const ids = [...new Set(page.flatMap(([, list]) => list))];
      const tickets = await store.getMany<Ticket>(ids.map(ticketKey));
      const going = new Set(ids.filter((_, i) => goes(tickets[i])));
      if (!going.size) continue;
      for (const [key, list] of page) if (list.some((id) => going.has(id)) && (await withoutIds(store, key, going))) counts.ticketIndexEntries++;
    }
  }
  for await (const page of walk<Ticket>(store, 'ticket:')) {
    for (const [key, t] of page) {
      if (!stale(t)) continue;
      counts.tickets++;
      if (options.dryRun) continue;
      for (const keyOf of options.ticketKeys ?? []) if (await store.delete(keyOf(t.id))) counts.ticketIndexEntries++;
      await store.delete(key);
    }
  }
}

/** Removes ids from a customer's ticket list (the key goes when none is left); true when the list changed. */
async function withoutIds(store: Store, key: string, ids: Set<string>): Promise<boolean> {
  let changed = false;
  await store.update<string[]>(key, (list) => {
    if (!list?.some((id) => ids.has(id))) return list;
    changed = true;
    const rest = list.filter((id) => !ids.has(id));
    return rest.length ? rest : undefined;
  });
  return changed;
}

async function dropProfiles(store: Store, options: RetentionOptions, counts: RetentionCounts, withOpenTicket: Set<string>): Promise<void> {
  const stale = (p: CustomerProfile) => p.lastSeen < options.cutoff && !withOpenTicket.has(p.id);
  if (!options.dryRun) {
    // Links first, then identities, then profiles (what points goes before what it points at). A buyer's
    // links name its profiles (`channel:userId`): the ones going leave the list; a buyer with none left
    // loses its links, then its hashed phone and order numbers (identity:*).
    for await (const page of walk<CustomerLinks>(store, 'customer-links:')) {
      for (const [key, links] of page) {
        const profiles = await store.getMany<CustomerProfile>(links.profiles.map(profileKeyOf));
        const going = new Set(links.profiles.filter((_, i) => !profiles[i] || stale(profiles[i]!)));
        if (!going.size) continue;
        await store.update<CustomerLinks>(key, (current) => {
          if (!current) return current;
          const rest = current.profiles.filter((ref) => !going.has(ref));
          return rest.length ? { ...current, profiles: rest } : undefined;
        });
        counts.identityEntries++;
      }
    }
    for await (const page of walk<string>(store, 'identity:')) {
      const links = await store.getMany<CustomerLinks>(page.map(([, owner]) => customerLinksKey(owner)));
      for (const [i, [key, owner]] of page.entries()) {
        // linkCustomer claims an identifier just before it writes the buyer's links: one claimed this very
        // moment may go too, and is claimed again at the customer's next proof.
        if (!links[i] && (await deleteIf<string>(store, key, (current) => current === owner))) counts.identityEntries++;
      }
    }
  }
  for await (const page of walk<CustomerProfile>(store, 'customer:')) {
    for (const [key, p] of page) {
      if (!stale(p)) continue;
      if (options.dryRun) counts.profiles++;
      else if (await deleteIf(store, key, stale)) counts.profiles++;
    }
  }
}

/** `channel:userId` (a link's reference) → the profile's key. */
function profileKeyOf(ref: string): string {
  const at = ref.indexOf(':');
  return profileKey(ref.slice(0, at), ref.slice(at + 1));
}
