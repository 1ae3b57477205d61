import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { completeMarker } from './postbuild/commit.mjs';
import { exportIsStale } from './site-files.mjs';

// Times before the test runs: deleting a file stamps its folder with the present.
const before = new Date(Date.now() - 3 * 60_000);
const built = new Date(Date.now() - 2 * 60_000);
const after = new Date(Date.now() - 60_000);

const inputs = [
  'app/[lang]/page.tsx',
  'content/es/groups.mdx',
  'components/site-header.tsx',
  'lib/quiz.ts',
  'public/favicon.svg',
  'scripts/postbuild/index.mjs',
  'mdx-components.tsx',
  'next.config.js',
  'package-lock.json',
  'package.json',
  'tsconfig.json',
  'postcss.config.mjs',
  '.env.production',
];
const notInputs = [
  'e2e/links.spec.ts',
  'bench/results.md',
  'README.md',
  'test-results/summary.txt',
  '.next/cache/x',
  'next-env.d.ts',
  'tsconfig.tsbuildinfo',
];

let root = '';

const address = 'http://127.0.0.1:3000';

/**
 * Writes a file of the project with the given time, and keeps its folders' times before the
 * build (writing a file stamps them).
 * @param {string} path
 */
function file(path, time = before, content = '') {
  const full = join(root, path);
  mkdirSync(dirname(full), { recursive: true });
  writeFileSync(full, content);
  utimesSync(full, time, time);
  for (let dir = dirname(full); dir !== root; dir = dirname(dir)) utimesSync(dir, before, before);
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'site-files-'));
  for (const path of [...inputs, ...notInputs]) file(path);
  file('out/index.html', built);
  file(`out/${completeMarker}`, built, `${address}\npostbuild: done\n`);
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('exportIsStale', () => {
  it('is false for a finished export newer than every input', () => {
    expect(exportIsStale(root, address)).toBe(false);
  });

  it.each(inputs)('is true once %s changes', (path) => {
    file(path, after);
    expect(exportIsStale(root, address)).toBe(true);
  });

  it('is true once a source file is deleted', () => {
    rmSync(join(root, 'content/es/groups.mdx'));
    expect(exportIsStale(root, address)).toBe(true);
  });

  it.each(notInputs)('ignores a change to %s', (path) => {
    file(path, after);
    expect(exportIsStale(root, address)).toBe(false);
  });

  it('is true for an export the post-build did not finish', () => {
    rmSync(join(root, 'out', completeMarker));
    expect(exportIsStale(root, address)).toBe(true);
  });

  it('is true for an export built for another address', () => {
    expect(exportIsStale(root, 'https://example.org')).toBe(true);
  });

  it('is true without an export', () => {
    rmSync(join(root, 'out'), { recursive: true });
    expect(exportIsStale(root, address)).toBe(true);
  });
});
