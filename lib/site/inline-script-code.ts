import 'server-only';

import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { inlineScriptsFolder } from '../../shared/inline-scripts.mjs';
import type { InlineScriptName, InlineScripts, PageArguments } from './inline-scripts';

/**
 * What a page writes for an inline script: its text, as scripts/build-browser.mjs built it
 * from `browser/inline/<name>.ts` (run first by `npm run build` and `npm run dev`), and its
 * arguments as JSON for the element's `data-args` (none when it takes none).
 * @throws when the script has not been built
 */
export function inlineScript<N extends InlineScriptName>(
  name: N,
  ...args: PageArguments<InlineScripts[N]>
): { code: string; args?: string } {
  const file = join(process.cwd(), inlineScriptsFolder, `${name}.js`);
  let code: string;
  try {
    code = readFileSync(file, 'utf8');
  } catch (error) {
    throw new Error(`${file}: not built; run \`node scripts/build-browser.mjs\` first`, {
      cause: error,
    });
  }
  return args.length === 0 ? { code } : { code, args: JSON.stringify(args) };
}
