import type { CostsText } from '../lib/schema/costs-words';
import { expect, test, type Page } from '@playwright/test';

import { catalogs } from '../lib/i18n/catalogs';
import { estimate } from '../lib/costs/estimate';
import { typicalOrganisations } from '../lib/costs/examples';
import { costPrices } from '../lib/costs/prices';
import { formatNumber, interpolate } from '../lib/i18n/format';
import { locales, type Locale } from '../lib/i18n/locales';

const yuan = (locale: Locale, amount: number) =>
  interpolate(catalogs[locale].costs.result.money, { amount: formatNumber(locale, amount) });
const prices = costPrices();

function field(page: Page, locale: Locale, name: keyof CostsText['estimator']['fields']) {
  return page.getByRole('textbox', { name: catalogs[locale].costs.estimator.fields[name].label });
}

const total = (page: Page) => page.locator('#estimator .estimate-total');

for (const locale of locales) {
  const text = catalogs[locale].costs;

  test(`${locale}: the estimator recomputes as the reader types`, async ({ page }) => {
    await page.goto(`/${locale}/costs/`);
    const first = estimate(typicalOrganisations[0].input, prices);
    await expect(total(page)).toContainText(yuan(locale, first.total.low));
    await field(page, locale, 'members').fill('1.200');
    await field(page, locale, 'contacts').fill('30 000');
    const bigger = estimate(
      { ...typicalOrganisations[0].input, members: 1200, contacts: 30000 },
      prices,
    );
    await expect(total(page)).toContainText(yuan(locale, bigger.total.low));
    // An organisation registered outside mainland China pays the overseas fee instead.
    await page.getByRole('radio', { name: text.estimator.mainland.no }).check();
    await expect(page.locator('#estimator')).toContainText(
      text.items['overseas-verification'].name,
    );
  });

  test(`${locale}: nonsense in a field gets a clear message, never NaN`, async ({ page }) => {
    await page.goto(`/${locale}/costs/`);
    const before = await total(page).textContent();
    const cases = [
      ['abc', 'not-a-number'],
      ['-5', 'negative'],
      ['2,5', 'not-whole'],
      ['99999999999', 'too-large'],
      ['', 'empty'],
    ] as const;
    for (const [typed, error] of cases) {
      await field(page, locale, 'contacts').fill(typed);
      await expect(field(page, locale, 'contacts')).toHaveAttribute('aria-invalid', 'true');
      await expect(page.locator('#estimator')).toContainText(text.estimator.errors[error]);
      // The estimate keeps the last good answer, and says in words, in the live region, that
      // it is not for what is typed now.
      await expect(total(page)).toHaveText(before!);
      await expect(page.locator('#estimator [aria-live="polite"]')).toContainText(
        text.estimator.stale,
      );
    }
    await expect(page.locator('#estimator')).not.toContainText('NaN');
    await field(page, locale, 'contacts').fill('800');
    await expect(field(page, locale, 'contacts')).toHaveAttribute('aria-invalid', 'false');
    await expect(page.locator('#estimator')).not.toContainText(text.estimator.stale);
  });

  test(`${locale}: a few contacts over the free quota never cost "0 yuan"`, async ({ page }) => {
    await page.goto(`/${locale}/costs/`);
    await field(page, locale, 'contacts').fill(String(prices.freeContacts + 1));
    const line = page
      .locator('#estimator .estimate-lines tr')
      .filter({ hasText: text.items['external-contacts'].name });
    await expect(line).toBeVisible();
    // "0 yuan" on its own, not the end of "10 yuan".
    const amount = (await line.locator('td').textContent())!.replace(/\s/g, ' ');
    const zero = yuan(locale, 0).replace(/\s/g, ' ');
    expect(amount).not.toMatch(new RegExp(`(^|[^\\d.,])${zero}`));
    expect(amount).toContain(yuan(locale, 1).replace(/\s/g, ' '));
  });

  test(`${locale}: prices nobody publishes are named, not guessed`, async ({ page }) => {
    await page.goto(`/${locale}/costs/`);
    const estimator = page.locator('#estimator');
    await expect(estimator).toContainText(text.items['acquisition-links'].name);
    await expect(estimator).toContainText(text.result.notPublished);
  });
}

test('the costs page loads no framework, and its own script still estimates', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  await page.goto('/en/costs/');
  const before = await total(page).textContent();
  await field(page, 'en', 'contacts').fill('30000');
  const typed = estimate({ ...typicalOrganisations[0].input, contacts: 30000 }, prices);
  await expect(total(page)).toContainText(yuan('en', typed.total.low));
  expect(await total(page).textContent()).not.toBe(before);
  expect(scripts).toEqual(['/browser/cost-estimator.js']);
  const html = await page.content();
  expect(html).not.toContain('data-hydrate');
  expect(html).not.toContain('__next_f');
  expect(html).not.toMatch(/\/_next\/static\/chunks\/[\w-]+\.js/);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const locale of locales) {
    test(`${locale}: the three worked examples show the same calculation`, async ({ page }) => {
      await page.goto(`/${locale}/costs/`);
      for (const { id, input } of typicalOrganisations) {
        const example = page.locator(`#example-${id}`);
        await expect(example).toContainText(catalogs[locale].costs.examples.organisations[id]);
        await expect(example.locator('.estimate-total')).toContainText(
          yuan(locale, estimate(input, prices).total.low),
        );
      }
    });
  }
});
