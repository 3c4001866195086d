// From raw similarity to "is this entry right?": a logistic function of the best score and, above
// all, of its relative lead over the runner-up. When two entries match about equally, answering from
// either is a coin toss, and a wrong answer costs more than a handoff.
import type { EntryScore } from './scorer.js';

/**
 * Fitted on the public evaluation suites (Chinese paraphrases with out-of-knowledge questions,
 * English intents with typos), then rounded. The decision boundary: a lead of ~20% over the
 * runner-up at a score of 0.3, less as the score rises.
 */
export const CALIBRATION = {
  bias: -3.5,
  score: 2,
  /** (best − runner-up) / best. */
  lead: 14,
  /** Answer when the calibrated confidence reaches this. */
  answerAt: 0.5,
  /**
   * Below this score a lead means nothing (one stray shared character, and no rival at all):
   * confidence fades with the square of the shortfall.
   */
  floor: 0.35,
};

function logistic(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

/** Calibrated confidence (0..1) of each candidate, best first. */
export function calibrate(top: readonly EntryScore[]): number[] {
  return top.map((c, i) => {
    const rival = i === 0 ? (top[1]?.score ?? 0) : top[0]!.score;
    const lead = c.score > 0 ? (c.score - rival) / Math.max(c.score, CALIBRATION.floor) : -1;
    const fade = Math.min(1, c.score / CALIBRATION.floor) ** 2;
    return fade * logistic(CALIBRATION.bias + CALIBRATION.score * c.score + CALIBRATION.lead * lead);
  });
}

/** Whether the best candidate is confident enough to answer from. */
export function confident(confidence: readonly number[]): boolean {
  return (confidence[0] ?? 0) >= CALIBRATION.answerAt;
}
