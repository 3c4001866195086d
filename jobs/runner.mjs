// The file bree starts each job's worker thread from, when running from the TypeScript sources (tests,
// `tsx`). Node 20 worker threads ignore the tsx loader for their entry file, so the worker is imported
// through tsx's API. The bundled CLI (bots/xiaoer.mjs) starts dist/<stamp>/job-worker.js directly.
import { tsImport } from 'tsx/esm/api';

await tsImport('../bots/job-worker.ts', import.meta.url);
