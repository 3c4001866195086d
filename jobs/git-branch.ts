// Commits files to a branch of a git repository without touching its working tree: a temporary worktree
// on HEAD, the files written and committed there, the branch pointed at that commit, the worktree removed.
// Admins review the branch as a pull request; merging it is how the bot learns from agents.
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, realpath, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

async function git(cwd: string, ...args: string[]): Promise<string> {
  const { stdout } = await run('git', args, { cwd, maxBuffer: 16 * 1024 * 1024 });
  return stdout.trim();
}

export interface BranchCommit {
  /** Any folder inside the repository. */
  dir: string;
  branch: string;
  /** Paths relative to `dir` → contents. */
  files: Record<string, string>;
  message: string;
}

/** Returns the commit id. The branch is created, or moved to the new commit if it exists. */
export async function commitToBranch({ dir, branch, files, message }: BranchCommit): Promise<string> {
  const top = await git(dir, 'rev-parse', '--show-toplevel');
  const inside = path.relative(await realpath(top), await realpath(dir));
  const work = await mkdtemp(path.join(tmpdir(), 'xiaoer-branch-'));
  await git(top, 'worktree', 'add', '--quiet', '--detach', work, 'HEAD');
  try {
    for (const [file, content] of Object.entries(files)) {
      const target = path.join(work, inside, file);
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, content);
      await git(work, 'add', '--', path.join(inside, file));
    }
    await git(work, '-c', 'user.name=xiaoer', '-c', 'user.email=xiaoer@localhost', 'commit', '--quiet', '--no-verify', '-m', message);
    const commit = await git(work, 'rev-parse', 'HEAD');
    await git(top, 'branch', '--force', branch, commit);
    return commit;
  } finally {
    await git(top, 'worktree', 'remove', '--force', work).catch(() => rm(work, { recursive: true, force: true }));
  }
}
