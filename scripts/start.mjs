// `npm start`: build the static export if it is missing or stale, then serve out/ locally.
import { spawnSync } from 'node:child_process';

import { siteConfig } from '../shared/site-config.mjs';
import { exportIsStale } from './site-files.mjs';

const port = process.env.PORT ?? '3000';
// The local preview: built without SITE_URL, for the address it is served on.
const env = { ...process.env, SITE_PREVIEW: 'local' };
const site = siteConfig(env);

if (exportIsStale('.', `${site.origin}${site.basePath}`)) {
  const build = spawnSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit', env });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
console.log(`Serving out/ on http://127.0.0.1:${port}/`);
const serve = spawnSync(
  'npx',
  ['serve', 'out', '-l', `tcp://127.0.0.1:${port}`, '--no-clipboard'],
  {
    stdio: 'inherit',
  },
);
process.exit(serve.status ?? 0);
