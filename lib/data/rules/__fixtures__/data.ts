import type { DataSet } from '../data-set';

/** A small, sound data set: one official source, one fact citing it, one page announced. */
export const source = {
  id: 'official-page',
  url: 'https://open.work.weixin.qq.com/help?doc_id=1',
  title: 'Groups',
  publisher: 'Tencent',
  tier: 'official',
  lang: 'zh',
  date: '2026-11-01',
};

export const fact = {
  id: 'groups.example',
  topic: 'groups',
  wecom: { value: 500, unit: 'members-per-group', confidence: 'high', sources: [source.id] },
  wechat: { absent: 'not-applicable' },
  verifiedAt: '2026-11-24',
};

export const newPage = { date: '2026-11-25', change: 'new-page', page: 'faq' };

/** The seed article's claim about the fixture fact corrected, and its value updated. */
export const correction = {
  date: '2026-11-24',
  fact: fact.id,
  account: 'wecom',
  change: 'seed-correction',
};
export const update = { ...correction, change: 'update', from: 100, sources: [source.id] };

/** The fixture data, with any table replaced. */
export function dataSet(replace: Partial<DataSet> = {}): DataSet {
  return {
    facts: [fact],
    sources: [source],
    changes: [newPage],
    quotes: {},
    pageKeys: ['faq'],
    sourceTitles: {},
    ...replace,
  };
}
