// The words a customer gets for a knowledge entry: the answer written for their language when the
// admins wrote one (answers.en, for customers writing English to a shop that answers in Chinese), else
// the channel's own variant (WeChat: short, with emoji), else the entry's answer.
import type { FaqEntry, Promotion } from '../knowledge/schema.js';
import type { Language } from '../text/language.js';

export function answerFor(item: Pick<FaqEntry | Promotion, 'answer' | 'answers'>, channel: string, language: Language = 'zh'): string {
  const variants = item.answers as Record<string, string | undefined> | undefined;
  return (language === 'en' ? variants?.en : undefined) ?? variants?.[channel] ?? item.answer;
}
