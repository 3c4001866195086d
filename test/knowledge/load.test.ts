import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { KnowledgeError, type KnowledgeProblem } from '../../core/knowledge/knowledge-error.js';
import { loadKnowledge, loadKnowledgeWithProblems } from '../../core/knowledge/load.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'xiaoer-kb-'));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

async function errorsOf(files: Record<string, string>): Promise<KnowledgeProblem[]> {
  const { problems } = await loadKnowledgeWithProblems(folder(files));
  return problems.filter((p) => p.severity === 'error');
}

describe('loading knowledge', () => {
  it('loads the minimal FAQ format of the evaluation suites', async () => {
    const kb = await loadKnowledge(folder({ 'faq.yaml': '- id: a\n  questions: ["怎么退货"]\n  answer: "七天无理由"\n' }));
    expect(kb.faq).toEqual([{ id: 'a', questions: ['怎么退货'], answer: '七天无理由' }]);
  });

  it('loads an empty list as an empty knowledge base', async () => {
    expect((await loadKnowledge(folder({ 'faq.yaml': '[]\n' }))).faq).toEqual([]);
  });

  it('reads every kind of file and parses promotion dates', async () => {
    const kb = await loadKnowledge(
      folder({
        'faq/logistics.yaml': '- id: ship\n  questions: [发货]\n  answer: 48小时\n  answers: { wechat: "48h😊" }\n  escalate: false\n',
        'products.yaml': '- id: tea\n  name: 龙井\n  price: 88\n  variants: [{ sku: tea-50, name: 50g, stock: 3 }]\n',
        'promotions.yaml': '- id: d12\n  title: 双12\n  answer: 满减\n  valid_from: 2026-12-10T00:00:00+08:00\n  valid_to: 2026-12-12T23:59:59+08:00\n',
        'playbooks.yaml': '- id: broken\n  title: 破损\n  triggers: [破了]\n  reply: 抱歉\n',
        'lexicon.yaml': 'synonyms: [[发货, 寄出]]\ntypos: { 退贷: 退货 }\n',
        'shop.yaml': 'name: 茶铺\n',
        'forbidden-phrases.yaml': '- 爱买不买\n',
      }),
    );
    expect(kb.faq[0]?.answers?.wechat).toBe('48h😊');
    expect(kb.products[0]?.variants?.[0]?.sku).toBe('tea-50');
    expect(kb.promotions[0]?.valid_from).toEqual(new Date('2026-12-09T16:00:00Z'));
    expect(kb.playbooks[0]?.escalate).toBe(true);
    expect(kb.lexicon.typos).toEqual({ 退贷: '退货' });
    expect(kb.shop.name).toBe('茶铺');
    expect(kb.forbiddenPhrases).toEqual(['爱买不买']);
  });

  it('names file, line, entry and field of a missing field', async () => {
    const [e] = await errorsOf({ 'faq.yaml': '- id: ok\n  questions: [a]\n  answer: b\n- id: broken\n  questions: [c]\n' });
    expect(e).toMatchObject({ file: 'faq.yaml', entry: 'broken', field: 'answer', line: 4 });
  });

  it('names the field of a wrong type, with its line', async () => {
    const [e] = await errorsOf({ 'faq.yaml': '- id: a\n  questions: [x]\n  answer: y\n  escalate: "sometimes"\n' });
    expect(e).toMatchObject({ entry: 'a', field: 'escalate', line: 4 });
  });

  it('rejects an unknown field (a typo of a real one)', async () => {
    const [e] = await errorsOf({ 'faq.yaml': '- id: a\n  questions: [x]\n  answr: y\n  answer: y\n' });
    expect(e?.entry).toBe('a');
    expect(e?.message).toMatch(/answr/u);
  });

  it('rejects an empty question list and an empty question', async () => {
    const errors = await errorsOf({ 'faq.yaml': '- id: a\n  questions: []\n  answer: y\n- id: b\n  questions: ["  "]\n  answer: y\n' });
    expect(errors.map((e) => [e.entry, e.field])).toEqual([
      ['a', 'questions'],
      ['b', 'questions.0'],
    ]);
  });

  it('reports broken YAML with its line', async () => {
    const [e] = await errorsOf({ 'faq.yaml': '- id: a\n  questions: [x\n  answer: y\n' });
    expect(e?.file).toBe('faq.yaml');
    expect(e?.message).toMatch(/^YAML/u);
    expect(e?.line).toBeGreaterThan(0);
  });

  it('reports duplicate ids across files', async () => {
    const [e] = await errorsOf({ 'faq/a.yaml': '- id: same\n  questions: [x]\n  answer: y\n', 'faq/b.yaml': '- id: same\n  questions: [z]\n  answer: y\n' });
    expect(e).toMatchObject({ file: path.join('faq', 'b.yaml'), entry: 'same', field: 'id' });
    expect(e?.message).toMatch(/duplicate id/u);
  });

  it('rejects a promotion that ends before it starts, or without dates', async () => {
    const errors = await errorsOf({
      'promotions.yaml': '- id: p\n  title: t\n  answer: a\n  valid_from: 2026-12-12\n  valid_to: 2026-12-01\n- id: q\n  title: t\n  answer: a\n  valid_from: soon\n  valid_to: 2026-12-01\n',
    });
    expect(errors.map((e) => [e.entry, e.field])).toEqual([
      ['p', 'valid_to'],
      ['q', 'valid_from'],
    ]);
  });

  it('rejects a product with a negative price and a playbook without triggers', async () => {
    const errors = await errorsOf({
      'products.yaml': '- id: tea\n  name: 茶\n  price: -1\n',
      'playbooks.yaml': '- id: p\n  title: t\n  triggers: []\n  reply: r\n',
    });
    expect(errors.map((e) => [e.file, e.entry, e.field])).toEqual([
      ['playbooks.yaml', 'p', 'triggers'],
      ['products.yaml', 'tea', 'price'],
    ]);
  });

  it('warns about an unknown file and fails on a missing folder', async () => {
    const { problems } = await loadKnowledgeWithProblems(folder({ 'notes.yaml': 'a: 1\n' }));
    expect(problems).toEqual([expect.objectContaining({ file: 'notes.yaml', severity: 'warning' })]);
    await expect(loadKnowledge('/nonexistent/kb')).rejects.toThrow(KnowledgeError);
  });
});

describe('loading routing.yaml', () => {
  it('reports an unknown group with its line', async () => {
    const [e] = await errorsOf({ 'routing.yaml': 'default_group: a\ngroups:\n  - id: a\nrules:\n  - when: { tags: [x] }\n    group: b\n' });
    expect(e).toMatchObject({ file: 'routing.yaml', line: 6, field: 'rules.0.group', message: 'unknown group b' });
  });

  it('treats an empty routing.yaml as no routing (the default group)', async () => {
    const kb = await loadKnowledge(folder({ 'routing.yaml': '# nothing yet\n' }));
    expect(kb.routing).toBeUndefined();
  });
});
