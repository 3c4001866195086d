// A deterministic stand-in for the understanding engine: an entry answers when one of its questions is a
// substring of the message. Lets pipeline tests say exactly what the engine "understood".
import type { KnowledgeBase } from '../../core/knowledge/knowledge-base.js';
import type { Understanding, UnderstandingEngine } from '../../core/understand/types.js';

export function keywordEngine(kb: KnowledgeBase, options: { slowMs?: number; throwOn?: string } = {}): UnderstandingEngine {
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
      const entry = kb.faq.find((e) => e.questions.some((q) => text.includes(q)));
      const candidate = entry ? { id: entry.id, score: 0.9, question: entry.questions[0]!, why: [] } : null;
      return {
        text,
        normalized: text,
        resolved: text,
        candidates: candidate ? [candidate] : [],
        answer: escalate ? null : candidate,
        entities: [],
        signals: escalate ? [{ kind: text.includes('投诉') ? 'complaint' : 'human_request', evidence: text, weight: 1 }] : [],
        sentiment: escalate ? -0.5 : 0,
        escalate,
        reason: escalate ? (text.includes('投诉') ? 'complaint' : 'human_request') : /^(你好|谢谢)/u.test(text) ? 'smalltalk' : entry ? 'faq' : 'no_match',
        language: 'zh',
      };
    },
  };
}
