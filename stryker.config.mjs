// `npm run test:mutation`: StrykerJS mutates lib/ and scripts/postbuild/ and runs the unit tests
// against each mutant. Too slow for `npm test` on two cores; run it before resolving work on lib/.
// Scores and the survivors that remain, with the reason each is kept: bench/mutation.md.

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
const config = {
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  // Related mode makes Vite parse every file a test reaches, and it fails on the MDX articles
  // behind lib/site/articles.ts' dynamic import; per-test coverage picks the tests to run instead.
  vitest: { configFile: 'vitest.mutation.config.ts', related: false },
  coverageAnalysis: 'perTest',
  // Nothing type-checks the sandbox (vitest only strips types), so Stryker need not add
  // `// @ts-nocheck` anywhere; by default it also wrote it into the inline scripts of the HTML
  // samples the post-build tests read (scripts/postbuild/samples/), which broke them.
  disableTypeChecks: false,
  // A static mutant (code that runs only while a module loads: constant tables, zod schemas,
  // question definitions) needs every test run again in a fresh process: about 20 s each, some
  // 500 of them, hours on two cores. They are reported as ignored, outside the score;
  // `npm run test:mutation -- --ignoreStatic false` runs them too.
  ignoreStatic: true,
  // Every module of lib/ (.ts and .tsx) and of the post-build step, at any folder depth, so the
  // globs survive files moving between folders. A module no unit test reaches (React, fs, Next,
  // the browser's search dialog) is still mutated and reported "no coverage": e2e checks it, and
  // the report shows that the unit tests do not.
  mutate: [
    'lib/**/*.{ts,tsx}',
    // Server rendering of the share images and their fonts (moved out of lib/ with the layers).
    'components/og/*.{ts,tsx}',
    'scripts/postbuild/*.mjs',
    '!lib/**/*.test.{ts,tsx}',
    '!components/og/*.test.{ts,tsx}',
    '!scripts/**/*.test.mjs',
    '!lib/**/__fixtures__/**',
  ],
  // Build and test output stays out of the sandbox (lib/i18n/locales-everywhere.test.ts reads e2e/ and bench/).
  ignorePatterns: ['/out', '/.next', '/test-results', '/playwright-report'],
  // Only mutants whose code or tests changed are run again. The file lives outside test-results/,
  // which `npm test` empties on every run.
  incremental: true,
  incrementalFile: 'reports/stryker-incremental.json',
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'test-results/mutation/index.html' },
  jsonReporter: { fileName: 'test-results/mutation/mutation.json' },
  clearTextReporter: { allowColor: false, logTests: false },
  concurrency: 2,
  // The first run of every test with coverage, on a machine shared with builds, takes longer
  // than Stryker's default 5 minutes (the post-build tests render the sample export).
  dryRunTimeoutMinutes: 30,
  thresholds: { high: 90, low: 85, break: null },
  tempDirName: '.stryker-tmp',
};

export default config;
