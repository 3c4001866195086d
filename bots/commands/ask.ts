// `xiaoer ask TEXT`: one customer turn through the full pipeline, with the configured store and knowledge.
import type { Outbound } from '../../core/types.js';
import { sourcesOf } from '../../core/llm/llm-turn.js';
import { createLogger } from '../../core/log.js';
import { runtimeFromConfig } from '../../core/runtime-from-config.js';
import { settings } from '../settings.js';

export interface AskOptions {
  user: string;
  channel: string;
  json?: boolean;
}

export async function ask(text: string, options: AskOptions): Promise<void> {
  const config = settings();
  const log = createLogger({ level: process.env.LOG_LEVEL ?? 'warn' });
  const runtime = await runtimeFromConfig(config, log);
  const sent: Outbound[] = [];
  // `ask` speaks for whichever channel it pretends to be: it is that channel's sender for this process.
  runtime.deps.outbox.register({ channel: options.channel, send: async (m) => void sent.push(m) });
  const turn = await runtime.bot.receive({
    id: `ask-${Date.now()}-${process.pid}`,
    channel: options.channel,
    address: `${options.channel}:${options.user}`,
    userId: options.user,
    userName: options.user,
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
  }
}
