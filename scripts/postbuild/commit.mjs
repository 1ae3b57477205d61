// Writes the post-build's changes so that a failed run cannot pass for a finished export.
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * Written into out/ last: `scripts/site-files.mjs` counts an export without it as stale.
 * `next build` empties out/, so a new build drops it too. Its first line is the address the
 * export was built for, so the local preview never serves a build for a host.
 */
export const completeMarker = '.postbuild-complete';

/** @param {string} path */
const temporary = (path) => `${path}.postbuild-tmp`;

/**
 * Applies the changes in two phases. First every new content goes to a temporary file beside
 * its target; if one cannot be written, the temporary files are removed and out/ is as it was.
 * Then each temporary file replaces its target (a rename, atomic per file), the removals go,
 * and the marker comes last, so an export interrupted on the way is never marked complete.
 * @param {string} outDir
 * @param {{ writes: Map<string, string | Uint8Array>, removals: string[], address: string, summary: string }}
 *   changes new content by path, paths to delete, and the marker's lines: the address the
 *   export was built for and what the post-build did
 */
export function commitChanges(outDir, { writes, removals, address, summary }) {
  /** @type {string[]} */
  const started = [];
  try {
    for (const [path, content] of writes) {
      started.push(path);
      // New files may go into new folders (the search index); an empty folder left by a failed
      // run is harmless, the export being unmarked.
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(temporary(path), content);
    }
  } catch (error) {
    for (const path of started) rmSync(temporary(path), { force: true });
    throw error;
  }
  for (const path of writes.keys()) renameSync(temporary(path), path);
  for (const path of removals) rmSync(path);
  writeFileSync(join(outDir, completeMarker), `${address}\n${summary}\n`);
}
