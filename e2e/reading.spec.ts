import { expect, test } from '@playwright/test';

import { locales } from '../lib/i18n/locales';
import { differences } from '../lib/schema/vocabulary';
import { exportedRoutes } from './routes';

// The reading experience: a home page that answers at a glance, quiet but explained caveats,
// pages that fit a phone in either colour scheme.

for (const locale of locales) {
  test(`${locale}: the home page fits in under 6,000 px on a 390 px phone`, async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`/${locale}/`);
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    expect(height).toBeLessThan(6000);
    // One card per difference, in order, each linking to its article with its key figure for
    // both accounts, and the full table a tap away.
    const cards = page.locator('.difference-card');
    await expect(cards).toHaveCount(differences.length);
    for (const [index, topic] of differences.entries()) {
      const card = cards.nth(index);
      await expect(card.locator(`a[href="/${locale}/${topic}/"]`)).toBeVisible();
      await expect(card.locator('[data-account="wecom"], [data-account="wechat"]')).not.toHaveCount(
        0,
      );
    }
    await expect(page.locator(`main a[href="/${locale}/comparison/"]`)).toBeVisible();
  });
}

test('on a 360 px phone the header is one row, with the menu and languages reachable', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto('/zh/');
  const header = page.locator('header.site-header');
  expect((await header.boundingBox())!.height).toBeLessThan(60);
  await page.locator('.site-menu > summary').click();
  await expect(page.locator('.site-menu nav a').first()).toBeVisible();
  await expect(page.getByRole('link', { name: 'English' })).toBeVisible();
});

test('every caveat mark on every page has words, not only a colour or a sign', async ({ page }) => {
  for (const route of exportedRoutes().filter((r) => /^\/(es|en|zh)\//.test(r))) {
    await page.goto(route);
    const silent = await page
      .locator('[data-caveat]')
      .evaluateAll(
        (marks) =>
          marks.filter((mark) => (mark.textContent ?? '').replace(/[⚠*\s]/g, '') === '').length,
      );
    expect(silent, route).toBe(0);
  }
});

// Screenshots to look at (saved, not compared pixel by pixel). Each also checks what a glance
// would: the page does not scroll sideways at that width, and it is drawn in the colour scheme
// asked for (a dark page on a dark background, a light one on a light).
for (const colorScheme of ['light', 'dark'] as const) {
  test(`pages fit their width and follow the ${colorScheme} colour scheme (screenshots saved)`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await page.emulateMedia({ colorScheme });
    for (const locale of ['es', 'zh']) {
      for (const path of ['', 'groups/', 'quiz/', 'sources/', 'costs/', 'faq/']) {
        for (const width of [390, 1280]) {
          await page.setViewportSize({ width, height: 900 });
          await page.goto(`/${locale}/${path}`);
          const name = `${locale}-${path.replace(/\//g, '') || 'home'}-${width}-${colorScheme}`;
          const { scrollWidth, lightness } = await page.evaluate(() => {
            // The body's background as sRGB, whatever colour space the style names it in.
            const context = document.createElement('canvas').getContext('2d')!;
            context.fillStyle = getComputedStyle(document.body).backgroundColor;
            context.fillRect(0, 0, 1, 1);
            const [r, g, b] = context.getImageData(0, 0, 1, 1).data;
            return {
              scrollWidth: document.documentElement.scrollWidth,
              lightness: (0.2126 * r! + 0.7152 * g! + 0.0722 * b!) / 255,
            };
          });
          expect(scrollWidth, `${name}: no sideways scrolling`).toBeLessThanOrEqual(width);
          if (colorScheme === 'dark') expect(lightness, name).toBeLessThan(0.5);
          else expect(lightness, name).toBeGreaterThan(0.5);
          await page.screenshot({ path: `test-results/screenshots/${name}.png`, fullPage: true });
        }
      }
    }
  });
}
