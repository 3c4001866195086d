// A customer answer written by the LLM from the numbered sources, in the channel's tone and the
// conversation's context — or, whenever anything is off (no budget, a fault, a reply that fails the
// guardrails, an injection attempt), the knowledge entry's own answer. The caller always gets text to send.
import type { HistoryTurn } from '../understand/types.js';
import type { Turn } from '../pipeline/turn.js';
import { redact } from '../privacy/mask.js';
import { ground, renderSources } from './grounding.js';
import { checkReply, describeProblems } from './guardrails.js';
import { LlmFault } from './llm-fault.js';
import { injectionAttempt, llmTurn } from './llm-turn.js';
import { jsonObjectIn, stringsIn } from './model-output.js';
import { answerPrompt, quoted } from './prompts.js';
import { detectInjection } from './injection.js';
import type { ChatMessage } from './llm-client.js';

/** Earlier turns shown to the model: enough for "那这个呢", not a whole chat's worth of tokens. */
const HISTORY_SHOWN = 6;

/**
 * The reply for an answer turn: the LLM's, grounded and checked, or `knowledgeAnswer`. Records what
 * happened on `turn.llm`.
 */
export async function groundedAnswer(turn: Turn, primaryId: string, knowledgeAnswer: string): Promise<string> {
  const { deps, inbound } = turn;
  const llm = deps.llm;
  if (!llm || !turn.understanding) return knowledgeAnswer;
  const context = llmTurn(turn);
  if (await injectionAttempt(turn)) return knowledgeAnswer;
  const kb = deps.knowledge.kb;
  const grounding = ground({ kb, understanding: turn.understanding, channel: inbound.channel, now: new Date(deps.now()), primary: primaryId, facts: turn.facts });
  const messages: ChatMessage[] = [
    { role: 'system', content: answerPrompt(kb.shop.name, inbound.channel) },
    { role: 'user', content: userMessage(turn, renderSources(grounding, context.hide)) },
  ];
  let text: string;
  try {
    text = await llm.chat(messages, context.call('answer'));
  } catch (error) {
    // LlmFaults are counted and logged by the client; anything else is a bug worth a louder line.
    if (!(error instanceof LlmFault)) deps.log.error({ err: error }, 'llm: answer failed unexpectedly, using the knowledge');
    return knowledgeAnswer;
  }
  let reply: string;
  let cited: string[];
  try {
    ({ reply, cited } = readAnswer(text));
    if (!reply) throw new LlmFault('empty', 'the JSON reply is empty');
  } catch (error) {
    // A fault in what the model wrote rather than in the transport: counted here.
    await llm.countFault(error instanceof LlmFault ? error : new LlmFault('malformed', String(error)), context.call('answer'), 0);
    return knowledgeAnswer;
  }

  const check = checkReply({
    reply,
    grounding: grounding.text,
    customerText: inbound.text,
    placeholders: context.placeholders(),
    forbidden: kb.forbiddenPhrases,
  });
  if (!check.ok) {
    const problems = describeProblems(check.problems);
    context.record.rejected = problems;
    deps.log.warn({ conversation: turn.conversation.key, faq: primaryId, problems, reply: redact(reply) }, 'llm: reply failed the guardrails, sending the knowledge answer');
    await llm.countRejected({ conversation: turn.conversation.key, problems, reply: redact(reply) });
    return knowledgeAnswer;
  }

  const known = new Set(grounding.sources.map((s) => s.id));
  const sources = cited.filter((id) => known.has(id));
  context.record.used = true;
  // A reply that cites nothing still rests on the entry it was asked to answer from.
  context.record.sources = sources.length ? [...new Set(sources)] : [primaryId];
  return context.reveal(reply);
}

function userMessage(turn: Turn, sources: string): string {
  const context = llmTurn(turn);
  const history = recentHistory(turn.conversation.turns);
  const parts = [`SOURCES:\n${sources}`];
  if (history.length) {
    const lines = history.map((h) => `${h.role === 'customer' ? '顾客' : h.role === 'agent' ? '人工客服' : '店小二'}：${context.hide(h.text)}`);
    parts.push(`Conversation so far (oldest first):\n${quoted(lines.join('\n'))}`);
  }
  parts.push(`The customer's latest message:\n${quoted(context.hide(turn.inbound.text.slice(0, turn.deps.settings.MAX_MESSAGE_CHARS)))}`);
  return parts.join('\n\n');
}

/** The last turns, without earlier injection attempts (they stay out of every prompt). */
export function recentHistory(turns: HistoryTurn[]): HistoryTurn[] {
  return turns.filter((t) => !(t.role === 'customer' && detectInjection(t.text))).slice(-HISTORY_SHOWN);
}

/** The reply and cited ids; a model that answered in plain text instead of JSON is taken at its word. */
function readAnswer(text: string): { reply: string; cited: string[] } {
  let reply: string;
  let cited: string[] = [];
  if (text.includes('{')) {
    const json = jsonObjectIn(text);
    if (typeof json.reply !== 'string') throw new LlmFault('malformed', 'the JSON has no "reply" text');
    reply = json.reply;
    cited = stringsIn(json.sources);
  } else {
    reply = text;
  }
  // Citation marks are for us, not for the customer: [1], [id=return-policy], 【2】.
  reply = reply.replace(/\s*(?:\[(?:\d+|id=[^\]]+)\]|【\d+】)/gu, '').trim();
  return { reply, cited };
}
