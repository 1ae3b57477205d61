import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { previewOrigin } from '../../shared/site-config.mjs';
import { commitChanges, completeMarker } from './commit.mjs';
import { planPostbuild } from './plan.mjs';
import { filesUnder, readSample, sampleExport, samplePages } from './samples/fixtures.mjs';

const site = { origin: previewOrigin, basePath: '' };

let out = '';
beforeEach(() => {
  out = sampleExport();
});
afterEach(() => rmSync(out, { recursive: true, force: true }));

describe('planPostbuild', () => {
  it('computes every change without writing any', () => {
    const before = filesUnder(out);
    const { writes, removals } = planPostbuild(out, site);
    expect(filesUnder(out)).toEqual(before);

    // The expected pages are what the steps before the script policy made of the samples; the
    // policy itself is tested in security.test.mjs.
    const policy = /<meta http-equiv="Content-Security-Policy" content="[^"]*"\/>/;
    for (const [sample, page] of Object.entries(samplePages)) {
      const written = writes.get(join(out, page)) ?? '';
      expect(written, page).toMatch(policy);
      expect(written.replace(policy, ''), page).toBe(
        readSample(sample.replace('.html', '.expected.html')),
      );
    }
    expect(writes.get(join(out, '_headers'))).toContain('/es/quiz/\n  Content-Security-Policy:');
    expect(JSON.parse(writes.get(join(out, 'serve.json')) ?? '{}').headers).toContainEqual(
      expect.objectContaining({ source: 'es/quiz/index.html' }),
    );
    expect(removals.map((path) => path.slice(out.length)).sort()).toEqual([
      '/es/mass-messages/__next.$d$lang.$d$slug.__PAGE__.txt',
      '/es/mass-messages/__next._full.txt',
      '/es/mass-messages/__next._tree.txt',
      '/es/mass-messages/index.txt',
    ]);
  });

  it('marks for eager compilation exactly the chunks the interactive pages defer', () => {
    const { writes } = planPostbuild(out, site);
    const hinted = [...writes.keys()].filter((path) => path.endsWith('.js'));
    expect(hinted.map((path) => path.slice(out.length)).sort()).toEqual([
      '/_next/static/chunks/0j1we3cwg31qe.js',
      '/_next/static/chunks/0l_vsgy-1q3ao.js',
      '/_next/static/chunks/0m9ree2otq9w4.js',
      '/_next/static/chunks/16d9m7jc71162.js',
      '/_next/static/chunks/39_j1bdzreq0m.js',
      '/_next/static/chunks/3qfy96eoyh-ek.js',
      '/_next/static/chunks/turbopack-077hmtqrhcoji.js',
    ]);
    expect(writes.get(join(out, '_next/static/chunks/16d9m7jc71162.js'))).toBe(
      '//# allFunctionsCalledOnLoad\n/* /_next/static/chunks/16d9m7jc71162.js */',
    );
  });

  it('fails on a script it does not recognise, naming the page, before writing anything', () => {
    const costs = join(out, 'es/costs/index.html');
    writeFileSync(
      costs,
      readFileSync(costs, 'utf8').replace(
        '<script src="/_next/static/chunks/0m9ree2otq9w4.js" async="">',
        '<script src="/_next/static/chunks/0m9ree2otq9w4.js" async="" crossorigin="">',
      ),
    );
    const before = filesUnder(out);
    expect(() => planPostbuild(out, site)).toThrow(
      `${costs}: unrecognised script <script src="/_next/static/chunks/0m9ree2otq9w4.js" async="" crossorigin="">`,
    );
    expect(filesUnder(out)).toEqual(before);
  });

  it('refuses an export it finished already', () => {
    commitChanges(out, planPostbuild(out, site));
    const done = filesUnder(out);
    expect(done[completeMarker]).toMatch(
      /^http:\/\/127\.0\.0\.1:3000\npostbuild: 2 pages without the runtime/,
    );
    expect(() => planPostbuild(out, site)).toThrow('the export was post-processed already');
    expect(filesUnder(out)).toEqual(done);
  });
});
