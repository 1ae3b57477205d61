// Builds the site as a host would serve it under a sub-path (a GitHub Pages project site), for
// the e2e smoke tests: `npm run build` with BASE_PATH, its export moved to
// test-results/subpath/<base>/, and the 404 page copied to the folder's root, where a host
// answers for every path it does not know. `npm test` runs it before the main build, which
// then rewrites out/.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';

export const subpathRoot = 'test-results/subpath';
export const subpathBase = '/wecom';

/** @returns {boolean} true when the build succeeded */
export function buildSubpath() {
  const build = spawnSync('npm', ['run', '--silent', 'build'], {
    stdio: 'inherit',
    env: { ...process.env, SITE_PREVIEW: 'local', BASE_PATH: subpathBase },
  });
  if (build.status !== 0) return false;
  rmSync(subpathRoot, { recursive: true, force: true });
  mkdirSync(subpathRoot, { recursive: true });
  renameSync('out', join(subpathRoot, subpathBase));
  cpSync(join(subpathRoot, subpathBase, '404.html'), join(subpathRoot, '404.html'));
  return true;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exit(buildSubpath() ? 0 : 1);
