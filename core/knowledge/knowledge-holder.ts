// The knowledge a running bot answers from, and the engine built over it. Swapped whole on reload, so a
// turn always sees one consistent version; a reload that fails keeps the last good one.
import type { UnderstandingEngine } from '../understand/types.js';
import type { KnowledgeBase } from './knowledge-base.js';

export type EngineFactory = (kb: KnowledgeBase) => UnderstandingEngine;

export class KnowledgeHolder {
  private current: { kb: KnowledgeBase; engine: UnderstandingEngine };
  private readonly listeners = new Set<(kb: KnowledgeBase) => void>();

  constructor(
    kb: KnowledgeBase,
    private readonly createEngine: EngineFactory,
  ) {
    this.current = { kb, engine: createEngine(kb) };
  }

  get kb(): KnowledgeBase {
    return this.current.kb;
  }

  get engine(): UnderstandingEngine {
    return this.current.engine;
  }

  /** Builds the engine for new knowledge, then swaps both at once. */
  replace(kb: KnowledgeBase): void {
    this.current = { kb, engine: this.createEngine(kb) };
    for (const listener of this.listeners) listener(kb);
  }

  onReplace(listener: (kb: KnowledgeBase) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
