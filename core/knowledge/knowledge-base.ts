// The loaded, validated knowledge of one shop: what the rest of the engine reads.
import type { FaqEntry, Lexicon, Playbook, Product, Promotion, Shop } from './schema.js';

export interface KnowledgeBase {
  /** The folder it was loaded from. */
  dir: string;
  shop: Shop;
  faq: FaqEntry[];
  products: Product[];
  promotions: Promotion[];
  playbooks: Playbook[];
  /** Admin-supplied lexicon, merged over the built-in one by the understanding engine. */
  lexicon: Lexicon;
  /** Raw routing rules (knowledge/routing.yaml); interpreted by core/routing. */
  routing: unknown;
  /** Forbidden phrases for QA (knowledge/forbidden-phrases.yaml). */
  forbiddenPhrases: string[];
  loadedAt: Date;
}

export const defaultShop: Shop = {
  name: '本店',
  timezone: 'Asia/Shanghai',
};

export function emptyKnowledgeBase(dir = ''): KnowledgeBase {
  return {
    dir,
    shop: defaultShop,
    faq: [],
    products: [],
    promotions: [],
    playbooks: [],
    lexicon: { synonyms: [], typos: {}, stopwords: [] },
    routing: undefined,
    forbiddenPhrases: [],
    loadedAt: new Date(),
  };
}

/** True while a dated piece of knowledge is valid at `now`. */
export function isActive(item: { valid_from?: Date; valid_to?: Date }, now: Date): boolean {
  return (!item.valid_from || item.valid_from <= now) && (!item.valid_to || now <= item.valid_to);
}
