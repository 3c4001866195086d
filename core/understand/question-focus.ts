// The question inside a long message. Customers who tell a story put the question in one clause of
// it ("…the tracking link says label created and nothing has happened for 5 days now, where is my
// order?"); matched as a whole, the story's words outweigh it. The clauses that ask are found by
// their question words and marks, and the engine reads them with the rest of the message behind.

/** Messages shorter than this are read whole: a short message is its question. */
export const LONG = { enWords: 18, zhChars: 30 };

const EN_ASKING =
  /^(?:(?:so|and|but|ok|okay|just|also|then)\s+)*(?:how|what|what's|whats|where|where's|wheres|when|why|which|who|can|could|would|will|do|does|did|is|are|should|any way|is there)\b|\b(?:wondering|wonder|want to know|need to know|let me know|tell me)\b/u;
// (么 of 那么, 这么 asks nothing; nor does a closing 呢 after a negation: 一下子拿不出那么多呢, 还没发货呢.)
const ZH_ASKING = /吗|(?<![那这多要])么|嘛|(?<![不没][^,.!?]{0,8})呢|怎么|怎样|如何|多久|多少|多大|多长|多宽|多高|多重|多厚|什么|啥|哪|(?<!好)几[天号点个次]|能不能|可不可以|是否|是不是|要不要|会不会|行不行|有没有|咋|谁|(?:能|可以)?退不$|(?:能|可以|会|要|有)[^,.!?]{0,12}不$/u;

/** Whether a clause asks something: a question mark, or a question word. */
export function isAsking(clause: string, english: boolean): boolean {
  return clause.endsWith('?') || (english ? EN_ASKING : ZH_ASKING).test(clause.replace(/[.!?;,]+$/u, ''));
}

/** Whether a normalised message is long (LONG): a story with a question in it, more often than not. */
export function isLongMessage(text: string, english: boolean): boolean {
  // Most messages are short: the length alone rules them out before anything is counted.
  if (text.length < (english ? LONG.enWords * 2 : LONG.zhChars)) return false;
  return english ? text.split(/\s+/u).length >= LONG.enWords : text.replace(/[\s\p{P}]/gu, '').length >= LONG.zhChars;
}

/**
 * The clauses of a normalised message that ask something, joined; undefined when it asks in every
 * clause or in none (then the whole message is the question). Of a long message, its question.
 */
export function askingClauses(text: string, english: boolean): string | undefined {
  // Chinese customers often end a clause with a space instead of a comma (…签收了 今天都周四了…): a space
  // between two Chinese characters (not inside an English phrase: tracking number在哪里).
  const clauses = text
    .split(english ? /(?<=[.!?;,])/u : /(?<=[.!?;,])|(?<=[\u3400-\u9fff])\s+(?=[\u3400-\u9fff])/u)
    .map((c) => c.trim())
    .filter((c) => c.replace(/[\s\p{P}]/gu, '').length > 1);
  if (english && clauses.length === 1) return runOnQuestion(text);
  const asking = clauses.filter((c) => isAsking(c, english));
  if (!asking.length || asking.length === clauses.length) return undefined;
  return asking.join(' ');
}

/**
 * Where a question starts inside a run of words: a question word, or a verb asking before its subject.
 * (Not which: in a story it is mostly a relative pronoun, "the sofa which arrived broken".)
 */
const EN_QUESTION_START = /\b(?:how|what|where|when|why|wondering|want to know|need to know|(?:can|could|would|will|do|does|did|is|are|should)\s+(?:i|you|we|it|they|u|there|this|that|these|my))\b/gu;

/**
 * A long English message typed without punctuation ("…got the email saying it was dispatched but the
 * tracking link just says label created where is my order"): its question is from the last place a
 * question starts to the end, when that leaves a few words and some story before it.
 */
function runOnQuestion(text: string): string | undefined {
  const starts = Array.from(text.matchAll(EN_QUESTION_START), (m) => m.index);
  let i = starts.length - 1;
  // One question may hold several starts (how long does it…): back to the first of them.
  while (i > 0 && text.slice(starts[i - 1], starts[i]).trim().split(/\s+/u).length <= 3) i--;
  const start = starts[i] ?? -1;
  if (start <= 0) return undefined;
  const question = text.slice(start);
  const words = question.split(/\s+/u).length;
  return words >= 3 && words <= LONG.enWords ? question : undefined;
}

