// Hands a conversation to people and back. While a ticket is open the bot is silent: what the customer
// writes is mirrored to the desk, what an agent writes is relayed to the customer through the outbox
// (so it survives a crash and reaches WeChat from whichever process holds the login).
//
// Tickets change by atomic read-modify-write of their key (`store.update`), under the conversation's
// lock: a turn, an agent's event and the timeouts check never interleave in one process, and two
// processes sharing Redis never lose each other's changes.
import { createHash, randomUUID } from 'node:crypto';
import type { ConversationState } from '../dialogue/conversation.js';
import type { KeyedMutex } from '../store/keyed-mutex.js';
import type { Logger } from '../log.js';
import type { Outbox } from '../outbox.js';
import type { Store } from '../store/store.js';
import type { Language } from '../text/language.js';
import type { Desk, HandoffCard } from './desk.js';
import type { ProfileProvider } from './profile.js';
import { messagesFor } from '../stages/customer-messages.js';
import { conversationLanguage } from '../stages/customer-language.js';
import { customerTicketsKey, deskIndexKey, openTicketsKey, ticketKey, type EndReason, type Ticket } from './ticket.js';

/** Suggested replies for an agent on demand (/suggest): the knowledge's by default, an LLM's later. */
export interface SuggestProvider {
  suggest(ticket: Ticket): Promise<string[]>;
}

export interface HandoffDeps {
  store: Store;
  outbox: Outbox;
  log: Logger;
  desk: Desk;
  /** The per-conversation lock the pipeline uses, so agent events never interleave with a turn. */
  conversations: KeyedMutex;
  now: () => number;
  /** Profile lines for the card; default: none. */
  profiles?: ProfileProvider;
  /** Answers /suggest; default: the suggestions the ticket was opened with. */
  suggest?: SuggestProvider;
  /** Resolves a group named in /transfer (id or display name) to its id; undefined = unknown group. */
  resolveGroup?: (name: string) => string | undefined;
}

export interface Agent {
  id: string;
  name?: string;
}

export interface OpenRequest {
  reason: string;
  group: string;
  priority: Ticket['priority'];
  suggestions: string[];
  profile?: Record<string, string>;
  steps?: string[];
  /** After hours: when the group opens, and how the customer was told. */
  opensAt?: number;
  opensLabel?: string;
  /** What opened it (the turn's message): the same key opens the same ticket, so a replayed turn finds its own. */
  key?: string;
}

export interface AgentSaidOptions {
  /** The desk's message id: a redelivered event is not relayed twice. */
  ref?: string;
}

const RATING_LOG = 'ratings';
const TICKET_LOG = 'tickets';
/** The profile comes from the shop's systems: it may not hold up the customer's answer longer than this. */
const PROFILE_BUDGET_MS = 200;

export const AGENT_HELP =
  '在本话题里直接回复即发给客户。命令：/claim 认领 · /close [原因] 结束 · /transfer 组 转组 · /note 文字 内部备注（客户不可见） · /suggest 建议回复 · /bot 交还机器人';

const COMMAND = /^\/[a-z]+$/iu;

const END_LABELS: Record<EndReason, string> = { resolved: '已解决', handed_back: '已交还机器人', timeout: '超时', customer_left: '客户已离开' };

export class HandoffService {
  constructor(private readonly deps: HandoffDeps) {}

  get desk(): Desk {
    return this.deps.desk;
  }

  async get(id: string): Promise<Ticket | undefined> {
    return this.deps.store.get<Ticket>(ticketKey(id));
  }

  async findByDesk(deskAddress: string): Promise<Ticket | undefined> {
    const id = await this.deps.store.get<string>(deskIndexKey(deskAddress));
    return id ? this.get(id) : undefined;
  }

  /** Ids of the tickets not closed yet. */
  async openTicketIds(): Promise<string[]> {
    const [members, legacy] = await Promise.all([this.deps.store.members(openTicketsKey), this.deps.store.get<string[]>(openTicketsKey)]);
    // Tickets opened before the index became a set are still in the list it used to be.
    return legacy?.length ? [...new Set([...members, ...legacy])] : members;
  }

  /** Atomic read-modify-write of a ticket. */
  change(id: string, change: (ticket: Ticket) => void): Promise<Ticket | undefined> {
    return this.deps.store.update<Ticket>(ticketKey(id), (t) => {
      if (t) change(t);
      return t;
    });
  }

  /** Runs work under the ticket's conversation lock (what agent actions and the timeouts check use). */
  async locked<T>(ticketId: string, work: (ticket: Ticket) => Promise<T>): Promise<T | undefined> {
    const ticket = await this.get(ticketId);
    if (!ticket) return undefined;
    return this.deps.conversations.run(ticket.conversationKey, async () => {
      const fresh = await this.get(ticketId);
      return fresh ? work(fresh) : undefined;
    });
  }

  /** The desk learned later where the ticket lives (a card posted after an outage): index it. */
  async attachDesk(ticketId: string, deskAddress: string): Promise<void> {
    await Promise.all([
      this.deps.store.set(deskIndexKey(deskAddress), ticketId),
      this.change(ticketId, (t) => {
        t.deskAddress = deskAddress;
      }),
    ]);
  }

  /** The service as one turn sees it: the tickets it opens are keyed by the turn (see OpenRequest.key). */
  forTurn(turnKey: string): HandoffService {
    const service = this;
    return Object.create(service, {
      open: { value: (conversation: ConversationState, request: OpenRequest) => service.open(conversation, { key: turnKey, ...request }) },
    }) as HandoffService;
  }

  /**
   * Opens a ticket for a conversation (called inside the conversation's turn). Mutates the state. The
   * transcript is the conversation's turns when called; the rest may be awaited alongside other work.
   */
  async open(conversation: ConversationState, request: OpenRequest): Promise<Ticket> {
    const now = this.deps.now();
    // Keyed (a turn): the id comes from the key. A replay of the turn after a crash finds the ticket its
    // first run saved and opens it again in place: same ticket, same card (the desk's sends are keyed
    // by ticket id), indexes not doubled.
    const id = request.key ? createHash('sha256').update(request.key).digest('hex').slice(0, 8) : randomUUID().slice(0, 8);
    // The transcript as it is now, before the first wait: the caller may go on with the conversation
    // (say its reply) while the ticket is saved.
    const transcript = conversation.turns.map((t) => ({ role: t.role === 'agent' ? ('agent' as const) : t.role, text: t.text, at: now }));
    // The profile is read meanwhile: a replay, rare, throws it away; every other handoff waits one store
    // round instead of two before its card.
    const [earlier, fresh] = await Promise.all([request.key ? this.get(id) : undefined, this.profileOf(conversation)]);
    if (earlier && earlier.conversationKey !== conversation.key) return this.open(conversation, { ...request, key: undefined }); // another's: a fresh id
    if (earlier?.status === 'closed') return earlier; // handled and closed while this process was down: nothing to reopen
    const replayed = earlier;
    const profile = replayed?.profile ?? { ...fresh, ...request.profile };
    const ticket: Ticket = replayed ?? {
      id,
      conversationKey: conversation.key,
      customerAddress: conversation.address,
      channel: conversation.channel,
      customerId: conversation.customerId,
      customerName: conversation.userName,
      group: request.group,
      priority: request.priority,
      reason: request.reason,
      status: 'waiting',
      createdAt: now,
      transcript,
      suggestions: request.suggestions,
      profile,
      steps: request.steps,
      opensAt: request.opensAt,
      opensLabel: request.opensLabel,
    };
    // Saved before the desk hears of it: if posting fails, the ticket still exists and is retried.
    await this.deps.store.set(ticketKey(ticket.id), ticket);
    conversation.mode = 'handoff';
    conversation.ticketId = ticket.id;
    const card: HandoffCard = { ticket, suggestions: request.suggestions, profile, steps: request.steps };
    try {
      const deskAddress = await this.deps.desk.open(card);
      if (deskAddress) {
        ticket.deskAddress = deskAddress;
        await this.attachDesk(ticket.id, deskAddress);
      }
    } catch (error) {
      this.deps.log.error({ err: error, ticket: ticket.id }, 'handoff: could not post the ticket to the desk');
    }
    // The indexes come after the card: they are not what the agents wait for. The open tickets are a set:
    // as one list in one value, every ticket opened read and rewrote all the others (and, on Redis,
    // queued for that value's lock behind every other handoff).
    await Promise.all([
      this.deps.store.addToSet(openTicketsKey, ticket.id),
      this.deps.store.update<string[]>(customerTicketsKey(ticket.customerId), (ids) => (ids?.includes(ticket.id) ? ids : [...(ids ?? []), ticket.id].slice(-50))),
      replayed ? undefined : this.deps.store.append(TICKET_LOG, { id: ticket.id, at: now, event: 'opened', reason: ticket.reason, group: ticket.group, channel: ticket.channel }),
    ]);
    this.deps.log.info({ ticket: ticket.id, reason: ticket.reason, group: ticket.group, afterHours: Boolean(ticket.opensAt) }, 'handoff: ticket opened');
    return ticket;
  }

  private async profileOf(conversation: ConversationState): Promise<Record<string, string>> {
    const provider = this.deps.profiles;
    if (!provider) return {};
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<Record<string, string>>((resolve) => {
      timer = setTimeout(() => resolve({}), PROFILE_BUDGET_MS);
    });
    try {
      return await Promise.race([provider.profile(conversation), late]);
    } catch (error) {
      this.deps.log.warn({ err: error }, 'handoff: the profile provider failed; the card goes without');
      return {};
    } finally {
      clearTimeout(timer);
    }
  }

  /**
   * The customer wrote while a person has the conversation: record and mirror, say nothing. False when
   * the conversation's ticket is closed or gone: nobody is there to read it.
   */
  async customerSaid(conversation: ConversationState, text: string): Promise<boolean> {
    if (!conversation.ticketId) return false;
    let open = false;
    const ticket = await this.change(conversation.ticketId, (t) => {
      if (t.status === 'closed') return;
      open = true;
      t.transcript.push({ role: 'customer', text, at: this.deps.now() });
    });
    if (!ticket || !open) return false;
    await this.deps.desk.mirror(ticket, text);
    return true;
  }

  /**
   * What an agent wrote in the ticket's place on the desk: a command (/claim, /close [reason], /bot,
   * /note TEXT, /transfer GROUP, /suggest, /help) or a reply for the customer. Returns a line for the
   * desk to show ('' when there is nothing to say).
   */
  async agentSaid(ticketId: string, agent: Agent, text: string, options: AgentSaidOptions = {}): Promise<string> {
    const trimmed = text.trim();
    const [command = '', ...rest] = trimmed.split(/\s+/u);
    const argument = rest.join(' ');
    if (!COMMAND.test(command)) return this.relay(ticketId, agent, trimmed, options.ref);
    switch (command.toLowerCase()) {
      case '/claim':
        return this.claim(ticketId, agent);
      case '/close':
        return this.close(ticketId, 'resolved', agent, argument || undefined);
      case '/bot':
        return this.close(ticketId, 'handed_back', agent, argument || undefined);
      case '/note':
        return this.note(ticketId, agent, argument);
      case '/transfer':
        return this.transfer(ticketId, agent, argument);
      case '/suggest':
        return this.suggestions(ticketId);
      case '/help':
        return AGENT_HELP;
      default:
        return `未知命令 ${command}。${AGENT_HELP}`;
    }
  }

  /** True when the text is an agent command rather than a reply for the customer. */
  static isCommand(text: string): boolean {
    return COMMAND.test(text.trim().split(/\s+/u)[0] ?? '');
  }

  private async withTicket(ticketId: string, work: (ticket: Ticket) => Promise<string>): Promise<string> {
    const result = await this.locked(ticketId, (fresh) => (fresh.status === 'closed' ? Promise.resolve(`工单 ${ticketId} 已结束`) : work(fresh)));
    return result ?? `工单 ${ticketId} 不存在`;
  }

  claim(ticketId: string, agent: Agent): Promise<string> {
    return this.withTicket(ticketId, async (current) => {
      if (current.assignee && current.assignee.id !== agent.id) return `工单已由 ${nameOf(current.assignee)} 接待`;
      if (current.assignee) return '你已在接待此工单';
      const now = this.deps.now();
      let taken: Agent | undefined;
      const ticket = await this.change(ticketId, (t) => {
        if (t.assignee) {
          taken = t.assignee; // another process was quicker
          return;
        }
        t.assignee = agent;
        t.status = 'assigned';
        t.claimedAt = now;
      });
      if (taken && taken.id !== agent.id) return `工单已由 ${nameOf(taken)} 接待`;
      await this.deps.desk.update(ticket!, 'claimed');
      await this.deps.store.append(TICKET_LOG, { id: ticketId, at: now, event: 'claimed', agent: agent.id });
      return `${nameOf(agent)} 已接待`;
    });
  }

  private relay(ticketId: string, agent: Agent, text: string, ref?: string): Promise<string> {
    return this.withTicket(ticketId, async (current) => {
      if (!text) return '空消息未发送';
      if (ref && current.transcript.some((l) => l.ref === ref)) return ''; // a replayed event: already relayed
      if (current.assignee && current.assignee.id !== agent.id) return `工单由 ${nameOf(current.assignee)} 接待，请先 /transfer 或由其回复`;
      // Recorded in the outbox first: the customer gets it even if this process dies right after. Keyed
      // by the desk's message: an event replayed after such a crash finds it queued and sends nothing more.
      await this.deps.outbox.enqueue({ address: current.customerAddress, text, from: 'agent' }, ref ? { key: `relay:${ticketId}:${ref}` } : {});
      const now = this.deps.now();
      let claimedNow = false;
      const ticket = await this.change(ticketId, (t) => {
        // Writing to the customer claims the ticket implicitly: it is obvious who is handling it.
        if (!t.assignee) {
          t.assignee = agent;
          t.status = 'assigned';
          t.claimedAt = now;
          claimedNow = true;
        }
        t.firstAgentReplyAt ??= now;
        t.transcript.push({ role: 'agent', text, at: now, by: agent.id, ref });
      });
      await this.rememberInConversation(current.conversationKey, (c) => {
        c.turns.push({ role: 'agent', text });
      });
      if (claimedNow) {
        await this.deps.desk.update(ticket!, 'claimed');
        await this.deps.store.append(TICKET_LOG, { id: ticketId, at: now, event: 'claimed', agent: agent.id });
      }
      return '';
    });
  }

  private note(ticketId: string, agent: Agent, text: string): Promise<string> {
    return this.withTicket(ticketId, async () => {
      if (!text) return '用法：/note 备注内容';
      await this.change(ticketId, (t) => {
        t.transcript.push({ role: 'note', text, at: this.deps.now(), by: agent.id });
      });
      return '备注已记录（客户不可见）';
    });
  }

  private transfer(ticketId: string, agent: Agent, name: string): Promise<string> {
    return this.withTicket(ticketId, async (current) => {
      if (!name) return '用法：/transfer 组名';
      const group = this.deps.resolveGroup ? this.deps.resolveGroup(name) : name;
      if (!group) return `没有这个组：${name}`;
      if (group === current.group) return `工单已在 ${group}`;
      const from = current.group;
      const ticket = await this.change(ticketId, (t) => {
        t.group = group;
        t.assignee = undefined;
        t.status = 'waiting';
        t.transfers = (t.transfers ?? 0) + 1;
        t.transcript.push({ role: 'note', text: `${nameOf(agent)} 转给 ${group}`, at: this.deps.now(), by: agent.id });
      });
      await this.deps.desk.update(ticket!, `transferred:${from}`);
      await this.deps.store.append(TICKET_LOG, { id: ticketId, at: this.deps.now(), event: 'transferred', from, to: group, agent: agent.id });
      return `已转给 ${group}`;
    });
  }

  private async suggestions(ticketId: string): Promise<string> {
    const ticket = await this.get(ticketId);
    if (!ticket) return `工单 ${ticketId} 不存在`;
    let list = ticket.suggestions ?? [];
    if (this.deps.suggest) {
      try {
        list = await this.deps.suggest.suggest(ticket);
      } catch (error) {
        this.deps.log.warn({ err: error, ticket: ticketId }, 'handoff: the suggest provider failed; showing the stored suggestions');
      }
    }
    return list.length ? `建议回复：\n${list.map((s, i) => `${i + 1}. ${s}`).join('\n')}` : '暂无建议回复';
  }

  /** Ends a ticket: the bot answers again and asks the customer for a rating. */
  close(ticketId: string, endReason: EndReason, agent?: Agent, note?: string): Promise<string> {
    return this.withTicket(ticketId, async () => {
      const now = this.deps.now();
      const ticket = await this.change(ticketId, (t) => {
        t.status = 'closed';
        t.closedAt = now;
        t.endReason = endReason;
        t.closeNote = note;
      });
      await this.deps.store.removeFromSet(openTicketsKey, ticketId);
      if ((await this.deps.store.get<string[]>(openTicketsKey))?.includes(ticketId)) {
        await this.deps.store.update<string[]>(openTicketsKey, (ids) => (ids ?? []).filter((id) => id !== ticketId)); // the list of before the set
      }
      await this.rememberInConversation(ticket!.conversationKey, (c) => {
        c.mode = 'bot';
        if (c.ticketId === ticketId) c.ticketId = undefined;
        c.unresolved = 0;
        c.awaitingRating = ticketId;
      });
      await this.deps.outbox.enqueue({ address: ticket!.customerAddress, text: messagesFor(ticketLanguage(ticket!)).serviceEnded, from: 'bot' });
      await this.deps.desk.update(ticket!, 'closed');
      await this.deps.store.append(TICKET_LOG, { id: ticketId, at: now, event: 'closed', endReason, agent: agent?.id });
      this.deps.log.info({ ticket: ticketId, endReason }, 'handoff: ticket closed');
      return `工单已结束（${END_LABELS[endReason]}${note ? `：${note}` : ''}）`;
    });
  }

  /** Stores a 1–5 rating for a closed ticket. */
  async rate(ticketId: string, rating: number): Promise<void> {
    const ticket = await this.change(ticketId, (t) => {
      t.rating = rating;
    });
    if (!ticket) return;
    await this.deps.store.append(RATING_LOG, { ticket: ticketId, rating, at: this.deps.now(), channel: ticket.channel, group: ticket.group, agent: ticket.assignee?.id });
    await this.deps.desk.update(ticket, 'rated');
  }

  /** Says something to the ticket's customer as the bot (reminders from the timeouts check). */
  async tellCustomer(ticket: Ticket, text: string): Promise<void> {
    await this.deps.outbox.enqueue({ address: ticket.customerAddress, text, from: 'bot' });
    await this.change(ticket.id, (t) => {
      t.transcript.push({ role: 'bot', text, at: this.deps.now() });
    });
  }

  /** A line for the agents where the ticket lives. */
  async tellAgents(ticket: Ticket, text: string, mention?: string): Promise<void> {
    const desk = this.deps.desk;
    if (desk.notify) await desk.notify(ticket, text, { mention });
    else await desk.update(ticket, `notice:${text}`);
  }

  private async rememberInConversation(key: string, change: (c: ConversationState) => void): Promise<void> {
    await this.deps.store.update<ConversationState>(key, (c) => {
      if (c) change(c);
      return c;
    });
  }
}

function nameOf(agent: Agent): string {
  return agent.name ?? agent.id;
}

/** The language the bot speaks to a ticket's customer in: the one they wrote in (Chinese before any words). */
export function ticketLanguage(ticket: Ticket): Language {
  return conversationLanguage(ticket.transcript) ?? 'zh';
}
