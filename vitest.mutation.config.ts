import { defineConfig } from 'vitest/config';

import base from './vitest.config';

// The unit tests of lib/ and scripts/postbuild/ as `npm run test:mutation` runs them.
// Instrumented code runs many times slower, so the timeout is longer, and the walk over every
// quiz answer set is left out: it would cost half a minute per mutant, and the score stays a
// lower bound of what `npm test` catches. lib/i18n/locales-everywhere.test.ts is left out too: it resets the
// module registry and imports every module again inside a test, so Stryker takes code that
// runs only at load (question definitions, schemas) for code that test covers, runs those
// mutants against it alone, and reports them as survivors (team.ts: 0% so, 91% with its static
// mutants really run).
export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: [
      'lib/**/*.test.{ts,tsx}',
      'components/og/*.test.{ts,tsx}',
      'scripts/postbuild/*.test.mjs',
    ],
    exclude: ['lib/quiz/answer-space.test.ts', 'lib/i18n/locales-everywhere.test.ts'],
    testTimeout: 300_000,
  },
});
