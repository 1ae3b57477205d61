import { readFileSync } from 'node:fs';

/**
 * A sample page of the export, as committed.
 * @param {string} name its file name in this folder
 */
export function readSample(name) {
  return readFileSync(new URL(name, import.meta.url), 'utf8');
}
