import { describe, expect, it } from 'vitest';

import { sources } from '@/content/sources';

// Checked 2026-11-28 against stored copies of public pages (no live internet): a source moves to
// https:// only when a copy under https:// or the site's own https:// links show it is served so.
const onlyHttpCopy = 'its stored copy is under http://; no https:// copy or link found';
const noCopy = 'no stored copy under either scheme; left as cited';
// Checked 2026-12-07: the mirrors facts-beyond.md read these press texts on.
const mirrorOverHttp = 'read on an http:// mirror (facts-beyond.md); no https:// copy known';

/** Sources still cited over plain http://, each with the reason it cannot move to https:// yet. */
const httpAllowed: Record<string, string> = {
  'vcqqcno-2340': onlyHttpCopy,
  'ydadm-2301': onlyHttpCopy,
  'sztqb-2020-09-21': noCopy,
  'gootoo-2014-05-22': onlyHttpCopy,
  'adminso-61284': onlyHttpCopy,
  'caiding5-92104': onlyHttpCopy,
  'fkpjhm-7371': onlyHttpCopy,
  'siyuliuliang-7810': onlyHttpCopy,
  'hixs-2024-04-18': noCopy,
  'wen200-27': onlyHttpCopy,
  'btcdatabaseas-customers': onlyHttpCopy,
  'xiaoweiju-2093': noCopy,
  'taokef-2628': onlyHttpCopy,
  'zhaofengkj8-4713': onlyHttpCopy,
  'safing-118': noCopy,
  'ytkah-wechat-help-2015': mirrorOverHttp,
  'jiemian-2023-07-17': mirrorOverHttp,
  'yibang-2020-01-09': mirrorOverHttp,
  'cyol-2016-03-07': mirrorOverHttp,
  'bjyouth-2016-03-08': mirrorOverHttp,
  'ycwb-2023-05-06': mirrorOverHttp,
};

describe('source addresses', () => {
  it('use https:// unless the source is allowed plain http:// with a reason', () => {
    const plain = sources.filter((source) => source.url.startsWith('http:')).map((s) => s.id);
    expect(plain.filter((id) => !(id in httpAllowed))).toEqual([]);
  });

  it('allow http:// only for sources that still use it', () => {
    const stale = Object.keys(httpAllowed).filter(
      (id) => !sources.some((source) => source.id === id && source.url.startsWith('http:')),
    );
    expect(stale).toEqual([]);
  });

  it('use no scheme but https:// and http://', () => {
    expect(sources.filter((source) => !/^https?:\/\//.test(source.url))).toEqual([]);
  });
});
