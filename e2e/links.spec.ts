import { readdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';

import { expect, test } from '@playwright/test';

import { exportedRoutes, fileForPath, outDir } from './routes';

function attribute(html: string, name: string): string[] {
  return [...html.matchAll(new RegExp(`\\s${name}="([^"]*)"`, 'g'))].map((match) =>
    match[1]!.replaceAll('&amp;', '&'),
  );
}

test('every internal link and anchor in out/ resolves', () => {
  const broken: string[] = [];
  for (const route of exportedRoutes()) {
    const html = readFileSync(fileForPath(route)!, 'utf8');
    const links = [...attribute(html, 'href'), ...attribute(html, 'src')].filter(
      (link) => !/^(https?:|mailto:|data:)/.test(link),
    );
    for (const link of links) {
      const url = new URL(link, `http://site${route}`);
      const file = fileForPath(url.pathname);
      if (!file) {
        broken.push(`${route} → ${link}`);
        continue;
      }
      const anchor = decodeURIComponent(url.hash.slice(1));
      if (
        anchor &&
        file.endsWith('.html') &&
        !readFileSync(file, 'utf8').includes(`id="${anchor}"`)
      ) {
        broken.push(`${route} → ${link} (no #${anchor})`);
      }
    }
  }
  expect(broken).toEqual([]);
});

test('no page requests anything from another host', () => {
  const external: string[] = [];
  for (const route of exportedRoutes()) {
    const html = readFileSync(fileForPath(route)!, 'utf8');
    for (const tag of html.matchAll(/<(?:script|link|img|iframe|source)\b[^>]*>/g)) {
      if (
        /\s(?:src|href)="(?:https?:)?\/\//.test(tag[0]) &&
        !/rel="(?:canonical|alternate)"/.test(tag[0])
      ) {
        external.push(`${route}: ${tag[0]}`);
      }
    }
  }
  expect(external).toEqual([]);
});

test('reading pages ship no framework JavaScript; only interactive pages opt in', () => {
  const withRuntime = exportedRoutes().filter((route) =>
    /<script[^>]+src="\/_next\/static\/[^"]+\.js"/.test(readFileSync(fileForPath(route)!, 'utf8')),
  );
  for (const route of withRuntime) {
    expect(readFileSync(fileForPath(route)!, 'utf8'), route).toContain('data-hydrate');
  }
  expect(withRuntime.sort(), 'only the quiz hydrates').toEqual([
    '/en/quiz/',
    '/es/quiz/',
    '/zh/quiz/',
  ]);
});

test('pages without the runtime leave no RSC payload files in the export', () => {
  const payloads = readdirSync(outDir, { recursive: true })
    .map(String)
    .filter((file) => file.endsWith('.txt') && !file.endsWith('robots.txt'))
    .map((file) => `/${dirname(file)}/`.replace(/^\/\.\/$/, '/'));
  const interactive = exportedRoutes().filter((route) =>
    readFileSync(fileForPath(route)!, 'utf8').includes('data-hydrate'),
  );
  expect([...new Set(payloads)].sort()).toEqual([...interactive].sort());
});
