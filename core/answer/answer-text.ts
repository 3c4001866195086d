// The words a customer gets for a knowledge entry on a channel: the channel's own variant when the
// admins wrote one (WeChat: short, with emoji), else the entry's answer.
import type { FaqEntry, Promotion } from '../knowledge/schema.js';

export function answerFor(item: Pick<FaqEntry | Promotion, 'answer' | 'answers'>, channel: string): string {
  const variants = item.answers as Record<string, string | undefined> | undefined;
  return variants?.[channel] ?? item.answer;
}
