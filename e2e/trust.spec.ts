import { readFileSync } from 'node:fs';

import { expect, test } from '@playwright/test';

import { changeAnchor, latestChange } from '../lib/data/changes';
import { formatValue, interpolate } from '../lib/i18n/format';
import { getFact, getFacts, presentCell } from '../lib/data/facts';
import { getMessages } from '../lib/site/messages';
import { openData, openDataCsv, openDataJsonSchema } from '../lib/site/open-data';
import type { Unit } from '../lib/schema/vocabulary';
import { outDir } from './routes';
import { expectNoAxeViolations } from './axe';

// The unit tests check the open data itself (lib/site/open-data.test.ts); this checks only that the
// export holds exactly what the module gives, as its route handlers wrote it.
test('the exported open-data files are what the module publishes', () => {
  const read = (file: string) => readFileSync(`${outDir}/data/${file}`, 'utf8');
  const data = JSON.parse(read('limits.json'));
  expect(data).toEqual(JSON.parse(JSON.stringify(openData(data.generated))));
  expect(JSON.parse(read('limits.schema.json'))).toEqual(openDataJsonSchema());
  expect(read('limits.csv')).toBe(openDataCsv());
});

test('a row link scrolls to and highlights its row', async ({ page }) => {
  await page.goto('/es/groups/#groups.qr-linked-groups');
  const row = page.locator('tr[id="groups.qr-linked-groups"]');
  await expect(row).toBeInViewport();
  expect(await row.evaluate((element) => element.matches(':target'))).toBe(true);
  const plain = await page
    .locator('tr[id="groups.external-max-members"] th')
    .evaluate((el) => getComputedStyle(el).backgroundColor);
  const marked = await row.locator('th').evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(marked).not.toBe(plain);
});

test('every row offers its own link and a prefilled correction report', async ({ page }) => {
  await page.goto('/en/contacts/');
  const row = page.locator('tr[id="contacts.free-external-contacts"]');
  await expect(row.getByRole('link', { name: /Link to this row/ })).toHaveAttribute(
    'href',
    '/en/contacts/#contacts.free-external-contacts',
  );
  // Built without CORRECTIONS_URL: the report is on the site's report page, ready to copy.
  await row.getByRole('link', { name: /Report an error/ }).click();
  await expect(page).toHaveURL(/\/en\/report\/#contacts\.free-external-contacts$/);
  const report = page.locator('section[id="contacts.free-external-contacts"]');
  await expect(report).toBeVisible();
  await expect(report).toBeInViewport();
  const wecomQuota = presentCell(getFact('contacts.free-external-contacts').wecom)!;
  for (const part of [
    'contacts.free-external-contacts',
    '/en/contacts/#contacts.free-external-contacts',
    'Language: en',
    `WeCom: ${formatValue('en', getMessages('en'), wecomQuota.value, wecomQuota.unit)}`,
    'Data version:',
  ]) {
    await expect(report.locator('pre')).toContainText(part);
  }
  // Only the targeted report shows.
  await expect(page.locator('main section[id*="."]:visible')).toHaveCount(1);
});

test('the report page explains how to report and lists every figure without JavaScript', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/zh/report/');
  await expect(page.locator('main section[id*="."]:visible')).toHaveCount(0);
  await expect(page.locator('main ul a[href^="/zh/report/#"]')).toHaveCount(getFacts().length);
  await page.locator('main a[href="/zh/report/#groups.qr-linked-groups"]').click();
  const report = page.locator('section[id="groups.qr-linked-groups"]');
  await expect(report).toBeVisible();
  await expect(report.locator('pre')).toContainText('数据：groups.qr-linked-groups');
  await expect(report.locator('pre')).toContainText('语言：zh-CN');
  await context.close();
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`a targeted report has no axe violations (${colorScheme})`, async ({ page }) => {
    // pages.spec.ts runs axe on the report page with every report hidden; this shows one.
    test.setTimeout(90_000);
    await page.emulateMedia({ colorScheme });
    await page.goto('/es/report/#groups.qr-linked-groups');
    await expect(page.locator('section[id="groups.qr-linked-groups"]')).toBeVisible();
    await expectNoAxeViolations(page);
  });
}

test('the footer’s report link goes to the report page', async ({ page }) => {
  await page.goto('/es/');
  await page.locator('footer').getByRole('link', { name: 'Informar de un error' }).click();
  await expect(page).toHaveURL(/\/es\/report\/$/);
  await expect(page.locator('h1')).toHaveText('Informar de un error');
});

test('a corrected figure says what the copied article said, with its unit, and links to the change history', async ({
  page,
}) => {
  await page.goto('/es/contacts/');
  const seed = getFact('contacts.free-external-contacts').seed as {
    values: readonly number[];
    unit: Unit;
  };
  const note = page.locator('tr[id="contacts.free-external-contacts"]').getByRole('link', {
    name: interpolate(getMessages('es').table.changed['seed-correction'], {
      value: formatValue('es', getMessages('es'), seed.values[0]!, seed.unit),
    }),
  });
  await note.click();
  const anchor = changeAnchor(latestChange('contacts.free-external-contacts', 'wecom')!);
  expect(anchor).toMatch(/^change-\d{4}-\d{2}-\d{2}-contacts\.free-external-contacts-wecom$/);
  await expect(page).toHaveURL(
    (url) => url.pathname === '/es/changes/' && url.hash === `#${anchor}`,
  );
  await expect(page.locator(`[id="${anchor}"]`)).toBeVisible();
});

test('the open-data page links every file and shows an example', async ({ page }) => {
  await page.goto('/zh/open-data/');
  for (const file of ['limits.json', 'limits.csv', 'limits.schema.json']) {
    await expect(page.locator(`a[href="/data/${file}"]`)).toBeVisible();
  }
  await expect(page.locator('pre code')).toContainText('"id": "groups.qr-linked-groups"');
});

test('a garbled figure is corrected with the unit that was wrong', async ({ page }) => {
  await page.goto('/en/groups/');
  const fact = getFact('groups.qr-linked-groups');
  const seed = fact.seed as { values: readonly number[]; unit: Unit };
  const cell = presentCell(fact.wecom)!;
  const row = page.locator('tr[id="groups.qr-linked-groups"]');
  await expect(row).toContainText(
    interpolate(getMessages('en').table.changed['seed-correction'], {
      value: formatValue('en', getMessages('en'), seed.values[0]!, seed.unit),
    }),
  );
  await expect(row).toContainText(formatValue('en', getMessages('en'), cell.value, cell.unit));
});
