// `npm run test:mutation`: StrykerJS mutates the pure modules in lib/ and runs the unit tests
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
  // A static mutant (code that runs only while a module loads: constant tables, zod schemas,
  // question definitions) needs every test run again in a fresh process: about 20 s each, some
  // 500 of them, hours on two cores. They are reported as ignored, outside the score;
  // `npm run test:mutation -- --ignoreStatic false` runs them too.
  ignoreStatic: true,
  // Pure modules only: no React rendering, no fs, no Next imports (those are e2e's to check).
  mutate: [
    'lib/**/*.ts',
    '!lib/**/*.test.ts',
    '!lib/**/__fixtures__/**',
    '!lib/site/articles.ts', // loads MDX modules
    '!lib/site/metadata.ts', // Next metadata objects
    '!lib/site/inline-scripts.ts', // sent as its own source text, which must stay uninstrumented
    '!lib/site/route-params.ts', // next/navigation
    '!lib/site/share-pages.ts', // loads every article's MDX
    '!lib/site/feed-response.ts', // names the pages through share-pages (e2e/feeds.spec.ts fetches it)
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
  thresholds: { high: 90, low: 85, break: null },
  tempDirName: '.stryker-tmp',
};

export default config;
