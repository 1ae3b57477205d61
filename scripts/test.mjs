// `npm test`: type-check, lint, format check, unit tests, build, then e2e against the export.
// Runs every step even after a failure and ends with one line "N passed, N failed" (unit + e2e
// tests; a failed check or build counts as one failure).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

import { ensureChromium } from './browser.mjs';
import { buildSubpath } from './build-subpath.mjs';

const results = 'test-results';
let passed = 0;
let failed = 0;

function run(command, args, env = {}) {
  console.log(`\n$ ${command} ${args.join(' ')}`);
  return (
    spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } }).status === 0
  );
}

function readJson(path) {
  return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null;
}

function step(ok) {
  if (!ok) failed += 1;
  return ok;
}

rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });

step(run('npm', ['run', '--silent', 'typecheck']));
step(run('npm', ['run', '--silent', 'lint']));
step(run('npm', ['run', '--silent', 'format:check']));

const unitOk = run('npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile=${results}/unit.json`,
]);
const unit = readJson(`${results}/unit.json`);
if (unit) {
  passed += unit.numPassedTests;
  failed += unit.numFailedTests;
}
if (!unitOk && (!unit || unit.numFailedTests === 0)) failed += 1;

// The e2e suite tests the local preview (built without SITE_URL, even in CI), and smoke-tests
// the same site built for a sub-path, which is built first because both builds write out/.
console.log('\n$ node scripts/build-subpath.mjs');
step(buildSubpath());
if (step(run('npm', ['run', '--silent', 'build'], { SITE_PREVIEW: 'local' }))) {
  let browserOk = true;
  try {
    ensureChromium();
  } catch (error) {
    console.error(String(error.message ?? error));
    browserOk = step(false);
  }
  if (browserOk) {
    const e2eOk = run('npx', ['playwright', 'test'], {
      PLAYWRIGHT_JSON_OUTPUT_NAME: `${results}/e2e.json`,
    });
    const stats = readJson(`${results}/e2e.json`)?.stats;
    if (stats) {
      passed += stats.expected + stats.flaky;
      failed += stats.unexpected;
    }
    if (!e2eOk && (!stats || stats.unexpected === 0)) failed += 1;
  }
}

const summary = `${passed} passed, ${failed} failed`;
writeFileSync(`${results}/summary.txt`, `${summary}\n`);
console.log(`\n${summary}`);
process.exit(failed === 0 ? 0 : 1);
