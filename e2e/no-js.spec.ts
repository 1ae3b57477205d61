import { expect, test } from '@playwright/test';

import { topics } from '../lib/vocabulary';
import { limitsByTopic } from '../lib/limits';

test.use({ javaScriptEnabled: false });

test('the home page is complete without JavaScript', async ({ page }) => {
  await page.goto('/es/');
  await expect(page.locator('h1')).toBeVisible();
  await expect(page.locator('table tbody tr.fact-row')).toHaveCount(
    topics.reduce((sum, topic) => sum + limitsByTopic(topic).length, 0),
  );
  await expect(page.locator('a[href="/es/quiz/"]').first()).toBeVisible();
});

for (const topic of topics) {
  test(`${topic} reads completely without JavaScript`, async ({ page }) => {
    await page.goto(`/es/${topic}/`);
    await expect(page.locator('h1')).toBeVisible();
    await expect(page.locator('table tr.fact-row')).toHaveCount(limitsByTopic(topic).length);
    await expect(page.locator('.in-short')).toBeVisible();
    await expect(page.locator('#fuentes')).toBeVisible();
  });
}
