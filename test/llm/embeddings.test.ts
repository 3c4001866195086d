// The optional embeddings model: when the offline engine finds no candidate at all, the entries nearest
// in meaning go to the classifier, which still decides.
import { afterEach, describe, expect, it } from 'vitest';
import { completion, embeddings, type FakeRequest } from '../fakes/fake-openai.js';
import { llmHarness } from './harness.js';

let cleanup: (() => Promise<void>) | undefined;
afterEach(async () => {
  await cleanup?.();
  cleanup = undefined;
});

/** A stand-in for meaning: which of a few telling characters a text contains. */
const FEATURES = ['退', '钱', '款', '账', '发', '货', '破', '损', '活', '动'];
const vector = (text: string) => FEATURES.map((c) => (text.includes(c) ? 1 : 0) + 0.01);

function server(req: FakeRequest) {
  if (req.path.endsWith('/embeddings')) {
    const input = req.body?.input as string[];
    return embeddings(input.map(vector));
  }
  const system = req.body?.messages?.[0]?.content ?? '';
  const user = req.body?.messages?.[1]?.content ?? '';
  if (system.includes('sort customer messages')) return completion({ id: /id: ([\w-]+)/u.exec(user)?.[1] ?? null });
  return completion({ reply: '退货签收后1-3个工作日内原路退款哦', sources: ['refund-time'] });
}

describe('embeddings', () => {
  it('finds candidates by meaning when the engine found none, and the classifier picks among them', async () => {
    const h = await llmHarness({ llm: { embeddingModel: 'fake-embedding' }, unsure: { '钱啥时候到账': [] }, respond: server });
    cleanup = h.close;
    await h.llm.embeddings!.warm(h.deps.knowledge.kb);
    expect(h.llm.embeddings!.isReady(h.deps.knowledge.kb)).toBe(true);
    const turn = await h.bot.receive(h.message('钱啥时候到账'));
    expect(turn?.decision).toMatchObject({ action: 'answer', reason: 'llm_classified' });
    expect(turn?.faq).toBe('refund-time');
    expect(h.sender.texts()).toEqual(['退货签收后1-3个工作日内原路退款哦']);
    const embedRequests = h.fake.requests.filter((r) => r.path.endsWith('/embeddings'));
    expect(embedRequests.at(-1)?.body?.input).toEqual(['钱啥时候到账']);
  });

  it('does not hold a turn for an index still being built', async () => {
    const h = await llmHarness({
      llm: { embeddingModel: 'fake-embedding' },
      unsure: { '钱啥时候到账': [] },
      respond: (req, i) => (req.path.endsWith('/embeddings') && i === 0 ? { ...server(req), delayMs: 2000 } : server(req)),
    });
    cleanup = h.close;
    const turn = await h.bot.receive(h.message('钱啥时候到账'));
    expect(turn?.decision?.action).toBe('fallback');
    // The message itself was never embedded: the turn did not wait for the index.
    expect(h.fake.requests.some((r) => JSON.stringify(r.body?.input) === '["钱啥时候到账"]')).toBe(false);
    expect(h.llm.embeddings!.isReady(h.deps.knowledge.kb)).toBe(false);
  });
});
