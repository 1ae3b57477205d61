import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { commitChanges, completeMarker } from './commit.mjs';
import { filesUnder } from './samples/fixtures.mjs';

let out = '';
beforeEach(() => {
  out = mkdtempSync(join(tmpdir(), 'commit-'));
  mkdirSync(join(out, 'es'));
  writeFileSync(join(out, 'index.html'), 'raw index');
  writeFileSync(join(out, 'es', 'index.html'), 'raw es');
  writeFileSync(join(out, 'es', 'index.txt'), 'payload');
});
afterEach(() => rmSync(out, { recursive: true, force: true }));

const files = () => filesUnder(out);

describe('commitChanges', () => {
  it('writes, removes, and marks the export complete', () => {
    commitChanges(out, {
      writes: new Map([
        [join(out, 'index.html'), 'lean index'],
        [join(out, 'es', 'index.html'), 'lean es'],
      ]),
      removals: [join(out, 'es', 'index.txt')],
      address: 'https://example.org/wecom',
      summary: 'postbuild: 2 pages',
    });
    expect(files()).toEqual({
      'index.html': 'lean index',
      'es/index.html': 'lean es',
      [completeMarker]: 'https://example.org/wecom\npostbuild: 2 pages\n',
    });
  });

  it('writes new files into folders it makes (the search index)', () => {
    commitChanges(out, {
      writes: new Map([[join(out, 'pagefind', 'index', 'es.pf_index'), new Uint8Array([1, 2])]]),
      removals: [],
      address: 'https://example.org',
      summary: 'postbuild: the index',
    });
    expect(readFileSync(join(out, 'pagefind', 'index', 'es.pf_index'))).toEqual(
      Buffer.from([1, 2]),
    );
  });

  it('leaves out/ as it was, unmarked, when a file cannot be written', () => {
    const before = files();
    expect(() =>
      commitChanges(out, {
        writes: new Map([
          [join(out, 'index.html'), 'lean index'],
          [join(out, 'es', 'index.txt', 'index.html'), 'under a file, where no folder can be'],
        ]),
        removals: [join(out, 'es', 'index.txt')],
        address: 'https://example.org',
        summary: 'postbuild: 2 pages',
      }),
    ).toThrow(/EEXIST|ENOTDIR/);
    expect(files()).toEqual(before);
    expect(existsSync(join(out, completeMarker))).toBe(false);
  });
});
