// The managers' daily figures, computed from one day's scanned conversations, its tickets and ratings.
// Pure: the store is read elsewhere (report-data.ts), so the definitions below are tested on their own.
//
// Definitions (the report's footnotes say the same):
// - a conversation is a customer's turns in one chat with no pause over 30 minutes (day-scan.ts);
// - resolved by the bot: no person involved (no escalation, no ticket), the bot answered at least once,
//   the customer did not leave on an unanswered message, and did not come back within 24 hours;
// - first response: the bot's reply time to the first message, or, when that message was handed to a
//   person, the time until an agent's first reply;
// - claim time: ticket opened → claimed; handle time: claimed → closed.
import type { Ticket } from '../handoff/ticket.js';
import { DAY_MS, hourOf } from './days.js';
import type { DayScan, Session } from './day-scan.js';
import { mean, quantile, rate } from './stats.js';

export interface RatingEvent {
  ticket: string;
  rating: number;
  at: number;
  channel?: string;
}

export interface ChannelFigures {
  conversations: number;
  messages: number;
  botResolved: number;
  resolutionRate: number | null;
  escalated: number;
  escalationRate: number | null;
  firstResponseP50Ms: number | null;
  firstResponseP90Ms: number | null;
  /** Handed over on the first message and still without an agent's reply when computed. */
  awaitingAgent: number;
  negativeMessages: number;
  negativeShare: number | null;
  csatAverage: number | null;
  csatCount: number;
  tickets: number;
  claimP50Ms: number | null;
  claimP90Ms: number | null;
  handleP50Ms: number | null;
  handleP90Ms: number | null;
  /** LLM tokens the channel's turns spent (the day's total, in DailyFigures, also counts QA and agent assist). */
  llmTokens: number;
}

export interface AgentFigures {
  agent: string;
  claimed: number;
  closed: number;
  claimP50Ms: number | null;
  handleP50Ms: number | null;
  csatAverage: number | null;
  csatCount: number;
}

export interface DailyFigures {
  day: string;
  computedAt: number;
  total: ChannelFigures;
  channels: Record<string, ChannelFigures>;
  escalationReasons: Record<string, number>;
  agents: AgentFigures[];
  topQuestions: { entry: string; count: number }[];
  topUnanswered: { text: string; count: number }[];
  hourly: { conversations: number[]; botResolved: number[]; messages: number[] };
  llmTokens: number;
}

export interface FiguresInput {
  scan: DayScan;
  /** The next day's conversations so far: a customer back within 24 h was not resolved. */
  next?: DayScan;
  /** Tickets opened on the day. */
  tickets: Ticket[];
  /** Ratings given on the day. */
  ratings: RatingEvent[];
  llmTokens: number;
  computedAt: number;
}

export const TOP_N = 10;

/** Start times of each customer's conversations, sorted, for the 24-hour repeat check. */
function startsByCustomer(scans: DayScan[]): Map<string, number[]> {
  const starts = new Map<string, number[]>();
  for (const scan of scans) {
    for (const s of scan.sessions) {
      if (!s.substantive) continue;
      let list = starts.get(s.customerId);
      if (!list) starts.set(s.customerId, (list = []));
      list.push(s.start);
    }
  }
  for (const list of starts.values()) list.sort((a, b) => a - b);
  return starts;
}

function cameBack(starts: number[] | undefined, session: Session): boolean {
  if (!starts) return false;
  // First start after the session's end (binary search), then whether it is within a day.
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]! <= session.end) lo = mid + 1;
    else hi = mid;
  }
  return lo < starts.length && starts[lo]! <= session.end + DAY_MS;
}

export function isBotResolved(session: Session, starts: Map<string, number[]>): boolean {
  return (
    session.substantive &&
    session.escalatedAt === undefined &&
    !session.relayed &&
    session.ticketIds.length === 0 &&
    session.answered > 0 &&
    session.lastAction !== 'fallback' &&
    session.lastAction !== 'error' &&
    !cameBack(starts.get(session.customerId), session)
  );
}

interface Bucket {
  sessions: Session[];
  resolved: number;
  frt: number[];
  awaitingAgent: number;
  tickets: Ticket[];
  ratings: number[];
}

const newBucket = (): Bucket => ({ sessions: [], resolved: 0, frt: [], awaitingAgent: 0, tickets: [], ratings: [] });

function ticketTimes(tickets: Ticket[]) {
  const claim: number[] = [];
  const handle: number[] = [];
  for (const t of tickets) {
    if (t.claimedAt !== undefined) claim.push(t.claimedAt - t.createdAt);
    if (t.closedAt !== undefined && t.status === 'closed') handle.push(t.closedAt - (t.claimedAt ?? t.createdAt));
  }
  return { claim, handle };
}

function channelFigures(b: Bucket): ChannelFigures {
  const conversations = b.sessions.length;
  const messages = b.sessions.reduce((n, s) => n + s.messages, 0);
  const negativeMessages = b.sessions.reduce((n, s) => n + s.negative, 0);
  const escalated = b.sessions.filter((s) => s.escalatedAt !== undefined).length;
  const { claim, handle } = ticketTimes(b.tickets);
  return {
    conversations,
    messages,
    botResolved: b.resolved,
    resolutionRate: rate(b.resolved, conversations),
    escalated,
    escalationRate: rate(escalated, conversations),
    firstResponseP50Ms: quantile(b.frt, 0.5),
    firstResponseP90Ms: quantile(b.frt, 0.9),
    awaitingAgent: b.awaitingAgent,
    negativeMessages,
    negativeShare: rate(negativeMessages, messages),
    csatAverage: mean(b.ratings),
    csatCount: b.ratings.length,
    tickets: b.tickets.length,
    claimP50Ms: quantile(claim, 0.5),
    claimP90Ms: quantile(claim, 0.9),
    handleP50Ms: quantile(handle, 0.5),
    handleP90Ms: quantile(handle, 0.9),
    llmTokens: b.sessions.reduce((n, s) => n + s.tokens, 0),
  };
}

function agentFigures(tickets: Ticket[]): AgentFigures[] {
  const byAgent = new Map<string, Ticket[]>();
  for (const t of tickets) {
    if (!t.assignee) continue;
    const id = t.assignee.name ?? t.assignee.id;
    let list = byAgent.get(id);
    if (!list) byAgent.set(id, (list = []));
    list.push(t);
  }
  return [...byAgent]
    .map(([agent, list]) => {
      const { claim, handle } = ticketTimes(list);
      const ratings = list.flatMap((t) => (t.rating === undefined ? [] : [t.rating]));
      return {
        agent,
        claimed: list.length,
        closed: list.filter((t) => t.status === 'closed').length,
        claimP50Ms: quantile(claim, 0.5),
        handleP50Ms: quantile(handle, 0.5),
        csatAverage: mean(ratings),
        csatCount: ratings.length,
      };
    })
    .sort((a, b) => b.claimed - a.claimed || a.agent.localeCompare(b.agent));
}

export function computeDailyFigures(input: FiguresInput): DailyFigures {
  const { scan } = input;
  const starts = startsByCustomer(input.next ? [scan, input.next] : [scan]);
  const ticketsById = new Map(input.tickets.map((t) => [t.id, t]));
  const buckets = new Map<string, Bucket>();
  const bucket = (channel: string) => {
    let b = buckets.get(channel);
    if (!b) buckets.set(channel, (b = newBucket()));
    return b;
  };
  const total = newBucket();
  const hourly = { conversations: new Array<number>(24).fill(0), botResolved: new Array<number>(24).fill(0), messages: [...scan.messagesByHour] };
  const escalationReasons: Record<string, number> = {};

  for (const s of scan.sessions) {
    if (!s.substantive) continue;
    const b = bucket(s.channel);
    const hour = hourOf(s.start);
    b.sessions.push(s);
    total.sessions.push(s);
    hourly.conversations[hour]!++;
    if (isBotResolved(s, starts)) {
      b.resolved++;
      total.resolved++;
      hourly.botResolved[hour]!++;
    }
    if (s.escalationReason) escalationReasons[s.escalationReason] = (escalationReasons[s.escalationReason] ?? 0) + 1;
    if (s.firstAction === 'escalate') {
      const ticket = s.ticketIds.map((id) => ticketsById.get(id)).find((t) => t?.firstAgentReplyAt !== undefined);
      if (ticket?.firstAgentReplyAt !== undefined) {
        b.frt.push(ticket.firstAgentReplyAt - s.start);
        total.frt.push(ticket.firstAgentReplyAt - s.start);
      } else {
        b.awaitingAgent++;
        total.awaitingAgent++;
      }
    } else {
      b.frt.push(s.firstLatencyMs);
      total.frt.push(s.firstLatencyMs);
    }
  }
  for (const t of input.tickets) {
    bucket(t.channel).tickets.push(t);
    total.tickets.push(t);
  }
  for (const r of input.ratings) {
    if (r.channel) bucket(r.channel).ratings.push(r.rating);
    total.ratings.push(r.rating);
  }

  const channels: Record<string, ChannelFigures> = {};
  for (const name of [...buckets.keys()].sort()) channels[name] = channelFigures(buckets.get(name)!);
  return {
    day: scan.day,
    computedAt: input.computedAt,
    total: channelFigures(total),
    channels,
    escalationReasons,
    agents: agentFigures(input.tickets),
    topQuestions: [...scan.entries]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, TOP_N)
      .map(([entry, count]) => ({ entry, count })),
    topUnanswered: [...scan.unanswered.values()]
      .sort((a, b) => b.count - a.count || a.key.localeCompare(b.key))
      .slice(0, TOP_N)
      .map((q) => ({ text: q.text, count: q.count })),
    hourly,
    llmTokens: input.llmTokens,
  };
}
