import { expect, test, type Page } from '@playwright/test';

import { getMessages } from '../lib/site/messages';
import { subpathBase } from '../scripts/build-subpath.mjs';
import { expectNoAxeViolations } from './axe';

// Site search (Pagefind): its code and index load only when a reader opens it; it finds the
// exact terms readers arrive with, down to a row of figures; it is a keyboard-friendly modal.

const es = getMessages('es').search;

/** Every request for the search's code or index. */
function searchRequests(page: Page) {
  const requests: string[] = [];
  page.on('request', (request) => {
    if (/\/(?:pagefind|search)\//.test(new URL(request.url()).pathname)) {
      requests.push(request.url());
    }
  });
  return requests;
}

async function search(page: Page, query: string) {
  await page.keyboard.press('/');
  const input = page.getByRole('searchbox');
  await expect(input).toBeFocused();
  await input.fill(query);
  const results = page.getByRole('dialog').locator('.search-result-link');
  await expect(results.first()).toBeVisible();
  return results;
}

test('nothing of the search loads until a reader opens it', async ({ page }) => {
  const requests = searchRequests(page);
  await page.goto('/es/contacts/');
  await page.mouse.wheel(0, 2000);
  await page.getByRole('link', { name: es.open }).hover();
  expect(requests).toEqual([]);
  await page.getByRole('link', { name: es.open }).click();
  await expect(page.getByRole('dialog', { name: es.title })).toBeVisible();
  await expect.poll(() => requests.some((url) => url.includes('/pagefind/'))).toBe(true);
});

test('"48 horas" finds the row of figures in contacts, and the result lands on the row', async ({
  page,
}) => {
  await page.goto('/es/groups/');
  const results = await search(page, '48 horas');
  const row = results.filter({ hasText: es.figure }).first();
  await expect(row).toHaveAttribute('href', /^\/es\/contacts\/#contacts\.[a-z-]+$/);
  await expect(row).toContainText('48 horas');
  const href = (await row.getAttribute('href'))!;
  await row.click();
  await expect(page).toHaveURL(new RegExp(`${href.replace(/[.#]/g, '\\$&')}$`));
  await expect(page.getByRole('dialog')).toBeHidden();
  await expect(page.locator(`tr[id="${href.split('#')[1]}"]`)).toBeInViewport();
});

test('"Solo chat" finds the contacts article', async ({ page }) => {
  await page.goto('/es/');
  const results = await search(page, 'Solo chat');
  await expect(results.first()).toHaveAttribute('href', '/es/contacts/');
});

test('"群活码" in Chinese finds the groups article', async ({ page }) => {
  await page.goto('/zh/');
  const results = await search(page, '群活码');
  expect(await results.evaluateAll((links) => links.map((l) => l.getAttribute('href')))).toContain(
    '/zh/groups/',
  );
  await expect(page.getByRole('status')).toContainText('群活码');
});

test('Chinese in Spanish results carries its language, as on the pages', async ({ page }) => {
  await page.goto('/es/glossary/');
  await search(page, '群活码');
  const unmarked = await page.getByRole('dialog').evaluate((dialog) => {
    const found: string[] = [];
    const walker = document.createTreeWalker(dialog, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const lang = node.parentElement!.closest('[lang]')?.getAttribute('lang') ?? '';
      const han = /[\u4e00-\u9fff]+/.exec(node.textContent ?? '');
      if (han && lang !== 'zh-CN') found.push(han[0]);
    }
    return found;
  });
  expect(unmarked).toEqual([]);
  await expect(page.getByRole('dialog').locator('[lang="zh-CN"]').first()).toBeVisible();
});

test('a word found nowhere says so and offers the overview and the glossary', async ({ page }) => {
  await page.goto('/en/');
  await page.keyboard.press('/');
  await page.getByRole('searchbox').fill('qwxzv');
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('status')).toHaveText(/Nothing found for “qwxzv”/);
  await expect(dialog.getByRole('link', { name: 'Glossary' })).toHaveAttribute(
    'href',
    '/en/glossary/',
  );
});

test('the open search passes axe, at 320 px too', async ({ page }) => {
  test.setTimeout(90_000);
  for (const width of [1280, 320]) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto('/es/moments/');
    await search(page, 'Solo chat');
    await expectNoAxeViolations(page, `search open at ${width} px`);
  }
});

test('Esc closes the search and gives focus back; a slash typed in a field is text', async ({
  page,
}) => {
  await page.goto('/es/costs/');
  const link = page.getByRole('link', { name: es.open });
  await link.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog');
  await expect(page.getByRole('searchbox')).toBeFocused();
  await page.keyboard.type('a/b');
  await expect(page.getByRole('searchbox')).toHaveValue('a/b');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(link).toBeFocused();
  await page.keyboard.press('/');
  await expect(dialog).toBeVisible();
  await expect(page.getByRole('searchbox')).toHaveValue('a/b');
});

test('Tab and Shift+Tab stay inside the open search', async ({ page }) => {
  await page.goto('/en/groups/');
  const results = await search(page, 'group');
  await expect(results.nth(1)).toBeVisible();
  const input = page.getByRole('searchbox');
  await page.keyboard.press('Shift+Tab');
  const last = page.getByRole('dialog').getByRole('link').last();
  await expect(last).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(input).toBeFocused();
  for (let step = 0; step < 40; step += 1) {
    await page.keyboard.press('Tab');
    expect(
      await page.evaluate(() => Boolean(document.activeElement?.closest('dialog[open]'))),
    ).toBe(true);
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the search link leads to the overview, which leads to the glossary', async ({ page }) => {
    await page.goto('/es/moments/');
    await page.getByRole('link', { name: es.open }).click();
    await expect(page).toHaveURL('/es/comparison/');
    await page.getByRole('link', { name: es.termsLink }).click();
    await expect(page).toHaveURL('/es/glossary/');
  });
});

test('search works on the site built under a sub-path', async ({ page }) => {
  const origin = `http://127.0.0.1:${process.env.E2E_SUBPATH_PORT ?? 4183}`;
  await page.goto(`${origin}${subpathBase}/es/`);
  const results = await search(page, 'Solo chat');
  await expect(results.first()).toHaveAttribute('href', `${subpathBase}/es/contacts/`);
  await results.first().click();
  await expect(page).toHaveURL(`${origin}${subpathBase}/es/contacts/`);
});
