// `xiaoer ask TEXT`: one customer turn through the full pipeline, with the configured store and knowledge.
// Without --user each ask is a new customer: what an earlier ask left behind (a ticket an agent holds, a
// rating the bot waits for, the flood guard's count) must not silence this one. With --user the
// conversation goes on, as a customer's would.
import { randomUUID } from 'node:crypto';
import type { Outbound } from '../../core/types.js';
import { sourcesOf } from '../../core/llm/llm-turn.js';
import { createLogger } from '../../core/log.js';
import { runtimeFromConfig } from '../../core/runtime-from-config.js';
import { settings } from '../settings.js';

export interface AskOptions {
  /** The customer; default: a new one for this ask. */
  user?: string;
  channel: string;
  json?: boolean;
}

export async function ask(text: string, options: AskOptions): Promise<void> {
  const config = settings();
  const user = options.user ?? `cli-${randomUUID().slice(0, 8)}`;
  const log = createLogger({ level: process.env.LOG_LEVEL ?? 'warn' });
  const runtime = await runtimeFromConfig(config, log);
  const sent: Outbound[] = [];
  // `ask` speaks for whichever channel it pretends to be: it is that channel's sender for this process.
  runtime.deps.outbox.register({ channel: options.channel, send: async (m) => void sent.push(m) });
  const turn = await runtime.bot.receive({
    id: `ask-${Date.now()}-${process.pid}`,
    channel: options.channel,
    address: `${options.channel}:${user}`,
    userId: user,
    userName: user,
    kind: 'text',
    text,
    at: Date.now(),
  });
  await runtime.close();
  const reply = sent.map((m) => m.text).join('\n');
  if (options.json) {
    const line = {
      reply,
      faq: turn?.faq ?? null,
      escalate: turn?.decision?.action === 'escalate',
      reason: turn?.decision?.reason ?? 'duplicate',
      // Whether the LLM wrote the reply, and the knowledge ids it rests on.
      llm: turn?.llm?.used ?? false,
      sources: turn ? sourcesOf(turn) : [],
    };
    process.stdout.write(JSON.stringify(line) + '\n');
  } else {
    process.stdout.write(reply + '\n');
    // Silence needs saying on a terminal: the bot says nothing while a person has the conversation.
    if (!reply) process.stderr.write(`(no reply: ${SILENT[turn?.decision?.reason ?? 'duplicate'] ?? turn?.decision?.reason})\n`);
  }
}

const SILENT: Record<string, string> = {
  agent_has_conversation: 'an agent has this conversation; the bot stays silent until the ticket is closed on the desk',
  duplicate: 'this message was already handled',
};
