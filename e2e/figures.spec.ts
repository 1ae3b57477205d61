import { expect, test } from '@playwright/test';

import { formatValue } from '../lib/format';
import { getLimit, limitId, limitsByTopic, presentCell } from '../lib/limits';
import { accounts, topics } from '../lib/vocabulary';
import { locales } from '../lib/i18n';
import { getMessages } from '../lib/messages';
import { routeLocale } from './locales';
import { exportedRoutes } from './routes';

for (const locale of locales) {
  const messages = getMessages(locale);
  for (const topic of topics) {
    test(`${locale}/${topic} shows its table with both accounts and every row`, async ({
      page,
    }) => {
      await page.goto(`/${locale}/${topic}/`);
      const table = page.locator('table').first();
      for (const account of accounts) {
        await expect(
          table.getByRole('columnheader', { name: messages.accounts[account], exact: true }),
        ).toBeVisible();
      }
      for (const fact of limitsByTopic(topic)) {
        const row = page.locator(`tr[id="${fact.id}"]`);
        await expect(row.getByRole('rowheader')).toContainText(messages.facts[fact.id]);
      }
    });
  }
}

for (const route of exportedRoutes()) {
  const locale = routeLocale(route);
  if (!locale) continue;
  test(`${route}: every figure shown equals the data module`, async ({ page }) => {
    await page.goto(route);
    const shown = await page.locator('[data-fact][data-account]').evaluateAll((elements) =>
      elements.map((element) => ({
        id: element.getAttribute('data-fact')!,
        account: element.getAttribute('data-account') as 'wecom' | 'wechat',
        alternative: element.getAttribute('data-alternative'),
        value: element.getAttribute('data-value'),
        text: element.textContent ?? '',
        inTable: element.closest('table') !== null,
      })),
    );
    // A figure alone in a paragraph, or loose between paragraphs, means an MDX line broke a
    // sentence in two ("…permitían" </p> "1" <p> "publicación…").
    const orphans = await page.locator('[data-fact], [data-seed], time').evaluateAll((figures) =>
      figures
        .filter((figure) => {
          const parent = figure.parentElement!;
          if (['DIV', 'ARTICLE', 'SECTION', 'MAIN'].includes(parent.tagName)) return true;
          const text = [...parent.childNodes].filter(
            (node) => node !== figure && node.textContent!.trim() !== '',
          );
          return parent.tagName === 'P' && text.length === 0;
        })
        .map((figure) => figure.textContent),
    );
    expect(orphans, 'figures standing alone outside a sentence').toEqual([]);
    for (const figure of shown) {
      const cell = presentCell(getLimit(limitId(figure.id))[figure.account]);
      expect(cell, `${figure.id} ${figure.account}`).not.toBeNull();
      const expected =
        figure.alternative === null
          ? cell!.value
          : cell!.alternatives![Number(figure.alternative)]!.value;
      expect(figure.value, `${figure.id} ${figure.account}`).toBe(String(expected));
      const number = formatValue(locale, getMessages(locale), expected, undefined, { bare: true });
      expect(figure.text, `${figure.id} ${figure.account}`).toContain(number);
    }
  });
}
