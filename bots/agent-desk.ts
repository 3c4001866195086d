// The agents' desk: the Feishu desk (ticket cards, threads, per-ticket groups), Feishu events in (long
// connection or webhook), agent commands, and the ticket timeouts. Wiring only.
//
// Alone (`xiaoer agent-desk`) it is the Feishu side of a scaled-out deployment: tickets come from the
// customer-service processes through the shared store (Redis), agents' replies go back through the
// outbox, and the process holding the WeChat login delivers them. Inside `npm start` (all-in-one) it
// shares one runtime with the customer channels.
import { FeishuConnector, feishuSettings, type FeishuHandle } from '../adapters/feishu/feishu.js';
import { FeishuGroupsError } from '../adapters/feishu/groups.js';
import type { Config } from '../core/config.js';
import { createLogger, type Logger } from '../core/log.js';
import { runtimeFromConfig } from '../core/runtime-from-config.js';
import type { Runtime } from '../core/runtime.js';

const STOP_DEADLINE_MS = 25_000;

export interface AgentDesk {
  feishu: FeishuHandle;
  port?: number;
  stop(): Promise<void>;
}

/** Attaches the Feishu side to a runtime whose desk is `connector.desk`, opens the transport, starts the timeouts. */
export async function startAgentDesk(runtime: Runtime, connector: FeishuConnector, feishu: FeishuHandle = connector.attach(runtime)): Promise<AgentDesk> {
  const { port } = await feishu.start();
  runtime.timeouts.start();
  return {
    feishu,
    port,
    async stop() {
      await runtime.timeouts.stop();
      await feishu.stop();
    },
  };
}

export interface RunAgentDeskOptions {
  /** Also run the customer channels that have credentials (all-in-one). */
  customerChannels?: boolean;
  /** Started as its own process (`xiaoer agent-desk`), beside a customer-service process. */
  standalone?: boolean;
}

/** `xiaoer agent-desk` (and all-in-one with Feishu): runs until SIGTERM or SIGINT. */
export async function runAgentDesk(config: Config, options: RunAgentDeskOptions = {}): Promise<void> {
  if (!config.channels.feishu) {
    process.stderr.write('No Feishu app configured: set FEISHU_APP_ID and FEISHU_APP_SECRET (and FEISHU_GROUPS). See .env.example, "Feishu".\n');
    process.exitCode = 2;
    return;
  }
  const log = createLogger();
  let connector: FeishuConnector;
  try {
    connector = new FeishuConnector(feishuSettings(config), log);
  } catch (error) {
    if (!(error instanceof FeishuGroupsError)) throw error;
    process.stderr.write(`${error.message}\nSee .env.example, "Feishu".\n`);
    process.exitCode = 2;
    return;
  }
  process.on('unhandledRejection', (reason) => log.error({ err: reason }, 'unhandled rejection'));
  const runtime = await runtimeFromConfig(config, log, { desk: connector.desk, instance: options.standalone ? 'agent-desk' : undefined });
  if (options.standalone && runtime.deps.store.kind === 'sqlite') {
    log.warn('agent-desk runs alone on the SQLite file: only one process may use it. Share REDIS_URL with the customer-service process, or run `npm start` (all-in-one).');
  }
  // The Feishu sender is registered before any turn replays, so cards of replayed turns go out at once.
  const feishu = connector.attach(runtime);
  let customers: { stop(): Promise<void> } | undefined;
  if (options.customerChannels) {
    const { customerChannels, startCustomerService } = await import('./customer-service.js');
    customers = await startCustomerService(runtime, await customerChannels(config, runtime.bot, log), log);
  } else {
    await runtime.bot.recover();
    // Cards queued by the customer-service processes go out within a fifth of a second.
    runtime.deps.outbox.start(options.standalone ? 200 : undefined);
  }
  const desk = await startAgentDesk(runtime, connector, feishu);
  log.info({ mode: config.FEISHU_MODE, port: desk.port, groups: feishu.groups.agentChats().length }, 'agent desk running');

  const signal = await waitForSignal(log);
  log.info({ signal }, 'stopping the agent desk');
  const deadline = setTimeout(() => {
    log.error({ ms: STOP_DEADLINE_MS }, 'shutdown took too long: exiting anyway');
    process.exit(1);
  }, STOP_DEADLINE_MS);
  deadline.unref();
  await desk.stop();
  if (customers) await customers.stop(); // closes the runtime
  else {
    await runtime.deps.outbox.stop();
    await runtime.close();
  }
  clearTimeout(deadline);
  await new Promise<void>((resolve) => log.flush(() => resolve()));
  process.exit(signal === 'crash' ? 1 : 0);
}

function waitForSignal(log: Logger): Promise<NodeJS.Signals | 'crash'> {
  return new Promise((resolve) => {
    process.once('SIGTERM', () => resolve('SIGTERM'));
    process.once('SIGINT', () => resolve('SIGINT'));
    process.once('uncaughtException', (error) => {
      log.fatal({ err: error }, 'uncaught exception: stopping');
      resolve('crash');
    });
  });
}
