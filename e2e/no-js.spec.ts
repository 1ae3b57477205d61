import { expect, test } from '@playwright/test';

import { differences } from '../lib/schema/vocabulary';
import { locales } from '../lib/i18n/locales';
import { factsAbout } from '../lib/data/facts';
import { questions } from '../lib/quiz';

test.use({ javaScriptEnabled: false });

for (const locale of locales) {
  test(`${locale}: the home page and the full table are complete without JavaScript`, async ({
    page,
  }) => {
    await page.goto(`/${locale}/`);
    await expect(page.locator('h1')).toBeVisible();
    await expect(page.locator('.difference-card')).toHaveCount(differences.length);
    await expect(page.locator(`main a[href="/${locale}/quiz/"]`).first()).toBeVisible();
    await page.locator(`main a[href="/${locale}/comparison/"]`).click();
    await expect(page.locator('table tbody tr.fact-row')).toHaveCount(
      differences.reduce((sum, topic) => sum + factsAbout(topic).length, 0),
    );
  });

  test(`${locale}: the quiz's decision guide reads without JavaScript`, async ({ page }) => {
    await page.goto(`/${locale}/quiz/`);
    await page.locator(`main a[href="/${locale}/quiz/guide/"]`).first().click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/quiz/guide/$`));
    await expect(page.locator('h1')).toBeVisible();
    await expect(page.locator('main ol > li h2')).toHaveCount(questions.length);
    await expect(page.locator(`main a[href="/${locale}/quiz/"]`)).toBeVisible();
  });

  for (const topic of differences) {
    test(`${locale}/${topic} reads completely without JavaScript`, async ({ page }) => {
      await page.goto(`/${locale}/${topic}/`);
      await expect(page.locator('h1')).toBeVisible();
      await expect(page.locator('table tr.fact-row')).toHaveCount(factsAbout(topic).length);
      await expect(page.locator('.in-short')).toBeVisible();
      await expect(page.locator('#sources')).toBeVisible();
    });
  }
}
