// Builds the engine's dependencies from configuration: store, knowledge, outbox, handoff. Bots (bots/)
// add adapters on top; tests build the same thing over a memory store.
import { Bot } from './bot.js';
import type { EngineDeps, PipelineSettings } from './engine-deps.js';
import { ShopProfileProvider } from './customers/shop-profile.js';
import type { Desk } from './handoff/desk.js';
import { HandoffService, type SuggestProvider } from './handoff/handoff-service.js';
import { LogDesk } from './handoff/log-desk.js';
import { StoreProfileProvider, type ProfileProvider } from './handoff/profile.js';
import { TicketTimeouts } from './handoff/ticket-timeouts.js';
import type { KnowledgeBase } from './knowledge/knowledge-base.js';
import { KnowledgeHolder, type EngineFactory } from './knowledge/knowledge-holder.js';
import { suggestForTicket } from './llm/agent-assist.js';
import type { LlmClient } from './llm/llm-client.js';
import type { Logger } from './log.js';
import { Outbox } from './outbox.js';
import type { ShopConnector } from './shop/shop-connector.js';
import { KeyedMutex } from './store/keyed-mutex.js';
import type { Store } from './store/store.js';
import { routingOf } from './stages/route.js';

/** What a desk may need from the runtime it serves (the Feishu desk sends through the outbox). */
export interface DeskParts {
  store: Store;
  outbox: Outbox;
  log: Logger;
  knowledge: KnowledgeHolder;
  now: () => number;
}

export interface RuntimeOptions {
  log: Logger;
  store: Store;
  knowledge: KnowledgeBase;
  settings?: Partial<PipelineSettings>;
  /** Where agents work: a desk, or a factory given the runtime's parts. Default: the log. */
  desk?: Desk | ((parts: DeskParts) => Desk);
  /** Profile lines on the handoff card; default: what the store knows (channel, first contact, earlier tickets). */
  profiles?: ProfileProvider;
  /** Answers an agent's /suggest; default: the suggestions the ticket was opened with. */
  suggest?: SuggestProvider;
  now?: () => number;
  /** The LLM for grounded answers, second opinions and agent assist; absent: offline. */
  llm?: LlmClient;
  /**
   * The shop's own systems (orders, parcels, stock, customers), or a factory given the knowledge (the demo
   * shop reads the current catalogue); absent: no order lookups. With one, the handoff card shows the
   * customer's VIP level, orders and segment unless `profiles` says otherwise.
   */
  shop?: ShopConnector | ((parts: { knowledge: KnowledgeHolder; log: Logger; now: () => number }) => ShopConnector | undefined);
  engineFactory: EngineFactory;
  instance?: string;
}

export interface Runtime {
  deps: EngineDeps;
  bot: Bot;
  /** Claim and reply reminders, after-hours waiting: started by the process that runs the desk. */
  timeouts: TicketTimeouts;
  close(): Promise<void>;
}

export const defaultSettings: PipelineSettings = { TURN_TIMEOUT_MS: 8000, RATE_LIMIT_PER_MINUTE: 20, MAX_MESSAGE_CHARS: 2000 };

export function createRuntime(options: RuntimeOptions): Runtime {
  const { log, store } = options;
  const now = options.now ?? Date.now;
  const conversations = new KeyedMutex();
  const outbox = new Outbox(store, log, options.instance);
  const knowledge = new KnowledgeHolder(options.knowledge, options.engineFactory);
  const shop = typeof options.shop === 'function' ? options.shop({ knowledge, log, now }) : options.shop;
  const storeProfiles = new StoreProfileProvider(store, () => knowledge.kb.shop.timezone);
  const desk = typeof options.desk === 'function' ? options.desk({ store, outbox, log, knowledge, now }) : (options.desk ?? new LogDesk(log));
  const handoff = new HandoffService({
    store,
    outbox,
    log,
    desk,
    conversations,
    now,
    profiles: options.profiles ?? (shop ? new ShopProfileProvider(storeProfiles, { shop, store, log, now }) : storeProfiles),
    // With an LLM, /suggest drafts fresh replies (grounded, checked) before the stored ones.
    suggest: options.suggest ?? (options.llm ? { suggest: (ticket) => suggestForTicket(options.llm, knowledge, ticket, new Date(now())) } : undefined),
    resolveGroup: (name) => {
      const wanted = name.trim().toLowerCase();
      return routingOf(knowledge.kb.routing).groups.find((g) => g.id.toLowerCase() === wanted || g.name?.toLowerCase() === wanted)?.id;
    },
  });
  const deps: EngineDeps = { settings: { ...defaultSettings, ...options.settings }, log, store, knowledge, outbox, handoff, conversations, now, llm: options.llm, shop };
  options.llm?.embeddings?.follow(knowledge); // the questions' vectors, built in the background per knowledge version
  const bot = new Bot(deps, { instance: options.instance });
  const timeouts = new TicketTimeouts({ handoff, store, knowledge, log, now });
  return {
    deps,
    bot,
    timeouts,
    async close() {
      await timeouts.stop();
      await bot.stop();
      await outbox.stop();
      await store.close();
    },
  };
}
