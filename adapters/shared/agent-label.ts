// Chat apps show nothing that says who speaks: a person taking over a conversation says so, in the
// language they write in (an agent answering an English-speaking customer writes English).
import { languageIn } from '../../core/text/language.js';

const LABELS = { zh: '【人工客服】', en: '[Customer service] ' } as const;

/** The label put before the first part of what an agent wrote. */
export function agentLabel(text: string): string {
  return LABELS[languageIn(text) ?? 'zh'];
}
