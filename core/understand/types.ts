// What understanding a customer's message yields. Produced by the offline engine
// (core/understand/engine.ts), refined by the LLM when one is configured.

export type Role = 'customer' | 'agent' | 'bot';

/** An earlier turn of the conversation, oldest first (the match contract's `history`). */
export interface HistoryTurn {
  role: Role;
  text: string;
  /** The knowledge entry the bot answered from, when known (the live pipeline knows it). */
  faq?: string | null;
}

export type EntityKind = 'order_id' | 'phone' | 'product' | 'sku' | 'size' | 'quantity' | 'email' | 'tracking_no';

export interface Entity {
  kind: EntityKind;
  /** The normalised value: an order number, a product id, a SKU, "XL", "3". */
  value: string;
  /** The text it was found as. */
  text: string;
}

export type SignalKind =
  | 'human_request' // 转人工, talk to a person
  | 'complaint' // 投诉, I want to complain
  | 'anger' // insults, many exclamation marks, 垃圾
  | 'threat' // 12315, 差评, 曝光, lawyer, chargeback
  | 'compensation' // 赔偿, 退一赔三, refund me double
  | 'unresolved'; // three turns in a row the bot could not answer

export interface Signal {
  kind: SignalKind;
  /** What triggered it, for the handoff card and logs. */
  evidence: string;
  weight: number;
}

export interface Candidate {
  /** FAQ entry id or active promotion id. */
  id: string;
  /** Calibrated confidence, 0..1. */
  score: number;
  /** The stored question that matched best. */
  question: string;
  /** Why it matched: words, pinyin, synonyms (for `kb ask`). */
  why: string[];
}

export interface Understanding {
  text: string;
  /** Normalised text (simplified, half-width, typos fixed). */
  normalized: string;
  /** The question after resolving context (那退货呢? → 怎么退货); equals normalized when standalone (links left out). */
  resolved: string;
  /** Best candidates, best first (at most 5). */
  candidates: Candidate[];
  /** The entry to answer from, or null when no entry is confidently right. */
  answer: Candidate | null;
  entities: Entity[];
  signals: Signal[];
  /** -1 (angry) .. 1 (happy). */
  sentiment: number;
  /** Whether a good shop hands this customer to a person now. */
  escalate: boolean;
  /**
   * Short machine-readable reason: "faq", "no_match", "complaint", "human_request", "smalltalk",
   * "declined_person" (不用转人工: a person was declined, nothing asked)...
   */
  reason: string;
  /** Language guess. */
  language: 'zh' | 'en';
  /** The id of the playbook whose trigger the message hit (what to do about this kind of complaint). */
  playbook?: string;
}

export interface UnderstandOptions {
  history?: HistoryTurn[];
  /** For promotions' validity; default: now. */
  now?: Date;
  channel?: string;
}

export interface UnderstandingEngine {
  understand(text: string, options?: UnderstandOptions): Understanding;
}
