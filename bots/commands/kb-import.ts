// `xiaoer kb import FILE.xlsx|FILE.csv [--out DIR]`: the FAQ spreadsheet a shop already keeps becomes
// YAML files in the knowledge folder, merged with what is there. Prints what was created, merged and
// skipped (with the sheet and row, so the admin can fix the spreadsheet); a progress bar on stderr when
// it is a terminal and the sheet is long.
import path from 'node:path';
import { importRows, ImportError, type ImportSummary } from '../../core/knowledge/import-spreadsheet.js';
import { readSpreadsheet, SpreadsheetError } from '../../core/knowledge/read-spreadsheet.js';

export interface KbImportOptions {
  kb?: string;
  out?: string;
  category?: string;
  updateAnswers?: boolean;
  dryRun?: boolean;
  json?: boolean;
}

/** Rows from which a progress bar is worth drawing. */
const LONG = 200;

/** A one-line bar redrawn in place on stderr; nothing when stderr is not a terminal (CI, pipes). */
function progressBar(label: string): { update(done: number, total: number): void; done(): void } {
  const tty = process.stderr.isTTY;
  let last = -1;
  return {
    update(done, total) {
      if (!tty || total < LONG) return;
      const percent = Math.floor((done / total) * 100);
      if (percent === last) return;
      last = percent;
      const width = 30;
      const filled = Math.round((done / total) * width);
      process.stderr.write(`\r${label} [${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${percent}% ${done}/${total}`);
    },
    done() {
      if (last >= 0) process.stderr.write('\n');
    },
  };
}

const rel = (file: string) => path.relative(process.cwd(), file) || file;

/** At most `max` lines of a list, then how many more: a 5,000-row import must not flood the terminal. */
function limited(lines: string[], max: number): string[] {
  return lines.length > max ? [...lines.slice(0, max), `  … and ${lines.length - max} more (--json lists them all)`] : lines;
}

export function formatSummary(s: ImportSummary, dryRun = false): string {
  const out: string[] = [];
  const verb = dryRun ? 'would be' : '';
  out.push(
    `${s.created.length} entries created, ${s.merged.length} merged into existing entries, ${s.unchanged.length} already there, ${s.skipped.length} rows skipped${dryRun ? ' (dry run: nothing written)' : ''}`,
  );
  for (const f of s.files) out.push(`  ${f.created ? 'new ' : 'edit'} ${rel(f.file)}${verb ? ` (${verb} written)` : ''}`);
  if (s.created.length) {
    out.push('created:');
    out.push(...limited(s.created.map((c) => `  + ${c.id} (${c.questions} question(s), row ${c.row}) → ${rel(c.file)}`), 20));
  }
  if (s.merged.length) {
    out.push('merged:');
    const merged = s.merged.map((m) => {
      const parts = [m.added.length ? `+${m.added.length} question(s): ${m.added.join(' / ')}` : ''];
      if (m.answer === 'updated') parts.push('answer updated');
      if (m.answer === 'differs') parts.push('the spreadsheet has a different answer: kept the YAML one (--update-answers to replace)');
      return `  ~ ${m.id} (row ${m.row}, ${rel(m.file)}): ${parts.filter(Boolean).join('; ')}`;
    });
    out.push(...limited(merged, 50));
  }
  if (s.dropped.length) {
    out.push('similar questions left out (another entry already has them):');
    out.push(...limited(s.dropped.map((d) => `  - "${d.question}" (row ${d.row}) is a question of ${d.owner}`), 50));
  }
  if (s.skipped.length) {
    out.push('skipped:');
    out.push(...limited(s.skipped.map((k) => `  ! row ${k.row}: ${k.reason}`), 100));
  }
  return out.join('\n');
}

export async function kbImport(file: string, options: KbImportOptions): Promise<number> {
  const kbDir = options.kb ?? process.env.KNOWLEDGE_DIR ?? 'knowledge';
  const bar = progressBar('importing');
  try {
    if (process.stderr.isTTY) process.stderr.write(`reading ${file}…\n`);
    const sheet = await readSpreadsheet(file);
    for (const note of sheet.notes) process.stderr.write(`sheet ${note.sheet}: ${note.message}\n`);
    if (!sheet.rows.length) {
      process.stderr.write(`${file}: no question rows found\n`);
      return 1;
    }
    const summary = await importRows(sheet.rows, {
      kbDir,
      outDir: options.out,
      source: path.basename(file),
      category: options.category,
      updateAnswers: options.updateAnswers,
      dryRun: options.dryRun,
      onProgress: (done, total) => bar.update(done, total),
    });
    bar.done();
    process.stdout.write((options.json ? JSON.stringify(summary) : formatSummary(summary, options.dryRun)) + '\n');
    if (!options.json && !options.dryRun && summary.files.length) process.stdout.write(`next: xiaoer kb check ${kbDir}\n`);
    return 0;
  } catch (error) {
    bar.done();
    if (error instanceof SpreadsheetError || error instanceof ImportError) {
      process.stderr.write(error.message + '\n');
      return 1;
    }
    throw error;
  }
}
