// The embedded store backends a test runs on: memory, and a SQLite file in a temporary folder removed
// after the file's tests. Tests add Redis themselves where REDIS_TEST_URL is set (each its own way).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';
import { memoryStore, openStore } from '../../core/store/open-store.js';
import type { Store } from '../../core/store/store.js';

export type Backend = [name: string, open: () => Promise<Store>];

/** Memory and SQLite; call at a test file's top level (it registers the clean-up). */
export function embeddedBackends(tempPrefix: string): Backend[] {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
  return [
    ['memory', async () => memoryStore()],
    [
      'sqlite',
      async () => {
        const dir = mkdtempSync(path.join(tmpdir(), tempPrefix));
        dirs.push(dir);
        return openStore({ dataDir: dir });
      },
    ],
  ];
}
