import { defineConfig } from 'vitest/config';

import base from './vitest.config';

// The unit tests of lib/ as `npm run test:mutation` runs them (scripts/ has its own tests and
// is not mutated). Instrumented code runs many times slower: the exhaustive quiz tests would
// pass the usual timeout.
export default defineConfig({
  ...base,
  test: { ...base.test, include: ['lib/**/*.test.ts'], testTimeout: 300_000 },
});
