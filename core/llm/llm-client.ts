// The one door to an OpenAI-compatible chat endpoint (OpenAI, DeepSeek, Qwen, a local server). It
// decides how long a call may take (never past the customer's turn), stops when the turn is over, sorts
// failures into counted fault kinds, and keeps the token accounting: per turn, per day, and the daily
// budget past which the bot simply works offline.
import OpenAI from 'openai';
import type { Config } from '../config.js';
import type { Logger } from '../log.js';
import { dayOf } from '../stages/record.js';
import type { Store } from '../store/store.js';
import type { SuggestInput } from './agent-assist.js';
import { suggestReplies } from './agent-assist.js';
import { EmbeddingIndex } from './embedding-index.js';
import { classifyError, faultKinds, LlmFault, type FaultKind } from './llm-fault.js';
import { jsonObjectIn } from './model-output.js';

export interface LlmSettings {
  apiKey: string;
  /** Any OpenAI-compatible endpoint, ending in /v1; default: OpenAI's. */
  baseURL?: string;
  model: string;
  embeddingModel?: string;
  /** The longest one call may take; a turn's remaining time can make it shorter. */
  timeoutMs: number;
  /** Tokens per day (the shop's day); past it every call is refused locally and the bot works offline. */
  dailyTokenBudget: number;
  /** 0 or 1. A retry is only worth it when it fits the customer's wait; the turn's deadline still rules. */
  maxRetries?: number;
}

/** The LLM settings the configuration asks for, or undefined without an API key (the offline path). */
export function llmSettingsFrom(config: Config): LlmSettings | undefined {
  if (!config.OPENAI_API_KEY) return undefined;
  return {
    apiKey: config.OPENAI_API_KEY,
    baseURL: config.OPENAI_BASE_URL,
    model: config.OPENAI_MODEL,
    embeddingModel: config.OPENAI_EMBEDDING_MODEL,
    timeoutMs: config.OPENAI_TIMEOUT_MS,
    dailyTokenBudget: config.LLM_DAILY_TOKEN_BUDGET,
  };
}

export interface ChatMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

/** Where a call's tokens and faults are added up (a turn's `llm` record). */
export interface CallAccount {
  tokens: number;
  faults: string[];
}

export interface CallOptions {
  /** For logs and counters: answer, classify, rewrite, suggest. */
  purpose: string;
  /** The turn's signal: when it aborts, the call stops. */
  signal?: AbortSignal;
  /** Wall-clock time (Date.now()) by which the answer must be in. */
  deadline?: number;
  account?: CallAccount;
  maxTokens?: number;
  temperature?: number;
}

export interface LlmStats {
  calls: number;
  answered: number;
  tokens: number;
  faults: Record<FaultKind, number>;
  /** Replies the guardrails threw away. */
  rejected: number;
  /** Customer messages that tried prompt injection (the LLM was not asked). */
  injections: number;
}

export interface LlmClientDeps {
  store: Store;
  log: Logger;
  /** The shop's clock, for the day the tokens count against. */
  now?: () => number;
  /** The fetch the SDK uses (tests). */
  fetch?: typeof fetch;
}

/** Less time than this left in the turn: not worth starting a call. */
const MIN_CALL_MS = 250;

export const tokensKey = (day: string) => `llm:tokens:${day}`;
export const faultKey = (day: string, kind: FaultKind) => `llm:faults:${day}:${kind}`;
export const rejectedKey = (day: string) => `llm:rejected:${day}`;
export const injectionKey = (day: string) => `llm:injections:${day}`;
/** The day's log of replies the guardrails threw away (masked), for QA. */
export const rejectedLog = (day: string) => `llm-rejected:${day}`;

export class LlmClient {
  /** Counters of this process, for logs and the bench; the store keeps the per-day ones. */
  readonly stats: LlmStats = {
    calls: 0,
    answered: 0,
    tokens: 0,
    faults: Object.fromEntries(faultKinds.map((k) => [k, 0])) as Record<FaultKind, number>,
    rejected: 0,
    injections: 0,
  };
  /** Knowledge found by meaning, when an embeddings model is configured. */
  readonly embeddings?: EmbeddingIndex;
  private readonly openai: OpenAI;
  private budgetWarnedOn?: string;

  constructor(
    readonly settings: LlmSettings,
    private readonly deps: LlmClientDeps,
  ) {
    // apiKey and baseURL are always passed: the SDK would otherwise read OPENAI_* from the environment
    // behind the configuration's back.
    this.openai = new OpenAI({
      apiKey: settings.apiKey,
      baseURL: settings.baseURL ?? 'https://api.openai.com/v1',
      maxRetries: Math.min(1, settings.maxRetries ?? 0),
      timeout: settings.timeoutMs,
      fetch: deps.fetch,
    });
    if (settings.embeddingModel) this.embeddings = new EmbeddingIndex(this);
  }

  get model(): string {
    return this.settings.model;
  }

  day(): string {
    return dayOf((this.deps.now ?? Date.now)());
  }

  /** Tokens spent today by every process sharing the store. */
  async tokensToday(): Promise<number> {
    // increment by 0 reads the counter in every store (Redis keeps counters apart from values).
    return this.deps.store.increment(tokensKey(this.day()), 0);
  }

  async withinBudget(): Promise<boolean> {
    return (await this.tokensToday()) < this.settings.dailyTokenBudget;
  }

  /** Fault counts for a day, from the store (every process). */
  async faultsOn(day = this.day()): Promise<Record<FaultKind, number>> {
    const counts = await Promise.all(faultKinds.map((k) => this.deps.store.increment(faultKey(day, k), 0)));
    return Object.fromEntries(faultKinds.map((k, i) => [k, counts[i]!])) as Record<FaultKind, number>;
  }

  /** Suggested replies for an agent: the LLM's (grounded and checked) and the knowledge's own answers. */
  suggest(input: SuggestInput): Promise<string[]> {
    return suggestReplies(this, input);
  }

  /** Counts a reply the guardrails threw away, and keeps it (masked) in the day's log for QA. */
  async countRejected(entry: { conversation?: string; problems: string[]; reply: string }): Promise<void> {
    this.stats.rejected++;
    const day = this.day();
    await this.deps.store.increment(rejectedKey(day), 1);
    await this.deps.store.append(rejectedLog(day), { at: (this.deps.now ?? Date.now)(), ...entry });
  }

  async countInjection(): Promise<void> {
    this.stats.injections++;
    await this.deps.store.increment(injectionKey(this.day()), 1);
  }

  /** A chat completion whose text must be the JSON object the prompt asked for (else `malformed`). */
  async chatJson(messages: ChatMessage[], options: CallOptions): Promise<Record<string, unknown>> {
    const text = await this.chat(messages, options);
    try {
      return jsonObjectIn(text);
    } catch (error) {
      const fault = error instanceof LlmFault ? error : new LlmFault('malformed', String(error));
      await this.countFault(fault, options, 0);
      throw fault;
    }
  }

  /**
   * One chat completion; resolves with the reply's text or throws an LlmFault (already counted and
   * logged). Never takes longer than the call's time nor past `deadline`.
   */
  async chat(messages: ChatMessage[], options: CallOptions): Promise<string> {
    return this.guarded(options, async (signal, timeout) => {
      const completion: unknown = await this.openai.chat.completions.create(
        {
          model: this.settings.model,
          messages,
          max_tokens: options.maxTokens ?? 400,
          temperature: options.temperature ?? 0.3,
        },
        { signal, timeout },
      );
      await this.countTokens(completion, messages.reduce((n, m) => n + m.content.length, 0) + safeContentLength(completion), options.account);
      return contentOf(completion);
    });
  }

  /** Embeddings of `texts` with OPENAI_EMBEDDING_MODEL, in order; same time, budget and fault rules. */
  async embed(texts: string[], options: CallOptions): Promise<number[][]> {
    const model = this.settings.embeddingModel;
    if (!model) throw new LlmFault('rejected', 'no embedding model configured');
    return this.guarded(options, async (signal, timeout) => {
      const response: unknown = await this.openai.embeddings.create({ model, input: texts, encoding_format: 'float' }, { signal, timeout });
      await this.countTokens(response, texts.reduce((n, t) => n + t.length, 0), options.account);
      const data = (response as { data?: { index?: number; embedding?: unknown }[] } | null)?.data;
      if (!Array.isArray(data) || data.length !== texts.length) throw new LlmFault('malformed', 'the answer is not one embedding per input');
      const vectors = [...data].sort((a, b) => (a.index ?? 0) - (b.index ?? 0)).map((d) => d.embedding);
      if (!vectors.every((v): v is number[] => Array.isArray(v) && v.length > 0 && typeof v[0] === 'number')) throw new LlmFault('malformed', 'an embedding is not a list of numbers');
      return vectors;
    });
  }

  /** Budget, time and abort rules around one provider request; every failure leaves as a counted LlmFault. */
  private async guarded<T>(options: CallOptions, work: (signal: AbortSignal, timeoutMs: number) => Promise<T>): Promise<T> {
    const started = Date.now();
    try {
      if (!(await this.withinBudget())) throw new LlmFault('budget', 'daily token budget spent');
      const left = options.deadline === undefined ? Infinity : options.deadline - Date.now();
      const timeoutMs = Math.floor(Math.min(this.settings.timeoutMs, left));
      if (timeoutMs < MIN_CALL_MS) throw new LlmFault('timeout', `only ${Math.max(0, timeoutMs)} ms left in the turn`);
      if (options.signal?.aborted) throw new LlmFault('aborted', 'the turn ended first');
      this.stats.calls++;
      const result = await this.withTimeout(options, timeoutMs, work);
      this.stats.answered++;
      this.deps.log.debug({ purpose: options.purpose, ms: Date.now() - started }, 'llm: answered');
      return result;
    } catch (error) {
      const fault = error instanceof LlmFault ? error : classifyError(error, { timedOut: false, turnAborted: Boolean(options.signal?.aborted) });
      await this.countFault(fault, options, Date.now() - started);
      throw fault;
    }
  }

  private async withTimeout<T>(options: CallOptions, timeoutMs: number, work: (signal: AbortSignal, timeoutMs: number) => Promise<T>): Promise<T> {
    // Our own timer and abort as well as the SDK's timeout: the SDK's covers the response headers only,
    // and a server that stalls in the middle of the body would otherwise hold the turn.
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeoutMs);
    const onTurnAbort = () => controller.abort();
    options.signal?.addEventListener('abort', onTurnAbort, { once: true });
    const stopped = new Promise<never>((_, reject) => {
      controller.signal.addEventListener('abort', () => reject(new Error('aborted')), { once: true });
    });
    stopped.catch(() => undefined);
    try {
      const request = work(controller.signal, timeoutMs);
      request.catch(() => undefined); // when `stopped` wins, the losing request's rejection is expected
      return await Promise.race([request, stopped]);
    } catch (error) {
      throw classifyError(error, { timedOut, turnAborted: Boolean(options.signal?.aborted) });
    } finally {
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', onTurnAbort);
    }
  }

  private async countTokens(response: unknown, chars: number, account?: CallAccount): Promise<void> {
    const usage = (response as { usage?: { total_tokens?: number; prompt_tokens?: number; completion_tokens?: number } } | null)?.usage;
    let tokens = usage?.total_tokens ?? (usage?.prompt_tokens ?? 0) + (usage?.completion_tokens ?? 0);
    if (!Number.isFinite(tokens) || tokens <= 0) {
      // A server that reports no usage still spends: estimate (about two characters a token for Chinese)
      // so the budget holds against it too.
      tokens = Math.ceil(chars / 2);
    }
    tokens = Math.round(tokens);
    this.stats.tokens += tokens;
    if (account) account.tokens += tokens;
    await this.deps.store.increment(tokensKey(this.day()), tokens);
  }

  /** Counts and logs a fault (also for faults found after the call, in what the model wrote). */
  async countFault(fault: LlmFault, options: CallOptions, ms: number): Promise<void> {
    this.stats.faults[fault.kind]++;
    options.account?.faults.push(fault.kind);
    const day = this.day();
    try {
      await this.deps.store.increment(faultKey(day, fault.kind), 1);
    } catch (error) {
      this.deps.log.warn({ err: error }, 'llm: could not count a fault');
    }
    if (fault.kind === 'budget') {
      // Once a day is enough: every turn of the day would say the same.
      if (this.budgetWarnedOn !== day) this.deps.log.warn({ budget: this.settings.dailyTokenBudget, day }, 'llm: daily token budget spent, working offline until tomorrow');
      this.budgetWarnedOn = day;
      return;
    }
    this.deps.log.warn({ fault: fault.kind, status: fault.status, purpose: options.purpose, ms, detail: fault.message.slice(0, 200) }, 'llm: call failed, using the knowledge');
  }
}

/** The text of the first choice, or a malformed/empty fault. */
function contentOf(completion: unknown): string {
  if (!completion || typeof completion !== 'object' || !Array.isArray((completion as { choices?: unknown }).choices)) {
    throw new LlmFault('malformed', 'the answer is not a chat completion');
  }
  const choice = (completion as { choices: { message?: { content?: unknown } }[] }).choices[0];
  const content = choice?.message?.content;
  if (content !== undefined && content !== null && typeof content !== 'string') throw new LlmFault('malformed', 'message content is not text');
  if (!content || !content.trim()) throw new LlmFault('empty', 'the completion has no text');
  return content;
}

function safeContentLength(completion: unknown): number {
  try {
    return contentOf(completion).length;
  } catch {
    return 0;
  }
}
