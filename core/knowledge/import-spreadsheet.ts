// Spreadsheet rows → FAQ entries in YAML: one file per category (faq/imported-<category>.yaml), merged
// into what the knowledge folder already has. A row whose standard question is already a question of an
// entry adds its similar questions to that entry instead of creating a rival one; a similar question
// some other entry already has is left out (two entries with one question is what `kb check` rejects).
// Existing files are edited in place through the YAML document, so the admins' comments survive.
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Document, isMap, isSeq, parseDocument, YAMLMap, YAMLSeq } from 'yaml';
import { readings, isHan } from '../text/pinyin.js';
import { normalize } from '../text/normalize.js';
import { formatProblem, type KnowledgeProblem } from './knowledge-error.js';
import { documentOf, readKnowledgeFiles } from './load.js';
import { questionKey } from './question-key.js';
import type { SpreadsheetRow } from './read-spreadsheet.js';

export interface ImportOptions {
  /** The knowledge folder the entries join (its FAQ files are searched for the same questions). */
  kbDir: string;
  /** Where imported-<category>.yaml files go; default <kbDir>/faq. */
  outDir?: string;
  /** Named in the header comment of new files. */
  source?: string;
  /** Replace an existing entry's answer with the spreadsheet's (default: keep the YAML's, and report it). */
  updateAnswers?: boolean;
  /** Category of rows without one (default: the sheet's name, unless it is Sheet1). */
  category?: string;
  /** Plan only: report, write nothing. */
  dryRun?: boolean;
  onProgress?: (done: number, total: number) => void;
  now?: Date;
}

export interface ImportSummary {
  created: { id: string; file: string; row: string; questions: number }[];
  merged: { id: string; file: string; row: string; added: string[]; answer?: 'updated' | 'differs' }[];
  unchanged: { id: string; row: string }[];
  skipped: { row: string; reason: string }[];
  /** Similar questions left out because another entry already has them. */
  dropped: { row: string; question: string; owner: string }[];
  /** Files written (or that would be, on a dry run), relative to the working directory. */
  files: { file: string; created: boolean }[];
}

export class ImportError extends Error {
  override name = 'ImportError';
  constructor(readonly problems: KnowledgeProblem[]) {
    super(`the knowledge folder has YAML errors; fix them first:\n${problems.map((p) => `  ${formatProblem(p)}`).join('\n')}`);
  }
}

/**
 * A readable ASCII id part from any text: Chinese by its pinyin, runs of one script joined
 * (怎么退货 → zenmetuihuo, 售后 policy → shouhou-policy), at most `max` characters.
 */
export function slug(text: string, max = 24): string {
  let out = '';
  let han = false;
  for (const ch of normalize(text)) {
    const isChinese = isHan(ch.codePointAt(0) ?? 0);
    if (isChinese) {
      if (!han && out) out += '-';
      out += readings(ch)[0] ?? '';
    } else out += /[a-z0-9]/u.test(ch) ? (han ? '-' : '') + ch : '-';
    han = isChinese;
  }
  out = out.replace(/-+/gu, '-').replace(/^-|-$/gu, '');
  if (out.length > max) {
    const cut = out.lastIndexOf('-', max);
    out = out.slice(0, cut > max / 2 ? cut : max).replace(/-$/u, '');
  }
  return out;
}

/** One FAQ file being edited: its YAML document and the list node its entries live in. */
interface FaqDoc {
  file: string;
  doc: Document;
  created: boolean;
  dirty: boolean;
}

/** Where a question lives. */
interface Owner {
  id: string;
  doc: FaqDoc;
  entry: YAMLMap;
}

const rowName = (r: SpreadsheetRow) => `${r.sheet}!${r.row}`;
const DEFAULT_SHEET = /^(sheet|工作表|表)\s*\d*$/iu;

function entriesOf(doc: Document): YAMLSeq {
  if (!doc.contents) doc.contents = new YAMLSeq() as never;
  if (!isSeq(doc.contents)) throw new Error('not a list of entries');
  return doc.contents;
}

/** Reads every FAQ file of the folder (comments and all) and indexes their questions and ids. */
async function existing(kbDir: string) {
  const docs = new Map<string, FaqDoc>();
  const owners = new Map<string, Owner>();
  const ids = new Set<string>();
  if (!existsSync(kbDir)) return { docs, owners, ids };
  const problems: KnowledgeProblem[] = [];
  const files = await readKnowledgeFiles(kbDir, problems);
  const yamlErrors = problems.filter((p) => p.severity === 'error');
  if (yamlErrors.length) throw new ImportError(yamlErrors);
  for (const file of files) {
    if (file.kind === 'promotions' && Array.isArray(file.data)) {
      for (const p of file.data as { id?: unknown }[]) if (typeof p?.id === 'string') ids.add(p.id);
    }
    if (file.kind !== 'faq' || !isSeq(documentOf(file).contents)) continue;
    const faq: FaqDoc = { file: path.resolve(kbDir, file.file), doc: documentOf(file), created: false, dirty: false };
    docs.set(faq.file, faq);
    index(faq, owners, ids);
  }
  return { docs, owners, ids };
}

function index(faq: FaqDoc, owners: Map<string, Owner>, ids: Set<string>): void {
  for (const item of entriesOf(faq.doc).items) {
    if (!isMap(item)) continue;
    const id = item.get('id');
    if (typeof id !== 'string') continue;
    ids.add(id);
    const questions = item.get('questions');
    if (!isSeq(questions)) continue;
    for (const q of questions.toJSON() as unknown[]) {
      const key = typeof q === 'string' ? questionKey(q) : '';
      if (key && !owners.has(key)) owners.set(key, { id, doc: faq, entry: item });
    }
  }
}

async function openTarget(file: string, docs: Map<string, FaqDoc>, owners: Map<string, Owner>, ids: Set<string>, header: string): Promise<FaqDoc> {
  let faq = docs.get(file);
  if (faq) return faq;
  if (existsSync(file)) {
    // A file outside the knowledge folder (--out elsewhere), e.g. from an earlier import.
    const doc = parseDocument(await readFile(file, 'utf8'));
    if (doc.errors.length) throw new ImportError(doc.errors.map((e) => ({ file, message: `YAML: ${e.message.split('\n')[0]}`, severity: 'error' })));
    faq = { file, doc, created: false, dirty: false };
    index(faq, owners, ids);
  } else {
    const doc = new Document(new YAMLSeq());
    doc.commentBefore = header;
    faq = { file, doc, created: true, dirty: false };
  }
  docs.set(file, faq);
  return faq;
}

export async function importRows(rows: SpreadsheetRow[], options: ImportOptions): Promise<ImportSummary> {
  const outDir = options.outDir ?? path.join(options.kbDir, 'faq');
  const { docs, owners, ids } = await existing(options.kbDir);
  const summary: ImportSummary = { created: [], merged: [], unchanged: [], skipped: [], dropped: [], files: [] };
  const day = (options.now ?? new Date()).toISOString().slice(0, 10);
  const header = ` Imported from ${options.source ?? 'a spreadsheet'} by \`xiaoer kb import\` on ${day}. Edit freely:\n a later import adds to these entries by their first question instead of duplicating them.`;
  const sheets = new Set(rows.map((r) => r.sheet));

  for (const [i, row] of rows.entries()) {
    options.onProgress?.(i + 1, rows.length);
    const name = rowName(row);
    const key = questionKey(row.question);
    if (!key) {
      summary.skipped.push({ row: name, reason: row.answer ? 'no question' : 'no question and no answer' });
      continue;
    }
    if (!row.answer) {
      summary.skipped.push({ row: name, reason: `no answer for "${row.question}"` });
      continue;
    }
    const owner = owners.get(key);
    // The row's questions that no other entry has yet, each once.
    const fresh = (questions: string[], self?: string) => {
      const out: string[] = [];
      for (const q of questions) {
        const k = questionKey(q);
        const other = owners.get(k);
        if (!k || out.some((o) => questionKey(o) === k)) continue;
        if (other && other.id !== self) summary.dropped.push({ row: name, question: q, owner: other.id });
        else if (!other) out.push(q);
      }
      return out;
    };

    if (owner) {
      const added = fresh(row.similar, owner.id);
      const questions = owner.entry.get('questions') as YAMLSeq;
      for (const q of added) {
        questions.add(owner.doc.doc.createNode(q));
        owners.set(questionKey(q), owner);
      }
      const current = owner.entry.get('answer');
      let answer: 'updated' | 'differs' | undefined;
      if (typeof current !== 'string' || current.trim() !== row.answer.trim()) {
        answer = options.updateAnswers ? 'updated' : 'differs';
        if (options.updateAnswers) owner.entry.set('answer', row.answer);
      }
      if (added.length || answer === 'updated') {
        owner.doc.dirty = true;
        summary.merged.push({ id: owner.id, file: owner.doc.file, row: name, added, answer });
      } else if (answer === 'differs') summary.merged.push({ id: owner.id, file: owner.doc.file, row: name, added, answer });
      else summary.unchanged.push({ id: owner.id, row: name });
      continue;
    }

    const category = row.category ?? options.category ?? (sheets.size > 1 || !DEFAULT_SHEET.test(row.sheet) ? row.sheet : undefined);
    const categorySlug = category ? slug(category, 32) : '';
    const target = await openTarget(path.resolve(outDir, `imported-${categorySlug || 'faq'}.yaml`), docs, owners, ids, header);
    const base = `${categorySlug || 'faq'}-${slug(row.question) || 'q'}`;
    let id = base;
    for (let n = 2; ids.has(id); n++) id = `${base}-${n}`;
    ids.add(id);
    const questions = fresh([row.question, ...row.similar]);
    const entry: Record<string, unknown> = { id, questions, answer: row.answer };
    if (category) entry.category = category;
    if (row.tags?.length) entry.tags = row.tags;
    const list = entriesOf(target.doc);
    list.flow = false; // `[]` in an empty file would otherwise keep every entry on one line
    const node = target.doc.createNode(entry) as YAMLMap;
    list.add(node);
    target.dirty = true;
    for (const q of questions) owners.set(questionKey(q), { id, doc: target, entry: node });
    summary.created.push({ id, file: target.file, row: name, questions: questions.length });
  }

  for (const faq of docs.values()) {
    if (!faq.dirty) continue;
    summary.files.push({ file: faq.file, created: faq.created });
    if (options.dryRun) continue;
    await mkdir(path.dirname(faq.file), { recursive: true });
    // lineWidth 0: never fold a long answer over several lines.
    await writeFile(faq.file, faq.doc.toString({ lineWidth: 0, flowCollectionPadding: false }));
  }
  return summary;
}
