import { describe, expect, it } from 'vitest';

import { sources } from '@/content/sources';

import { embedSnippet, factCardAlt, factCardSource, factShare } from './fact-cards';
import { locales } from '../i18n/locales';
import { getFact, getFacts, getSource, type Fact } from '../data/facts';
import { getMessages } from '../site/messages';
import { absoluteUrl } from '../site/site';
import { sourceTitle } from '../view/source-title';
import { caveatKinds } from '@/lib/schema/vocabulary';
import { factCellView } from '@/lib/view/prose-figure';

const en = getMessages('en');
const sourceOfTier = (tier: string) => sources.find((source) => source.tier === tier)!.id;
const official = sourceOfTier('official');
const press = sourceOfTier('news');
const provider = sourceOfTier('provider');

/** A fact of the data with its cells replaced (its label and id stay real). */
function withWecom(wecom: object, wechat: object = { absent: 'not-applicable' }): Fact {
  return { ...getFact('groups.qr-linked-groups'), wecom, wechat } as unknown as Fact;
}
const cell = { value: 5, unit: 'friends', confidence: 'high', sources: [official] };

describe('factCardAlt', () => {
  it('states the label, then each account with its value and condition, in every language', () => {
    for (const locale of locales) {
      const messages = getMessages(locale);
      for (const fact of getFacts()) {
        const alt = factCardAlt(fact, locale, messages);
        expect(alt.startsWith(messages.facts[fact.id]), fact.id).toBe(true);
        let from = 0;
        for (const account of ['wecom', 'wechat'] as const) {
          const view = factCellView(fact, account, locale, messages);
          const at = alt.indexOf(
            `${messages.accounts[account]}${messages.punctuation.colon}`,
            from,
          );
          expect(at, `${locale} ${fact.id} ${account}`).toBeGreaterThanOrEqual(from);
          expect(alt.indexOf(view.text, at), `${locale} ${fact.id} ${account}`).toBeGreaterThan(at);
          if (view.present && view.condition) {
            const { open, close } = messages.punctuation;
            expect(alt).toContain(`${view.text}${open}${view.condition}${close}`);
          }
          from = at;
        }
      }
    }
  });

  it('gives a marked value’s own caveat in words, and none for an official one', () => {
    const marked = factCardAlt(withWecom({ ...cell, sources: [press] }), 'en', en);
    expect(marked).toContain(`5 friends${en.punctuation.separator}${en.caveats.press}`);
    const plain = factCardAlt(withWecom(cell), 'en', en);
    for (const kind of caveatKinds.filter((k) => k !== 'official'))
      expect(plain).not.toContain(en.caveats[kind]);
  });

  it('gives the other value of a dispute, but not an older figure', () => {
    const alternative = { value: 9, confidence: 'medium', sources: [provider] };
    const disputed = factCardAlt(
      withWecom({ ...cell, alternatives: [{ ...alternative, kind: 'other-source' }] }),
      'en',
      en,
    );
    expect(disputed).toContain('9 friends');
    // Each value of the dispute names who gives it.
    const publisher = (id: string) =>
      `${en.punctuation.open}${getSource(id).publisher}${en.punctuation.close}`;
    expect(disputed).toContain(
      `5 friends${en.punctuation.separator}${en.caveats.disputed}${publisher(official)}`,
    );
    expect(disputed).toMatch(new RegExp(`9 friends[^;]*${escape(publisher(provider))}`));
    const history = factCardAlt(
      withWecom({ ...cell, alternatives: [{ ...alternative, kind: 'older-figure' }] }),
      'en',
      en,
    );
    expect(history).not.toContain('9 friends');
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

describe('factCardSource', () => {
  it('counts the cited sources and names the first by publisher and translated title', () => {
    const first = getSource(official);
    const named = `${first.publisher} · ${sourceTitle(first, 'en', en).title}`;
    expect(factCardSource(withWecom({ ...cell, sources: [official] }), 'en', en)).toBe(
      `Source: ${named}`,
    );
    // Each source once, whichever value cites it.
    const shared = withWecom(
      { ...cell, sources: [official, press, official] },
      { ...cell, sources: [press] },
    );
    expect(factCardSource(shared, 'en', en)).toBe(`2 sources, including: ${named}`);
  });

  it('is null when no value cites a source', () => {
    const none = withWecom({ absent: 'not-found' });
    expect(factCardSource(none, 'en', en)).toBeNull();
  });
});

describe('embedSnippet', () => {
  it('links the image at its real size, escaping every attribute', () => {
    const snippet = embedSnippet({
      href: 'https://example.org/es/a/?x=1&y=2#f',
      src: 'https://example.org/og/es/facts/a.b.png',
      alt: 'WeCom: "5" <grupos> & más',
    });
    expect(snippet).toBe(
      '<a href="https://example.org/es/a/?x=1&amp;y=2#f"><img src="https://example.org/og/es/facts/a.b.png" width="1200" height="630" alt="WeCom: &quot;5&quot; &lt;grupos&gt; &amp; más"></a>',
    );
  });
});

describe('factShare', () => {
  it('embeds the card and the row by their absolute addresses, with the alt text', () => {
    const fact = getFact('switching.chat-history-moves');
    const share = factShare(fact, 'zh', getMessages('zh'));
    expect(share.rowUrl).toBe(absoluteUrl('/zh/faq/#switching.chat-history-moves'));
    expect(share.cardPath).toBe('/og/zh/facts/switching.chat-history-moves.png');
    expect(share.embed).toContain(`href="${share.rowUrl}"`);
    expect(share.embed).toContain(`src="${absoluteUrl(share.cardPath)}"`);
    expect(share.embed).toContain(`alt="${share.alt}"`);
  });
});
