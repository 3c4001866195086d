// `xiaoer kb ask TEXT [--history TEXT…]`: what the bot would do with a message, and why. The admin's
// tool for "why did it answer that?": the best matches with their scores and the evidence (words,
// pinyin, synonyms), the reply that would be sent on the channel, and whether a person would take over.
// The turn runs through the real pipeline (routing, playbooks, business hours) over a throw-away
// memory store, so what it prints is what a customer would get.
import { shopTime } from '../../core/date-format.js';
import type { Desk, HandoffCard } from '../../core/handoff/desk.js';
import type { EngineFactory } from '../../core/knowledge/knowledge-holder.js';
import type { KnowledgeBase } from '../../core/knowledge/knowledge-base.js';
import { formatProblem, KnowledgeError } from '../../core/knowledge/knowledge-error.js';
import { loadKnowledge } from '../../core/knowledge/load.js';
import { silentLogger } from '../../core/log.js';
import type { Decision, Turn } from '../../core/pipeline/turn.js';
import { createRuntime } from '../../core/runtime.js';
import { memoryStore } from '../../core/store/open-store.js';
import type { Candidate, Entity, Signal } from '../../core/understand/types.js';

export interface AskReport {
  text: string;
  channel: string;
  /** The time the turn pretended to run at (ISO), and the shop's time zone to show it in. */
  at: string;
  timezone: string;
  /** The earlier customer turns, as the bot handled them. */
  history: { text: string; action: string; faq: string | null }[];
  normalized: string;
  /** The question after context (那退货呢 → 怎么退货). */
  resolved: string;
  candidates: Candidate[];
  /** The entry answered from (null: none was confident enough). */
  answer: string | null;
  entities: Entity[];
  signals: Signal[];
  /** What the customer would get, message by message. */
  replies: { text: string; quickReplies?: string[] }[];
  action: Decision['action'] | 'silent';
  reason: string;
  escalate: boolean;
  /** For an escalation: where the ticket goes. */
  group?: string;
  priority?: string;
}

export interface ExplainOptions {
  history?: string[];
  channel?: string;
  now?: Date;
  engineFactory: EngineFactory;
}

/** Runs the earlier turns and then `text` through a fresh pipeline; reports the last turn. */
export async function explainTurn(kb: KnowledgeBase, text: string, options: ExplainOptions): Promise<AskReport> {
  const channel = options.channel ?? 'console';
  const now = options.now ?? new Date();
  const cards: HandoffCard[] = [];
  const desk: Desk = {
    name: 'kb-ask',
    open: async (card) => void cards.push(card),
    mirror: async () => undefined,
    update: async () => undefined,
  };
  const runtime = createRuntime({ log: silentLogger, store: memoryStore(), knowledge: kb, engineFactory: options.engineFactory, desk, now: () => now.getTime() });
  runtime.deps.outbox.register({ channel, send: async () => undefined });
  let n = 0;
  const say = (words: string) =>
    runtime.bot.receive({ id: `kb-ask-${++n}`, channel, address: `${channel}:kb-ask`, userId: 'kb-ask', userName: 'kb ask', kind: 'text', text: words, at: now.getTime() });
  try {
    const history: AskReport['history'] = [];
    for (const earlier of options.history ?? []) {
      const turn = await say(earlier);
      history.push({ text: earlier, action: turn?.decision?.action ?? 'silent', faq: turn?.faq ?? null });
    }
    const opened = cards.length;
    const turn = await say(text);
    return report(text, channel, now, kb.shop.timezone, history, turn, cards[opened]);
  } finally {
    await runtime.close();
  }
}

function report(text: string, channel: string, now: Date, timezone: string, history: AskReport['history'], turn: Turn | undefined, card: HandoffCard | undefined): AskReport {
  const u = turn?.understanding;
  const decision = turn?.decision;
  return {
    text,
    channel,
    at: now.toISOString(),
    timezone,
    history,
    normalized: u?.normalized ?? text,
    resolved: u?.resolved ?? text,
    candidates: u?.candidates ?? [],
    answer: u?.answer?.id ?? null,
    entities: u?.entities ?? [],
    signals: u?.signals ?? [],
    replies: (turn?.replies ?? []).map((r) => (r.quickReplies?.length ? { text: r.text, quickReplies: r.quickReplies.map((q) => q.label) } : { text: r.text })),
    action: decision?.action ?? 'silent',
    reason: decision?.reason ?? 'none',
    escalate: decision?.action === 'escalate',
    group: card?.ticket.group ?? decision?.group,
    priority: card?.ticket.priority ?? decision?.priority,
  };
}


/** The report for a person. */
export function formatReport(r: AskReport): string {
  const out: string[] = [];
  out.push(`ask: ${r.text}    [channel ${r.channel}, ${shopTime(new Date(r.at), r.timezone)} ${r.timezone}${r.history.length ? `, after ${r.history.length} earlier turn(s)` : ''}]`);
  for (const h of r.history) out.push(`  earlier: ${h.text} → ${h.action}${h.faq ? ` ${h.faq}` : ''}`);
  if (r.resolved !== r.normalized) out.push(`understood as: ${r.resolved}`);
  out.push(r.candidates.length ? 'matches:' : 'matches: none');
  r.candidates.forEach((c, i) => {
    const mark = c.id === r.answer ? '✔' : ' ';
    out.push(`  ${mark} ${i + 1}. ${c.id.padEnd(28)} ${c.score.toFixed(2)}  「${c.question}」`);
    if (c.why.length) out.push(`        why: ${c.why.join(', ')}`);
  });
  if (r.signals.length) out.push(`signals: ${r.signals.map((s) => `${s.kind} (${s.evidence})`).join(', ')}`);
  if (r.entities.length) out.push(`entities: ${r.entities.map((e) => `${e.kind}=${e.value}`).join(', ')}`);
  if (r.replies.length) {
    out.push('reply:');
    for (const reply of r.replies) {
      for (const line of reply.text.split('\n')) out.push(`  │ ${line}`);
      if (reply.quickReplies) out.push(`  buttons: ${reply.quickReplies.join(' · ')}`);
    }
  } else out.push('reply: (none)');
  if (r.escalate) out.push(`escalate: yes — ${r.reason} → group ${r.group ?? '?'}, priority ${r.priority ?? 'normal'}`);
  else if (r.action === 'relay') out.push('escalate: already with a person (an earlier turn was handed off): the message goes to the agent, the bot stays silent');
  else out.push(`escalate: no — ${r.action} (${r.reason})`);
  return out.join('\n');
}

export interface KbAskOptions {
  kb?: string;
  history?: string[];
  channel?: string;
  /** ISO date-time to pretend it is (promotions, business hours). */
  now?: string;
  json?: boolean;
}

export async function kbAsk(text: string, options: KbAskOptions): Promise<number> {
  const dir = options.kb ?? process.env.KNOWLEDGE_DIR ?? 'knowledge';
  const now = options.now ? new Date(options.now) : new Date();
  if (Number.isNaN(now.getTime())) {
    process.stderr.write(`--now: not a date: ${options.now}\n`);
    return 2;
  }
  let kb: KnowledgeBase;
  try {
    kb = await loadKnowledge(dir);
  } catch (error) {
    if (!(error instanceof KnowledgeError)) throw error;
    process.stderr.write(`${dir} does not load; fix these first (xiaoer kb check):\n${error.problems.map((p) => `  ${formatProblem(p)}`).join('\n')}\n`);
    return 1;
  }
  const { createEngine } = await import('../../core/understand/engine.js');
  const report = await explainTurn(kb, text, { history: options.history, channel: options.channel, now, engineFactory: createEngine });
  process.stdout.write((options.json ? JSON.stringify(report) : formatReport(report)) + '\n');
  return 0;
}
