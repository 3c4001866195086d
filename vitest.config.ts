import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 20_000,
    hookTimeout: 20_000,
    // SDK harnesses (wechaty mock, local fake servers) start real sockets: isolate them per file.
    pool: 'forks',
  },
});
