// A follow-up about the answer just given: "does checking my rate hurt my credit?" after the financing
// answer that says the rate check is a soft one, "is the denver one open on sundays" after the answer
// listing the showrooms and their hours, "how do I claim then?" after the warranty answer that says how.
// When no reading of it answers, and most of what it says is in that answer, the customer is asking
// about that answer: it is given again (its entry's answer says what they ask, or the desk takes it
// from there), rather than a request to rephrase.
//
// "Most of what it says" is counted on its own words: the English words that are not function words,
// each found when the answer has a word starting as it does (pay, pays, payment); the Chinese character
// pairs that are not all function characters, each found in the answer as written. On the team's
// follow-ups left unanswered, three quarters of their words in the answer just given held for 7 that
// asked about that answer and for none of the others. Half held for 42 more, but also for 8 that asked
// what the knowledge lacks (are the sessions available in French?, do you also carry Nike?) or about
// another entry: the answer given again to those is beside the point.

/** The share of a message's own words that the answer says, at least. */
export const TOLD_AGAIN = 0.75;

/**
 * The share of the follow-up's own words found in the answer (both normalised), or undefined when it
 * has none (好的 谢谢, "ok?").
 */
export function toldInAnswer(message: string, answer: string, english: boolean, stop: ReadonlySet<string>, functionChars: string): number | undefined {
  if (english) {
    const words = (message.match(/[a-z][a-z']+/gu) ?? []).filter((w) => !stop.has(w) && !EN_FUNCTION.has(w));
    if (!words.length) return undefined;
    const said = answer.match(/[a-z][a-z']+/gu) ?? [];
    return words.filter((w) => said.some((a) => a.startsWith(w.slice(0, 5)))).length / words.length;
  }
  const pairs: string[] = [];
  for (let i = 0; i + 1 < message.length; i++) {
    const a = message[i]!;
    const b = message[i + 1]!;
    if (!HAN.test(a) || !HAN.test(b) || (functionChars.includes(a) && functionChars.includes(b))) continue;
    pairs.push(a + b);
  }
  if (!pairs.length) return undefined;
  return pairs.filter((p) => answer.includes(p)).length / pairs.length;
}

const HAN = /\p{Script=Han}/u;
/** Words that only say how a follow-up asks, which the lexicon's stopwords lack: question words, negations, "one". */
const EN_FUNCTION = new Set('what how when where which who why not no one ones'.split(' '));
