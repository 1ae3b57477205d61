import { expect, test, type Page } from '@playwright/test';

import { quizMessages as quiz } from '../content/es/quiz';

// The export ships a Content-Security-Policy per page (a <meta>, and the host files `serve`
// reads here) that lets run only the scripts the page carries. A script the build did not hash,
// or a file from elsewhere, would be blocked: these tests fail on any violation.

/** Collects every policy violation the page reports. */
async function watchViolations(page: Page) {
  const violations: string[] = [];
  await page.exposeFunction('reportViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { reportViolation(text: string): void }).reportViolation(
        `${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`,
      );
    });
  });
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  return violations;
}

const pageTypes = [
  '/',
  '/es/',
  '/en/comparison/',
  '/zh/groups/',
  '/es/costs/',
  '/en/faq/',
  '/es/sources/',
  '/en/glossary/',
  '/zh/open-data/',
  '/es/changes/',
  '/en/quiz/guide/',
  '/es/quiz/result/both/',
  '/es/nothing-here/',
];

for (const path of pageTypes) {
  test(`${path} runs with its policy and breaks none of it`, async ({ page }) => {
    const violations = await watchViolations(page);
    const response = await page.goto(path);
    await expect(page.locator('h1')).toHaveCount(1);
    expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').count()).toBe(1);
    if (path !== '/es/nothing-here/') {
      const headers = response!.headers();
      expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(headers['x-content-type-options']).toBe('nosniff');
      expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
      expect(headers['permissions-policy']).toContain('camera=()');
    }
    expect(violations).toEqual([]);
  });
}

test('the quiz runs to a result, and the estimator computes, within the policy', async ({
  page,
}) => {
  const violations = await watchViolations(page);
  await page.goto('/es/quiz/');
  await page.getByRole('button', { name: quiz.page.start }).click();
  const seeResult = page.getByRole('button', { name: quiz.summary.seeResult });
  while (!(await seeResult.isVisible())) {
    await page.getByRole('radio').first().check();
    await page.getByRole('button', { name: quiz.flow.next }).click();
  }
  await seeResult.click();
  await expect(page.locator('[data-outcome]')).toBeVisible();

  await page.goto('/en/costs/');
  const field = page.locator('#estimator input').first();
  await field.fill('25');
  await expect(page.locator('#estimator')).toContainText('25');
  expect(violations).toEqual([]);
});

test('framework files are cached for good, pages and data revalidated', async ({ request }) => {
  const page = await request.get('/es/quiz/');
  expect(page.headers()['cache-control']).toBe('public, max-age=0, must-revalidate');
  const script = (await page.text()).match(/src="(\/_next\/static\/chunks\/[^"]+\.js)"/)?.[1];
  expect(script).toBeTruthy();
  expect((await request.get(script!)).headers()['cache-control']).toBe(
    'public, max-age=31536000, immutable',
  );
  for (const path of ['/data/limits.json', '/og/es/home.png', '/sitemap.xml']) {
    expect((await request.get(path)).headers()['cache-control'], path).toBe(
      'public, max-age=0, must-revalidate',
    );
  }
  const missing = await request.get('/es/nothing-here/');
  expect(missing.status()).toBe(404);
});
