// The samples as the tests use them: one page, or a small export made of them.
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/**
 * A sample page of the export, as committed.
 * @param {string} name its file name in this folder
 */
export function readSample(name) {
  return readFileSync(new URL(name, import.meta.url), 'utf8');
}

/** Where each sample lives in out/, with the payload files Next.js 16.4.6 writes beside it. */
const layout = {
  '404.html': { page: '404.html', payloads: [] },
  'es-mass-messages.html': {
    page: 'es/mass-messages/index.html',
    payloads: [
      'index.txt',
      '__next._full.txt',
      '__next._tree.txt',
      '__next.$d$lang.$d$slug.__PAGE__.txt',
    ],
  },
  'es-quiz.html': {
    page: 'es/quiz/index.html',
    payloads: [
      'index.txt',
      '__next._full.txt',
      '__next._tree.txt',
      '__next.$d$lang.quiz.__PAGE__.txt',
    ],
  },
  'es-costs.html': {
    page: 'es/costs/index.html',
    payloads: [
      'index.txt',
      '__next._full.txt',
      '__next._tree.txt',
      '__next.$d$lang.costs.__PAGE__.txt',
    ],
  },
};

/** Where each sample's page lives in out/. */
export const samplePages = Object.fromEntries(
  Object.entries(layout).map(([sample, { page }]) => [sample, page]),
);

/**
 * A temporary export holding the sample pages, their payload files, every framework file they
 * load (a stub each) and a robots.txt.
 * @returns {string} its folder
 */
export function sampleExport() {
  const out = mkdtempSync(join(tmpdir(), 'postbuild-'));
  /** @param {string} path @param {string} content */
  const write = (path, content) => {
    mkdirSync(dirname(join(out, path)), { recursive: true });
    writeFileSync(join(out, path), content);
  };
  for (const [sample, { page, payloads }] of Object.entries(layout)) {
    const html = readSample(sample);
    write(page, html);
    for (const payload of payloads) write(join(dirname(page), payload), `payload of ${page}`);
    for (const [, src] of html.matchAll(/src="(\/_next\/static\/[^"]+)"/g)) {
      write(String(src), `/* ${src} */`);
    }
  }
  write('robots.txt', 'User-agent: *\n');
  return out;
}

/**
 * Every file under a folder with its content, by path relative to it.
 * @param {string} dir
 * @returns {Record<string, string>}
 */
export function filesUnder(dir) {
  return Object.fromEntries(
    readdirSync(dir, { recursive: true })
      .map(String)
      .filter((path) => statSync(join(dir, path)).isFile())
      .map((path) => [path, readFileSync(join(dir, path), 'utf8')]),
  );
}
