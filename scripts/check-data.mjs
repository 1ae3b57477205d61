// Runs every data rule (lib/data/rules/) on the shipped data before `next build`: malformed data
// stops the build here, each problem naming its entry, rather than in the middle of rendering.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { runnerImport } from 'vite';

const root = dirname(dirname(fileURLToPath(import.meta.url)));

const { module: shipped } = await runnerImport(join(root, 'lib/data/rules/shipped.ts'), {
  configFile: false,
  root,
  logLevel: 'error',
  resolve: { alias: { '@': root } },
});
const report = shipped.shippedDataReport();
if (report) {
  console.error(report);
  process.exit(1);
}
