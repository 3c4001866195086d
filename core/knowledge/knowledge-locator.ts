// Where an entry of the knowledge lives: its file and the line of one of its fields, so every problem a
// check finds after loading (duplicate questions, unknown products…) points at the line to fix.
import { lineOf, type Kind, type LoadedFile } from './load.js';
import type { KnowledgeProblem } from './knowledge-error.js';

export interface Location {
  file: string;
  line?: number;
}

export class KnowledgeLocator {
  private readonly entries = new Map<string, { file: LoadedFile; index: number }>();
  private readonly byKind = new Map<Kind, LoadedFile>();

  constructor(readonly files: readonly LoadedFile[]) {
    for (const file of files) {
      if (!this.byKind.has(file.kind)) this.byKind.set(file.kind, file);
      if (!Array.isArray(file.data)) continue;
      file.data.forEach((item: unknown, index) => {
        const id = (item as { id?: unknown } | null)?.id;
        const key = `${file.kind}:${String(id)}`;
        // The first occurrence: a duplicate id is already an error of its own.
        if (typeof id === 'string' && !this.entries.has(key)) this.entries.set(key, { file, index });
      });
    }
  }

  /** The file and line of `field` (a path inside the entry) of the entry `id` in a list file. */
  entry(kind: Kind, id: string, field: (string | number)[] = []): Location {
    const hit = this.entries.get(`${kind}:${id}`);
    if (!hit) return { file: this.byKind.get(kind)?.file ?? kind };
    return { file: hit.file.file, line: lineOf(hit.file, [hit.index, ...field]) };
  }

  /** The file and line of a path inside a single-document file (routing.yaml, lexicon.yaml). */
  in(kind: Kind, at: (string | number)[] = []): Location {
    const file = this.byKind.get(kind);
    if (!file) return { file: kind };
    return { file: file.file, line: lineOf(file, at) };
  }

  /** "faq/aftersale.yaml:12": how a message names another place. */
  static describe(location: Location): string {
    return location.file + (location.line ? `:${location.line}` : '');
  }

  /** A problem at a field of an entry. */
  problem(severity: KnowledgeProblem['severity'], kind: Kind, id: string, field: (string | number)[], message: string): KnowledgeProblem {
    return { ...this.entry(kind, id, field), entry: id, field: field.length ? field.join('.') : undefined, message, severity };
  }
}
