import { describe, expect, it } from 'vitest';

import { getMessages } from '../site/messages';
import { isMarkedValue, legendKinds, markLegend, trustClaim, withCaveatWords } from './trust';
import { locales } from '../i18n/locales';
import { caveatKinds, type CaveatKind } from '@/lib/schema/vocabulary';

describe('trustClaim', () => {
  it('marks every caveat but official, with that caveat’s own words', () => {
    expect(trustClaim('official')).toEqual({ caveat: 'official', marked: false, words: null });
    for (const kind of caveatKinds.filter((k) => k !== 'official'))
      expect(trustClaim(kind)).toEqual({ caveat: kind, marked: true, words: kind });
  });
});

describe('legends', () => {
  const en = getMessages('en');

  it('name each marked caveat present once, in a fixed order, and never official', () => {
    expect(legendKinds(['providers', 'official', 'press', 'providers'])).toEqual([
      'press',
      'providers',
    ]);
    expect(legendKinds(['official'])).toEqual([]);
  });

  it('fill the template with the short names, listed as the language lists', () => {
    expect(markLegend(['providers', 'official-in-part'], '* ({kinds})', en.caveatShort, 'en')).toBe(
      '* (partly official and providers)',
    );
    const zh = getMessages('zh');
    expect(markLegend(['press', 'providers'], '{kinds}', zh.caveatShort, 'zh')).toBe(
      '媒体和服务商',
    );
    expect(markLegend(['official'], '* ({kinds})', en.caveatShort, 'en')).toBeNull();
  });

  it('are true of every kind in every language: no legend denies an official page outright', () => {
    for (const locale of locales) {
      const messages = getMessages(locale);
      for (const template of [messages.article.caveatMark, messages.share.caveatLegend]) {
        expect(template, locale).toContain('{kinds}');
        // The old legends said "no official page gives it", false of a partly official figure.
        expect(template).not.toMatch(/no official|ninguna página oficial|未见于|未载明/);
      }
      for (const kind of caveatKinds.filter((k) => k !== 'official')) {
        expect(messages.caveatShort[kind], `${locale} ${kind}`).not.toBe('');
        expect(messages.caveats[kind], `${locale} ${kind}`).not.toBe('');
      }
    }
  });
});

describe('withCaveatWords', () => {
  const en = getMessages('en');
  it('puts the caveat in brackets after a figure, and leaves an official one alone', () => {
    const kind: CaveatKind = 'providers';
    expect(withCaveatWords('300 yuan', kind, en)).toBe(`300 yuan (${en.caveats.providers})`);
    expect(withCaveatWords('500 members', 'official', en)).toBe('500 members');
    expect(withCaveatWords('300 元', 'providers', getMessages('zh'))).toBe(
      `300 元（${getMessages('zh').caveats.providers}）`,
    );
  });
});

// Real source ids (the lookups read content/sources.ts).
const official = 'wecom-dev-96331';
const news = 'chinadailyhk-143779';

describe('isMarkedValue', () => {
  it('marks a figure with any caveat', () => {
    const officialCell = { confidence: 'high', sources: [official] } as const;
    const pressCell = { confidence: 'medium', sources: [news] } as const;
    expect(isMarkedValue(officialCell)).toBe(false);
    expect(isMarkedValue(pressCell)).toBe(true);
    // A dispute is a caveat: the figure is marked wherever it is shown, beside the other value.
    expect(isMarkedValue({ ...officialCell, alternatives: [{ kind: 'other-source' }] })).toBe(true);
  });
});
