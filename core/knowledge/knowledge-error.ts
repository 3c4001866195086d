// A problem in a knowledge file, located precisely enough for an admin to fix it without guessing.

export interface KnowledgeProblem {
  file: string;
  /** 1-based line, when known. */
  line?: number;
  /** The entry's id, or its position ("#3") when it has none. */
  entry?: string;
  /** Dotted path of the field inside the entry ("questions.2"). */
  field?: string;
  message: string;
  severity: 'error' | 'warning';
}

export function formatProblem(p: KnowledgeProblem): string {
  const where = [p.file + (p.line ? `:${p.line}` : ''), p.entry && `entry ${p.entry}`, p.field && `field ${p.field}`]
    .filter(Boolean)
    .join(', ');
  return `${where}: ${p.message}`;
}

export class KnowledgeError extends Error {
  constructor(readonly problems: KnowledgeProblem[]) {
    super(`Knowledge has ${problems.length} error(s):\n${problems.map((p) => '  ' + formatProblem(p)).join('\n')}`);
    this.name = 'KnowledgeError';
  }
}
