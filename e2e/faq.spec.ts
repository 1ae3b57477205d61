import { expect, test } from '@playwright/test';

import { costsText } from '../content/es/costs';
import { catalogs } from '../lib/site/catalogs';
import { questionsFor } from '../lib/faq/content';
import { locales } from '../lib/i18n/locales';
import { plainAnswers } from '../lib/quiz/__fixtures__/plain-answers';
import { encodeAnswers } from '../lib/quiz/link';
import { differences, topics } from '../lib/schema/vocabulary';

for (const locale of locales) {
  const faq = catalogs[locale].faq;

  test(`${locale}: every practical question has its anchor and answer`, async ({ page }) => {
    await page.goto(`/${locale}/faq/`);
    for (const question of topics) {
      const section = page.locator(`section#${question}`);
      await expect(section.getByRole('heading', { level: 2 })).toHaveText(
        faq.questions[question].question,
      );
      // Every answer cites the data: at least one figure or claim linked to its row.
      await expect(section.locator('a[data-fact], a[data-claim]').first()).toBeVisible();
    }
    await expect(page.locator('section#bans .faq-myth')).toContainText(faq.labels.myth);
  });

  test(`${locale}: the FAQ page describes itself as a FAQPage`, async ({ page }) => {
    await page.goto(`/${locale}/faq/`);
    const data = await page
      .locator('script[type="application/ld+json"]')
      .allTextContents()
      .then((texts) => texts.map((text) => JSON.parse(text)));
    const faqPage = data.find((entry) => entry['@type'] === 'FAQPage');
    expect(faqPage.mainEntity.map((q: { name: string }) => q.name)).toEqual(
      topics.map((question) => faq.questions[question].question),
    );
    for (const entry of faqPage.mainEntity) expect(entry.acceptedAnswer.text).not.toMatch(/\{|\}/);
  });

  test(`${locale}: the home page and every article link to the practical questions`, async ({
    page,
  }) => {
    await page.goto(`/${locale}/`);
    await expect(page.locator(`main a[href="/${locale}/costs/"]`).first()).toBeVisible();
    await expect(page.locator(`main a[href="/${locale}/faq/#bans"]`)).toBeVisible();
    for (const topic of differences) {
      await page.goto(`/${locale}/${topic}/`);
      for (const question of questionsFor(topic)) {
        const href = question === 'costs' ? `/${locale}/costs/` : `/${locale}/faq/#${question}`;
        await expect(page.locator(`main a[href="${href}"]`).first(), topic).toBeVisible();
      }
    }
  });
}

test('the quiz result shows what WeCom would cost and links to the estimator', async ({ page }) => {
  const answers = { ...plainAnswers('business'), team: 'must' as const };
  await page.goto(`/es/quiz/#${encodeAnswers(answers)}`);
  const hint = page.getByRole('region', { name: costsText.quizHint.title });
  await expect(hint).toBeVisible();
  // The floor adds up second-hand prices: it says so, in words.
  await expect(hint.locator('[data-caveat]')).toContainText(
    costsText.quizHint.caveat.split('{caveats}')[0]!,
  );
  await expect(hint.getByRole('link', { name: costsText.quizHint.estimatorLink })).toHaveAttribute(
    'href',
    '/es/costs/#estimator',
  );
});
