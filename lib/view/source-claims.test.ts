import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { locales } from '../i18n/locales';
import { getFacts, getSource, presentCell } from '../data/facts';
import { getCatalog } from '../site/messages';
import { citedRows, sourceClaims, unsupported, type SourceClaim } from './source-claims';
import type { SourceTier } from '../schema/vocabulary';

describe('sourceClaims', () => {
  it('finds a sentence that names a kind of source, with its paragraph’s citations', () => {
    const text = `export const metadata = {
  title: 'Official title',
};

## Official heading

Up to <Fact id="groups.external-max-members" account="wecom" />. The official
documentation says so.

A Reuters test and several providers confirm it.

<SeedNote id="groups.cross-app-joining" />

The official API sets the conditions:

- at most <Fact id="staff-leaving.customers-per-transfer" account="wecom" bare />.`;
    expect(sourceClaims(text)).toEqual([
      {
        sentence: 'The official documentation says so.',
        namings: ['official'],
        rows: [{ id: 'groups.external-max-members', account: 'wecom' }],
        sources: [],
      },
      {
        sentence: 'A Reuters test and several providers confirm it.',
        namings: ['press', 'several-providers'],
        rows: [{ id: 'groups.cross-app-joining', account: null }],
        sources: [],
      },
      {
        sentence: 'The official API sets the conditions:',
        namings: ['official'],
        rows: [{ id: 'staff-leaving.customers-per-transfer', account: 'wecom' }],
        sources: [],
      },
    ]);
  });

  it('holds no negated naming or product name to a source', () => {
    for (const text of [
      'There is no official page for it.',
      'We found no official page with its figures.',
      'Tampoco aparecen en una página oficial.',
      'Las Cuentas Oficiales de WeChat son otro producto.',
      'WeChat Official Accounts are another product.',
      '官方没有给出数字。',
      '我们没有找到官方页面。',
    ])
      expect(sourceClaims(text), text).toEqual([]);
    expect(sourceClaims('官方开发文档确认了这种区分，但没有给出条数。')[0]?.namings).toEqual([
      'official',
    ]);
  });

  it('reads every kind of citation: figures, rows, links to rows, FAQ references, dates', () => {
    expect(
      citedRows(
        '<Fact account="wechat" id="a.b" /> [x](#c.d) [y](/en/groups/#e.f) {{g.h:wechat:alt0}} [z]{i.j}',
      ),
    ).toEqual([
      { id: 'a.b', account: 'wechat' },
      { id: 'c.d', account: null },
      { id: 'e.f', account: null },
      { id: 'g.h', account: 'wechat' },
      { id: 'i.j', account: null },
    ]);
    expect(sourceClaims('The press reported it in <SourceDate id="s1" />.')[0]?.sources).toEqual([
      's1',
    ]);
  });
});

describe('unsupported', () => {
  it('needs one cited value to carry each promise alone', () => {
    expect(unsupported(['official'], [['provider'], ['official-copy']])).toEqual([]);
    expect(unsupported(['press'], [['provider', 'official']])).toEqual(['press']);
    // Two providers behind two different values are not "several providers" behind one.
    expect(unsupported(['several-providers'], [['news', 'provider'], ['provider']])).toEqual([
      'several-providers',
    ]);
    expect(unsupported(['several-providers'], [['provider', 'provider']])).toEqual([]);
    expect(unsupported(['official'], [])).toEqual(['official']);
  });
});

const facts = new Map(getFacts().map((fact) => [fact.id as string, fact]));

/** The tiers behind each value a claim cites (both accounts when a reference names none). */
function citedTiers(claim: SourceClaim): SourceTier[][] {
  const values = claim.rows.flatMap(({ id, account }) => {
    const fact = facts.get(id);
    if (!fact) throw new Error(`"${claim.sentence}" cites an unknown row ${id}`);
    return (account ? [account] : (['wecom', 'wechat'] as const)).flatMap((side) => {
      const cell = presentCell(fact[side]);
      if (!cell) return [];
      const ids = [...cell.sources, ...(cell.alternatives ?? []).flatMap((alt) => alt.sources)];
      return [ids.map((source) => getSource(source).tier)];
    });
  });
  return [...values, ...claim.sources.map((id) => [getSource(id).tier])];
}

/** Every page of prose in a language: its MDX pages (not the sources page) and FAQ answers. */
function prose(locale: (typeof locales)[number]): [string, string][] {
  const dir = join('content', locale);
  const pages = readdirSync(dir)
    // The sources page explains our kinds of source in general; it cites no figure.
    .filter((name) => name.endsWith('.mdx') && name !== 'sources.mdx')
    .map((name): [string, string] => [name, readFileSync(join(dir, name), 'utf8')]);
  const faq = Object.entries(getCatalog(locale).faq.topics).map(
    ([topic, entry]): [string, string] => [`faq ${topic}`, entry.answer.join('\n\n')],
  );
  return [...pages, ...faq];
}

describe('no prose claim stronger than its sources', () => {
  for (const locale of locales)
    it(`${locale}: each sentence naming a kind of source cites that kind`, () => {
      let seen = 0;
      for (const [page, text] of prose(locale))
        for (const claim of sourceClaims(text)) {
          seen += 1;
          expect(
            unsupported(claim.namings, citedTiers(claim)),
            `${locale}/${page}: “${claim.sentence}”`,
          ).toEqual([]);
        }
      // The pages do name sources: the check is not vacuous.
      expect(seen).toBeGreaterThan(10);
    });
});
