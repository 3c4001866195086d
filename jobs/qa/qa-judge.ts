// The LLM's part of QA, behind an interface so the job runs (and is tested) without one.
import type { QaConversation } from '../../core/reports/qa-conversation.js';

export interface QaVerdict {
  /** 0–100. */
  score: number;
  /** Short reasons in the QA group's language. */
  reasons: string[];
  tokens: number;
}

export interface QaJudge {
  judge(conversation: QaConversation): Promise<QaVerdict | null>;
}
