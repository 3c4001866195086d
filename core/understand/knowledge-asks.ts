// What a message asks, put as the knowledge would ask it: a customer's situation told in their own words
// (a report of what came wrong, a request to alter an order, a question about perks for regulars, a
// worry, a service) read once more as the general question the knowledge writes (my item arrived
// damaged, can I cancel my order, do you have a loyalty scheme). See asKnowledgeAsks in the engine.

export interface KnowledgeAsks {
  /** The question as the knowledge would put it, in the message's language. */
  question: string;
  /** Words an entry answering it says (any one of them, or of its synonym group). */
  word: string;
  /**
   * Also instead of a confident reading's entry that says the word but only asks when or how long
   * (a refund wished for is not the refund's timing, whose answer speaks of the return too).
   */
  overTiming?: true;
  /**
   * Read without the message's own words behind it: they name what misleads (how the customer paid,
   * which the entry on ways to pay says).
   */
  alone?: true;
  /**
   * Instead of a confident reading's entry unless its questions ask the word: one that only says it in
   * its answer is about something else (the returns policy ends in a refund; a refund not come yet is
   * for the entry asking about refunds).
   */
  inQuestions?: true;
}

/** A question as the knowledge asks it, in English and in Chinese. */
export type AskedIn = readonly [english: KnowledgeAsks, chinese: KnowledgeAsks];

/** The phrasing in the message's language, of a question a reader found (or none). */
export function inLanguage(asked: AskedIn | undefined, english: boolean): KnowledgeAsks | undefined {
  return asked?.[english ? 0 : 1];
}
