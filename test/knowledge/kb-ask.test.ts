import { describe, expect, it } from 'vitest';
import { explainTurn, formatReport } from '../../bots/commands/kb-ask.js';
import { loadKnowledge } from '../../core/knowledge/load.js';
import { createEngine } from '../../core/understand/engine.js';
import { folder } from './temp-folder.js';

const dir = folder({
  'shop.yaml': 'name: 茶铺\nfallback: 没听懂\n',
  'faq/aftersale.yaml': [
    '- id: returns',
    '  questions: [怎么退货, 可以退货吗, 退货流程是什么]',
    '  answer: 七天无理由退货',
    '  answers: { wechat: 七天无理由退货哦😊 }',
    '  suggest: [退货运费谁出]',
    '  tags: [after-sale]',
    '- id: return-fee',
    '  questions: [退货运费谁出, 退货要自己出运费吗]',
    '  answer: 非质量问题买家承担运费',
    '  tags: [after-sale]',
    '- id: shipping',
    '  questions: [什么时候发货, 几天能发货]',
    '  answer: 48小时内发货',
    '',
  ].join('\n'),
  'promotions.yaml': '- id: double12\n  title: 双12\n  questions: [双12有优惠吗]\n  answer: 满300减50\n  valid_from: "2026-12-10T00:00:00+08:00"\n  valid_to: "2026-12-12T23:59:59+08:00"\n',
  'routing.yaml': 'default_group: presale\ngroups: [{ id: presale }, { id: aftersale }]\nrules:\n  - when: { signals: [complaint] }\n    group: aftersale\n    priority: high\n',
});

const ask = async (text: string, options: { history?: string[]; channel?: string; now?: string } = {}) =>
  explainTurn(await loadKnowledge(dir), text, { ...options, now: new Date(options.now ?? '2026-11-20T10:00:00+08:00'), engineFactory: createEngine });

describe('xiaoer kb ask', () => {
  it('shows the matches with scores and why, the reply with its buttons, and no escalation', async () => {
    const r = await ask('怎么退货呀');
    expect(r.answer).toBe('returns');
    expect(r.candidates[0]).toMatchObject({ id: 'returns', question: expect.any(String) });
    expect(r.candidates[0]!.score).toBeGreaterThan(0.5);
    expect(r.candidates[0]!.why.join(' ')).toContain('退货');
    expect(r.replies).toEqual([{ text: '七天无理由退货', quickReplies: ['退货运费谁出'] }]);
    expect(r).toMatchObject({ escalate: false, action: 'answer' });
    const text = formatReport(r);
    expect(text).toMatch(/✔ 1\. returns +\d\.\d\d/u);
    expect(text).toMatch(/why: .*退货/u);
    expect(text).toContain('│ 七天无理由退货');
    expect(text).toContain('escalate: no');
  });

  it("answers with the channel's own variant", async () => {
    expect((await ask('怎么退货', { channel: 'wechat' })).replies[0]?.text).toBe('七天无理由退货哦😊');
  });

  it('says when and where it would escalate', async () => {
    const r = await ask('退货太麻烦了，我要投诉你们');
    expect(r).toMatchObject({ escalate: true, action: 'escalate', group: 'aftersale', priority: 'high' });
    expect(r.signals.map((s) => s.kind)).toContain('complaint');
    expect(formatReport(r)).toMatch(/escalate: yes — \w+ → group aftersale, priority high/u);
  });

  it('runs the earlier turns first, and stays silent once a person has the conversation', async () => {
    const r = await ask('什么时候发货', { history: ['怎么退货'] });
    expect(r.history).toEqual([{ text: '怎么退货', action: 'answer', faq: 'returns' }]);
    expect(r.answer).toBe('shipping');
    const silent = await ask('什么时候发货', { history: ['转人工'] });
    expect(silent.history[0]?.action).toBe('escalate');
    expect(silent).toMatchObject({ action: 'relay', escalate: false, replies: [] });
    expect(formatReport(silent)).toContain('already with a person');
  });

  it('answers from a promotion only at a time it runs', async () => {
    expect((await ask('双12有优惠吗', { now: '2026-12-11T10:00:00+08:00' })).answer).toBe('double12');
    expect((await ask('双12有优惠吗', { now: '2026-11-20T10:00:00+08:00' })).answer).not.toBe('double12');
  });
});
