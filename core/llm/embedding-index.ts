// Knowledge entries found by meaning, with the optional embeddings model (OPENAI_EMBEDDING_MODEL). Used
// only when the offline engine found no candidate at all (a paraphrase sharing no words with any stored
// question): the nearest entries become candidates for the second opinion's classifier, which still
// decides — similarity alone never answers a customer. The questions' vectors are computed once per
// knowledge version, in the background, never inside a customer's turn.
import { isActive, type KnowledgeBase } from '../knowledge/knowledge-base.js';
import type { KnowledgeHolder } from '../knowledge/knowledge-holder.js';
import type { Candidate } from '../understand/types.js';
import type { CallOptions, LlmClient } from './llm-client.js';

interface Built {
  items: { id: string; question: string; promotion: boolean }[];
  vectors: Float32Array[];
}

/** Inputs per embeddings request: providers cap the batch (OpenAI 2048, others far fewer). */
const BATCH = 64;
/** After a failed build, wait this long before trying again. */
const RETRY_MS = 60_000;

export class EmbeddingIndex {
  private readonly ready = new WeakMap<KnowledgeBase, Built>();
  private readonly building = new WeakMap<KnowledgeBase, Promise<void>>();
  private readonly failedAt = new WeakMap<KnowledgeBase, number>();

  constructor(private readonly llm: LlmClient) {}

  /** Builds the index for the holder's knowledge now and again on every reload. */
  follow(holder: KnowledgeHolder): void {
    void this.warm(holder.kb);
    holder.onReplace((kb) => void this.warm(kb));
  }

  isReady(kb: KnowledgeBase): boolean {
    return this.ready.has(kb);
  }

  /** Computes the vectors of every stored question (once per knowledge version). */
  warm(kb: KnowledgeBase): Promise<void> {
    const running = this.building.get(kb);
    if (running || this.ready.has(kb)) return running ?? Promise.resolve();
    if (Date.now() - (this.failedAt.get(kb) ?? 0) < RETRY_MS) return Promise.resolve();
    const work = this.build(kb).finally(() => this.building.delete(kb));
    this.building.set(kb, work);
    return work;
  }

  /**
   * The entries nearest to `text`, best first, as engine-style candidates. Empty while the index is not
   * built yet (the build is started, the turn does not wait for it).
   */
  async nearest(kb: KnowledgeBase, text: string, options: CallOptions, now: Date, k = 5): Promise<Candidate[]> {
    const built = this.ready.get(kb);
    if (!built) {
      void this.warm(kb);
      return [];
    }
    const [vector] = await this.llm.embed([text], options);
    const query = unit(vector!);
    const best = new Map<string, { score: number; question: string }>();
    built.items.forEach((item, i) => {
      if (item.promotion && !kb.promotions.some((p) => p.id === item.id && isActive(p, now))) return;
      const score = dot(query, built.vectors[i]!);
      if (score > (best.get(item.id)?.score ?? -Infinity)) best.set(item.id, { score, question: item.question });
    });
    return [...best]
      .sort((a, b) => b[1].score - a[1].score)
      .slice(0, k)
      .map(([id, { score, question }]) => ({ id, score: Math.max(0, Math.min(1, score)), question, why: ['embedding'] }));
  }

  private async build(kb: KnowledgeBase): Promise<void> {
    const items = [
      ...kb.faq.flatMap((e) => e.questions.map((question) => ({ id: e.id, question, promotion: false }))),
      ...kb.promotions.flatMap((p) => (p.questions ?? []).map((question) => ({ id: p.id, question, promotion: true }))),
    ];
    try {
      const vectors: Float32Array[] = [];
      for (let i = 0; i < items.length; i += BATCH) {
        const batch = await this.llm.embed(
          items.slice(i, i + BATCH).map((item) => item.question),
          { purpose: 'embed-knowledge' },
        );
        vectors.push(...batch.map(unit));
      }
      this.ready.set(kb, { items, vectors });
    } catch {
      // Faults are counted and logged by the client. The build runs detached (never awaited by a turn),
      // so it must not reject: the second opinion simply works without the index until the next try.
      this.failedAt.set(kb, Date.now());
    }
  }
}

function unit(vector: number[] | Float32Array): Float32Array {
  const out = Float32Array.from(vector);
  let sum = 0;
  for (const x of out) sum += x * x;
  const norm = Math.sqrt(sum) || 1;
  for (let i = 0; i < out.length; i++) out[i] = out[i]! / norm;
  return out;
}

function dot(a: Float32Array, b: Float32Array): number {
  let sum = 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) sum += a[i]! * b[i]!;
  return sum;
}
