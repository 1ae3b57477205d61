import { readFileSync } from 'node:fs';

import { expect, test, type Locator } from '@playwright/test';

import { locales } from '../lib/i18n/locales';
import { getFacts } from '../lib/data/facts';
import { getMessages } from '../lib/site/messages';
import { paths } from '../lib/site/paths';
import { expectNoAxeViolations } from './axe';
import { pngSize } from './png';
import { fileForPath } from './routes';

test('every fact has a 1200×630 card in every language', () => {
  for (const locale of locales) {
    for (const fact of getFacts()) {
      const file = fileForPath(paths.factCard(locale, fact.id));
      expect(file, `${locale} ${fact.id}`).not.toBeNull();
      expect(pngSize(file!), `${locale} ${fact.id}`).toEqual({ width: 1200, height: 630 });
    }
  }
});

test('every row of the full table leads to its own share section', async ({ page }) => {
  await page.goto('/en/comparison/');
  const rows = page.locator('tr.fact-row');
  const ids = await rows.evaluateAll((trs) => trs.map((tr) => tr.id));
  expect(ids.length).toBeGreaterThan(0);
  const share = await rows.evaluateAll((trs) =>
    trs.map((tr) => tr.querySelector('.row-actions a[href*="/share/"]')?.getAttribute('href')),
  );
  expect(share).toEqual(ids.map((id) => `/en/share/#${id}`));
  const sharePage = readFileSync(fileForPath('/en/share/')!, 'utf8');
  for (const id of ids) expect(sharePage, id).toContain(`<section id="${id}"`);
});

/** The embed code's link and image addresses, as a blogger's page would read them. */
async function embedded(textarea: Locator) {
  const code = await textarea.inputValue();
  const match =
    /^<a href="([^"]+)"><img src="([^"]+)" width="1200" height="630" alt="([^"]+)"><\/a>$/.exec(
      code,
    );
  expect(match, code).not.toBeNull();
  const [, href, src, alt] = match!;
  return { href: href!, src: src!, alt: alt!.replaceAll('&quot;', '"').replaceAll('&amp;', '&') };
}

test('a row’s share action offers the card, the row’s address and embed code that resolve', async ({
  page,
}) => {
  const id = 'contacts.per-account-max';
  const text = getMessages('es');
  await page.goto('/es/contacts/');
  await page
    .locator(`tr[id="${id}"]`)
    .getByRole('link', { name: `Compartir la cifra «${text.facts[id]}»` })
    .click();
  await expect(page).toHaveURL(`/es/share/#${id}`);
  const section = page.locator(`section[id="${id}"]`);
  await expect(section).toBeInViewport();
  await expect(page.locator('main section[id*="."]:visible')).toHaveCount(1);

  const image = section.getByRole('img');
  await expect(image).toHaveAttribute('loading', 'lazy');
  await expect(image).toHaveAttribute('width', '1200');
  await expect(image).toHaveAttribute('height', '630');
  await expect
    .poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
    .toBe(1200);
  const alt = (await image.getAttribute('alt'))!;
  for (const account of Object.values(text.accounts)) expect(alt).toContain(account);
  await expect(section.getByRole('link', { name: text.factShare.imageLink })).toHaveAttribute(
    'href',
    `/og/es/facts/${id}.png`,
  );

  const embed = await embedded(section.getByRole('textbox', { name: text.factShare.embedLabel }));
  for (const url of [embed.href, embed.src]) expect(url).toMatch(/^https?:\/\/[^/]+\//);
  expect(embed.alt).toBe(alt);
  const card = new URL(embed.src);
  expect(pngSize(fileForPath(card.pathname)!)).toEqual({ width: 1200, height: 630 });
  const row = new URL(embed.href);
  expect(row.hash).toBe(`#${id}`);
  expect(readFileSync(fileForPath(row.pathname)!, 'utf8')).toContain(`id="${id}"`);
  // The row's address on the page is the embed's link.
  await expect(section.getByRole('link', { name: embed.href })).toHaveAttribute(
    'href',
    row.pathname + row.hash,
  );
});

test('the share page works without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/zh/share/');
  await expect(page.locator('main section[id*="."]:visible')).toHaveCount(0);
  await expect(page.locator('main ul a[href^="/zh/share/#"]')).toHaveCount(getFacts().length);
  await page.locator('main a[href="/zh/share/#groups.qr-linked-groups"]').click();
  const section = page.locator('section[id="groups.qr-linked-groups"]');
  await expect(section).toBeVisible();
  await expect(section.getByRole('img')).toHaveJSProperty('naturalWidth', 1200);
  await expect(section.getByRole('textbox')).toHaveValue(/^<a href="https?:\/\/.+\/zh\/groups\//);
  await context.close();
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`a targeted share section has no axe violations (${colorScheme})`, async ({ page }) => {
    // pages.spec.ts runs axe on the share page with every section hidden; this shows one.
    test.setTimeout(90_000);
    await page.emulateMedia({ colorScheme });
    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto('/en/share/#work-tools.wedrive-free-storage');
    const section = page.locator('section[id="work-tools.wedrive-free-storage"]');
    await expect(section).toBeVisible();
    // The section fits (the header's own width at 320 px is pages.spec.ts's concern).
    const fits = await section.evaluate((element) => {
      const inner = [element, ...element.querySelectorAll('*')];
      return inner.every((child) => child.getBoundingClientRect().right <= 320);
    });
    expect(fits).toBe(true);
    await expectNoAxeViolations(page);
  });
}
