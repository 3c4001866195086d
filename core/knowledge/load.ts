// Loads a knowledge folder: every YAML file, by its name, into one validated KnowledgeBase. A folder
// holding only faq.yaml (the evaluation suites' format) is a complete knowledge base.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { YAMLException } from 'js-yaml';
import { createRequire } from 'node:module';
import type { Document, LineCounter } from 'yaml';
import { emptyKnowledgeBase, type KnowledgeBase } from './knowledge-base.js';
import { KnowledgeError, type KnowledgeProblem } from './knowledge-error.js';
import { parsePlainFaqYaml, plainFaqEntries } from './plain-faq.js';

export type Kind = 'faq' | 'products' | 'promotions' | 'playbooks' | 'lexicon' | 'shop' | 'routing' | 'forbidden';

/** Which part of the knowledge a file holds, from its path relative to the folder. */
export function kindOf(relative: string): Kind | undefined {
  const parts = relative.split(path.sep);
  const base = path.basename(relative).replace(/\.ya?ml$/u, '');
  if (parts[0] === 'faq' || base === 'faq' || base.startsWith('faq-')) return 'faq';
  const byName: Record<string, Kind> = {
    products: 'products',
    promotions: 'promotions',
    playbooks: 'playbooks',
    lexicon: 'lexicon',
    shop: 'shop',
    routing: 'routing',
    'forbidden-phrases': 'forbidden',
  };
  return byName[base];
}

// The zod schemas (schema.ts) are the contract. They are loaded on first need: a folder of plain FAQ
// entries (the evaluation suites) is read and checked by plain-faq.ts, which accepts exactly what
// they accept in that form, and `xiaoer match` then never pays for zod's start-up.
let fileSchemas: Promise<typeof import('./schema.js')['fileSchemas']> | undefined;
const schemaOf = async (kind: Kind) => (await (fileSchemas ??= import('./schema.js').then((m) => m.fileSchemas)))[kind];

export interface LoadedFile {
  file: string;
  kind: Kind;
  data: unknown;
  /** The file's text, kept to locate problems by line. */
  text: string;
}

async function yamlFiles(dir: string, prefix = ''): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(path.join(dir, prefix), { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    const rel = path.join(prefix, entry.name);
    if (entry.isDirectory()) out.push(...(await yamlFiles(dir, rel)));
    else if (/\.ya?ml$/u.test(entry.name)) out.push(rel);
  }
  return out.sort();
}

// Parsing uses js-yaml (about 8× faster than `yaml` on a cold start, which matters for a 1,200-entry
// FAQ loaded by `xiaoer match`), loaded on first need: the suites' FAQ files are read by plain-faq.ts.
// `yaml`'s document model, which knows lines and keeps comments, is built only when something needs
// it: a problem's line number, or a tool that edits the file. `yaml` itself is loaded on first need, so
// a clean load (every bot start, every `xiaoer match`) skips it.
let jsYamlModule: Promise<typeof import('js-yaml')> | undefined;
const jsYaml = () => (jsYamlModule ??= import('js-yaml'));
const documents = new WeakMap<LoadedFile, { doc: Document; lines: LineCounter }>();
let yamlModule: typeof import('yaml') | undefined;
const yaml = () => (yamlModule ??= createRequire(import.meta.url)('yaml') as typeof import('yaml'));

function modelOf(file: LoadedFile): { doc: Document; lines: LineCounter } {
  let model = documents.get(file);
  if (!model) {
    const { LineCounter, parseDocument } = yaml();
    const lines = new LineCounter();
    model = { doc: parseDocument(file.text, { lineCounter: lines }), lines };
    documents.set(file, model);
  }
  return model;
}

/** The file as a `yaml` Document (comments and positions kept), for tools that edit knowledge files. */
export function documentOf(file: LoadedFile): Document {
  return modelOf(file).doc;
}

/** The line of the node at `at` inside a file, walking up to the nearest node that exists. */
export function lineOf(file: LoadedFile, at: (string | number)[]): number | undefined {
  const { doc, lines } = modelOf(file);
  for (let n = at.length; n >= 0; n--) {
    const node = doc.getIn(at.slice(0, n), true);
    if (yaml().isNode(node) && node.range) return lines.linePos(node.range[0]).line;
  }
  return undefined;
}

function entryName(data: unknown, index: number): string {
  const item = Array.isArray(data) ? (data[index] as { id?: unknown } | undefined) : undefined;
  return typeof item?.id === 'string' ? item.id : `#${index + 1}`;
}

/** Validates one file; problems are pushed, the valid value returned (undefined if none). */
async function validate(file: LoadedFile, problems: KnowledgeProblem[]): Promise<unknown> {
  if (file.kind === 'faq') {
    const plain = plainFaqEntries(file.data);
    if (plain) return plain;
  }
  const result = (await schemaOf(file.kind)).safeParse(file.data);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const at = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    const isList = Array.isArray(file.data) && typeof at[0] === 'number';
    problems.push({
      file: file.file,
      line: lineOf(file, at),
      entry: isList ? entryName(file.data, at[0] as number) : undefined,
      field: (isList ? at.slice(1) : at).join('.') || undefined,
      message: issue.message,
      severity: 'error',
    });
  }
  return undefined;
}

export async function readKnowledgeFiles(dir: string, problems: KnowledgeProblem[]): Promise<LoadedFile[]> {
  let names: string[];
  try {
    names = await yamlFiles(dir);
  } catch (error) {
    problems.push({ file: dir, message: `cannot read the knowledge folder: ${(error as Error).message}`, severity: 'error' });
    return [];
  }
  const files: LoadedFile[] = [];
  for (const name of names) {
    const kind = kindOf(name);
    if (!kind) {
      problems.push({ file: name, message: 'unknown knowledge file (expected faq*.yaml, faq/, products, promotions, playbooks, lexicon, shop, routing or forbidden-phrases)', severity: 'warning' });
      continue;
    }
    const text = await readFile(path.join(dir, name), 'utf8');
    let parsed: unknown = kind === 'faq' ? parsePlainFaqYaml(text) : undefined;
    try {
      parsed ??= (await jsYaml()).load(text, { filename: name });
    } catch (error) {
      const e = error as YAMLException;
      problems.push({ file: name, line: e.mark ? e.mark.line + 1 : undefined, message: `YAML: ${e.reason ?? e.message}`, severity: 'error' });
      continue;
    }
    // An empty file is an empty list, an empty mapping, or (routing) no rules at all.
    const data = parsed ?? (kind === 'shop' || kind === 'lexicon' ? {} : kind === 'routing' ? undefined : []);
    files.push({ file: name, kind, data, text });
  }
  return files;
}

/** Loads and validates a knowledge folder; throws KnowledgeError listing every error found. */
export async function loadKnowledge(dir: string): Promise<KnowledgeBase> {
  const { kb, problems } = await loadKnowledgeWithProblems(dir);
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length) throw new KnowledgeError(errors);
  return kb;
}

export async function loadKnowledgeWithProblems(dir: string): Promise<{ kb: KnowledgeBase; problems: KnowledgeProblem[]; files: LoadedFile[] }> {
  const problems: KnowledgeProblem[] = [];
  const files = await readKnowledgeFiles(dir, problems);
  const kb = emptyKnowledgeBase(dir);
  const ids = new Map<string, string>();
  for (const file of files) {
    const value = await validate(file, problems);
    if (value === undefined) continue;
    switch (file.kind) {
      case 'faq':
      case 'products':
      case 'promotions':
      case 'playbooks': {
        const items = value as { id: string }[];
        items.forEach((item, i) => {
          // FAQ entries and promotions are answered by id, so one id must mean one thing.
          const scope = file.kind === 'faq' || file.kind === 'promotions' ? 'answer' : file.kind;
          const seen = ids.get(`${scope}:${item.id}`);
          if (seen) {
            problems.push({ file: file.file, line: lineOf(file, [i, 'id']), entry: item.id, field: 'id', message: `duplicate id (also in ${seen})`, severity: 'error' });
          } else ids.set(`${scope}:${item.id}`, file.file);
        });
        const target = file.kind === 'faq' ? kb.faq : file.kind === 'products' ? kb.products : file.kind === 'promotions' ? kb.promotions : kb.playbooks;
        (target as unknown[]).push(...items);
        break;
      }
      case 'lexicon':
        kb.lexicon = value as KnowledgeBase['lexicon'];
        break;
      case 'shop':
        kb.shop = value as KnowledgeBase['shop'];
        break;
      case 'routing':
        kb.routing = value;
        break;
      case 'forbidden':
        kb.forbiddenPhrases = value as string[];
        break;
    }
  }
  kb.loadedAt = new Date();
  return { kb, problems, files };
}
