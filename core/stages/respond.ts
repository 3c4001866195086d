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

const HUMAN = { label: '转人工', text: '转人工' };

export const defaultMessages = {
  greeting: '您好，我是店小二，有什么可以帮您？',
  fallback: '抱歉，这个问题我还不太明白，可以换个说法吗？也可以回复“转人工”找客服。',
  /** Not sure enough to answer, but one entry is a likely reading: ask back, as an agent would. */
  clarify: '您想问的是不是「{question}」？点下面的问题就能看到答案；都不是的话，换个说法或回复“转人工”。',
  handoff: '已为您转接人工客服，请稍候，客服马上就来～',
  apology: '抱歉，系统开了个小差，请稍后再试，或回复“转人工”。',
};

const MEDIA: Record<string, string> = {
  image: '收到您的图片啦～我暂时看不了图片，麻烦用文字描述一下问题；如需客服查看图片，请回复“转人工”。',
  voice: '暂时听不了语音哦，麻烦打字告诉我您的问题～',
  video: '暂时看不了视频哦，麻烦用文字描述一下问题～',
  file: '收到文件啦，我暂时打不开文件，请用文字描述一下问题～',
  sticker: '😊 有什么可以帮您的吗？',
  link: '收到链接啦～请告诉我您想了解这个商品的什么问题？',
};

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
      const thanks = /谢|thank|thx/iu.test(turn.inbound.text);
      const declined = decision.reason === 'declined_person'; // 不用转人工，我自己看看
      const praised = !thanks && !declined && (turn.understanding?.sentiment ?? 0) > 0; // 这茶绝了
      await say(turn, thanks ? '不客气，有问题随时找我哦～' : declined ? '好的，有问题随时找我哦～' : praised ? '谢谢您的喜欢～有问题随时找我哦～' : (turn.deps.knowledge.kb.shop.greeting ?? defaultMessages.greeting));
      break;
    }
    case 'fallback': {
      const media = decision.reason.startsWith('media_') ? MEDIA[decision.reason.slice(6)] : undefined;
      const kb = turn.deps.knowledge.kb;
      const offered = (turn.understanding?.candidates ?? []).slice(0, 2).flatMap((c) => {
        const q = faqEntry(kb, c.id)?.questions[0];
        return q ? [{ question: q, score: c.score }] : [];
      });
      const likely = offered[0] && offered[0].score >= CLARIFY_MIN_SCORE ? offered[0].question : undefined;
      const text = media ?? (likely ? defaultMessages.clarify.replace('{question}', likely) : (kb.shop.fallback ?? defaultMessages.fallback));
      await say(turn, text, [...offered.map(({ question }) => ({ label: question, text: question })), HUMAN]);
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
  const known = answerFor(item, inbound.channel);
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
  // After hours the ticket waits for the opening: the card says so and the timeouts count from then.
  const opensLabel = !open && group.hours ? nextOpening(group.hours, now, kb.shop.timezone) : undefined;
  const opensAt = !open && group.hours ? nextOpeningAt(group.hours, now, kb.shop.timezone) : undefined;

  // Suggested replies for the agent: the playbook's, then the knowledge's plausible guesses (a weak
  // candidate of an angry message is noise on the card). The LLM's drafts are one /suggest away: waiting
  // for them here would hold the card past the half second agents and customers are promised.
  const suggestions = [
    ...(playbook?.suggested_replies ?? []),
    ...(u?.candidates ?? []).filter((c) => c.score >= SUGGESTION_MIN_SCORE).slice(0, 3).flatMap((c) => {
      const e = faqEntry(kb, c.id);
      return e ? [answerFor(e, inbound.channel)] : [];
    }),
  ].slice(0, 5);
  if (u?.answer) turn.faq = u.answer.id;

  conversation.turns.push({ role: 'customer', text });
  const ticket = await deps.handoff.open(conversation, {
    reason: decision.reason,
    group: group.id,
    // A playbook's priority counts only when it sets one, and never lowers what the routing rule decided.
    priority: higherPriority(playbook?.priority, decision.priority ?? 'normal'),
    suggestions,
    steps: playbook?.steps,
    opensAt,
    opensLabel,
  });
  conversation.turns.pop(); // record adds the customer's turn with the reply
  turn.ticketId = ticket.id;

  const parts: string[] = [];
  if (playbook) parts.push(playbook.reply);
  else if (u?.answer && turn.faq) {
    const entry = faqEntry(kb, turn.faq);
    if (entry?.escalate) parts.push(answerFor(entry, inbound.channel));
  }
  if (open) parts.push(kb.shop.handoff ?? defaultMessages.handoff);
  else parts.push(`现在是客服休息时间，已为您登记，人工客服${opensLabel ? ` ${opensLabel} 上线后` : '上线后'}会第一时间联系您。`);
  await say(turn, parts.join('\n'));
}
