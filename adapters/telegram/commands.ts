// What /start and /help say: the shop's greeting, or what the bot can answer, with a few common
// questions as buttons and 转人工 (talk to a person). Built from the knowledge, so a shop's own
// categories and questions show.
import type { KnowledgeBase } from '../../core/knowledge/knowledge-base.js';
import { messagesFor } from '../../core/stages/customer-messages.js';
import type { QuickReply } from '../../core/types.js';

const HUMAN: QuickReply = { label: '转人工', text: '转人工' };
const SUGGESTIONS = 3;

export function commandReply(name: string, kb: KnowledgeBase): { text: string; quickReplies: QuickReply[] } {
  const quickReplies = [...suggestedQuestions(kb), HUMAN];
  if (name === 'start') return { text: kb.shop.greeting ?? messagesFor('zh').greeting, quickReplies };
  const topics = categories(kb);
  const text = [
    topics.length ? `直接发消息问我就行，比如：${topics.join('、')}方面的问题。` : '直接发消息问我就行。',
    '需要人工客服时，回复“转人工”或点下面的按钮。',
  ].join('\n');
  return { text, quickReplies };
}

/** The first question of the first entry in each of the first few categories: a spread of common asks. */
function suggestedQuestions(kb: KnowledgeBase): QuickReply[] {
  const seen = new Set<string>();
  const out: QuickReply[] = [];
  for (const entry of kb.faq) {
    const category = entry.category ?? entry.id;
    if (seen.has(category) || !entry.questions[0]) continue;
    seen.add(category);
    out.push({ label: entry.questions[0], text: entry.questions[0] });
    if (out.length === SUGGESTIONS) break;
  }
  return out;
}

function categories(kb: KnowledgeBase): string[] {
  return [...new Set(kb.faq.flatMap((e) => (e.category ? [e.category] : [])))].slice(0, 8);
}
