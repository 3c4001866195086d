import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { KnowledgeProblem } from '../../core/knowledge/knowledge-error.js';
import { checkKnowledge } from '../../core/knowledge/lint.js';
import { nearDuplicates } from '../../core/knowledge/near-duplicates.js';
import { folder } from './temp-folder.js';

const NOW = new Date('2026-11-20T12:00:00+08:00');

async function problemsOf(files: Record<string, string>, now = NOW): Promise<KnowledgeProblem[]> {
  return (await checkKnowledge(folder(files), { now })).problems;
}

const faq = (id: string, questions: string[], extra = '') => `- id: ${id}\n  questions: [${questions.map((q) => JSON.stringify(q)).join(', ')}]\n  answer: ${id} 的答案\n${extra}`;

const promo = (id: string, from: string, to: string, extra = '') =>
  `- id: ${id}\n  title: ${id}\n  questions: ["${id} 有什么优惠"]\n  answer: 满减\n  valid_from: "${from}"\n  valid_to: "${to}"\n${extra}`;

const products = '- id: tea\n  name: 龙井\n  price: 88\n- id: cup\n  name: 茶杯\n  price: 20\n';

describe('kb check: questions', () => {
  it('reports the same question under two entries as an error at the second, naming the first', async () => {
    const problems = await problemsOf({
      'faq/a.yaml': faq('returns', ['怎么退货', '退货流程']),
      'faq/b.yaml': faq('other', ['发票怎么开']) + faq('refund', ['运费谁出', '怎么退货？']),
    });
    const [e] = problems.filter((p) => p.severity === 'error');
    expect(e).toMatchObject({ file: path.join('faq', 'b.yaml'), entry: 'refund', field: 'questions.1', line: 5 });
    expect(e?.message).toContain('returns');
    expect(e?.message).toContain(`${path.join('faq', 'a.yaml')}:2`);
  });

  it('counts full-width, case and punctuation variants as the same question', async () => {
    const problems = await problemsOf({ 'faq.yaml': faq('a', ['Can I return it?']) + faq('b', ['ｃａｎ ｉ ｒｅｔｕｒｎ ｉｔ']) });
    expect(problems.filter((p) => p.severity === 'error')).toHaveLength(1);
  });

  it('warns once about near-identical questions of two entries, naming both', async () => {
    const problems = await problemsOf({
      'faq.yaml': faq('ship-time', ['你们家一般什么时候发货呀', '几天发货']) + faq('ship-when', ['你们家一般什么时候发货啊', '你们一般什么时候发货呀']) + faq('invoice', ['怎么开发票']),
    });
    const warnings = problems.filter((p) => p.message.includes('nearly the same'));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ severity: 'warning', entry: 'ship-when', line: expect.any(Number) });
    expect(warnings[0]?.message).toMatch(/ship-time/u);
    expect(problems.some((p) => p.severity === 'error')).toBe(false);
  });

  it('does not flag questions that merely share words', async () => {
    const problems = await problemsOf({ 'faq.yaml': faq('returns', ['怎么退货']) + faq('refunds', ['怎么退款']) + faq('exchange', ['怎么换货']) });
    expect(problems).toEqual([]);
  });

  it('warns about a question listed twice in one entry', async () => {
    const [w] = await problemsOf({ 'faq.yaml': faq('a', ['发货', '发货']) });
    expect(w).toMatchObject({ severity: 'warning', entry: 'a', field: 'questions.1' });
  });

  it('finds a planted near-duplicate among 1,200 entries', async () => {
    // Random questions over 3,000 characters share almost no character pairs; one planted entry repeats
    // a question of e1 with a particle added.
    let seed = 7;
    const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    const question = () => Array.from({ length: 10 }, () => String.fromCodePoint(0x4e00 + Math.floor(random() * 3000))).join('');
    const entries = Array.from({ length: 1200 }, () => [question(), question(), question()]);
    let text = entries.map((qs, i) => faq(`e${i}`, qs)).join('');
    text += faq('planted', [`${entries[1]![1]}呀`]);
    const problems = await problemsOf({ 'faq.yaml': text });
    const near = problems.filter((p) => p.message.includes('nearly the same'));
    expect(near.map((p) => p.entry)).toEqual(['planted']);
    expect(near[0]?.message).toContain('of e1 (faq.yaml:');
  });
});

describe('near-duplicate search', () => {
  it('finds exactly the pairs a comparison of every pair finds', () => {
    const texts = ['怎么退货', '怎么退货呀', '怎么退款', '什么时候发货', '什么时候发货呀', '什么时候能发货', 'abcdefgh', 'abcdefgx', '', '茶'];
    const pairs = nearDuplicates(texts, 0.6).map((p) => [p.a, p.b]);
    expect(pairs).toEqual([
      [0, 1],
      [3, 4],
      [6, 7],
    ]);
  });
});

describe('kb check: promotions', () => {
  it('warns about an expired promotion, in the shop time zone', async () => {
    const [w] = await problemsOf({ 'promotions.yaml': promo('d11', '2026-11-01T00:00:00+08:00', '2026-11-11T23:59:59+08:00') });
    expect(w).toMatchObject({ severity: 'warning', entry: 'd11', field: 'valid_to', line: 6 });
    expect(w?.message).toMatch(/expired on 2026-11-11 23:59/u);
  });

  it('reports an unknown product as an error with its line', async () => {
    const problems = await problemsOf({ 'products.yaml': products, 'promotions.yaml': promo('d12', '2026-12-10', '2026-12-12', '  products: [tea, teapot]\n') });
    expect(problems).toEqual([expect.objectContaining({ severity: 'error', entry: 'd12', field: 'products.1', line: 7, message: expect.stringContaining('teapot') })]);
  });

  it('does not blame promotions for products a broken products.yaml could not load', async () => {
    const problems = await problemsOf({ 'products.yaml': '- id: tea\n  price: 88\n', 'promotions.yaml': promo('d12', '2026-12-10', '2026-12-12', '  products: [tea]\n') });
    expect(problems.map((p) => p.file)).toEqual(['products.yaml']);
  });

  it('warns about promotions overlapping in time and channel for the same product', async () => {
    const problems = await problemsOf({
      'products.yaml': products,
      'promotions.yaml':
        promo('winter', '2026-12-01', '2026-12-20', '  products: [tea]\n') +
        promo('d12', '2026-12-10', '2026-12-12', '  products: [tea, cup]\n') +
        promo('later', '2026-12-21', '2026-12-31', '  products: [tea]\n') +
        promo('tg-only', '2026-12-10', '2026-12-12', '  products: [cup]\n  channels: [telegram]\n') +
        promo('wx-only', '2026-12-10', '2026-12-12', '  products: [cup]\n  channels: [wechat]\n'),
    });
    const overlaps = problems.filter((p) => p.message.startsWith('overlaps'));
    expect(overlaps.map((p) => [p.entry, p.message.match(/overlaps (\S+)/u)?.[1]])).toEqual([
      ['d12', 'winter'],
      ['tg-only', 'd12'],
      ['wx-only', 'd12'],
    ]);
  });

  it('allows the same question in promotions that never run at the same time, not in ones that do', async () => {
    const same = (id: string, from: string, to: string) => `- id: ${id}\n  title: t\n  questions: [双12有优惠吗]\n  answer: a\n  valid_from: "${from}"\n  valid_to: "${to}"\n`;
    expect(await problemsOf({ 'promotions.yaml': same('y2026', '2026-12-10', '2026-12-12') + same('y2027', '2027-12-10', '2027-12-12') })).toEqual([]);
    const problems = await problemsOf({ 'promotions.yaml': same('a', '2026-12-10', '2026-12-12') + same('b', '2026-12-11', '2026-12-13') });
    expect(problems).toEqual([expect.objectContaining({ severity: 'error', entry: 'b' })]);
  });

  it('warns when a promotion and an FAQ entry share a question, and about a promotion nobody can ask about', async () => {
    const problems = await problemsOf({
      'faq.yaml': faq('discounts', ['d12 有什么优惠']),
      'promotions.yaml': promo('d12', '2026-12-10', '2026-12-12') + '- id: silent\n  title: t\n  answer: a\n  valid_from: 2026-12-01\n  valid_to: 2026-12-31\n',
    });
    expect(problems.map((p) => [p.severity, p.entry, p.field])).toEqual([
      ['warning', 'd12', 'questions.0'],
      ['warning', 'silent', 'questions'],
    ]);
  });
});

describe('kb check: references', () => {
  const groups = 'default_group: presale\ngroups:\n  - id: presale\n  - id: aftersale\n';
  const routing = groups + 'rules:\n';

  it('reports a playbook group routing.yaml does not define', async () => {
    const problems = await problemsOf({ 'routing.yaml': groups, 'playbooks.yaml': '- id: broken\n  title: 破损\n  triggers: [破了]\n  reply: 抱歉\n  group: after-sales\n' });
    expect(problems).toEqual([expect.objectContaining({ file: 'playbooks.yaml', line: 5, entry: 'broken', field: 'group', severity: 'error' })]);
  });

  it('checks playbook groups against the default group when there is no routing.yaml', async () => {
    const problems = await problemsOf({ 'playbooks.yaml': '- id: p\n  title: t\n  triggers: [x]\n  reply: r\n  group: agents\n- id: q\n  title: t\n  triggers: [y]\n  reply: r\n  group: vip\n' });
    expect(problems.map((p) => p.entry)).toEqual(['q']);
  });

  it('reports a routing rule naming an unknown group, entry, signal or channel, with lines', async () => {
    // A misspelt signal, an unknown entry, channel and tag (lines 6, 8, 10, 12 of the file).
    const badReferences =
      routing +
      '  - when: { signals: [complain] }\n    group: aftersale\n' +
      '  - when: { entries: [returns, refunds] }\n    group: aftersale\n' +
      '  - when: { channels: [whatsapp] }\n    group: presale\n' +
      '  - when: { tags: [after-sales] }\n    group: aftersale\n';
    const problems = await problemsOf({
      'faq.yaml': faq('returns', ['怎么退货'], '  tags: [after-sale]\n'),
      'routing.yaml':
        badReferences +
        '  - when: { tags: [after-sale] }\n    group: after-sale\n',
    });
    expect(problems.map((p) => [p.severity, p.file, p.line, p.field])).toEqual([
      ['error', 'routing.yaml', 15, 'rules.4.group'],
    ]);
    // Unknown groups stop routing.yaml from loading; the other references are checked once it does.
    const fixed = await problemsOf({
      'faq.yaml': faq('returns', ['怎么退货'], '  tags: [after-sale]\n'),
      'routing.yaml':
        badReferences,
    });
    expect(fixed.map((p) => [p.severity, p.line, p.field, p.message.split(' (')[0]])).toEqual([
      ['error', 6, 'rules.0.when.signals.0', 'unknown signal complain'],
      ['error', 8, 'rules.1.when.entries.1', 'unknown entry refunds'],
      ['error', 10, 'rules.2.when.channels.0', 'unknown channel whatsapp'],
      ['warning', 12, 'rules.3.when.tags', 'no FAQ entry or promotion has any of the tags after-sales: this rule never matches'],
    ]);
  });

  it('checks suggestions, handoff actions, skus, aliases and forbidden phrases', async () => {
    const problems = await problemsOf({
      'faq.yaml':
        faq('returns', ['怎么退货'], '  suggest: [运费谁出, 退货地址在哪, 怎么退货]\n') +
        faq('fee', ['运费谁出'], '  action: handoff\n') +
        '- id: rude\n  questions: [在吗]\n  answer: 不知道，自己看\n',
      'products.yaml': '- id: a\n  name: 龙井\n  price: 1\n  variants: [{ sku: x1, name: 50g, stock: 1 }]\n- id: b\n  name: 明前龙井\n  aliases: [龙井]\n  price: 2\n  variants: [{ sku: x1, name: 100g, stock: 1 }]\n',
      'forbidden-phrases.yaml': '- 自己看\n',
    });
    expect(problems.map((p) => [p.severity, p.entry, p.field])).toEqual([
      ['error', 'b', 'variants.0.sku'],
      ['warning', 'returns', 'suggest.1'],
      ['warning', 'returns', 'suggest.2'],
      ['warning', 'fee', 'action'],
      ['warning', 'rude', 'answer'],
      ['warning', 'b', 'aliases.0'],
    ]);
  });
});

describe('kb check: lexicon', () => {
  it('warns about a typo whose * can never be read, and takes one between two words', async () => {
    const problems = await problemsOf({
      'faq.yaml': faq('returns', ['怎么退货']),
      'lexicon.yaml': 'typos: { "* back": return, "send * back": "return *", "drop*off": return, 退贷: 退货 }\n',
    });
    const warned = problems.filter((p) => p.file === 'lexicon.yaml' && p.message.includes('never read')).map((p) => p.field);
    expect(warned.sort()).toEqual(['typos.* back', 'typos.drop*off']);
  });
});

describe('kb check: the sample shop', () => {
  it('has no errors', async () => {
    const { problems } = await checkKnowledge(path.resolve('knowledge'));
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
  });
});
