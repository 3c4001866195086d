// A deterministic stand-in for the understanding engine: an entry answers when one of its questions is a
// substring of the message (the longest such question wins); 投诉 / 转人工 escalate. Lets pipeline tests
// say exactly what the engine "understood".
import type { KnowledgeBase } from '../../core/knowledge/knowledge-base.js';
import { languageIn } from '../../core/text/language.js';
import type { Entity, Understanding, UnderstandingEngine } from '../../core/understand/types.js';

export interface KeywordEngineOptions {
  slowMs?: number;
  throwOn?: string;
  /** What the message mentions (order numbers, products...); default: nothing. */
  entitiesOf?: (text: string) => Entity[];
}

export function keywordEngine(kb: KnowledgeBase, options: KeywordEngineOptions = {}): UnderstandingEngine {
  const questions = kb.faq.flatMap((e) => e.questions.map((q) => ({ q, id: e.id }))).sort((a, b) => b.q.length - a.q.length);
  return {
    understand(text: string): Understanding {
      if (options.throwOn && text.includes(options.throwOn)) throw new Error('engine exploded');
      if (options.slowMs) {
        const until = Date.now() + options.slowMs;
        while (Date.now() < until) {
          // busy wait: simulates a turn that hogs the time limit
        }
      }
      const escalate = /投诉|转人工/u.test(text);
      const hit = questions.find((x) => text.includes(x.q));
      const candidate = hit ? { id: hit.id, score: 0.9, question: hit.q, why: [] } : null;
      return {
        text,
        normalized: text,
        resolved: text,
        candidates: candidate ? [candidate] : [],
        answer: escalate ? null : candidate,
        entities: options.entitiesOf?.(text) ?? [],
        signals: escalate ? [{ kind: text.includes('投诉') ? 'complaint' : 'human_request', evidence: text, weight: 1 }] : [],
        sentiment: escalate ? -0.5 : 0,
        escalate,
        reason: escalate ? (text.includes('投诉') ? 'complaint' : 'human_request') : /^(你好|谢谢)/u.test(text) ? 'smalltalk' : candidate ? 'faq' : 'no_match',
        // The real engine's rule (core/text/language.ts): English customers get English fixed messages.
        language: languageIn(text) ?? 'zh',
      };
    },
  };
}
