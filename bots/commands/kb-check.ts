// `xiaoer kb check [DIR]`: everything wrong with a knowledge folder, each with file and line. Exit 1 on
// errors, 0 with warnings only, so a shop's CI blocks a broken push but not a questionable one.
// `--format github` prints workflow commands, which GitHub shows as annotations on the changed lines.
import path from 'node:path';
import { formatProblem, type KnowledgeProblem } from '../../core/knowledge/knowledge-error.js';
import { checkKnowledge } from '../../core/knowledge/lint.js';

export type CheckFormat = 'text' | 'github' | 'json';

export interface KbCheckOptions {
  format?: CheckFormat;
  /** For expired promotions; default: now. */
  now?: Date;
  write?: (text: string) => void;
}

export async function kbCheck(dir: string, options: KbCheckOptions = {}): Promise<number> {
  const write = options.write ?? ((text: string) => void process.stdout.write(text));
  const { kb, problems } = await checkKnowledge(dir, { now: options.now });
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  const format = options.format ?? 'text';

  if (format === 'json') {
    write(JSON.stringify({ dir, errors, warnings, problems: problems.map((p) => ({ ...p, file: repoPath(dir, p.file) })) }) + '\n');
  } else {
    for (const p of problems) write((format === 'github' ? githubAnnotation(dir, p) : `${p.severity}: ${formatProblem({ ...p, file: repoPath(dir, p.file) })}`) + '\n');
    write(
      `${dir}: ${kb.faq.length} FAQ entries, ${kb.products.length} products, ${kb.promotions.length} promotions, ${kb.playbooks.length} playbooks — ${errors} error(s), ${warnings} warning(s)\n`,
    );
  }
  return errors ? 1 : 0;
}

/** The file as the repository names it (relative to the working directory, forward slashes). */
function repoPath(dir: string, file: string): string {
  const full = path.isAbsolute(file) ? file : path.join(dir, file);
  return path.relative(process.cwd(), full).split(path.sep).join('/') || '.';
}

// Workflow command escaping: https://github.com/actions/toolkit/blob/main/packages/core/src/command.ts
const escapeData = (s: string) => s.replace(/%/gu, '%25').replace(/\r/gu, '%0D').replace(/\n/gu, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/gu, '%3A').replace(/,/gu, '%2C');

/** `::error file=knowledge/faq.yaml,line=12,title=…::message`. */
export function githubAnnotation(dir: string, p: KnowledgeProblem): string {
  const props = [`file=${escapeProperty(repoPath(dir, p.file))}`];
  if (p.line) props.push(`line=${p.line}`);
  const title = ['xiaoer kb check', p.entry && `entry ${p.entry}`, p.field && `field ${p.field}`].filter(Boolean).join(' — ');
  props.push(`title=${escapeProperty(title)}`);
  const where = [p.entry && `${p.entry}`, p.field].filter(Boolean).join('.');
  return `::${p.severity} ${props.join(',')}::${escapeData(where ? `${where}: ${p.message}` : p.message)}`;
}
