// Promotions switch on and off at their validity times with no reload: the engine filters them by the
// time of each message (the runtime's clock in the pipeline).
import { describe, expect, it } from 'vitest';
import { emptyKnowledgeBase, type KnowledgeBase } from '../../core/knowledge/knowledge-base.js';
import { silentLogger } from '../../core/log.js';
import { createRuntime } from '../../core/runtime.js';
import { memoryStore } from '../../core/store/open-store.js';
import { createEngine } from '../../core/understand/engine.js';
import { FakeSender } from '../fakes/fake-sender.js';

const at = (iso: string) => new Date(iso);

function kb(): KnowledgeBase {
  return {
    ...emptyKnowledgeBase('test'),
    shop: { name: '茶铺', timezone: 'Asia/Shanghai', fallback: '没听懂' },
    faq: [
      { id: 'shipping', questions: ['什么时候发货', '几天能发货'], answer: '48小时内发货' },
      { id: 'returns', questions: ['怎么退货', '可以退货吗'], answer: '七天无理由退货' },
    ],
    promotions: [
      {
        id: 'double12',
        title: '双12',
        questions: ['双12有优惠吗', '双十二有什么活动'],
        answer: '双12全店满300减50',
        valid_from: at('2026-12-10T00:00:00+08:00'),
        valid_to: at('2026-12-12T23:59:59+08:00'),
      },
    ],
  };
}

describe('promotions by validity time', () => {
  const engine = createEngine(kb());
  const answer = (now: string) => engine.understand('双12有优惠吗', { now: at(now) }).answer?.id ?? null;

  it('the engine answers from a promotion only while it runs', () => {
    expect(answer('2026-12-09T23:59:00+08:00')).not.toBe('double12');
    expect(answer('2026-12-10T00:00:00+08:00')).toBe('double12');
    expect(answer('2026-12-12T23:59:59+08:00')).toBe('double12');
    expect(answer('2026-12-13T00:00:00+08:00')).not.toBe('double12');
    expect(engine.understand('怎么退货', { now: at('2026-12-11T12:00:00+08:00') }).answer?.id).toBe('returns');
  });

  it('the running pipeline switches it on and off by its clock, without a reload', async () => {
    let clock = at('2026-12-09T20:00:00+08:00').getTime();
    const runtime = createRuntime({ log: silentLogger, store: memoryStore(), knowledge: kb(), engineFactory: createEngine, now: () => clock });
    const sender = new FakeSender('console');
    runtime.deps.outbox.register(sender);
    let n = 0;
    const ask = async (text: string) => {
      const user = `u${++n}`;
      const turn = await runtime.bot.receive({ id: `m${n}`, channel: 'console', address: `console:${user}`, userId: user, kind: 'text', text, at: clock });
      return { reply: turn?.replies.map((r) => r.text).join('\n'), faq: turn?.faq ?? null };
    };
    const engineBefore = runtime.deps.knowledge.engine;
    try {
      expect((await ask('双12有优惠吗')).faq).not.toBe('double12');
      clock = at('2026-12-11T10:00:00+08:00').getTime();
      expect(await ask('双12有优惠吗')).toEqual({ reply: '双12全店满300减50', faq: 'double12' });
      clock = at('2026-12-13T10:00:00+08:00').getTime();
      expect((await ask('双12有优惠吗')).faq).not.toBe('double12');
      expect(runtime.deps.knowledge.engine).toBe(engineBefore); // no reload happened
    } finally {
      await runtime.close();
    }
  });

  // A promotion limited to some channels (a Telegram-only coupon) is not answered elsewhere.
  it('answers a promotion only on the channels it lists', () => {
    const base = kb();
    const limited = createEngine({ ...base, promotions: base.promotions.map((p) => ({ ...p, channels: ['telegram' as const] })) });
    const now = at('2026-12-11T10:00:00+08:00');
    expect(limited.understand('双12有优惠吗', { now, channel: 'telegram' }).answer?.id).toBe('double12');
    expect(limited.understand('双12有优惠吗', { now, channel: 'wechat' }).answer?.id).not.toBe('double12');
  });
});

describe('dated FAQ entries', () => {
  // FAQ entries may carry dates too (a temporary shipping pause): answered only within them.
  it('answers from an FAQ entry only within its validity', () => {
    const base = kb();
    const pause = { id: 'new-year-pause', questions: ['春节发货吗'], answer: '春节停发', valid_from: at('2027-01-20T00:00:00+08:00'), valid_to: at('2027-02-10T23:59:59+08:00') };
    const engine = createEngine({ ...base, faq: [...base.faq, pause] });
    expect(engine.understand('春节发货吗', { now: at('2027-01-25T10:00:00+08:00') }).answer?.id).toBe('new-year-pause');
    expect(engine.understand('春节发货吗', { now: at('2026-11-20T10:00:00+08:00') }).answer?.id).not.toBe('new-year-pause');
  });
});
