import { expect, test } from '@playwright/test';

import { formatValue } from '../lib/i18n/format';
import { getFact, getFacts, asFactId, factsAbout, presentCell } from '../lib/data/facts';
import { accounts, differences } from '../lib/schema/vocabulary';
import { locales } from '../lib/i18n/locales';
import { getMessages } from '../lib/site/messages';
import { routeLocale } from './locales';
import { exportedRoutes } from './routes';

for (const locale of locales) {
  const messages = getMessages(locale);
  for (const topic of differences) {
    test(`${locale}/${topic} shows its table with both accounts and every row`, async ({
      page,
    }) => {
      await page.goto(`/${locale}/${topic}/`);
      const table = page.locator('table').first();
      const headers = table.getByRole('columnheader');
      for (const [index, account] of accounts.entries()) {
        await expect(headers.nth(index + 1)).toContainText(messages.accounts[account]);
      }
      // Each row, found by its fact's anchor, shows the data module's value under each account's
      // header (read by column, not from the attributes the page writes).
      for (const fact of factsAbout(topic)) {
        const row = page.locator(`tr[id="${fact.id}"]`);
        await expect(row.getByRole('rowheader')).toContainText(messages.facts[fact.id]);
        for (const [index, account] of accounts.entries()) {
          const cell = presentCell(fact[account]);
          if (cell === null) continue;
          await expect(row.locator('td').nth(index), `${fact.id} ${account}`).toContainText(
            formatValue(locale, messages, cell.value, undefined, { bare: true }),
          );
        }
      }
    });
  }
}

/** Every disputed value pair of the data: the row, the account and each value it is given. */
const disputes = getFacts().flatMap((fact) =>
  accounts.flatMap((account) => {
    const cell = presentCell(fact[account]);
    const others = cell?.alternatives?.filter((alt) => alt.kind !== 'older-figure') ?? [];
    return cell && others.length > 0
      ? [
          {
            id: fact.id,
            account,
            values: [cell.value, ...others.map((alt) => alt.value)],
            unit: cell.unit,
          },
        ]
      : [];
  }),
);

for (const locale of locales) {
  const messages = getMessages(locale);
  test(`${locale}: a key figure sources disagree on gives every value, each with its sources`, async ({
    page,
  }) => {
    await page.goto(`/${locale}/mass-messages/`);
    const dispute = disputes.find((d) => d.id === 'mass-messages.per-customer-limit')!;
    const card = page
      .locator('.difference-card')
      .filter({ hasText: messages.facts['mass-messages.per-customer-limit'] });
    await expect(card.locator('.disputed-values')).toContainText(messages.dispute.note);
    for (const value of dispute.values)
      await expect(card).toContainText(formatValue(locale, messages, value, dispute.unit));
    // One group of footnote links per value, each leading to the page's source list.
    const refs = card.locator('.disputed-values .source-refs');
    await expect(refs).toHaveCount(dispute.values.length);
    for (const href of await refs
      .locator('a')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')!)))
      await expect(page.locator(`[id="${href.slice(1)}"]`)).toHaveCount(1);
  });
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
      const cell = presentCell(getFact(asFactId(figure.id))[figure.account]);
      expect(cell, `${figure.id} ${figure.account}`).not.toBeNull();
      const expected =
        figure.alternative === null
          ? cell!.value
          : cell!.alternatives![Number(figure.alternative)]!.value;
      const number = formatValue(locale, getMessages(locale), expected, undefined, { bare: true });
      expect(figure.text, `${figure.id} ${figure.account}`).toContain(number);
    }
    // A page that shows a value of a dispute shows the others too (the quiz's hints and reasons
    // included).
    const text = (await page.locator('main').textContent()) ?? '';
    for (const dispute of disputes) {
      if (!shown.some((f) => f.id === dispute.id && f.account === dispute.account)) continue;
      for (const value of dispute.values)
        expect(text, `${dispute.id}: both sides`).toContain(
          formatValue(locale, getMessages(locale), value, dispute.unit, { bare: true }),
        );
    }
    // Number, unit and mark stay together: in Chinese the mark follows the unit ("700 元*"),
    // never "700* 元".
    if (locale === 'zh') {
      const split = await page
        .locator('a.fact-ref:has(sup)')
        .evaluateAll((links) =>
          links
            .filter((link) => /^\s*[元位个名人条次]/.test(link.nextSibling?.textContent ?? ''))
            .map((link) => `${link.textContent}${link.nextSibling?.textContent?.slice(0, 3)}`),
        );
      expect(split, 'a caveat mark between a number and its unit').toEqual([]);
    }
  });
}
