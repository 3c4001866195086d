// Saving a conversation at the end of its turn without losing what another process wrote meanwhile.
//
// A turn loads the conversation, works for some milliseconds, then saves it. In one process nothing else
// writes it in between (the conversation's lock). Scaled out, the agent desk runs in another process and
// writes the conversation while a person has it: the agent's lines (context for the bot afterwards) and,
// when the ticket closes, the bot's turn back with a rating to ask for. A plain save at the end of a
// customer's turn would put back the conversation as it was loaded, dropping those. So while a person
// has the conversation (when loaded, or after the turn), the save reads what is stored and keeps what
// the other process added since the load. Other turns (nearly all) save plainly: no process writes a
// conversation the bot has.
import type { Store } from '../store/store.js';
import type { HistoryTurn } from '../understand/types.js';
import { HISTORY_TURNS, type ConversationState } from './conversation.js';

/** What the turn loaded: enough to tell what someone else changed since. */
export interface LoadedConversation {
  turns: HistoryTurn[];
  mode: ConversationState['mode'];
  ticketId?: string;
  awaitingRating?: string;
  unresolved: number;
}

/** Taken when the turn loads the conversation (a copy: the turn changes the conversation in place). */
export function loadedConversation(conversation: ConversationState): LoadedConversation {
  const { mode, ticketId, awaitingRating, unresolved } = conversation;
  return { turns: [...conversation.turns], mode, ticketId, awaitingRating, unresolved };
}

/** Saves the turn's conversation; see above for when it merges with what is stored. */
export async function saveConversation(store: Store, conversation: ConversationState, loaded: LoadedConversation | undefined): Promise<void> {
  if (!loaded || (loaded.mode !== 'handoff' && conversation.mode !== 'handoff')) return store.set(conversation.key, conversation);
  await store.update<ConversationState>(conversation.key, (stored) => (stored ? mergeConcurrent(conversation, stored, loaded) : conversation));
}

/**
 * `ours` (the turn's result) with what `stored` gained since `loaded`: lines added by someone else, and the
 * handoff fields (who has it and on which ticket, rating to ask, unanswered count) that changed there and
 * not here. Where
 * both changed a field, the turn's value stands (the later decision: a new handoff, say). A rating is
 * asked for only of a conversation the bot has.
 */
export function mergeConcurrent(ours: ConversationState, stored: ConversationState, loaded: LoadedConversation): ConversationState {
  const added = linesAdded(loaded.turns, stored.turns);
  const merged: ConversationState = { ...ours, turns: added.length ? [...ours.turns, ...added].slice(-HISTORY_TURNS) : ours.turns };
  const theirs = <F extends keyof LoadedConversation & keyof ConversationState>(field: F) => stored[field] !== loaded[field] && ours[field] === loaded[field];
  // Who has the conversation and on which ticket go together: both from one side.
  const handoffHere = ours.mode !== loaded.mode || ours.ticketId !== loaded.ticketId;
  if (!handoffHere && (stored.mode !== loaded.mode || stored.ticketId !== loaded.ticketId)) {
    merged.mode = stored.mode;
    merged.ticketId = stored.ticketId;
  }
  if (theirs('unresolved')) merged.unresolved = stored.unresolved;
  if (theirs('awaitingRating') && merged.mode === 'bot') merged.awaitingRating = stored.awaitingRating;
  return merged;
}

/**
 * The lines of `now` that `before` did not have. Both sides only ever append and drop from the front
 * (the window of HISTORY_TURNS), so each line of `before` is matched once, in order, and the rest is new.
 */
function linesAdded(before: HistoryTurn[], now: HistoryTurn[]): HistoryTurn[] {
  const seen = new Map<string, number>();
  for (const line of before) seen.set(lineKey(line), (seen.get(lineKey(line)) ?? 0) + 1);
  const added: HistoryTurn[] = [];
  for (const line of now) {
    const left = seen.get(lineKey(line)) ?? 0;
    if (left > 0) seen.set(lineKey(line), left - 1);
    else added.push(line);
  }
  return added;
}

const lineKey = (line: HistoryTurn) => `${line.role}\u0000${line.text}`;
