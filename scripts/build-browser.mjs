// The site's own browser code, built one way: each typed entry of browser/ bundled by Rolldown
// into one self-contained, minified script. `npm run build` and `npm run dev` run this first.
// - The files the pages load, as `<script type="module">` from the site itself (so the script
//   policy, scripts/postbuild/security.mjs, needs no hash for them): ES modules written to
//   public/browser/ (ignored by git), which `next build` copies into the export and `next dev`
//   serves.
// - The scripts the pages carry inline (browser/inline/): classic scripts (IIFE), written to
//   shared/inline-scripts.mjs' folder (ignored by git, never served), which the pages read
//   while they render (lib/site/inline-script-code.ts); the post-build hashes each page's.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { rolldown } from 'rolldown';

import { inlineScriptsFolder } from '../shared/inline-scripts.mjs';

/** Each file the pages load from `browser/`, by the name it is served under. */
export const browserEntries = {
  'search-dialog.js': 'browser/search-dialog.ts',
  'cost-estimator.js': 'browser/cost-estimator.ts',
};

/** Where the inline scripts' entries are: each `.ts` file there is one, named by its file. */
export const inlineEntriesFolder = 'browser/inline';

/**
 * One entry and everything it imports as a single script: types stripped, `@/` paths resolved
 * through the tsconfig.json Rolldown finds above it, no import left but dynamic ones of computed
 * addresses (Pagefind's). An import that resolves nowhere fails the build.
 * @param {string} entry a TypeScript file
 * @param {{ root?: string, minify?: boolean, format?: 'esm' | 'iife' }} [options] `root`: the
 *   project's folder; `format`: an ES module (the default) or a classic script (for inline use)
 * @returns {Promise<string>}
 * @throws when an import cannot be resolved, or the bundle would need a second file
 */
export async function bundleEntry(entry, { root = '.', minify = true, format = 'esm' } = {}) {
  const bundle = await rolldown({
    input: resolve(root, entry),
    cwd: root,
    platform: 'browser',
  });
  try {
    const { output } = await bundle.generate({ format, minify, codeSplitting: false });
    if (output.length !== 1) {
      throw new Error(`${entry}: bundled into ${output.length} files, expected one`);
    }
    return output[0].code;
  } finally {
    await bundle.close();
  }
}

/**
 * The text of an inline script: the entry as a classic script, which the HTML parser reads to
 * its own end tag. Rolldown writes `</script` inside strings as `<\/script`; an `<!--` it leaves,
 * and one followed by `<script` would make the parser run past the end tag, so it is refused.
 * @param {string} entry a TypeScript file
 * @param {{ root?: string }} [options]
 * @returns {Promise<string>}
 * @throws as `bundleEntry`, and when the text holds `<!--`
 */
export async function inlineScriptText(entry, { root = '.' } = {}) {
  const code = (await bundleEntry(entry, { root, format: 'iife' })).trim();
  if (code.includes('<!--')) {
    throw new Error(`${entry}: the built text holds "<!--", which a page cannot carry inline`);
  }
  return code;
}

/**
 * Empties `dir` and writes each file of `files` there.
 * @param {string} dir
 * @param {Record<string, () => Promise<string>>} files name → its text
 */
async function writeFolder(dir, files) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), await text());
}

/**
 * Builds every entry: the loaded ones into `<root>/public/browser/`, the inline ones into
 * `<root>/<inlineScriptsFolder>/`, each folder emptied first.
 * @param {string} root
 */
export async function buildBrowserCode(root) {
  await writeFolder(
    join(root, 'public', 'browser'),
    Object.fromEntries(
      Object.entries(browserEntries).map(([name, entry]) => [
        name,
        () => bundleEntry(entry, { root }),
      ]),
    ),
  );
  const inline = readdirSync(join(root, inlineEntriesFolder)).filter((file) =>
    file.endsWith('.ts'),
  );
  await writeFolder(
    join(root, inlineScriptsFolder),
    Object.fromEntries(
      inline.map((file) => [
        `${basename(file, '.ts')}.js`,
        () => inlineScriptText(join(inlineEntriesFolder, file), { root }),
      ]),
    ),
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await buildBrowserCode('.');
}
