// What /start and /help say: the shop's greeting, or what the bot can answer, with a few common
// questions as buttons and one for a person. Built from the knowledge, so a shop's own categories and
// questions show; in the language of the customer's Telegram, as they have not written anything yet.
import type { KnowledgeBase } from '../../core/knowledge/knowledge-base.js';
import { questionFor } from '../../core/stages/customer-language.js';
import { messagesFor, shopWording } from '../../core/stages/customer-messages.js';
import { languageIn, type Language } from '../../core/text/language.js';
import type { QuickReply } from '../../core/types.js';

const SUGGESTIONS = 3;
const TOPICS = 8;

export function commandReply(name: string, kb: KnowledgeBase, language: Language = 'zh'): { text: string; quickReplies: QuickReply[] } {
  const messages = messagesFor(language);
  const quickReplies = [...suggestedQuestions(kb, language), messages.human];
  if (name === 'start') return { text: shopWording(kb.shop, 'greeting', language), quickReplies };
  return { text: messages.help(categories(kb, language)), quickReplies };
}

/** A question from the first entry in each of the first few categories: a spread of common asks. */
function suggestedQuestions(kb: KnowledgeBase, language: Language): QuickReply[] {
  const seen = new Set<string>();
  const out: QuickReply[] = [];
  for (const entry of kb.faq) {
    const category = entry.category ?? entry.id;
    const question = questionFor(entry, language);
    if (seen.has(category) || !question) continue;
    seen.add(category);
    out.push({ label: question, text: question });
    if (out.length === SUGGESTIONS) break;
  }
  return out;
}

/** The knowledge's category names that read in the customer's language (a Chinese shop's 物流 tells an English customer nothing). */
function categories(kb: KnowledgeBase, language: Language): string[] {
  const names = kb.faq.flatMap((e) => (e.category && (languageIn(e.category) ?? language) === language ? [e.category] : []));
  return [...new Set(names)].slice(0, TOPICS);
}
