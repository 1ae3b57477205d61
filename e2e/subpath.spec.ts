import { existsSync } from 'node:fs';
import { join } from 'node:path';

import { expect, test, type Page } from '@playwright/test';

import { quizMessages as quiz } from '../content/es/quiz';
import { readAtom } from '../lib/site/__fixtures__/atom';
import { plainAnswers } from '../lib/quiz/__fixtures__/plain-answers';
import { encodeAnswers } from '../lib/quiz/link';
import { subpathBase, subpathRoot } from '../scripts/build-subpath.mjs';

// A smoke test of the site built for a sub-path (BASE_PATH, as on a GitHub Pages project site)
// and served there, with every other path answered by the host's 404 page: every address the
// pages use must stay under the base path.

const origin = `http://127.0.0.1:${process.env.E2E_SUBPATH_PORT ?? 4183}`;
const base = subpathBase;

test.beforeAll(() => {
  if (!existsSync(join(subpathRoot, base, 'index.html'))) {
    throw new Error(
      `No sub-path build in ${subpathRoot}/: npm test makes one (node scripts/build-subpath.mjs)`,
    );
  }
});

/** Records every failed request and script error of a page. */
function watch(page: Page) {
  const problems: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400 && !response.url().endsWith('/nothing-here/'))
      problems.push(`${response.status()} ${response.url()}`);
  });
  page.on('pageerror', (error) => problems.push(String(error)));
  return problems;
}

/** Every address a page links to or loads, outside the base path. */
async function addressesOutsideBase(page: Page) {
  return page.evaluate((prefix) => {
    const urls = [
      ...[...document.querySelectorAll('a[href], link[href]')].map((e) => e.getAttribute('href')),
      ...[...document.querySelectorAll('script[src], img[src]')].map((e) => e.getAttribute('src')),
    ];
    return urls.filter(
      (url): url is string => url !== null && url.startsWith('/') && !url.startsWith(`${prefix}/`),
    );
  }, base);
}

for (const path of ['/es/', '/en/groups/', '/zh/faq/', '/es/costs/']) {
  test(`${base}${path} loads everything from under ${base}/`, async ({ page }) => {
    const problems = watch(page);
    await page.goto(`${origin}${base}${path}`);
    await expect(page.locator('h1')).toHaveCount(1);
    expect(await addressesOutsideBase(page)).toEqual([]);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
      'href',
      new RegExp(`^https?://[^/]+${base}${path}$`),
    );
    expect(problems).toEqual([]);
  });
}

test('the feed and the manifest keep every address under the base path', async ({ request }) => {
  const feed = readAtom(await (await request.get(`${origin}${base}/zh/feed.xml`)).text());
  const feedUrls = [
    feed.id,
    feed.icon!,
    ...feed.links.map((link) => link.href),
    ...feed.entries.flatMap((entry) => [entry.id, ...entry.links.map((link) => link.href)]),
  ];
  expect(feedUrls.filter((url) => !new URL(url).pathname.startsWith(`${base}/`))).toEqual([]);
  for (const path of new Set(feedUrls.map((url) => new URL(url).pathname)))
    expect((await request.get(`${origin}${path}`)).status(), path).toBe(200);

  const address = `${origin}${base}/zh/manifest.webmanifest`;
  const manifest = await (await request.get(address)).json();
  const resolved = [manifest.start_url, manifest.scope, manifest.id].map(
    (url: string) => new URL(url, address).href,
  );
  expect(resolved).toEqual(Array(3).fill(`${origin}${base}/zh/`));
  for (const icon of manifest.icons as { src: string }[])
    expect((await request.get(new URL(icon.src, address).href)).status(), icon.src).toBe(200);
});

test('the root sends a visitor to their language under the base path', async ({ page }) => {
  await page.goto(`${origin}${base}/`);
  await expect(page).toHaveURL(new RegExp(`${base}/(es|en|zh)/$`));
});

test('the quiz reaches a result whose links and share address stay under the base path', async ({
  page,
}) => {
  const problems = watch(page);
  const answers = { ...plainAnswers('business'), team: 'must' } as const;
  await page.goto(`${origin}${base}/es/quiz/#${encodeAnswers(answers)}`);
  await expect(page.locator('[data-outcome]')).toHaveAttribute('data-outcome', 'wecom');
  const rows = page.locator('[data-outcome] a', { hasText: quiz.result.row });
  expect(await rows.count()).toBeGreaterThan(0);
  for (const href of await rows.evaluateAll((links) => links.map((a) => a.getAttribute('href'))))
    expect(href).toMatch(new RegExp(`^${base}/es/[a-z-]+/#`));
  await expect(page.locator('#quiz-share-url')).toHaveValue(
    new RegExp(`${base}/es/quiz/result/wecom/#v1\\.`),
  );
  expect(await addressesOutsideBase(page)).toEqual([]);
  expect(problems).toEqual([]);
});

test('a shared result link opens the quiz with its answers', async ({ page }) => {
  const link = encodeAnswers({ ...plainAnswers('me'), 'company-name': 'no' });
  await page.goto(`${origin}${base}/es/quiz/result/wechat/#${link}`);
  await expect(page).toHaveURL(`${origin}${base}/es/quiz/#${link}`);
  await expect(page.locator('[data-outcome]')).toHaveAttribute('data-outcome', 'wechat');
});

test('an unknown address gets the 404 page, whose links stay under the base path', async ({
  page,
}) => {
  const response = await page.goto(`${origin}${base}/es/nothing-here/`);
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toContainText('Page not found');
  expect(await addressesOutsideBase(page)).toEqual([]);
});

test('the root’s card and a fact’s card, link and embed code stay under the base path', async ({
  page,
  request,
}) => {
  const root = await (await request.get(`${origin}${base}/`)).text();
  const image = /<meta property="og:image" content="([^"]+)"/.exec(root)?.[1];
  expect(image).toMatch(new RegExp(`^https?://[^/]+${base}/og/root\\.png$`));
  expect((await request.get(`${origin}${new URL(image!).pathname}`)).status()).toBe(200);

  const problems = watch(page);
  const id = 'groups.qr-linked-groups';
  await page.goto(`${origin}${base}/en/groups/`);
  await page.locator(`tr[id="${id}"] a[href*="/share/"]`).click();
  await expect(page).toHaveURL(`${origin}${base}/en/share/#${id}`);
  const section = page.locator(`section[id="${id}"]`);
  await expect(section.getByRole('img')).toHaveJSProperty('naturalWidth', 1200);
  const code = await section.getByRole('textbox').inputValue();
  const urls = [...code.matchAll(/(?:href|src)="([^"]+)"/g)].map(([, url]) => url!);
  expect(urls).toHaveLength(2);
  for (const url of urls) expect(new URL(url).pathname.startsWith(`${base}/`), url).toBe(true);
  expect(await addressesOutsideBase(page)).toEqual([]);
  expect(problems).toEqual([]);
});
