// The console bot: a terminal chat against the configured knowledge and store, agents played by slash
// commands. What `npm start` runs when no platform has credentials.
import { ConsoleAdapter } from '../adapters/console/console-adapter.js';
import { ConsoleDesk } from '../adapters/console/console-desk.js';
import type { Config } from '../core/config.js';
import { createLogger } from '../core/log.js';
import { runtimeFromConfig } from '../core/runtime-from-config.js';

export async function runConsole(config: Config): Promise<void> {
  // In a terminal the logs would drown the chat: only warnings, unless LOG_LEVEL says otherwise.
  const log = createLogger({ level: process.env.LOG_LEVEL ?? 'warn' });
  let print: (line: string) => void = (line) => process.stdout.write(line + '\n');
  const runtime = await runtimeFromConfig(config, log, { desk: new ConsoleDesk((line) => print(line)) });
  const adapter = new ConsoleAdapter(runtime.bot, runtime.deps.handoff);
  print = adapter.print;
  runtime.deps.outbox.register(adapter);
  await runtime.deps.outbox.drain();
  await runtime.bot.recover();
  await adapter.run();
  await runtime.close();
}
