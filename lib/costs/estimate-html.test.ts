import { costItems, type CostsText } from '@/lib/schema/costs-words';
import { describe, expect, it } from 'vitest';

import type { CaveatKind } from '@/lib/schema/vocabulary';

import { type CostLine, type CostPrices, type Estimate } from './estimate';
import {
  estimateHtml,
  estimatorResultHtml,
  resultClass,
  type EstimatorData,
} from './estimate-html';

// Made-up words and prices: the renderer is tested on its own, not on the catalogs.
const items = Object.fromEntries(
  costItems.map((item) => [item, { name: `name:${item}`, detail: `detail:${item}` }]),
) as CostsText['items'];
const result: CostsText['result'] = {
  title: 'Result',
  money: '{amount} yuan',
  total: { range: '{low}–{high} a year', from: 'from {low} a year', exact: '{low} a year' },
  item: 'Item',
  amount: 'Amount',
  notPublished: 'not published',
  lineAmount: { range: '{low}–{high}', from: 'from {low}', exact: '{low}' },
  unknownsNote: 'Some prices are unknown.',
};
const names = { providers: 'providers', weak: 'weak', disputed: 'disputed' } as Record<
  CaveatKind,
  string
>;
const brackets = { open: ' (', close: ')' };
const prices = { unverifiedMemberCap: 200, unverifiedCustomerCap: 1000 } as CostPrices;

const data = (locale: 'en' | 'zh' = 'en'): EstimatorData => ({
  locale,
  prices,
  marks: {
    verification: { words: 'by providers', dispute: false, caveat: 'providers', brackets },
    'chat-archiving': {
      words: 'sources disagree: 企业微信 says 1',
      dispute: true,
      caveat: 'disputed',
      brackets,
    },
    'provider-licences': {
      words: 'weak',
      dispute: false,
      caveat: 'weak',
      brackets,
      also: 'whether it exists is disputed',
    },
  },
  legendWords: { template: '* {kinds}', names },
  text: { result, items },
  estimator: {
    errors: { empty: 'e', 'not-a-number': 'n', negative: 'm', 'not-whole': 'w', 'too-large': 't' },
    stale: 'Last valid estimate',
    problems: {
      'unverified-members-over-cap': 'over {memberCap} members',
      'unverified-contacts-over-cap': 'over {customerCap} customers',
      'archived-over-members': 'archived > members',
      'provider-over-members': 'licences > members',
    },
  },
});

const line = (item: CostLine['item'], amount: CostLine['amount'], count?: number): CostLine => ({
  item,
  amount,
  facts: [`costs.${item}` as CostLine['facts'][number]],
  ...(count === undefined ? {} : { count }),
});
const estimateOf = (lines: CostLine[], extra: Partial<Estimate> = {}): Estimate => ({
  lines,
  total: { low: 100, high: null },
  unknowns: [],
  problems: [],
  ...extra,
});

describe('estimateHtml', () => {
  it('says the total and each line with its amount, linked to the row its price comes from', () => {
    const html = estimateHtml(
      estimateOf([line('external-contacts', { low: 3, high: 8 })], {
        total: { low: 3, high: 8 },
      }),
      data(),
      'Caption',
    );
    expect(html).toContain('<p class="estimate-total">3\u00a0yuan–8\u00a0yuan a year</p>');
    expect(html).toContain('<caption class="sr-only">Caption</caption>');
    expect(html).toContain(
      '<tr><th scope="row"><a href="#costs.external-contacts">name:external-contacts</a>' +
        '<span class="note block">detail:external-contacts</span></th><td>3\u00a0yuan–8\u00a0yuan</td></tr>',
    );
    // No mark, no legend, nothing unknown.
    expect(html).not.toContain('<sup');
    expect(html).not.toContain('class="note mt-2"');
  });

  it('marks a caveat for the eye and in words, and its legend names only the caveats shown', () => {
    const html = estimateHtml(
      estimateOf([line('verification', { low: 5, high: 5 }), line('chat-archiving', null)]),
      data(),
      'Caption',
    );
    expect(html).toContain(
      '5\u00a0yuan<sup aria-hidden="true">*</sup><span class="sr-only"> (by providers)</span>',
    );
    // An unpriced line says so, carries no mark, and its caveat is not in the legend.
    expect(html).toContain('<td>not published</td>');
    expect(html).toContain('<p class="note mt-2">* providers</p>');
    expect(html).not.toContain('disputed');
  });

  it('writes out a dispute and a dispute the line rests on, instead of a mark', () => {
    const html = estimateHtml(
      estimateOf([
        line('chat-archiving', { low: 1, high: null }),
        line('provider-licences', { low: 2, high: 2 }),
      ]),
      data(),
      'Caption',
    );
    expect(html).toContain(
      '<td>from 1\u00a0yuan<span class="note block"><span aria-hidden="true">⚠ </span>sources disagree: <span lang="zh-CN">企业微信</span> says 1</span></td>',
    );
    expect(html).toContain(
      '<span class="sr-only"> (weak)</span><span class="note block"><span aria-hidden="true">⚠ </span>whether it exists is disputed</span>',
    );
    expect(html).toContain('<p class="note mt-2">* weak</p>');
  });

  it('marks Chinese runs on a page in another language, not on a Chinese one', () => {
    const estimate = estimateOf([line('chat-archiving', { low: 1, high: null })]);
    expect(estimateHtml(estimate, data('en'), '费用')).toContain(
      '<caption class="sr-only"><span lang="zh-CN">费用</span></caption>',
    );
    expect(estimateHtml(estimate, data('zh'), '费用')).toContain(
      '<caption class="sr-only">费用</caption>',
    );
  });

  it('says when prices are unknown', () => {
    const html = estimateHtml(
      estimateOf([line('wedrive-space', null)], { unknowns: ['wedrive-space'] }),
      data(),
      'Caption',
    );
    expect(html).toContain('<p class="note mt-2">Some prices are unknown.</p>');
  });

  it('escapes what the words hold', () => {
    const words = data();
    words.text = { ...words.text, items: { ...items, verification: { name: '<b>', detail: 'x' } } };
    expect(estimateHtml(estimateOf([line('verification', null)]), words, 'c')).toContain(
      '>&lt;b&gt;</a>',
    );
  });
});

describe('estimatorResultHtml', () => {
  const estimate = estimateOf([], {
    problems: ['unverified-members-over-cap', 'unverified-contacts-over-cap'],
  });

  it('warns that the estimate is the last valid one only while a field is wrong', () => {
    const stale = estimatorResultHtml(estimate, true, data());
    expect(stale).toContain(
      '<h3 class="subsection-title">Result</h3><p class="quiz-warning mt-2" data-stale=""><span aria-hidden="true">⚠ </span>Last valid estimate</p>',
    );
    expect(estimatorResultHtml(estimate, false, data())).not.toContain('data-stale');
    expect(resultClass(true)).toBe('estimate-stale mt-6');
    expect(resultClass(false)).toBe('mt-6');
  });

  it('names what no real organisation could be, with the caps, then the estimate', () => {
    const html = estimatorResultHtml(estimate, false, data());
    expect(html).toContain(
      '<p class="quiz-warning mt-2">over 200 members</p><p class="quiz-warning mt-2">over 1,000 customers</p><div class="estimate"><p class="estimate-total">',
    );
  });
});
