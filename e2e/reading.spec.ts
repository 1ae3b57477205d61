import { expect, test } from '@playwright/test';

import { locales } from '../lib/i18n/locales';
import { exportedRoutes } from './routes';

// The reading experience: a home page that answers at a glance, quiet but explained caveats,
// and screenshots to look at (saved, not compared pixel by pixel).

for (const locale of locales) {
  test(`${locale}: the home page fits in under 6,000 px on a 390 px phone`, async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`/${locale}/`);
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    expect(height).toBeLessThan(6000);
    // The eight differences, each with a figure for both accounts, and the full table a tap away.
    await expect(page.locator('.difference-card')).toHaveCount(8);
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

for (const colorScheme of ['light', 'dark'] as const) {
  test(`screenshots to look at (${colorScheme})`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.emulateMedia({ colorScheme });
    for (const locale of ['es', 'zh']) {
      for (const path of ['', 'groups/', 'quiz/', 'sources/', 'costs/', 'faq/']) {
        for (const width of [390, 1280]) {
          await page.setViewportSize({ width, height: 900 });
          await page.goto(`/${locale}/${path}`);
          const name = `${locale}-${path.replace(/\//g, '') || 'home'}-${width}-${colorScheme}`;
          await page.screenshot({ path: `test-results/screenshots/${name}.png`, fullPage: true });
        }
      }
    }
  });
}
