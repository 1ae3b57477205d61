import { readFileSync } from 'node:fs';

import { expect, test, type Page } from '@playwright/test';

import { facts as factRows } from '../content/facts';
import { practicalFacts } from '../content/practical';
import { sources } from '../content/sources';
import { locales } from '../lib/i18n/locales';
import { getCatalog, getMessages } from '../lib/site/messages';
import { routeLocale } from './locales';
import { exportedRoutes, outDir } from './routes';

/**
 * One truth about trust on every surface. What each figure may claim is re-derived here from the
 * data as written (its confidence, its alternatives and the tiers of the sources it cites), with
 * this file's own table rather than `lib/data/caveat.ts`, and every figure the built pages show (table
 * cells, inline figures, key figures, FAQ claims, quiz notes, estimator lines, fact-card alt
 * text, FAQPage structured data, /data/limits.json) is checked against it: an official figure
 * carries no mark and no caveat words; any other carries the mark with its own caveat's words,
 * and the page's legend names that caveat.
 */

type Kind =
  | 'official'
  | 'official-copy'
  | 'official-in-part'
  | 'press'
  | 'providers'
  | 'weak'
  | 'disputed'
  | 'unverified'
  | 'inference';

type SourcedValue = {
  value: unknown;
  confidence: string;
  sources: readonly string[];
  alternatives?: readonly (SourcedValue & { kind: string })[];
};
type Cell = SourcedValue | { absent: string };

const tierOf = new Map<string, string>(sources.map((source) => [source.id, source.tier]));
const rows = new Map<string, { wecom: Cell; wechat: Cell }>(
  [...factRows, ...practicalFacts].map((row) => [row.id, row as never]),
);

/**
 * What the sources allow a figure to claim, first match wins. Read as a fact-checker would:
 * nothing cited is our inference; an unconfirmed or disputed value says so whatever it cites;
 * "official" needs high confidence and an official page or verbatim copy; a copy alone is a
 * copy; an official page beside anything else supports only part; else news, else providers.
 */
const rules: readonly [Kind, (claim: SourcedValue, tiers: readonly string[]) => boolean][] = [
  ['inference', (claim, tiers) => claim.confidence === 'inferred' || tiers.length === 0],
  ['unverified', (claim) => claim.confidence === 'unverified'],
  ['disputed', (claim) => (claim.alternatives ?? []).some((alt) => alt.kind !== 'older-figure')],
  [
    'official',
    (claim, tiers) =>
      claim.confidence === 'high' && tiers.some((t) => t === 'official' || t === 'official-copy'),
  ],
  ['weak', (claim) => claim.confidence === 'low'],
  ['official-copy', (_, tiers) => tiers.every((t) => t === 'official-copy')],
  ['official-in-part', (_, tiers) => tiers.some((t) => t === 'official' || t === 'official-copy')],
  ['press', (_, tiers) => tiers.includes('news')],
  ['providers', () => true],
];

function allowed(claim: SourcedValue): Kind {
  const tiers = claim.sources.map((id) => tierOf.get(id) ?? 'unknown');
  return rules.find(([, applies]) => applies(claim, tiers))![0];
}

/** The claim a figure on a page stands for: a row's value, or one of its alternatives. */
function claimOf(id: string, account: string, alternative?: string | null): SourcedValue {
  const cell = rows.get(id)?.[account as 'wecom' | 'wechat'];
  if (!cell || 'absent' in cell) throw new Error(`${id} ${account}: no value in the data`);
  if (alternative === null || alternative === undefined) return cell;
  return { ...cell.alternatives![Number(alternative)]!, alternatives: [] } as SourcedValue;
}

const kindOf = (id: string, account: string, alternative?: string | null) =>
  allowed(claimOf(id, account, alternative));

type Shown = {
  id: string;
  account: string;
  alternative: string | null;
  /** Where it is: the surface decides how the mark looks. */
  surface: 'cell' | 'inline' | 'key' | 'quiz' | 'claim' | 'other';
  /** The data-caveat the renderer wrote, if any. */
  caveat: string | null;
  /** A "*" mark after the figure. */
  star: boolean;
  /** The screen-reader words after the mark, or the table cell's / quiz note's caveat words. */
  words: string;
};

/** Every figure a page shows, with its mark and the words that go with it, from the DOM. */
async function figuresOn(page: Page): Promise<Shown[]> {
  return page
    .locator('[data-fact][data-account], [data-claim][data-account]')
    .evaluateAll((elements) =>
      elements.map((element) => {
        const id = element.getAttribute('data-fact') ?? element.getAttribute('data-claim')!;
        const alternative = element.getAttribute('data-alternative');
        const cell = element.closest('td');
        const surface = element.matches('.fact-ref')
          ? 'inline'
          : element.matches('.claim-ref')
            ? 'claim'
            : cell
              ? 'cell'
              : element.closest('p.quiz-muted')
                ? 'quiz'
                : element.closest('dd')
                  ? 'key'
                  : 'other';
        let words = '';
        if (surface === 'cell') {
          // The main value's mark is the cell's last; an alternative's sits in its own line.
          const holder = alternative === null ? cell! : element.parentElement!;
          const marks = [...holder.querySelectorAll(':scope > .caveat-mark')];
          const mark = alternative === null ? marks.at(-1) : marks[0];
          words = mark?.querySelector('span.block')?.textContent ?? '';
          return {
            id,
            account: element.getAttribute('data-account')!,
            alternative,
            surface,
            caveat: element.getAttribute('data-caveat'),
            star: Boolean(mark),
            words,
          };
        }
        if (surface === 'quiz') {
          const note = element.closest('p')!.querySelector('[data-caveat]');
          words = note?.textContent?.replace(/^⚠\s*/, '') ?? '';
          return {
            id,
            account: element.getAttribute('data-account')!,
            alternative,
            surface,
            caveat: note?.getAttribute('data-caveat') ?? null,
            star: Boolean(note),
            words,
          };
        }
        const sup = element.querySelector('sup');
        words =
          element
            .querySelector('.sr-only')
            ?.textContent?.trim()
            .replace(/^[(（]|[)）]$/g, '') ?? '';
        return {
          id,
          account: element.getAttribute('data-account')!,
          alternative,
          surface,
          caveat: element.getAttribute('data-caveat'),
          star: sup?.textContent === '*',
          words,
        };
      }),
    ) as Promise<Shown[]>;
}

/** What the page's "*" legends say (inline figures, the estimator). */
async function legendsOn(page: Page): Promise<string> {
  const texts = await page.locator('[data-legend], #estimator p.note').allTextContents();
  return texts.join('\n');
}

for (const route of exportedRoutes()) {
  const locale = routeLocale(route);
  if (!locale) continue;
  test(`${route}: every figure’s mark, words and legend say what its sources allow`, async ({
    page,
  }) => {
    const messages = getMessages(locale);
    await page.goto(route);
    const shown = await figuresOn(page);
    const starred = new Set<Kind>();
    for (const figure of shown) {
      const label = `${figure.surface} ${figure.id} ${figure.account}${figure.alternative === null ? '' : ` alt ${figure.alternative}`}`;
      // A claim link stands for its row's main value; a claim that a value is absent ("no
      // published figure") has no figure to mark.
      const cell = rows.get(figure.id)?.[figure.account as 'wecom' | 'wechat'];
      if (figure.surface === 'claim' && cell && 'absent' in cell) {
        expect(figure.star, `${figure.id}: no mark on an absent value`).toBe(false);
        continue;
      }
      const kind = kindOf(figure.id, figure.account, figure.alternative);
      if (figure.caveat !== null) expect(figure.caveat, label).toBe(kind);
      if (figure.surface === 'other') continue;
      // In a table an alternative repeats the mark only when its caveat differs from the value's.
      if (figure.surface === 'cell' && figure.alternative !== null) {
        const main = kindOf(figure.id, figure.account);
        if (kind === main) continue;
      }
      expect(figure.star, `${label}: marked`).toBe(kind !== 'official');
      if (kind === 'official') continue;
      expect(figure.words, `${label}: words`).toBe(messages.caveats[kind]);
      if (figure.surface !== 'cell' && figure.surface !== 'quiz') starred.add(kind);
    }
    // The estimator's lines (static HTML of the costs page): a marked price speaks the caveat of
    // the row it links to, its price row.
    const lines = await page.locator('#estimator tbody tr').evaluateAll((trs) =>
      trs.map((row) => ({
        id: row.querySelector('th a')?.getAttribute('href')?.slice(1) ?? '',
        star: row.querySelector('td sup')?.textContent === '*',
        words:
          row
            .querySelector('td .sr-only')
            ?.textContent?.trim()
            .replace(/^[(（]|[)）]$/g, '') ?? '',
      })),
    );
    for (const line of lines) {
      if (!line.star || !rows.has(line.id)) continue;
      const kind = kindOf(line.id, 'wecom');
      expect(kind, `estimator ${line.id}`).not.toBe('official');
      expect(line.words, `estimator ${line.id}: words`).toBe(messages.caveats[kind]);
      starred.add(kind);
    }
    // Every "*" is explained, and by a legend true of its caveat.
    if (starred.size > 0) {
      const legends = await legendsOn(page);
      for (const kind of starred)
        expect(legends, `legend names ${kind}`).toContain(messages.caveatShort[kind]);
    }
  });
}

for (const locale of locales) {
  test(`${locale}: the FAQPage structured data keeps each figure’s and claim’s caveat`, async ({
    page,
  }) => {
    const messages = getMessages(locale);
    await page.goto(`/${locale}/faq/`);
    const blocks = await page
      .locator('script[type="application/ld+json"]')
      .evaluateAll((scripts) => scripts.map((script) => JSON.parse(script.textContent ?? '')));
    const faq = blocks.find((block) => block['@type'] === 'FAQPage');
    const answers = new Map<string, string>(
      faq.mainEntity.map((entry: { name: string; acceptedAnswer: { text: string } }) => [
        entry.name,
        entry.acceptedAnswer.text,
      ]),
    );
    const { topics } = getCatalog(locale).faq;
    const reference =
      /\{\{([a-z0-9.-]+)(?::(wecom|wechat))?(?::alt(\d))?\}\}|\[[^\]]+\]\{([a-z0-9.-]+)(?::(wecom|wechat))?\}/g;
    const { open, close } = messages.punctuation;
    let checked = 0;
    for (const entry of Object.values(topics)) {
      const text = answers.get(entry.question);
      expect(text, entry.question).toBeDefined();
      const kinds = new Set<Kind>();
      for (const paragraph of entry.answer)
        for (const match of paragraph.matchAll(reference)) {
          const id = match[1] ?? match[4]!;
          const cell = rows.get(id)!;
          const account = (match[2] ??
            match[5] ??
            ('absent' in cell.wecom ? 'wechat' : 'wecom')) as 'wecom' | 'wechat';
          // A claim that a value is absent ("no published figure") has no caveat to keep.
          if ('absent' in cell[account]) continue;
          kinds.add(kindOf(id, account, match[3] ?? null));
        }
      for (const kind of kinds) {
        if (kind === 'official') continue;
        expect(text, `${entry.question}: ${kind}`).toContain(
          `${open}${messages.caveats[kind]}${close}`,
        );
        checked += 1;
      }
      // No words of a caveat none of its figures has.
      for (const kind of Object.keys(messages.caveats) as Kind[])
        if (kind !== 'official' && !kinds.has(kind))
          expect(text, `${entry.question}: no ${kind}`).not.toContain(messages.caveats[kind]);
    }
    expect(checked, 'the FAQ cites figures with caveats').toBeGreaterThan(0);
  });

  test(`${locale}: each fact card’s alt text gives its values’ caveats`, async ({ page }) => {
    const messages = getMessages(locale);
    await page.goto(`/${locale}/share/`);
    const cards = await page.locator('img[src*="/facts/"]').evaluateAll((images) =>
      images.map((image) => ({
        src: image.getAttribute('src')!,
        alt: image.getAttribute('alt')!,
      })),
    );
    expect(cards.length).toBeGreaterThan(0);
    for (const card of cards) {
      const id = [...rows.keys()].find((candidate) => card.src.includes(`/${candidate}.png`));
      if (!id) continue;
      const row = rows.get(id)!;
      const kinds = (['wecom', 'wechat'] as const)
        .filter((account) => !('absent' in row[account]))
        .map((account) => kindOf(id, account));
      for (const kind of kinds)
        if (kind !== 'official')
          expect(card.alt, `${id}: ${kind}`).toContain(messages.caveats[kind]);
      for (const kind of Object.keys(messages.caveats) as Kind[])
        if (kind !== 'official' && !kinds.includes(kind)) {
          // An alternative of a dispute is named by its value, not its caveat.
          expect(card.alt, `${id}: no ${kind}`).not.toContain(messages.caveats[kind]);
        }
    }
  });
}

test('/data/limits.json: every value and alternative has the caveat its sources allow', () => {
  const data = JSON.parse(readFileSync(`${outDir}/data/limits.json`, 'utf8')) as {
    facts: { id: string; wecom: Cell & { caveat?: string }; wechat: Cell & { caveat?: string } }[];
  };
  expect(data.facts).toHaveLength(rows.size);
  for (const fact of data.facts)
    for (const account of ['wecom', 'wechat'] as const) {
      const cell = fact[account];
      if ('absent' in cell) continue;
      expect(cell.caveat, `${fact.id} ${account}`).toBe(kindOf(fact.id, account));
      (cell.alternatives ?? []).forEach((alt, index) =>
        expect((alt as { caveat?: string }).caveat, `${fact.id} ${account} alt ${index}`).toBe(
          kindOf(fact.id, account, String(index)),
        ),
      );
    }
});
