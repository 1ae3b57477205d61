import { readFileSync } from 'node:fs';

import { expect, test, type Page } from '@playwright/test';

import { defaultLocale, htmlLang, locales } from '../lib/i18n/locales';
import { routeLocale } from './locales';
import { exportedRoutes, fileForPath } from './routes';
import { expectNoAxeViolations } from './axe';

// The root only redirects; it has its own test below.
const routes = exportedRoutes().filter((route) => route !== '/');

/** Collects console errors and uncaught exceptions while a page loads. */
function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

for (const route of routes) {
  test.describe(route, () => {
    test('answers 200 with one <h1> and no console errors', async ({ page }) => {
      const errors = watchErrors(page);
      const response = await page.goto(route);
      expect(response?.status()).toBe(200);
      await expect(page.locator('h1')).toHaveCount(1);
      expect(errors).toEqual([]);
    });

    // Light and dark at the default width, and light at 320 px, the narrowest width WCAG
    // expects content to reflow to (SC 1.4.10): there link rows wrap, and wrapped rows of small
    // links are where target sizes (SC 2.5.8) fail.
    for (const [colorScheme, width] of [
      ['light', null],
      ['dark', null],
      ['light', 320],
    ] as const) {
      const name = width ? `${colorScheme}, ${width} px` : colorScheme;
      test(`has no axe violations (${name})`, async ({ page }) => {
        // axe walks every node: on the longest pages (the FAQ) that takes over 30 s when the
        // two cores are busy, longer at 320 px, where the page is taller.
        test.setTimeout(120_000);
        if (width) await page.setViewportSize({ width, height: 800 });
        await page.emulateMedia({ colorScheme });
        await page.goto(route);
        await expectNoAxeViolations(page);
      });
    }

    test('has no horizontal page scroll at 360 px', async ({ page }) => {
      await page.setViewportSize({ width: 360, height: 800 });
      await page.goto(route);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
    });
  });
}

test('the root offers every language as a plain link without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const response = await page.goto('/');
  expect(response?.status()).toBe(200);
  await expect(page.locator('h1')).toHaveCount(1);
  for (const locale of locales) await expect(page.locator(`a[href="/${locale}/"]`)).toBeVisible();
  await context.close();
});

for (const [browserLocale, expected] of [
  ['zh-CN', '/zh/'],
  ['en-GB', '/en/'],
  ['es-MX', '/es/'],
] as const) {
  test(`the root sends a ${browserLocale} browser to ${expected}`, async ({ browser }) => {
    const context = await browser.newContext({ locale: browserLocale });
    const page = await context.newPage();
    await page.goto('/');
    await page.waitForURL(`**${expected}`);
    await context.close();
  });
}

test('the language switcher keeps the page and the fragment', async ({ page }) => {
  await page.goto('/es/groups/#v1.example');
  await page
    .getByRole('navigation', { name: 'Idioma' })
    .getByRole('link', { name: 'English' })
    .click();
  await expect(page).toHaveURL(/\/en\/groups\/#v1\.example$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page
    .getByRole('navigation', { name: 'Language' })
    .getByRole('link', { name: '简体中文' })
    .click();
  await expect(page).toHaveURL(/\/zh\/groups\/#v1\.example$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
});

for (const route of routes) {
  const locale = routeLocale(route);
  test(`${route}: <html lang> matches the URL`, () => {
    const html = readFileSync(fileForPath(route)!, 'utf8');
    expect(html).toContain(`<html lang="${locale ? htmlLang(locale) : htmlLang(defaultLocale)}"`);
  });
}

test('/favicon.ico is served as an image', async ({ request }) => {
  // Browsers and crawlers ask for it whatever the page's <link rel="icon"> names.
  const response = await request.get('/favicon.ico');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toMatch(/^image\//);
  expect((await response.body()).subarray(0, 4)).toEqual(Buffer.from([0, 0, 1, 0]));
});

test('an unknown route answers 404 with a helpful page', async ({ page }) => {
  const response = await page.goto('/es/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveCount(1);
  await expect(page.getByRole('link', { name: /comparativa/i }).first()).toBeVisible();
});
