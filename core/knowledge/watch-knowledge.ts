// Hot reload: an edit or a `git pull` in the knowledge folder reaches the running bots in well under
// 2 s, without a restart. A change that does not load is refused whole: the bots keep answering from the
// last good knowledge, every error is logged with file and line, and the admins are told.
//
// One watcher per directory rather than `fs.watch(dir, { recursive: true })`: Node 20's recursive mode
// on Linux walks the tree asynchronously and can miss a folder created meanwhile (nodejs/node#48437),
// and it would watch every folder of .git too. The folders are re-scanned before every reload, so new
// subfolders are watched from then on; the reload itself reads the whole folder, so nothing written
// before a watcher was attached is lost. A slow timer notices the folder itself being replaced (deleted
// and re-created, or a symlink switched to another checkout) and, where the platform cannot watch (no
// inotify watches left), polls instead.
import { createHash } from 'node:crypto';
import { watch, type FSWatcher } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Logger } from '../log.js';
import { logNotifier, type AdminNotifier } from './admin-notifier.js';
import type { KnowledgeBase } from './knowledge-base.js';
import { formatProblem, type KnowledgeProblem } from './knowledge-error.js';
import type { KnowledgeHolder } from './knowledge-holder.js';
import { loadKnowledgeWithProblems } from './load.js';

export interface WatchKnowledgeOptions {
  dir: string;
  holder: KnowledgeHolder;
  log: Logger;
  /** Told about rejected changes (the admin group); default: the log only. */
  notifier?: AdminNotifier;
  /** Quiet time after the last change before reloading: a `git pull` writes many files at once. */
  debounceMs?: number;
  /** How often to check that the folder itself is still the one watched (and to poll, if watching failed). */
  checkMs?: number;
}

export type ReloadResult =
  | { status: 'unchanged' }
  | { status: 'reloaded'; kb: KnowledgeBase; warnings: KnowledgeProblem[] }
  | { status: 'rejected'; problems: KnowledgeProblem[] };

export interface KnowledgeWatcher {
  /** Resolves once every folder is watched. */
  readonly ready: Promise<void>;
  /** Reloads now (queued behind a reload in progress); `force` reloads even when no file changed. */
  reload(force?: boolean): Promise<ReloadResult>;
  close(): void;
}

/** Editors' and git's temporary files: .faq.yaml.swp, faq.yaml~, .#faq.yaml, #faq.yaml#, .git/… */
function ignored(name: string): boolean {
  const base = path.basename(name);
  return base.startsWith('.') || base.startsWith('#') || base.endsWith('~') || /\.(swp|swx|tmp)$/u.test(base);
}

/** Every folder (the root included) and every YAML file below `root`, skipping hidden ones as load does. */
async function walk(root: string): Promise<{ dirs: string[]; files: string[] }> {
  const dirs = [root];
  const files: string[] = [];
  for (let i = 0; i < dirs.length; i++) {
    let entries;
    try {
      entries = await readdir(dirs[i]!, { withFileTypes: true });
    } catch {
      continue; // removed while walking: the next event rescans
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const full = path.join(dirs[i]!, entry.name);
      if (entry.isDirectory()) dirs.push(full);
      else if (/\.ya?ml$/u.test(entry.name)) files.push(full);
    }
  }
  return { dirs, files: files.sort() };
}

/** A fingerprint of the folder's knowledge: names and contents of its YAML files. */
async function fingerprint(files: string[], root: string): Promise<string> {
  const hash = createHash('sha256');
  for (const file of files) {
    hash.update(path.relative(root, file)).update('\0');
    try {
      hash.update(await readFile(file));
    } catch {
      hash.update('(unreadable)');
    }
    hash.update('\0');
  }
  return hash.digest('hex');
}

async function identity(dir: string): Promise<string | undefined> {
  try {
    const s = await stat(dir);
    return `${s.dev}:${s.ino}`;
  } catch {
    return undefined;
  }
}

export function watchKnowledge(options: WatchKnowledgeOptions): KnowledgeWatcher {
  const { dir, holder, log } = options;
  const notifier = options.notifier ?? logNotifier(log);
  const debounceMs = options.debounceMs ?? 200;
  const watchers = new Map<string, FSWatcher>();
  let closed = false;
  let polling = false;
  let debounce: NodeJS.Timeout | undefined;
  let lastFingerprint: string | undefined;
  let rejected = false;
  let root: string | undefined;
  let queue: Promise<unknown> = Promise.resolve();

  /** Runs jobs one after another: a reload never overlaps another. */
  const enqueue = <T>(job: () => Promise<T>): Promise<T> => {
    const run = queue.then(job);
    queue = run.catch(() => undefined);
    return run;
  };

  const run = () => {
    debounce = undefined;
    enqueue(() => reload(false)).catch((error: unknown) => log.error({ err: error }, 'knowledge reload failed'));
  };

  // Each change postpones the reload by debounceMs, but never past 5 × debounceMs after the first one:
  // a file rewritten continuously must not hold the reload off for ever.
  let firstChange = 0;
  const schedule = () => {
    if (closed) return;
    const now = Date.now();
    if (!debounce) firstChange = now;
    else if (now - firstChange >= 5 * debounceMs) return;
    clearTimeout(debounce);
    debounce = setTimeout(run, debounceMs);
    debounce.unref();
  };

  const unwatch = (folder: string) => {
    watchers.get(folder)?.close();
    watchers.delete(folder);
  };

  /** Whether the last rescan could not watch some folder that exists. */
  let failed = false;
  const attach = (folder: string) => {
    try {
      const watcher = watch(folder, { persistent: false }, (_event, name) => {
        if (name && ignored(name.toString())) return;
        schedule();
      });
      watcher.on('error', () => {
        unwatch(folder); // the folder went away; the rescan before the reload re-attaches what exists
        schedule();
      });
      watchers.set(folder, watcher);
    } catch (error) {
      // A folder gone since the walk is no failure: the identity check notices the root coming back.
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
      if (!polling) log.warn({ err: error, dir: folder }, 'cannot watch the knowledge folder (no inotify watches left?); checking it for changes every few seconds instead');
      failed = true;
    }
  };

  /** Watches every folder that exists now and forgets the ones that are gone. */
  const rescan = async (): Promise<string[]> => {
    const { dirs, files } = await walk(dir);
    if (closed) return files;
    const present = new Set(dirs);
    for (const folder of watchers.keys()) if (!present.has(folder)) unwatch(folder);
    failed = false;
    for (const folder of dirs) if (!watchers.has(folder)) attach(folder);
    polling = failed;
    return files;
  };

  const reload = async (force: boolean): Promise<ReloadResult> => {
    if (closed) return { status: 'unchanged' };
    const files = await rescan();
    const print = await fingerprint(files, dir);
    if (!force && print === lastFingerprint) return { status: 'unchanged' };
    lastFingerprint = print;

    const { kb, problems } = await loadKnowledgeWithProblems(dir);
    if (closed) return { status: 'unchanged' };
    const errors = problems.filter((p) => p.severity === 'error');
    const warnings = problems.filter((p) => p.severity === 'warning');
    if (!errors.length) {
      try {
        holder.replace(kb);
      } catch (error) {
        errors.push({ file: dir, message: `the understanding engine could not be built: ${(error as Error).message}`, severity: 'error' });
      }
    }
    if (errors.length) {
      for (const p of errors) log.error({ file: p.file, line: p.line, entry: p.entry, field: p.field }, `knowledge not reloaded: ${formatProblem(p)}`);
      log.error({ dir, errors: errors.length, keptSince: holder.kb.loadedAt }, 'knowledge change rejected: still answering from the last good knowledge');
      rejected = true;
      tell(() => notifier.knowledgeRejected({ dir, problems: errors, keptSince: holder.kb.loadedAt }));
      return { status: 'rejected', problems: errors };
    }
    for (const p of warnings) log.warn({ file: p.file, line: p.line }, `knowledge: ${formatProblem(p)}`);
    log.info({ dir, faq: kb.faq.length, products: kb.products.length, promotions: kb.promotions.length, playbooks: kb.playbooks.length }, 'knowledge reloaded');
    if (rejected) {
      rejected = false;
      tell(() => notifier.knowledgeRestored({ dir, kb }));
    }
    return { status: 'reloaded', kb, warnings };
  };

  // The admins are told in order, on a chain of their own: a slow or failing admin group (Feishu down)
  // never holds up or stops the reloads.
  let notices: Promise<void> = Promise.resolve();
  const tell = (send: () => void | Promise<void>) => {
    notices = notices.then(send).catch((error: unknown) => log.warn({ err: error }, 'could not tell the admins about the knowledge'));
  };

  const ready = enqueue(async () => {
    root = await identity(dir);
    const files = await rescan();
    // What the bots loaded at start: an event that changes nothing then reloads nothing.
    lastFingerprint = await fingerprint(files, dir);
  });

  const check = setInterval(() => {
    void enqueue(async () => {
      const now = await identity(dir);
      if (now !== root) {
        // Replaced: the old watchers watch a folder that is no longer there.
        root = now;
        for (const folder of [...watchers.keys()]) unwatch(folder);
        schedule();
      } else if (polling && !debounce) await reload(false); // unchanged files make this a no-op
    }).catch((error: unknown) => log.error({ err: error }, 'knowledge check failed'));
  }, options.checkMs ?? 2000);
  check.unref();

  return {
    ready,
    reload: (force = true) => enqueue(() => reload(force)),
    close() {
      closed = true;
      clearTimeout(debounce);
      clearInterval(check);
      for (const folder of [...watchers.keys()]) unwatch(folder);
    },
  };
}
