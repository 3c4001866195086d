// A FAQ entry by its id. Stages look up the entry the engine matched several times a turn (route,
// products, respond, orders); a scan of the whole list each time costs tens of microseconds on a
// knowledge of thousands of entries. Indexed once per knowledge version (a reload brings a new list);
// a list that grew since (tests add entries) is indexed again.
import type { KnowledgeBase } from '../knowledge/knowledge-base.js';
import type { FaqEntry } from '../knowledge/schema.js';

const indexes = new WeakMap<FaqEntry[], { length: number; byId: Map<string, FaqEntry> }>();

export function faqEntry(kb: KnowledgeBase, id: string | undefined): FaqEntry | undefined {
  if (id === undefined) return undefined;
  let index = indexes.get(kb.faq);
  if (!index || index.length !== kb.faq.length) {
    const byId = new Map<string, FaqEntry>();
    // The first entry of an id wins, as a scan of the list would find it.
    for (const entry of kb.faq) if (!byId.has(entry.id)) byId.set(entry.id, entry);
    indexes.set(kb.faq, (index = { length: kb.faq.length, byId }));
  }
  return index.byId.get(id);
}
