// Whether a good shop hands this customer to a person now: explicit requests for a person,
// complaints, anger, threats, compensation demands (cue lexicons in lexicon/signals.ts, plus the
// shop's own playbook triggers), and three unresolved turns in a row.
import type { Playbook } from '../knowledge/schema.js';
import { normalize } from '../text/normalize.js';
import { CueIndex } from './cue-index.js';
import { enCues, punctuationCues, zhCues, type Cue } from './lexicon/signals.js';
import type { Signal, SignalKind } from './types.js';

// Only the cues that can match a message are run (a message sharing no character with a cue cannot
// match it): most messages need none.
let cueIndex: { zh: CueIndex; en: CueIndex; punctuation: CueIndex } | undefined;
const indexed = () => (cueIndex ??= { zh: new CueIndex(zhCues), en: new CueIndex(enCues), punctuation: new CueIndex(punctuationCues) });
const HAS_LETTER = /[a-z]/u;
const HAS_MARK = /[!?]/u;

/** Cue weights per kind add up to this before a kind counts as a signal. */
export const SIGNAL_THRESHOLD = 1;

/** The shop's playbooks, their triggers normalised for matching. */
export interface PlaybookTriggers {
  playbook: Playbook;
  triggers: string[];
}

export function compilePlaybooks(playbooks: readonly Playbook[]): PlaybookTriggers[] {
  return playbooks.map((playbook) => ({ playbook, triggers: playbook.triggers.map((t) => normalize(t)).filter(Boolean) }));
}

export interface SignalResult {
  signals: Signal[];
  /** The playbook whose trigger matched, if any. */
  playbook?: Playbook;
  /** Σ weights of the negative cues (complaint, anger, threat, compensation): feeds sentiment. */
  negativity: number;
}

/**
 * The signals in one message. `text` is normalised; `english` is the same text with English words
 * spelling-corrected (so "complant" still complains).
 */
export function detectSignals(text: string, english: string, playbooks: readonly PlaybookTriggers[] = []): SignalResult {
  const totals = new Map<SignalKind, { weight: number; evidence: string[] }>();
  const note = (kind: SignalKind, weight: number, evidence: string) => {
    const t = totals.get(kind) ?? { weight: 0, evidence: [] };
    t.weight += weight;
    if (!t.evidence.includes(evidence)) t.evidence.push(evidence);
    totals.set(kind, t);
  };
  const scan = (cues: readonly Cue[], subject: string) => {
    for (const c of cues) {
      const m = c.pattern.exec(subject);
      // Evidence is shown on the handoff card: keep it short.
      if (m) note(c.kind, c.weight, (m[0].trim() || m[0]).slice(0, 24));
    }
  };
  // Each list only where it can match: English cues need letters, punctuation cues ! ? or length.
  const cues = indexed();
  scan(cues.zh.candidates(text), text);
  if (HAS_LETTER.test(english)) scan(cues.en.candidates(english), english);
  if (text.length >= 60 || HAS_MARK.test(text)) scan(cues.punctuation.candidates(text), text);

  let playbook: Playbook | undefined;
  for (const p of playbooks) {
    const hit = p.triggers.find((t) => text.includes(t));
    if (hit) {
      note('complaint', p.playbook.escalate ? SIGNAL_THRESHOLD : 0.5, hit);
      playbook ??= p.playbook;
    }
  }

  // Negative cues of different kinds reinforce each other: "等了一周还没发货！！！" is a complaint
  // though no single cue is strong. The combined weight is credited to the strongest negative kind.
  const negativeKinds: SignalKind[] = ['complaint', 'threat', 'compensation', 'anger'];
  const negativity = negativeKinds.reduce((sum, k) => sum + (totals.get(k)?.weight ?? 0), 0);
  const signals: Signal[] = [];
  for (const [kind, t] of totals) {
    const combined = negativeKinds.includes(kind) && negativity >= SIGNAL_THRESHOLD;
    if (t.weight >= SIGNAL_THRESHOLD || (combined && isStrongest(kind, totals, negativeKinds))) {
      signals.push({ kind, evidence: t.evidence.join(' / '), weight: Math.round(t.weight * 100) / 100 });
    }
  }
  signals.sort((a, b) => b.weight - a.weight);
  return { signals, playbook, negativity };
}

function isStrongest(kind: SignalKind, totals: Map<SignalKind, { weight: number }>, kinds: SignalKind[]): boolean {
  const w = totals.get(kind)?.weight ?? 0;
  return kinds.every((k) => k === kind || (totals.get(k)?.weight ?? 0) <= w);
}

/** The signal for the customer's third unanswered question in a row. */
export function unresolvedSignal(unansweredBefore: number, answeredNow: boolean): Signal | null {
  if (answeredNow || unansweredBefore < 2) return null;
  return { kind: 'unresolved', evidence: `${unansweredBefore + 1} turns in a row without an answer`, weight: 1 };
}
