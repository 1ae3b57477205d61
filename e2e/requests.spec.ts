import { expect, test } from '@playwright/test';

// Every page type, including the quiz, which loads the framework after its first paint, and the
// costs page, which loads its own script.
const pages = [
  '/es/',
  '/es/groups/',
  '/es/comparison/',
  '/es/quiz/',
  '/es/quiz/result/wecom/',
  '/es/costs/',
  '/es/faq/',
  '/es/sources/',
];

for (const path of pages) {
  test(`${path} fetches nothing twice`, async ({ page }) => {
    const requested = new Map<string, number>();
    page.on('request', (request) =>
      requested.set(request.url(), (requested.get(request.url()) ?? 0) + 1),
    );
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    // The framework loader runs after the load event and a frame; give it time to finish.
    await page.waitForTimeout(500);
    await page.waitForLoadState('networkidle');
    const twice = [...requested].filter(([, count]) => count > 1).map(([url]) => url);
    expect(twice).toEqual([]);
  });
}
