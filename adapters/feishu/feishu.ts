// Wiring of the Feishu desk. Every process that opens tickets uses `connector.desk` (it only records
// desk work in the outbox); the one process that holds the Feishu app calls `connector.attach(runtime)`:
// it registers the Feishu sender, receives events (WebSocket or webhook) and turns them into agent
// actions.
import type { Config } from '../../core/config.js';
import type { Logger } from '../../core/log.js';
import type { DeskParts, Runtime } from '../../core/runtime.js';
import { routingOf } from '../../core/stages/route.js';
import { AgentEvents } from './agent-events.js';
import { FeishuApi } from './feishu-api.js';
import { FeishuDesk, FeishuSender } from './feishu-desk.js';
import { FeishuGroups, parseGroupsEnv } from './groups.js';
import { FeishuReceiver } from './event-receiver.js';
import { AgentRoster } from './roster.js';

export interface FeishuSettings {
  appId: string;
  appSecret: string;
  domain: string;
  mode: 'ws' | 'webhook';
  verificationToken?: string;
  encryptKey?: string;
  webhookPort?: number;
  webhookHost?: string;
  webhookPath?: string;
  /** FEISHU_GROUPS: presale=oc_x,aftersale=oc_y */
  groups?: string;
  /** A new Feishu group per ticket for every routing group (else per group in routing.yaml). */
  ticketChats?: boolean;
  /** Mask personal data in what the desk quotes of customers (default true). */
  mask?: boolean;
  /** How long opening a ticket may wait for Feishu before the customer is answered (default 250 ms). */
  budgetMs?: number;
  /** Names this process's event queue. */
  instance?: string;
}

export function feishuSettings(config: Config): FeishuSettings {
  if (!config.FEISHU_APP_ID || !config.FEISHU_APP_SECRET) throw new Error('Feishu is not configured (FEISHU_APP_ID, FEISHU_APP_SECRET)');
  return {
    appId: config.FEISHU_APP_ID,
    appSecret: config.FEISHU_APP_SECRET,
    domain: config.FEISHU_DOMAIN,
    mode: config.FEISHU_MODE,
    verificationToken: config.FEISHU_VERIFICATION_TOKEN,
    encryptKey: config.FEISHU_ENCRYPT_KEY,
    webhookPort: config.FEISHU_WEBHOOK_PORT,
    groups: config.FEISHU_GROUPS,
  };
}

export interface FeishuHandle {
  api: FeishuApi;
  sender: FeishuSender;
  receiver: FeishuReceiver;
  events: AgentEvents;
  roster: AgentRoster;
  groups: FeishuGroups;
  /** Replays interrupted events, sends what waits in the outbox, and opens the transport. */
  start(): Promise<{ port?: number }>;
  stop(): Promise<void>;
}

export class FeishuConnector {
  readonly api: FeishuApi;
  private readonly groupsEnv: Record<string, string>;

  constructor(
    readonly settings: FeishuSettings,
    private readonly log: Logger,
  ) {
    this.groupsEnv = parseGroupsEnv(settings.groups);
    this.api = new FeishuApi({ appId: settings.appId, appSecret: settings.appSecret, domain: settings.domain, log });
  }

  groupsFor(knowledge: DeskParts['knowledge']): FeishuGroups {
    return new FeishuGroups(this.groupsEnv, () => routingOf(knowledge.kb.routing), this.settings.ticketChats);
  }

  /** The desk, for createRuntime({ desk: connector.desk }). */
  readonly desk = (parts: DeskParts): FeishuDesk =>
    new FeishuDesk({ store: parts.store, outbox: parts.outbox, log: parts.log, groups: this.groupsFor(parts.knowledge), mask: this.settings.mask, budgetMs: this.settings.budgetMs });

  /** Makes this process the one that talks to Feishu. */
  attach(runtime: Runtime): FeishuHandle {
    const { deps } = runtime;
    const log = deps.log;
    const groups = this.groupsFor(deps.knowledge);
    const roster = new AgentRoster(this.api, groups, log);
    const sender = new FeishuSender({
      api: this.api,
      store: deps.store,
      log,
      groups,
      roster,
      mask: this.settings.mask,
      onPosted: (ticketId, deskAddress) => deps.handoff.attachDesk(ticketId, deskAddress),
    });
    deps.outbox.register(sender);
    let botOpenId: string | undefined;
    const events = new AgentEvents({ handoff: deps.handoff, store: deps.store, outbox: deps.outbox, roster, groups, log, botOpenId: () => botOpenId });
    const receiver = new FeishuReceiver({
      store: deps.store,
      log,
      handle: (event) => events.handle(event),
      verificationToken: this.settings.verificationToken,
      encryptKey: this.settings.encryptKey,
      instance: this.settings.instance,
      path: this.settings.webhookPath,
    });
    const { settings, api } = this;
    if (!groups.agentChats().length) log.warn('feishu: no agents group configured (FEISHU_GROUPS or routing.yaml feishu_chat_id): tickets get no card');
    return {
      api,
      sender,
      receiver,
      events,
      roster,
      groups,
      async start() {
        botOpenId = await api.botOpenId().catch((error: unknown) => {
          log.warn({ err: error }, 'feishu: could not read the bot info; mentions of colleagues are not told apart');
          return undefined;
        });
        await receiver.recover();
        await deps.outbox.drain();
        if (settings.mode === 'webhook') {
          const port = await receiver.listen(settings.webhookPort ?? 3000, settings.webhookHost);
          log.info({ port, path: receiver.path }, 'feishu: webhook listening');
          return { port };
        }
        await receiver.startWebSocket({ appId: settings.appId, appSecret: settings.appSecret, domain: settings.domain });
        log.info('feishu: long connection started');
        return {};
      },
      async stop() {
        await receiver.stop();
      },
    };
  }
}
