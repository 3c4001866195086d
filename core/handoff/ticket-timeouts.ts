// Keeps waiting customers from being forgotten: a periodic check over the open tickets.
// - Nobody claimed a ticket within `claim_minutes` (counted from the group's opening for a ticket opened
//   after hours): the group is reminded and the customer told a person is on the way.
// - A claimed ticket whose customer has waited `reply_minutes` for an agent: the assignee is reminded.
// - The group closed while a ticket still waits: the customer is told when it opens; at the opening the
//   group is reminded of the tickets that waited through the night.
// Each reminder happens once per threshold (a set-if-absent key in the store, so two processes running
// the check never both send it). Time comes from the injected now(): tests move the clock.
import type { KnowledgeHolder } from '../knowledge/knowledge-holder.js';
import type { Logger } from '../log.js';
import { isOpen, nextOpening, nextOpeningAt } from '../routing/business-hours.js';
import { defaultRouting, routingSchema, type Routing } from '../routing/routing-rules.js';
import type { Store } from '../store/store.js';
import { messagesFor } from '../stages/customer-messages.js';
import { ticketLanguage, type HandoffService } from './handoff-service.js';
import type { Ticket } from './ticket.js';

export interface TicketTimeoutsDeps {
  handoff: HandoffService;
  store: Store;
  knowledge: Pick<KnowledgeHolder, 'kb'>;
  log: Logger;
  now: () => number;
}

const ONCE_TTL_MS = 3 * 24 * 3600_000;

function routingFrom(raw: unknown): Routing {
  const parsed = routingSchema.safeParse(raw);
  return parsed.success ? parsed.data : defaultRouting;
}

export type TimeoutEvent = 'claim_reminder' | 'reply_reminder' | 'after_hours' | 'opening';

export class TicketTimeouts {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<TimeoutEvent[]> | undefined;

  constructor(private readonly deps: TicketTimeoutsDeps) {}

  start(intervalMs = 30_000): void {
    if (this.timer) return;
    this.timer = setInterval(() => {
      this.check().catch((error: unknown) => this.deps.log.error({ err: error }, 'timeouts: check failed'));
    }, intervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.running?.catch(() => undefined);
  }

  /** One pass over the open tickets; returns what it did (for tests and logs). */
  check(): Promise<TimeoutEvent[]> {
    this.running ??= this.pass().finally(() => (this.running = undefined));
    return this.running;
  }

  private async pass(): Promise<TimeoutEvent[]> {
    const { handoff } = this.deps;
    const done: TimeoutEvent[] = [];
    for (const id of await handoff.openTicketIds()) {
      try {
        await handoff.locked(id, async (ticket) => {
          if (ticket.status !== 'closed') done.push(...(await this.checkTicket(ticket)));
        });
      } catch (error) {
        this.deps.log.error({ err: error, ticket: id }, 'timeouts: ticket check failed');
      }
    }
    return done;
  }

  private once(ticket: Ticket, kind: string, reference: number): Promise<boolean> {
    return this.deps.store.setIfAbsent(`reminded:${ticket.id}:${kind}:${reference}`, 1, ONCE_TTL_MS);
  }

  private async checkTicket(ticket: Ticket): Promise<TimeoutEvent[]> {
    const { handoff, knowledge } = this.deps;
    const kb = knowledge.kb;
    const routing = routingFrom(kb.routing);
    const group = routing.groups.find((g) => g.id === ticket.group);
    const now = this.deps.now();
    const at = new Date(now);
    const language = ticketLanguage(ticket);
    const messages = messagesFor(language);
    const done: TimeoutEvent[] = [];

    if (group?.hours && !isOpen(group.hours, at, kb.shop.timezone)) {
      // Closed: a waiting ticket waits for the opening; the customer hears when, once.
      if (ticket.status === 'waiting' && !(ticket.opensAt && ticket.opensAt > now)) {
        const opensAt = nextOpeningAt(group.hours, at, kb.shop.timezone);
        const when = nextOpening(group.hours, at, kb.shop.timezone);
        await handoff.change(ticket.id, (t) => {
          t.opensAt = opensAt;
          t.opensLabel = when;
        });
        if (await this.once(ticket, 'after-hours', opensAt)) {
          await handoff.tellCustomer(ticket, messages.closedWhileWaiting(nextOpening(group.hours, at, kb.shop.timezone, language)));
          done.push('after_hours');
        }
      }
      return done;
    }

    const start = Math.max(ticket.createdAt, ticket.opensAt ?? 0);
    if (ticket.status === 'waiting' && ticket.opensAt && now >= ticket.opensAt && (await this.once(ticket, 'opening', ticket.opensAt))) {
      await handoff.tellAgents(ticket, `⏰ 上班啦：这张工单在休息时间创建（客户已被告知 ${ticket.opensLabel ?? '上班后'}处理），请尽快认领。`, 'all');
      done.push('opening');
    }

    const claimMs = routing.timeouts.claim_minutes * 60_000;
    if (ticket.status === 'waiting' && now - start >= claimMs && (await this.once(ticket, 'claim', start))) {
      const minutes = Math.round((now - start) / 60_000);
      await handoff.tellAgents(ticket, `⏰ 工单 #${ticket.id} 已等待 ${minutes} 分钟无人认领，请尽快 /claim 接待。`, 'all');
      await handoff.tellCustomer(ticket, messages.stillWaiting);
      this.deps.log.warn({ ticket: ticket.id, group: ticket.group, minutes }, 'timeouts: ticket not claimed in time');
      done.push('claim_reminder');
    }

    const waitingSince = customerWaitingSince(ticket);
    const replyMs = routing.timeouts.reply_minutes * 60_000;
    if (ticket.status === 'assigned' && waitingSince !== undefined && now - waitingSince >= replyMs && (await this.once(ticket, 'reply', waitingSince))) {
      const minutes = Math.round((now - waitingSince) / 60_000);
      await handoff.tellAgents(ticket, `⏰ 客户已等待回复 ${minutes} 分钟，请尽快回复。`, ticket.assignee?.id);
      this.deps.log.warn({ ticket: ticket.id, agent: ticket.assignee?.id, minutes }, 'timeouts: agent has not replied in time');
      done.push('reply_reminder');
    }
    return done;
  }
}

/** Since when the customer of an assigned ticket has been waiting for an agent, if they are. */
export function customerWaitingSince(ticket: Ticket): number | undefined {
  if (ticket.status !== 'assigned') return undefined;
  const lastAgent = findLast(ticket, 'agent');
  const lastCustomer = findLast(ticket, 'customer');
  if (lastAgent === undefined) return ticket.claimedAt; // claimed, not answered yet
  if (lastCustomer !== undefined && lastCustomer > lastAgent) return lastCustomer;
  return undefined;
}

function findLast(ticket: Ticket, role: 'agent' | 'customer'): number | undefined {
  for (let i = ticket.transcript.length - 1; i >= 0; i--) {
    const line = ticket.transcript[i]!;
    // Agent lines of this ticket carry who wrote them; older history copied in at opening does not.
    if (line.role === role && (role === 'customer' || line.by !== undefined)) return line.at;
  }
  return undefined;
}
