// Whether out/ is older than the sources it is built from.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const inputs = [
  'app',
  'content',
  'components',
  'lib',
  'public',
  'next.config.js',
  'package-lock.json',
];

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newestMtime(join(path, name))));
}

/** True when out/ is missing or any source file changed after the last build. */
export function exportIsStale() {
  const built = join('out', 'index.html');
  if (!existsSync(built)) return true;
  return Math.max(...inputs.map(newestMtime)) > statSync(built).mtimeMs;
}
