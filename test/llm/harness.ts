// A test runtime wired to a local fake OpenAI-compatible server: the pipeline as in production, with the
// keyword engine (plus scripted "unsure" readings for second-opinion tests) and a shop that has FAQ
// entries, a product and a running promotion.
import { afterEach } from 'vitest';
import { emptyKnowledgeBase, type KnowledgeBase } from '../../core/knowledge/knowledge-base.js';
import { LlmClient, type LlmSettings } from '../../core/llm/llm-client.js';
import { silentLogger, type Logger } from '../../core/log.js';
import type { EngineDeps, PipelineSettings } from '../../core/engine-deps.js';
import { newConversation } from '../../core/dialogue/conversation.js';
import type { Inbound } from '../../core/types.js';
import type { Turn } from '../../core/pipeline/turn.js';
import { memoryStore } from '../../core/store/open-store.js';
import type { Store } from '../../core/store/store.js';
import type { Candidate, Understanding, UnderstandingEngine } from '../../core/understand/types.js';
import { FakeOpenAI, type FakeHandler } from '../fakes/fake-openai.js';
import { keywordEngine } from '../fakes/keyword-engine.js';
import { testRuntime } from '../fakes/test-runtime.js';

export const llmKb = (): KnowledgeBase => ({
  ...emptyKnowledgeBase('llm-test'),
  shop: { name: '山间茶铺', timezone: 'Asia/Shanghai', greeting: '您好！', fallback: '没听懂', handoff: '人工马上来' },
  faq: [
    { id: 'shipping', questions: ['什么时候发货'], answer: '付款后48小时内发货，默认发顺丰。', answers: { wechat: '48小时内发货哦😊' } },
    { id: 'returns', questions: ['怎么退货'], answer: '签收后7天内，未拆封的商品支持无理由退货。', suggest: ['运费谁出'] },
    { id: 'refund-time', questions: ['退款多久到账'], answer: '退货签收后1-3个工作日内原路退款。' },
    { id: 'damaged', questions: ['收到破损'], answer: '收到破损请拍照联系客服，核实后为您补发。' },
    { id: 'cancel-paid', questions: ['取消已付款订单'], answer: '已付款订单取消需要人工处理', escalate: true },
  ],
  products: [{ id: 'longjing', name: '明前龙井', price: 168, unit: '罐', stock: 20 }],
  promotions: [
    {
      id: 'winter-sale',
      title: '冬日茶节',
      questions: ['最近有什么活动'],
      answer: '冬日茶节：指定商品满199减30。',
      valid_from: new Date('2020-01-01T00:00:00+08:00'),
      valid_to: new Date('2099-12-31T23:59:59+08:00'),
      products: ['longjing'],
    },
  ],
  forbiddenPhrases: ['亲爹'],
});

/**
 * The keyword engine, except for scripted texts: those come back unsure (candidates, no answer), the way
 * the real engine reads a vague or follow-up message.
 */
export function scriptedEngine(kb: KnowledgeBase, unsure: Record<string, string[]> = {}, entities: Record<string, Understanding['entities']> = {}): UnderstandingEngine {
  const base = keywordEngine(kb);
  return {
    understand(text, options) {
      let u = base.understand(text, options);
      // The keyword engine knows FAQ entries only; promotions answer the same way here.
      const promotion = !u.answer && !u.escalate ? kb.promotions.find((p) => p.questions?.some((q) => text.includes(q))) : undefined;
      if (promotion) {
        const candidate = { id: promotion.id, score: 0.9, question: promotion.questions![0]!, why: [] };
        u = { ...u, candidates: [candidate], answer: candidate, reason: 'faq' };
      }
      const ids = unsure[text];
      const extra = entities[text] ?? [];
      if (!ids) return { ...u, entities: [...u.entities, ...extra] };
      const candidates: Candidate[] = ids.map((id, i) => ({ id, score: 0.45 - i * 0.1, question: kb.faq.find((e) => e.id === id)?.questions[0] ?? id, why: [] }));
      return { ...u, candidates, answer: null, reason: 'low_confidence', entities: [...u.entities, ...extra] };
    },
  };
}

export interface HarnessOptions {
  llm?: Partial<LlmSettings>;
  settings?: Partial<PipelineSettings>;
  unsure?: Record<string, string[]>;
  entities?: Record<string, Understanding['entities']>;
  store?: Store;
  log?: Logger;
  kb?: KnowledgeBase;
  /** How the fake answers from the start (before the runtime makes its first request). */
  respond?: FakeHandler;
}

export async function llmHarness(options: HarnessOptions = {}) {
  const fake = await FakeOpenAI.start();
  if (options.respond) fake.respond(options.respond);
  const store = options.store ?? memoryStore();
  const log = options.log ?? silentLogger;
  const llm = new LlmClient({ apiKey: 'test-key', baseURL: fake.url, model: 'fake-model', timeoutMs: 3000, dailyTokenBudget: 1_000_000, ...options.llm }, { store, log });
  const kb = options.kb ?? llmKb();
  const harness = testRuntime({
    store,
    log,
    llm,
    knowledge: kb,
    settings: options.settings,
    engineFactory: (k) => scriptedEngine(k, options.unsure, options.entities),
  });
  return { ...harness, fake, llm, store, close: () => fake.close() };
}

/** Every message text the fake server received, joined: what left the process. */
export function sentText(fake: FakeOpenAI): string {
  return fake.requests.map((r) => r.raw).join('\n');
}

/** The user message of the n-th chat request. */
export function userMessageOf(fake: FakeOpenAI, n = 0): string {
  return fake.chatBodies()[n]?.messages?.find((m) => m.role === 'user')?.content ?? '';
}

export function systemMessageOf(fake: FakeOpenAI, n = 0): string {
  return fake.chatBodies()[n]?.messages?.find((m) => m.role === 'system')?.content ?? '';
}

/**
 * `llmHarness`, closed after each test of the file that calls this at its top level (its fake server
 * and runtime must not outlive the test).
 */
export function closingHarness(): (options?: HarnessOptions) => ReturnType<typeof llmHarness> {
  let close: (() => Promise<void>) | undefined;
  afterEach(async () => {
    await close?.();
    close = undefined;
  });
  return async (options = {}) => {
    const h = await llmHarness(options);
    close = h.close;
    return h;
  };
}

/** A turn built by hand for a stage-level test: the message understood, a fresh conversation, `extra` on top. */
export function turnFor(deps: EngineDeps, inbound: Inbound, extra: Partial<Turn> = {}): Turn {
  return {
    inbound,
    deps,
    startedAt: deps.now(),
    signal: new AbortController().signal,
    replies: [],
    faq: null,
    conversation: newConversation('conv:x', { address: inbound.address, channel: 'test', userId: 'alice', customerId: 'c1' }, deps.now()),
    understanding: deps.knowledge.engine.understand(inbound.text),
    ...extra,
  } as unknown as Turn;
}
