import { valueCaveat } from '../data/facts';
import type { SourcedValue } from '../data/caveat';
import { interpolate } from '../i18n/format';
import type { Locale } from '../i18n/locales';
import { caveatKinds, type CaveatKind } from '@/lib/schema/vocabulary';

/**
 * What a surface may say about how far a figure can be trusted, from its caveat alone. Table
 * cells, inline figures, key figures, share images and their alt text, the quiz, the estimator,
 * structured data and open data all ask here, so no surface can say more or less than another:
 * a figure with any caveat carries the one mark, and the mark always comes with its caveat's
 * words (spoken beside it, in its table row, or in a legend that names the caveats present).
 */
export type TrustClaim = {
  caveat: CaveatKind;
  /** The compact mark ("*" in prose and images, "⚠ word" in tables): any caveat but official. */
  marked: boolean;
  /** The caveat whose words (`messages.caveats`) go with the mark; null for an official figure. */
  words: CaveatKind | null;
};

/** What every surface may claim about a figure with this caveat. */
export function trustClaim(caveat: CaveatKind): TrustClaim {
  const marked = caveat !== 'official';
  return { caveat, marked, words: marked ? caveat : null };
}

/** The caveats a legend must explain: those of the marked figures shown, once each, in order. */
export function legendKinds(caveats: Iterable<CaveatKind>): CaveatKind[] {
  const shown = new Set([...caveats].filter((caveat) => trustClaim(caveat).marked));
  return caveatKinds.filter((kind) => shown.has(kind));
}

/**
 * A legend that is true of every mark it explains: `template` with `{kinds}` filled with the
 * short names of the caveats present, listed as the language lists ("press and providers",
 * 「媒体和服务商」); null when no shown figure is marked (then no legend at all).
 */
export function markLegend(
  caveats: Iterable<CaveatKind>,
  template: string,
  caveatShort: Record<CaveatKind, string>,
  locale: Locale,
): string | null {
  const kinds = legendKinds(caveats);
  if (kinds.length === 0) return null;
  const names = new Intl.ListFormat(locale, { type: 'conjunction' }).format(
    kinds.map((kind) => caveatShort[kind]),
  );
  return interpolate(template, { kinds: names });
}

/**
 * A figure in plain text (structured data, alt text) with its caveat in words in brackets, as
 * the page says it beside the mark: "300 yuan (according to service providers; no official
 * page)". An official figure is left as it is.
 */
export function withCaveatWords(
  text: string,
  caveat: CaveatKind,
  words: {
    caveats: Record<CaveatKind, string>;
    punctuation: { open: string; close: string };
  },
): string {
  const claim = trustClaim(caveat);
  if (claim.words === null) return text;
  const { open, close } = words.punctuation;
  return `${text}${open}${words.caveats[claim.words]}${close}`;
}

/** True when this value carries the compact mark ("*"): any caveat but official. */
export function isMarkedValue(claim: SourcedValue): boolean {
  return trustClaim(valueCaveat(claim)).marked;
}
