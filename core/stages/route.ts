// Decides what the turn does: answer from the knowledge, hand over to a person, or say we did not
// understand. Escalation wins over answering: an angry customer is not soothed by an FAQ.
import { vipLevelOf } from '../customers/customer-facts.js';
import { isActive } from '../knowledge/knowledge-base.js';
import type { Middleware } from '../pipeline/compose.js';
import type { Turn } from '../pipeline/turn.js';
import { defaultRouting, routeEscalation, routingSchema, type Routing } from '../routing/routing-rules.js';
import { faqEntry } from './faq-entry.js';

/** Unanswered turns in a row after which a person takes over. */
export const UNRESOLVED_LIMIT = 3;

const parsedRouting = new WeakMap<object, Routing>();

/** The shop's routing rules (validated once per knowledge version), or the single default group. */
export function routingOf(raw: unknown): Routing {
  if (!raw || typeof raw !== 'object') return defaultRouting;
  let routing = parsedRouting.get(raw);
  if (!routing) {
    const parsed = routingSchema.safeParse(raw);
    routing = parsed.success ? parsed.data : defaultRouting;
    parsedRouting.set(raw, routing);
  }
  return routing;
}

export const route: Middleware<Turn> = async (turn, next) => {
  const { deps, conversation, inbound } = turn;
  const u = turn.understanding!;
  const kb = deps.knowledge.kb;
  const entry = faqEntry(kb, u.answer?.id);
  const promotion = u.answer && !entry ? kb.promotions.find((p) => p.id === u.answer!.id && isActive(p, new Date(deps.now()))) : undefined;
  const tags = entry?.tags ?? promotion?.tags ?? [];
  // Greetings and thanks, or "不用转人工": nothing was asked that went unanswered.
  const saidNothingToAnswer = u.reason === 'smalltalk' || u.reason === 'declined_person';
  const unresolvedNow = !u.answer && !u.escalate && !saidNothingToAnswer;

  if (inbound.kind === 'text' && !inbound.text.trim()) {
    turn.decision = { action: 'ignore', reason: 'empty' }; // nothing to answer; replying would be noise
  } else if (inbound.kind !== 'text' && !inbound.text.trim()) {
    turn.decision = { action: 'fallback', reason: `media_${inbound.kind}` };
  } else if (u.escalate || entry?.escalate || (unresolvedNow && conversation.unresolved + 1 >= UNRESOLVED_LIMIT)) {
    const reason = u.escalate ? u.reason : entry?.escalate ? `entry:${entry.id}` : 'unresolved';
    // The membership level from the shop's systems (VIP → senior group); undefined without one.
    const vipLevel = await vipLevelOf(turn);
    const target = routeEscalation(routingOf(kb.routing), { understanding: u, tags, channel: inbound.channel, vipLevel });
    turn.decision = { action: 'escalate', reason, group: target.group, priority: target.priority };
  } else if (u.answer) {
    turn.decision = { action: 'answer', reason: u.reason || 'faq' };
  } else if (saidNothingToAnswer) {
    turn.decision = { action: 'smalltalk', reason: u.reason };
  } else {
    turn.decision = { action: 'fallback', reason: u.reason || 'no_match' };
  }
  conversation.unresolved = turn.decision.action === 'fallback' ? conversation.unresolved + 1 : 0;
  await next();
};
