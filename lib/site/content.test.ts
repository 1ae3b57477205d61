import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { catalogs } from '@/lib/i18n/catalogs';
import { sources } from '@/content/sources';

import { pageSlugs } from './articles';
import { interpolate } from '../i18n/format';
import { dataFigures, literalNumbers } from '../data/figure-scan';
import { defaultLocale, locales } from '../i18n/locales';
import type { Messages } from '../i18n/messages';
import { getFact, getFacts, isFactId, asFactId, presentCell, type Fact } from '../data/facts';

const contentDir = join(__dirname, '..', '..', 'content');

/** Prose of an MDX file: no export block, no component attributes, no link targets. */
function prose(source: string): string {
  return source
    .replace(/^export const metadata = \{[\s\S]*?^\};?$/m, '')
    .replace(/<[A-Z][^>]*>/g, ' ')
    .replace(/\]\([^)]*\)/g, '] ');
}

const mdxFiles = locales.flatMap((locale) =>
  readdirSync(join(contentDir, locale))
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => ({
      locale,
      name,
      source: readFileSync(join(contentDir, locale, name), 'utf8'),
    })),
);

describe('MDX content', () => {
  it('has every page in every locale', () => {
    for (const locale of locales) {
      const names = mdxFiles.filter((file) => file.locale === locale).map((file) => file.name);
      expect(names.sort()).toEqual(pageSlugs.map((slug) => `${slug}.mdx`).sort());
    }
  });

  it.each(mdxFiles.map((file) => [`${file.locale}/${file.name}`, file] as const))(
    '%s types no figure that the data module holds',
    (_, file) => {
      const figures = dataFigures();
      expect(literalNumbers(prose(file.source)).filter((n) => figures.has(n))).toEqual([]);
    },
  );

  it.each(mdxFiles.map((file) => [`${file.locale}/${file.name}`, file] as const))(
    '%s only cites existing facts, with a value for the account it names',
    (_, file) => {
      for (const match of file.source.matchAll(
        /<(?:Fact|Seed|SeedNote)\s+id="([^"]+)"(?:\s+account="(\w+)")?/g,
      )) {
        const [, id, account] = match;
        expect(isFactId(id!), `unknown fact id "${id}"`).toBe(true);
        if (account) {
          const fact = getFacts().find((candidate) => candidate.id === id)!;
          expect(
            presentCell(fact[account as 'wecom' | 'wechat']),
            `${id} has no ${account} value`,
          ).not.toBeNull();
        }
      }
    },
  );
});

/**
 * Disputed rows of which a page cites only one value (`id:account`): a reader would see one
 * side of the dispute in the prose. The main value is -1; an older figure is not in a dispute.
 */
function loneDisputeValues(
  source: string,
  factOf: (id: string) => Fact = (id) => getFact(asFactId(id)),
): string[] {
  const cited = new Map<string, Set<number>>();
  for (const [tag] of source.matchAll(/<Fact\s[^>]*>/g)) {
    const id = /id="([^"]+)"/.exec(tag)![1]!;
    const account = /account="(\w+)"/.exec(tag)![1] as 'wecom' | 'wechat';
    const alternative = Number(/alternative=\{(\d+)\}/.exec(tag)?.[1] ?? -1);
    const alternatives = presentCell(factOf(id)[account])?.alternatives ?? [];
    if (!alternatives.some((alt) => alt.kind !== 'older-figure')) continue;
    if (alternative >= 0 && alternatives[alternative]?.kind === 'older-figure') continue;
    const key = `${id}:${account}`;
    cited.set(key, (cited.get(key) ?? new Set()).add(alternative));
  }
  return [...cited].filter(([, values]) => values.size < 2).map(([key]) => key);
}

describe('disputes in prose', () => {
  it.each(mdxFiles.map((file) => [`${file.locale}/${file.name}`, file] as const))(
    '%s never cites one value of a dispute alone',
    (_, file) => {
      expect(loneDisputeValues(file.source)).toEqual([]);
    },
  );

  it('notices a page that gives one side of a dispute', () => {
    // Fixture rows: one disputed, one whose other value is only an older figure, one plain.
    const cell = (kinds: string[]) => ({
      value: 1,
      confidence: 'high',
      sources: [],
      alternatives: kinds.map((kind) => ({ value: 2, kind, confidence: 'low', sources: [] })),
    });
    const facts: Record<string, Fact> = {
      disputed: { wecom: cell(['older-figure', 'other-source']) },
      older: { wecom: cell(['older-figure']) },
      plain: { wecom: cell([]) },
    } as unknown as Record<string, Fact>;
    const lone = (source: string) => loneDisputeValues(source, (id) => facts[id]!);
    const one = '<Fact id="disputed" account="wecom" />';
    expect(lone(one)).toEqual(['disputed:wecom']);
    expect(lone(`${one} <Fact id="disputed" account="wecom" alternative={1} />`)).toEqual([]);
    // The older figure is no side of the dispute.
    expect(lone(`${one} <Fact id="disputed" account="wecom" alternative={0} />`)).toEqual([
      'disputed:wecom',
    ]);
    expect(lone('<Fact id="older" account="wecom" /> <Fact id="plain" account="wecom" />')).toEqual(
      [],
    );
  });
});

/** The facts, seed claims and sources an article cites, as sorted `Component:id[:account]`. */
function citations(source: string): string[] {
  const found = [
    ...source.matchAll(/<(Fact|Seed|SeedNote|SourceDate)\s+id="([^"]+)"(?:\s+account="(\w+)")?/g),
  ].map(([, component, id, account]) => [component, id, account].filter(Boolean).join(':'));
  return [...new Set(found)].sort();
}

describe('claims across languages', () => {
  it.each(pageSlugs.map((slug) => [slug]))(
    '%s cites the same figures in every language',
    (slug) => {
      const [first, ...others] = locales.map((locale) => {
        const file = mdxFiles.find((f) => f.locale === locale && f.name === `${slug}.mdx`)!;
        return citations(file.source);
      });
      for (const other of others) expect(other).toEqual(first);
    },
  );

  it('notices a missing claim', () => {
    expect(citations('<Fact id="a.b" account="wecom" /> y <Seed id="a.b" index={0} />')).toEqual([
      'Fact:a.b:wecom',
      'Seed:a.b',
    ]);
  });
});

describe('the figure scan', () => {
  it('catches literal figures however they are written, and not the attributes of components', () => {
    const text = prose('Hasta 2.000 personas, o 20,000, o <Fact id="x" alternative={0} /> 500.');
    expect(literalNumbers(text)).toEqual([2000, 20000, 500]);
  });
});

/** Every leaf of a nested catalog, as its key path and value. */
function leaves(value: unknown, path: string[] = []): { path: string; value: unknown }[] {
  if (typeof value !== 'object' || value === null) return [{ path: path.join(' › '), value }];
  return Object.entries(value).flatMap(([key, child]) => leaves(child, [...path, key]));
}

describe('messages', () => {
  it.each(locales.map((locale) => [locale]))(
    '%s has exactly the UI keys of the default locale',
    (locale) => {
      // Source titles are translated only where the source is in another language (below), and
      // publishers only where a language writes them differently.
      const paths = (catalog: Messages) =>
        leaves({ ...catalog, sourceTitles: {}, sourcePublishers: {} })
          .map((leaf) => leaf.path)
          .sort();
      expect(paths(catalogs[locale].messages)).toEqual(paths(catalogs[defaultLocale].messages));
    },
  );

  it.each(locales.map((locale) => [locale]))(
    '%s has no empty string where a word is due',
    (locale) => {
      const empty = leaves(catalogs[locale].messages).filter(
        (leaf) =>
          leaf.value === '' &&
          !['caveats › official', 'caveatShort › official'].includes(leaf.path) &&
          // Chinese sentences follow each other with no space between them.
          !(locale === 'zh' && leaf.path === 'punctuation › sentenceGap'),
      );
      expect(empty).toEqual([]);
    },
  );

  it.each(locales.map((locale) => [locale]))(
    '%s translates the title of every source in another language, and only those',
    (locale) => {
      const needed = sources.filter((source) => source.lang !== locale).map((source) => source.id);
      expect(Object.keys(catalogs[locale].messages.sourceTitles).sort()).toEqual(needed.sort());
    },
  );

  it.each(locales.map((locale) => [locale]))(
    '%s: a caption or image alt built around a page title never puts a colon after its question mark',
    (locale) => {
      const { table, share } = catalogs[locale].messages;
      // Every article title is a question; the mark it ends with must end the sentence too.
      const title =
        locale === 'zh' ? '群发能发几条？' : locale === 'es' ? '¿Cuántos?' : 'How many?';
      for (const text of [
        interpolate(table.caption, { topic: title }),
        interpolate(share.ogAlt, { title }),
      ])
        expect(text).not.toMatch(/[?？]\s*[:：]/u);
    },
  );

  it('have a before/now note for every corrected or unverified seed claim', () => {
    for (const fact of getFacts()) {
      if (fact.seed && fact.seed.status !== 'confirmed') {
        for (const locale of locales)
          expect(catalogs[locale].messages.seed.notes[fact.id]).toBeDefined();
      }
    }
  });
});
