// The language the bot's own words take with a customer: the one they write in. Chinese unless they
// write English; a message without words (a picture, an order number, a rating) keeps the language of
// the conversation so far.
import type { FaqEntry } from '../knowledge/schema.js';
import type { Turn } from '../pipeline/turn.js';
import { isEnglishQuestion, languageIn, type Language } from '../text/language.js';

/** A short English message this many words long or less does not switch a Chinese conversation to English. */
const SHORT_WORDS = 2;

// Stages ask several times a turn (an order lookup says two or three things); the answer is the turn's.
const languages = new WeakMap<Turn, Language>();

export function customerLanguage(turn: Turn): Language {
  let language = languages.get(turn);
  if (!language) {
    language = languageOfTurn(turn);
    languages.set(turn, language);
  }
  return language;
}

function languageOfTurn(turn: Turn): Language {
  const text = turn.inbound.text;
  const said = languageIn(text);
  // The engine's reading when it ran (the same rule: text/language.ts); the flood guard and a rating
  // answer before it runs.
  const own = said && (turn.understanding?.language ?? said);
  if (own === 'zh') return 'zh';
  const earlier = earlierLanguage(turn);
  if (!own) return earlier ?? 'zh';
  // "ok", "hi", "thx" in a conversation held in Chinese: Chinese customers type these too, and a reply
  // in English would read as the bot changing language on them.
  if (earlier === 'zh' && text.trim().split(/\s+/u).length <= SHORT_WORDS) return 'zh';
  return 'en';
}

/** The language of the customer's messages before this turn, if any has words. */
function earlierLanguage(turn: Turn): Language | undefined {
  // A turn that failed before its conversation loaded has none (the apology still needs a language).
  return conversationLanguage(turn.conversation?.turns ?? []);
}

/**
 * The language a conversation is held in, from the customer's lines (a conversation's turns, a
 * ticket's transcript): that of their latest message with words, where a short English one ("ok",
 * "thx") after Chinese ones keeps the Chinese, as in a turn.
 */
export function conversationLanguage(lines: readonly { role: string; text: string }[]): Language | undefined {
  let shortEnglish = false;
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i]!;
    if (line.role !== 'customer') continue;
    const language = languageIn(line.text);
    if (language === 'zh') return 'zh';
    if (!language) continue;
    if (line.text.trim().split(/\s+/u).length > SHORT_WORDS) return 'en';
    shortEnglish = true;
  }
  return shortEnglish ? 'en' : undefined;
}

/**
 * The question to show an entry by (clarify, suggestion buttons): for an English customer its first
 * question written in English when it has one, else its first question.
 */
export function questionFor(entry: FaqEntry, language: Language): string | undefined {
  return (language === 'en' ? entry.questions.find(isEnglishQuestion) : undefined) ?? entry.questions[0];
}
