import { describe, expect, it } from 'vitest';

import { getMessages } from './messages';
import { getFact } from '../data/facts';
import { mdxFigureRefs, pageCaveats } from './page-caveats';
import { proseFigure } from '../view/prose-figure';

describe('mdxFigureRefs', () => {
  it('reads each <Fact />, its account and alternative, attributes in any order', () => {
    const source = `Up to <Fact id="groups.external-max-members" account="wecom" /> and
<Fact account="wechat" bare
  id="contacts.per-account-default" alternative={1} />, not <Factual />.`;
    expect(mdxFigureRefs(source)).toEqual([
      { id: 'groups.external-max-members', account: 'wecom' },
      { id: 'contacts.per-account-default', account: 'wechat', alternative: 1 },
    ]);
  });

  it('refuses a figure without a row or an account', () => {
    expect(() => mdxFigureRefs('<Fact id="groups.qr-validity" />')).toThrow(
      'without id or account',
    );
  });
});

describe('pageCaveats', () => {
  it('names the caveats of the prose figures as well as the table rows', () => {
    const messages = getMessages('en');
    // The costs page's prose cites rows of other subjects.
    const caveats = pageCaveats('en', 'costs', [], messages);
    const fee = proseFigure('costs.overseas-verification', 'wecom', undefined, 'en', messages);
    expect(caveats).toContain(fee.caveat);
    expect(
      pageCaveats('en', 'groups', [getFact('groups.external-max-members')], messages),
    ).toContain('official');
  });
});
