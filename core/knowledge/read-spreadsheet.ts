// The FAQ spreadsheets shops already keep (.xlsx from Excel/WPS, or .csv), read into question rows.
// Columns are found by their headers, in Chinese or English (问题/标准问题/question, 相似问题/similar
// questions, 答案/回复/answer, 分类/类目/category), on whichever of the first rows holds them: a
// sheet often starts with a title row. Every sheet with such a header is read.
import ExcelJS from 'exceljs';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';

export interface SpreadsheetRow {
  sheet: string;
  /** 1-based row number in the sheet, as the spreadsheet program shows it. */
  row: number;
  question: string;
  similar: string[];
  answer: string;
  category?: string;
  tags?: string[];
}

export interface SheetNote {
  sheet: string;
  message: string;
}

export interface Spreadsheet {
  rows: SpreadsheetRow[];
  /** Sheets that were not read, and why. */
  notes: SheetNote[];
}

export class SpreadsheetError extends Error {
  override name = 'SpreadsheetError';
}

type Column = 'question' | 'similar' | 'answer' | 'category' | 'tags';

// Header → column, compared after headerKey(): lower case, no spaces, punctuation, notes in brackets or
// trailing numbers (相似问题1, 相似问题（换行分隔）).
const HEADERS: Record<Column, string[]> = {
  question: ['问题', '标准问题', '标准问', '标准问法', '主问题', '问题标题', '客户问题', '常见问题', '问句', 'question', 'questions', 'standardquestion', 'mainquestion', 'faq', 'q'],
  similar: ['相似问题', '相似问法', '相似问', '相似问句', '扩展问题', '扩展问', '扩展问法', '同义问题', '同义问法', '其他问法', '其它问法', '其他问题', '近义问法', 'similarquestions', 'similarquestion', 'similar', 'alternatives', 'alternativequestions', 'variants', 'paraphrases'],
  answer: ['答案', '回复', '回答', '标准答案', '答复', '回复内容', '答案内容', '话术', '回复话术', '标准回复', 'answer', 'answers', 'reply', 'response', 'a'],
  category: ['分类', '类目', '类别', '问题分类', '业务分类', '问题类型', '类型', '所属分类', 'category', 'categories', 'type', 'topic'],
  tags: ['标签', 'tags', 'tag', 'labels'],
};
const BY_HEADER = new Map(Object.entries(HEADERS).flatMap(([column, names]) => names.map((n) => [n, column as Column])));

export function headerKey(header: string): string {
  return header
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[(（[【].*?[)）\]】]/gu, '')
    .replace(/[\s\p{P}\p{S}]/gu, '')
    .replace(/\d+$/u, '');
}

/** Similar questions as people write them in one cell: one per line, or separated by ；; | /. */
export function splitQuestions(cell: string): string[] {
  return cell
    .split(/\r?\n|[；;|｜/／]/u)
    .map((q) => q.trim())
    .filter(Boolean);
}

const splitTags = (cell: string) => cell.split(/[,，、;；\s]+/u).map((t) => t.trim()).filter(Boolean);

/** Rows of cell texts, per sheet. */
type Sheet = { name: string; rows: string[][] };

/** How far down a header row may be (below a title, a note, a blank line). */
const HEADER_ROWS = 10;

function findHeader(rows: string[][]): { at: number; columns: Map<number, Column> } | undefined {
  for (let r = 0; r < Math.min(rows.length, HEADER_ROWS); r++) {
    const columns = new Map<number, Column>();
    const taken = new Set<Column>();
    rows[r]!.forEach((cell, c) => {
      const column = BY_HEADER.get(headerKey(cell));
      // Several similar-question columns are common; of the others the first wins.
      if (column && (column === 'similar' || !taken.has(column))) {
        columns.set(c, column);
        taken.add(column);
      }
    });
    if (taken.has('question') && taken.has('answer')) return { at: r, columns };
  }
  return undefined;
}

function sheetRows(sheet: Sheet, notes: SheetNote[]): SpreadsheetRow[] {
  const nonEmpty = sheet.rows.filter((r) => r.some((c) => c.trim()));
  if (!nonEmpty.length) return [];
  const header = findHeader(sheet.rows);
  if (!header) {
    notes.push({ sheet: sheet.name, message: `no header row with a question column and an answer column in the first ${HEADER_ROWS} rows (e.g. 问题 / 答案, question / answer)` });
    return [];
  }
  const out: SpreadsheetRow[] = [];
  let category: string | undefined;
  for (let r = header.at + 1; r < sheet.rows.length; r++) {
    const cells = sheet.rows[r]!;
    if (!cells.some((c) => c.trim())) continue;
    const row: SpreadsheetRow = { sheet: sheet.name, row: r + 1, question: '', similar: [], answer: '' };
    for (const [c, column] of header.columns) {
      const text = (cells[c] ?? '').replace(/\r\n?/gu, '\n').trim();
      if (!text) continue;
      if (column === 'question') {
        // A question cell with several lines: the first is the standard question, the rest similar ones.
        const [first = '', ...more] = text.split('\n').map((q) => q.trim()).filter(Boolean);
        row.question = first;
        row.similar.push(...more);
      } else if (column === 'similar') row.similar.push(...splitQuestions(text));
      else if (column === 'answer') row.answer = text;
      else if (column === 'category') category = text;
      else row.tags = splitTags(text);
    }
    // A blank category continues the one above: categories are written once per block, or merged.
    if (category) row.category = category;
    out.push(row);
  }
  return out;
}

/** UTF-8 (with or without BOM), else GB18030: what Excel on a Chinese Windows saves CSV as. */
export function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/u, '');
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

async function readCsv(file: string, delimiter: string): Promise<Sheet[]> {
  const text = decodeText(await readFile(file));
  const workbook = new ExcelJS.Workbook();
  // `map` keeps every cell as written: no 12315 → number, no 2026-01-01 → date.
  const sheet = await workbook.csv.read(Readable.from([text]), { map: (value: unknown) => value, parserOptions: { delimiter } });
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, n) => {
    rows[n - 1] = cellsOf(row);
  });
  return [{ name: path.basename(file, path.extname(file)), rows: Array.from(rows, (r) => r ?? []) }];
}

function cellsOf(row: ExcelJS.Row): string[] {
  const cells: string[] = [];
  for (let c = 1; c <= row.cellCount; c++) cells.push(row.getCell(c).text ?? '');
  return cells;
}

async function readXlsx(file: string): Promise<Sheet[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook.worksheets.map((ws) => {
    const rows: string[][] = [];
    // Merged cells read as their top-left cell's text, so a merged category covers all its rows.
    ws.eachRow({ includeEmpty: true }, (row, n) => {
      rows[n - 1] = cellsOf(row);
    });
    return { name: ws.name, rows: Array.from(rows, (r) => r ?? []) };
  });
}

export async function readSpreadsheet(file: string): Promise<Spreadsheet> {
  if (!existsSync(file)) throw new SpreadsheetError(`${file}: no such file`);
  const ext = path.extname(file).toLowerCase();
  let sheets: Sheet[];
  if (ext === '.xlsx' || ext === '.xlsm') sheets = await readXlsx(file);
  else if (ext === '.csv' || ext === '.txt') sheets = await readCsv(file, ',');
  else if (ext === '.tsv') sheets = await readCsv(file, '\t');
  else if (ext === '.xls' || ext === '.et') throw new SpreadsheetError(`${file}: the old ${ext} format cannot be read; save it as .xlsx (Excel/WPS: 另存为 → .xlsx) or .csv`);
  else throw new SpreadsheetError(`${file}: not a spreadsheet (.xlsx or .csv)`);
  const notes: SheetNote[] = [];
  const rows = sheets.flatMap((sheet) => sheetRows(sheet, notes));
  return { rows, notes };
}
