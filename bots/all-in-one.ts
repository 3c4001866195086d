// `npm start`: one process runs every bot that has credentials (customer channels: bots/customer-service.ts,
// the agents' Feishu desk: bots/agent-desk.ts).
// With none, it is a console chat on the embedded defaults (local SQLite store, offline understanding, the
// sample shop).
import { runConsole } from './console.js';
import { settings } from './settings.js';

export async function start(): Promise<void> {
  const config = settings();
  const platforms = Object.entries(config.channels).filter(([name, on]) => on && name !== 'llm');
  if (config.CONSOLE ?? platforms.length === 0) {
    await runConsole(config);
    return;
  }
  if (platforms.length === 0) {
    process.stderr.write('Nothing to run: CONSOLE=false and no platform has credentials (see .env.example).\n');
    process.exitCode = 2;
    return;
  }
  if (config.channels.feishu) {
    // The agents' desk in Feishu, with the customer channels on the same runtime when they have credentials.
    const { runAgentDesk } = await import('./agent-desk.js');
    await runAgentDesk(config, { customerChannels: config.channels.wechat || config.channels.telegram });
    return;
  }
  // Only customer channels are left (the console and Feishu cases returned above).
  const { runCustomerService } = await import('./customer-service.js');
  await runCustomerService(config);
}
