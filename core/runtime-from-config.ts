// The runtime the configuration asks for: its store (SQLite or Redis), its knowledge folder, the offline
// understanding engine. The knowledge folder is watched: edits reach the running bots without a restart.
import type { Config } from './config.js';
import type { AdminNotifier } from './knowledge/admin-notifier.js';
import { loadKnowledge } from './knowledge/load.js';
import { LlmClient, llmSettingsFrom } from './llm/llm-client.js';
import { watchKnowledge, type KnowledgeWatcher } from './knowledge/watch-knowledge.js';
import type { Logger } from './log.js';
import { createRuntime, type Runtime, type RuntimeOptions } from './runtime.js';
import { createShopConnector } from './shop/create-shop.js';
import { openStore } from './store/open-store.js';
import { createEngine } from './understand/engine.js';

export interface RuntimeFromConfigOptions extends Partial<RuntimeOptions> {
  /** Reload the knowledge when its files change (default true; one-shot commands may turn it off). */
  watchKnowledge?: boolean;
  /** Told when a knowledge change is rejected (the Feishu admin group); default: the log. */
  adminNotifier?: AdminNotifier;
}

export async function runtimeFromConfig(
  config: Config,
  log: Logger,
  extra: RuntimeFromConfigOptions = {},
): Promise<Runtime & { knowledgeWatcher?: KnowledgeWatcher }> {
  const { watchKnowledge: watch = true, adminNotifier, ...options } = extra;
  const knowledge = await loadKnowledge(config.knowledgeDir);
  const store = options.store ?? (await openStore({ redisUrl: config.REDIS_URL, dataDir: config.dataDir, log }));
  // OPENAI_API_KEY set: the LLM joins in; without it the offline path, unchanged.
  const llmSettings = llmSettingsFrom(config);
  const llm = options.llm ?? (llmSettings ? new LlmClient(llmSettings, { store, log }) : undefined);
  if (llm) log.info({ model: llm.model, baseURL: llmSettings?.baseURL ?? 'default' }, 'llm: on');
  // SHOP_CONNECTOR: the demo shop by default (DATA_DIR/shop), a system behind the HTTP contract, Shopify, none.
  const shop: RuntimeOptions['shop'] = options.shop ?? ((parts) => createShopConnector(config, { log, products: () => parts.knowledge.kb.products, now: parts.now }));
  const runtime = createRuntime({ log, store, knowledge, settings: config, engineFactory: createEngine, ...options, llm, shop });
  if (!watch) return runtime;
  const knowledgeWatcher = watchKnowledge({ dir: config.knowledgeDir, holder: runtime.deps.knowledge, log, notifier: adminNotifier });
  const close = runtime.close.bind(runtime);
  return {
    ...runtime,
    knowledgeWatcher,
    async close() {
      knowledgeWatcher.close();
      await close();
    },
  };
}
