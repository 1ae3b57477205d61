import { expect, test } from '@playwright/test';

import { costsText } from '../content/es/costs';
import { catalogs } from '../lib/i18n/catalogs';
import { faqTopicsFor } from '../lib/faq/content';
import { locales } from '../lib/i18n/locales';
import { plainAnswers } from '../lib/quiz/__fixtures__/plain-answers';
import { encodeAnswers } from '../lib/quiz/link';
import { differences, faqTopics } from '../lib/schema/vocabulary';

for (const locale of locales) {
  const faq = catalogs[locale].faq;

  test(`${locale}: every FAQ topic has its anchor, its question and its answer`, async ({
    page,
  }) => {
    await page.goto(`/${locale}/faq/`);
    for (const topic of faqTopics) {
      const section = page.locator(`section#${topic}`);
      await expect(section.getByRole('heading', { level: 2 })).toHaveText(
        faq.topics[topic].question,
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
      faqTopics.map((topic) => faq.topics[topic].question),
    );
    for (const entry of faqPage.mainEntity) expect(entry.acceptedAnswer.text).not.toMatch(/\{|\}/);
  });

  test(`${locale}: the home page and every article link to the FAQ topics`, async ({ page }) => {
    await page.goto(`/${locale}/`);
    await expect(page.locator(`main a[href="/${locale}/costs/"]`).first()).toBeVisible();
    await expect(page.locator(`main a[href="/${locale}/faq/#bans"]`)).toBeVisible();
    for (const article of differences) {
      await page.goto(`/${locale}/${article}/`);
      for (const topic of faqTopicsFor(article)) {
        const href = topic === 'costs' ? `/${locale}/costs/` : `/${locale}/faq/#${topic}`;
        await expect(page.locator(`main a[href="${href}"]`).first(), article).toBeVisible();
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
