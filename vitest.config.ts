import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('.', import.meta.url)),
      // The guard throws outside React's server build; the unit tests run server code in Node.
      'server-only': fileURLToPath(new URL('node_modules/server-only/empty.js', import.meta.url)),
    },
  },
  test: {
    include: [
      'lib/**/*.test.{ts,tsx}',
      'components/**/*.test.{ts,tsx}',
      'shared/**/*.test.mjs',
      'scripts/**/*.test.mjs',
    ],
    environment: 'node',
    testTimeout: 30_000,
  },
});
