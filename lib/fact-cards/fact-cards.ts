import type { ValueView } from '../view/cell-view';
import { escapeHtml } from '../view/html';
import { interpolate } from '../i18n/format';
import type { Locale } from '../i18n/locales';
import type { Messages } from '../i18n/messages';
import { ogImageSize } from '../site/image-sizes';
import { cellSourceIds, getSource, type Fact } from '../data/facts';
import { paths } from '../site/paths';
import { absoluteUrl } from '../site/site';
import { sourcePublisher, sourceTitle } from '../view/source-title';
import { trustClaim } from '../view/trust';
import { factCellView } from '../view/prose-figure';
import { accounts, type CaveatKind } from '../schema/vocabulary';

/**
 * A fact's card in words: what its image's alt text says, whom it cites, and the HTML a blogger
 * pastes to embed it. The card image itself is drawn by components/og/fact-card.tsx.
 */

/**
 * The figure of both accounts in one sentence, for the card's alt text: every value with its
 * condition, its caveat in words wherever the image marks it (`trustClaim`), and the other value
 * of a dispute, so the text says what the image says.
 */
export function factCardAlt(fact: Fact, locale: Locale, messages: Messages): string {
  const { punctuation } = messages;
  const figure = (account: (typeof accounts)[number]) => {
    const cell = factCellView(fact, account, locale, messages);
    const disputed = cell.present ? cell.alternatives.filter((alt) => alt.disputes) : [];
    const parts = cell.present
      ? [
          cell.text,
          cell.condition ? `${punctuation.open}${cell.condition}${punctuation.close}` : '',
          caveatWords(cell.caveat, messages, punctuation.separator),
          disputed.length > 0 ? valuePublishers(cell, messages) : '',
          ...disputed.map(
            (alt) => `${punctuation.separator}${alt.label}${valuePublishers(alt, messages)}`,
          ),
        ]
      : [cell.text];
    return `${messages.accounts[account]}${punctuation.colon}${parts.join('')}`;
  };
  return interpolate(messages.factShare.cardAlt, {
    label: messages.facts[fact.id],
    wecom: figure('wecom'),
    wechat: figure('wechat'),
  });
}

/**
 * Who gives a value, for surfaces without links (an image, its alt text): its sources'
 * publishers, each once, in brackets (" (WeCom developer docs)"); empty when it cites none.
 * Each value of a dispute carries its own, so a reader sees which source says what.
 */
export function valuePublishers(
  value: Pick<ValueView, 'sources'>,
  messages: Pick<Messages, 'punctuation' | 'sourcePublishers'>,
): string {
  const { open, close, separator } = messages.punctuation;
  const names = [...new Set(value.sources.map((id) => sourcePublisher(getSource(id), messages)))];
  return names.length === 0 ? '' : `${open}${names.join(separator)}${close}`;
}

/** A caveat's words after a separator, or nothing for an official figure. */
function caveatWords(caveat: CaveatKind, messages: Messages, separator: string): string {
  const { words } = trustClaim(caveat);
  return words === null ? '' : `${separator}${messages.caveats[words]}`;
}

/**
 * The card's source line: how many sources the fact's values cite and the first of them (its
 * publisher and title in the reader's language); null when no value cites one.
 */
export function factCardSource(fact: Fact, locale: Locale, messages: Messages): string | null {
  const ids = [...new Set([...cellSourceIds(fact.wecom), ...cellSourceIds(fact.wechat)])];
  const [first] = ids;
  if (first === undefined) return null;
  const source = getSource(first);
  const text = `${sourcePublisher(source, messages)} · ${sourceTitle(source, locale, messages).title}`;
  return ids.length === 1
    ? interpolate(messages.factShare.cardSource, { source: text })
    : interpolate(messages.factShare.cardSources, { source: text, count: String(ids.length) });
}

/** The HTML that embeds a card: the image, at its real size and with its alt text, linked. */
export function embedSnippet({ href, src, alt }: { href: string; src: string; alt: string }) {
  const { width, height } = ogImageSize;
  return `<a href="${escapeHtml(href)}"><img src="${escapeHtml(src)}" width="${width}" height="${height}" alt="${escapeHtml(alt)}"></a>`;
}

/** Everything the share page offers for one fact. */
export type FactShare = {
  id: string;
  label: string;
  /** The card, as the page itself loads it (with the base path). */
  cardPath: string;
  /** The fact's row, as the page links it. */
  rowPath: string;
  /** The row's public address, to copy. */
  rowUrl: string;
  alt: string;
  embed: string;
};

/** A fact's card, row and embed code in a language, with public (absolute) addresses. */
export function factShare(fact: Fact, locale: Locale, messages: Messages): FactShare {
  const cardPath = paths.factCard(locale, fact.id);
  const rowPath = paths.row(locale, fact.topic, fact.id);
  const alt = factCardAlt(fact, locale, messages);
  return {
    id: fact.id,
    label: messages.facts[fact.id],
    cardPath,
    rowPath,
    rowUrl: absoluteUrl(rowPath),
    alt,
    embed: embedSnippet({ href: absoluteUrl(rowPath), src: absoluteUrl(cardPath), alt }),
  };
}
