// Carries out the route's decision: answer, escalate, fallback or small talk.
import { answerFor } from '../answer/answer-text.js';
import { isActive } from '../knowledge/knowledge-base.js';
import { groundedAnswer } from '../llm/grounded-answer.js';
import type { Middleware } from '../pipeline/compose.js';
import type { Turn } from '../pipeline/turn.js';
import { isOpen, nextOpening, nextOpeningAt } from '../routing/business-hours.js';
import { routingOf } from './route.js';
import { say } from './say.js';
import { faqEntry } from './faq-entry.js';
import { customerLanguage, questionFor } from './customer-language.js';
import { messagesFor, shopWording } from './customer-messages.js';

export const respond: Middleware<Turn> = async (turn, next) => {
  const decision = turn.decision!;
  switch (decision.action) {
    case 'answer':
      await answer(turn);
      break;
    case 'escalate':
      await escalate(turn);
      break;
    case 'smalltalk': {
      const language = customerLanguage(turn);
      const said = messagesFor(language);
      const thanks = /谢|thank|thx/iu.test(turn.inbound.text);
      const declined = decision.reason === 'declined_person'; // 不用转人工，我自己看看
      const praised = !thanks && !declined && (turn.understanding?.sentiment ?? 0) > 0; // 这茶绝了
      await say(turn, thanks ? said.thanks : declined ? said.declined : praised ? said.praised : shopWording(turn.deps.knowledge.kb.shop, 'greeting', language));
      break;
    }
    case 'fallback': {
      const language = customerLanguage(turn);
      const said = messagesFor(language);
      const media = decision.reason.startsWith('media_') ? said.media[decision.reason.slice(6)] : undefined;
      const kb = turn.deps.knowledge.kb;
      const offered = (turn.understanding?.candidates ?? []).slice(0, 2).flatMap((c) => {
        const entry = faqEntry(kb, c.id);
        const q = entry && questionFor(entry, language);
        return q ? [{ question: q, score: c.score }] : [];
      });
      const likely = offered[0] && offered[0].score >= CLARIFY_MIN_SCORE ? offered[0].question : undefined;
      const text = media ?? (likely ? said.clarify(likely) : shopWording(kb.shop, 'fallback', language));
      await say(turn, text, [...offered.map(({ question }) => ({ label: question, text: question })), said.human]);
      break;
    }
    default:
      break;
  }
  await next();
};

async function answer(turn: Turn): Promise<void> {
  const { deps, inbound } = turn;
  const kb = deps.knowledge.kb;
  const id = turn.understanding!.answer!.id;
  const entry = faqEntry(kb, id);
  const item = entry ?? kb.promotions.find((p) => p.id === id && isActive(p, new Date(deps.now())));
  if (!item) return;
  turn.faq = id;
  const quick = entry?.suggest?.map((q) => ({ label: q, text: q }));
  const known = answerFor(item, inbound.channel, customerLanguage(turn));
  // With an LLM: the answer in the conversation's words, grounded and checked; on any fault or failed
  // check, the entry's own answer.
  await say(turn, deps.llm ? await groundedAnswer(turn, id, known) : known, quick);
}

const SUGGESTION_MIN_SCORE = 0.3;
/**
 * A candidate at least this confident (the engine answers from 0.5) is offered back by name ("您是想问…吗？"):
 * a customer who meant it is one tap from the answer, and nobody gets a guess as an answer.
 */
const CLARIFY_MIN_SCORE = 0.25;
const PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const;
type Priority = (typeof PRIORITIES)[number];

function higherPriority(a: Priority | undefined, b: Priority): Priority {
  return a && PRIORITIES.indexOf(a) > PRIORITIES.indexOf(b) ? a : b;
}

async function escalate(turn: Turn): Promise<void> {
  const { deps, conversation, inbound } = turn;
  const kb = deps.knowledge.kb;
  const decision = turn.decision!;
  const u = turn.understanding;
  const text = inbound.text;
  // The engine matched the playbook on normalised text; the plain substring check covers engines that don't say.
  const playbook = kb.playbooks.find((p) => p.id === u?.playbook) ?? kb.playbooks.find((p) => p.triggers.some((t) => text.includes(t)));
  const routing = routingOf(kb.routing);
  const group = routing.groups.find((g) => g.id === (playbook?.group ?? decision.group)) ?? routing.groups[0]!;
  const now = new Date(deps.now());
  const open = isOpen(group.hours, now, kb.shop.timezone);
  // After hours the ticket waits for the opening: the card says so (in the agents' Chinese) and the
  // timeouts count from then.
  const opensLabel = !open && group.hours ? nextOpening(group.hours, now, kb.shop.timezone) : undefined;
  const opensAt = !open && group.hours ? nextOpeningAt(group.hours, now, kb.shop.timezone) : undefined;

  // Suggested replies for the agent: the playbook's, then the knowledge's plausible guesses (a weak
  // candidate of an angry message is noise on the card). The LLM's drafts are one /suggest away: waiting
  // for them here would hold the card past the half second agents and customers are promised.
  const suggestions = [
    ...(playbook?.suggested_replies ?? []),
    ...(u?.candidates ?? []).filter((c) => c.score >= SUGGESTION_MIN_SCORE).slice(0, 3).flatMap((c) => {
      const e = faqEntry(kb, c.id);
      return e ? [answerFor(e, inbound.channel, customerLanguage(turn))] : [];
    }),
  ].slice(0, 5);
  if (u?.answer) turn.faq = u.answer.id;

  conversation.turns.push({ role: 'customer', text });
  const opening = deps.handoff.open(conversation, {
    reason: decision.reason,
    group: group.id,
    // A playbook's priority counts only when it sets one, and never lowers what the routing rule decided.
    priority: higherPriority(playbook?.priority, decision.priority ?? 'normal'),
    suggestions,
    steps: playbook?.steps,
    opensAt,
    opensLabel,
  });
  conversation.turns.pop(); // open took the transcript; record adds the customer's turn with the reply

  const parts: string[] = [];
  if (playbook) parts.push(playbook.reply);
  else if (u?.answer && turn.faq) {
    const entry = faqEntry(kb, turn.faq);
    if (entry?.escalate) parts.push(answerFor(entry, inbound.channel, customerLanguage(turn)));
  }
  const language = customerLanguage(turn);
  if (open) parts.push(shopWording(kb.shop, 'handoff', language));
  else parts.push(messagesFor(language).afterHours(group.hours ? nextOpening(group.hours, now, kb.shop.timezone, language) : undefined));
  // The customer hears they are passed on while the ticket is saved and posted: waiting for the ticket's
  // store rounds first held every handoff's reply three or four rounds longer than an answer's. Nothing
  // is lost to a crash between them: the turn is replayed, the keyed ticket opened, the keyed reply not
  // sent twice.
  const [ticket] = await Promise.all([opening, say(turn, parts.join('\n'))]);
  turn.ticketId = ticket.id;
}
