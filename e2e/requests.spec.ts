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
    // An interactive page's loader inserts the framework's scripts after the load event and a
    // frame (scripts/postbuild/defer-runtime.mjs): wait until each script it names has been
    // fetched, then for whatever they fetch in turn.
    const deferred = await page
      .locator('script[data-keep]')
      .evaluateAll((scripts) =>
        scripts.flatMap((script) =>
          JSON.parse(/(\[[^\]]*\])\.forEach/.exec(script.textContent ?? '')?.[1] ?? '[]'),
        ),
      );
    await page.waitForFunction(
      (sources: string[]) =>
        sources.every(
          (source) => performance.getEntriesByName(new URL(source, location.href).href).length > 0,
        ),
      deferred,
    );
    await page.waitForLoadState('networkidle');
    const twice = [...requested].filter(([, count]) => count > 1).map(([url]) => url);
    expect(twice).toEqual([]);
  });
}
