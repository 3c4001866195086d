import ExcelJS from 'exceljs';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importRows, slug } from '../../core/knowledge/import-spreadsheet.js';
import { checkKnowledge } from '../../core/knowledge/lint.js';
import { loadKnowledge } from '../../core/knowledge/load.js';
import { headerKey, readSpreadsheet, splitQuestions, SpreadsheetError } from '../../core/knowledge/read-spreadsheet.js';
import { folder, tempDir } from './temp-folder.js';

async function xlsx(sheets: Record<string, (string | null)[][]>, merge?: { sheet: string; range: string }): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const ws = workbook.addWorksheet(name);
    for (const row of rows) ws.addRow(row);
    if (merge?.sheet === name) ws.mergeCells(merge.range);
  }
  const file = path.join(tempDir(), 'faq.xlsx');
  await workbook.xlsx.writeFile(file);
  return file;
}

const existingFaq = '# 售后问题，手写的注释要保留\n- id: return-policy\n  questions:\n    - 可以退货吗\n    - 七天无理由吗\n  answer: 签收7天内未拆封可退\n';

describe('reading spreadsheets', () => {
  it('finds the header below a title row, with Chinese headers, merged categories and several separators', async () => {
    const file = await xlsx(
      {
        FAQ: [
          ['山间茶铺客服问答 2026版'],
          [],
          ['分类', '标准问题', '相似问题', '答案'],
          ['售后', '怎么申请退货', '退货流程是什么\n退货怎么操作；怎么退', '在订单页点“退款/退货”。'],
          [null, '退款多久到账', '钱什么时候退回来|多久退款', '审核后48小时内原路退回。'],
          ['物流', '发什么快递', '用的什么快递 / 哪家快递', '默认顺丰。'],
          ['物流', '', '', '没有问题的一行'],
        ],
      },
      { sheet: 'FAQ', range: 'A4:A5' },
    );
    const { rows, notes } = await readSpreadsheet(file);
    expect(notes).toEqual([]);
    expect(rows.map((r) => [r.row, r.category, r.question, r.similar])).toEqual([
      [4, '售后', '怎么申请退货', ['退货流程是什么', '退货怎么操作', '怎么退']],
      [5, '售后', '退款多久到账', ['钱什么时候退回来', '多久退款']],
      [6, '物流', '发什么快递', ['用的什么快递', '哪家快递']],
      [7, '物流', '', []],
    ]);
  });

  it('reads a CSV saved by Excel on a Chinese Windows (GB18030) and one in UTF-8 with a BOM, with English headers', async () => {
    const dir = tempDir();
    // 问题,答案 / 发票,开 in GBK.
    writeFileSync(path.join(dir, 'gbk.csv'), Buffer.from([0xce, 0xca, 0xcc, 0xe2, 0x2c, 0xb4, 0xf0, 0xb0, 0xb8, 0x0a, 0xb7, 0xa2, 0xc6, 0xb1, 0x2c, 0xbf, 0xaa]));
    expect((await readSpreadsheet(path.join(dir, 'gbk.csv'))).rows).toEqual([{ sheet: 'gbk', row: 2, question: '发票', similar: [], answer: '开' }]);

    writeFileSync(path.join(dir, 'faq.csv'), '\uFEFFQuestion,Similar Questions,Answer,Category,Tags\n"Do you ship abroad?","ship overseas?\nInternational shipping",No,Logistics,"logistics, abroad"\n12315,,"a, b",Other,\n');
    const { rows } = await readSpreadsheet(path.join(dir, 'faq.csv'));
    expect(rows).toEqual([
      { sheet: 'faq', row: 2, question: 'Do you ship abroad?', similar: ['ship overseas?', 'International shipping'], answer: 'No', category: 'Logistics', tags: ['logistics', 'abroad'] },
      { sheet: 'faq', row: 3, question: '12315', similar: [], answer: 'a, b', category: 'Other' },
    ]);
  });

  it('says which sheet has no recognisable header, and refuses .xls', async () => {
    const file = await xlsx({ Notes: [['随便写写'], ['没有表头']], FAQ: [['问题', '回复'], ['在吗', '在的']] });
    const { rows, notes } = await readSpreadsheet(file);
    expect(rows).toHaveLength(1);
    expect(notes).toEqual([{ sheet: 'Notes', message: expect.stringContaining('no header row') }]);
    const xls = path.join(tempDir(), 'old.xls');
    writeFileSync(xls, 'x');
    await expect(readSpreadsheet(xls)).rejects.toThrow(SpreadsheetError);
  });

  it('recognises header variants and splits similar questions', () => {
    expect(['相似问题（换行分隔）', '相似问题2', 'Similar Questions', ' 答案 '].map(headerKey)).toEqual(['相似问题', '相似问题', 'similarquestions', '答案']);
    expect(splitQuestions('a\r\nb；c;d|e｜f/g／h\n\n')).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']);
  });
});

describe('importing into a knowledge folder', () => {
  it('creates one file per category with stable readable ids, merges into existing entries, and checks clean', async () => {
    const kbDir = folder({ 'faq/aftersale.yaml': existingFaq });
    const file = await xlsx({
      Sheet1: [
        ['问题', '相似问题', '答案', '类目'],
        ['怎么申请退货', '退货流程是什么\n七天无理由吗', '在订单页点“退款/退货”。', '售后'],
        ['可以退货吗', '能退吗\n不想要了能退吗', '签收7天内未拆封可退', '售后'],
        ['发什么快递', '哪家快递', '默认顺丰。\n偏远地区用邮政。', '物流'],
        ['发什么快递？', '顺丰吗', '默认顺丰。\n偏远地区用邮政。', '物流'],
        ['没有答案的问题', '', '', '物流'],
      ],
    });
    const { rows } = await readSpreadsheet(file);
    const summary = await importRows(rows, { kbDir, source: 'faq.xlsx', now: new Date('2026-11-22T00:00:00Z') });

    expect(summary.created.map((c) => [c.id, path.relative(kbDir, c.file)])).toEqual([
      ['shouhou-zenmeshenqingtuihuo', path.join('faq', 'imported-shouhou.yaml')],
      ['wuliu-fashenmekuaidi', path.join('faq', 'imported-wuliu.yaml')],
    ]);
    expect(summary.merged.map((m) => [m.id, m.row, m.added])).toEqual([
      ['return-policy', 'Sheet1!3', ['能退吗', '不想要了能退吗']],
      ['wuliu-fashenmekuaidi', 'Sheet1!5', ['顺丰吗']],
    ]);
    expect(summary.dropped).toEqual([{ row: 'Sheet1!2', question: '七天无理由吗', owner: 'return-policy' }]);
    expect(summary.skipped).toEqual([{ row: 'Sheet1!6', reason: 'no answer for "没有答案的问题"' }]);

    const edited = readFileSync(path.join(kbDir, 'faq/aftersale.yaml'), 'utf8');
    expect(edited).toContain('# 售后问题，手写的注释要保留');
    expect(edited).toContain('    - 不想要了能退吗');
    const created = readFileSync(path.join(kbDir, 'faq/imported-wuliu.yaml'), 'utf8');
    expect(created).toMatch(/^# Imported from faq\.xlsx by `xiaoer kb import` on 2026-11-22/u);
    expect(created).toContain('  answer: |-\n    默认顺丰。\n    偏远地区用邮政。');

    const kb = await loadKnowledge(kbDir);
    expect(kb.faq.find((e) => e.id === 'shouhou-zenmeshenqingtuihuo')).toEqual({
      id: 'shouhou-zenmeshenqingtuihuo',
      questions: ['怎么申请退货', '退货流程是什么'],
      answer: '在订单页点“退款/退货”。',
      category: '售后',
    });
    const { problems } = await checkKnowledge(kbDir);
    expect(problems).toEqual([]);

    // Importing the same spreadsheet again changes nothing.
    const again = await importRows(rows, { kbDir });
    expect([again.created.length, again.merged.length, again.files.length, again.unchanged.length]).toEqual([0, 0, 0, 4]);
  });

  it('keeps the YAML answer unless asked to replace it, and writes nothing on a dry run', async () => {
    const kbDir = folder({ 'faq/aftersale.yaml': existingFaq });
    const rows = [{ sheet: 'FAQ', row: 2, question: '可以退货吗', similar: ['能退吗'], answer: '签收15天内可退' }];
    const dry = await importRows(rows, { kbDir, dryRun: true });
    expect(dry.merged).toEqual([expect.objectContaining({ id: 'return-policy', added: ['能退吗'], answer: 'differs' })]);
    expect(readFileSync(path.join(kbDir, 'faq/aftersale.yaml'), 'utf8')).toBe(existingFaq);

    await importRows(rows, { kbDir, updateAnswers: true });
    expect((await loadKnowledge(kbDir)).faq[0]).toMatchObject({ answer: '签收15天内可退', questions: ['可以退货吗', '七天无理由吗', '能退吗'] });
  });

  it('writes to --out, names categories from sheets, and never reuses an id', async () => {
    const kbDir = folder({ 'faq.yaml': '- id: faq-zaima\n  questions: [在不在]\n  answer: 在\n' });
    const out = tempDir();
    const summary = await importRows(
      [
        { sheet: 'Sheet1', row: 2, question: '在吗', similar: [], answer: '在的' },
        { sheet: 'Sheet1', row: 3, question: '在吗?!', similar: [], answer: '在的' },
        { sheet: 'Sheet1', row: 4, question: '在嘛', similar: [], answer: '在的呢' },
      ],
      { kbDir, outDir: out },
    );
    expect(summary.created.map((c) => [c.id, path.relative(out, c.file)])).toEqual([
      ['faq-zaima-2', 'imported-faq.yaml'],
      ['faq-zaima-3', 'imported-faq.yaml'],
    ]);
    expect(summary.unchanged).toEqual([{ id: 'faq-zaima-2', row: 'Sheet1!3' }]);
  });

  it('makes ASCII ids from any text', () => {
    expect(slug('怎么退货')).toBe('zenmetuihuo');
    expect(slug('售后 Policy 2026')).toBe('shouhou-policy-2026');
    expect(slug('请问一下你们家的茶叶一般什么时候可以发货呀')).toMatch(/^[a-z0-9-]{1,24}$/u);
    expect(slug('？！')).toBe('');
  });
});
