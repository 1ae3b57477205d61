// The site's own browser code, built one way: each typed entry of browser/ bundled by Rolldown
// into one self-contained, minified module, written to public/browser/ (ignored by git), which
// `next build` copies into the export and `next dev` serves. `npm run build` and `npm run dev`
// run this first. The pages load these files as `<script type="module">` from the site itself,
// so the script policy (scripts/postbuild/security.mjs) needs no hash for them.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { rolldown } from 'rolldown';

/** Each file the pages load from `browser/`, by the name it is served under. */
export const browserEntries = {
  'search-dialog.js': 'browser/search-dialog.ts',
  'cost-estimator.js': 'browser/cost-estimator.ts',
};

/**
 * One entry and everything it imports as a single ES module: types stripped, `@/` paths resolved
 * through the tsconfig.json Rolldown finds above it, no import left but dynamic ones of computed
 * addresses (Pagefind's). An import that resolves nowhere fails the build.
 * @param {string} entry a TypeScript file
 * @param {{ root?: string, minify?: boolean }} [options] `root`: the project's folder
 * @returns {Promise<string>}
 * @throws when an import cannot be resolved, or the bundle would need a second file
 */
export async function bundleEntry(entry, { root = '.', minify = true } = {}) {
  const bundle = await rolldown({
    input: resolve(root, entry),
    cwd: root,
    platform: 'browser',
  });
  try {
    const { output } = await bundle.generate({ format: 'esm', minify, codeSplitting: false });
    if (output.length !== 1) {
      throw new Error(`${entry}: bundled into ${output.length} files, expected one`);
    }
    return output[0].code;
  } finally {
    await bundle.close();
  }
}

/**
 * Builds every entry into `<root>/public/browser/`, emptied first.
 * @param {string} root
 */
export async function buildBrowserCode(root) {
  const outDir = join(root, 'public', 'browser');
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  for (const [name, entry] of Object.entries(browserEntries)) {
    writeFileSync(join(outDir, name), await bundleEntry(entry, { root }));
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await buildBrowserCode('.');
}
