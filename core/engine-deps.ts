// Everything the pipeline stages need, passed explicitly (no globals), so tests build it from fakes.
import type { Config } from './config.js';
import type { HandoffService } from './handoff/handoff-service.js';
import type { KnowledgeHolder } from './knowledge/knowledge-holder.js';
import type { LlmClient } from './llm/llm-client.js';
import type { Logger } from './log.js';
import type { Outbox } from './outbox.js';
import type { ShopConnector } from './shop/shop-connector.js';
import type { KeyedMutex } from './store/keyed-mutex.js';
import type { Store } from './store/store.js';

export type PipelineSettings = Pick<Config, 'TURN_TIMEOUT_MS' | 'RATE_LIMIT_PER_MINUTE' | 'MAX_MESSAGE_CHARS'> & Partial<Pick<Config, 'IDENTITY_SECRET'>>;

export interface EngineDeps {
  settings: PipelineSettings;
  log: Logger;
  store: Store;
  knowledge: KnowledgeHolder;
  outbox: Outbox;
  handoff: HandoffService;
  /** One turn at a time per conversation; shared with the handoff service. */
  conversations: KeyedMutex;
  now: () => number;
  /** The LLM (OPENAI_API_KEY set): grounded answers, second opinions, agent assist. Absent: offline. */
  llm?: LlmClient;
  /** The shop's own systems (orders, parcels, stock, customers); absent: no order lookups. */
  shop?: ShopConnector;
}
