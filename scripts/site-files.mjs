// Whether out/ is a finished export of the current sources; `npm start` builds again when not.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

import { completeMarker } from './postbuild/commit.mjs';

/**
 * What at the project's top level cannot change the export: outputs and caches, and what only
 * tests, tools and readers use. Everything else counts as an input, so a new source folder or
 * config file counts without being listed anywhere (scripts/ and mdx-components.tsx once went
 * uncounted on a list of inputs).
 */
const notInputs = new Set([
  '.git',
  '.next',
  'node_modules',
  'out',
  'test-results',
  'playwright-report',
  'blob-report',
  'next-env.d.ts', // written by `next build` itself
  'e2e',
  'bench',
  '.ci',
  'README.md',
  'eslint.config.mjs',
  'playwright.config.ts',
  'vitest.config.ts',
  '.prettierrc',
  '.prettierignore',
  '.gitignore',
]);

/**
 * The newest change under a path: a file's modification, or a folder's (a file added, renamed
 * or deleted in it), whichever is latest.
 * @param {string} path
 * @returns {number} milliseconds since the epoch
 */
function newestChange(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newestChange(join(path, name))));
}

/**
 * True when `<root>/out` is not a finished export (the post-build marks one complete last), was
 * built for another address, or any input changed after it was finished.
 * @param {string} root the project's folder
 * @param {string} address the address it must have been built for ("http://127.0.0.1:3000")
 */
export function exportIsStale(root, address) {
  const marker = join(root, 'out', completeMarker);
  if (!existsSync(marker)) return true;
  if (readFileSync(marker, 'utf8').split('\n')[0] !== address) return true;
  const finished = statSync(marker).mtimeMs;
  return readdirSync(root)
    .filter((name) => !notInputs.has(name) && !name.endsWith('.tsbuildinfo'))
    .some((name) => newestChange(join(root, name)) > finished);
}
