import { changelog } from '@/content/changelog';

import type { ChangeInput, ValueChangeKind } from '../schema/changelog-schema';
import { formatValue, type ValueMessages } from '../i18n/format';
import type { Locale } from '../i18n/locales';
import type { Value } from '../schema/fact-schema';
import { getFact, asFactId, getFacts, presentCell } from './facts';
import { isPageKey, type PageKey } from '../schema/page-keys';
import type { Account, Unit } from '../schema/vocabulary';

/** A change of a figure with its before and after values filled in from the facts. */
export type PublishedValueChange = {
  date: string;
  fact: string;
  account: Account;
  change: ValueChangeKind;
  from: Value[];
  /** What the old values counted (a garbled claim may have counted something else). */
  fromUnit: Unit | null;
  to: Value | null;
  toUnit: Unit | null;
  sources: string[];
};

/** A page added to the site. */
export type PublishedPageChange = { date: string; change: 'new-page'; page: PageKey };

export type PublishedChange = PublishedValueChange | PublishedPageChange;

/**
 * The changelog, oldest first, with before/after values read from the data. `changes` is the
 * authored changelog; tests pass their own, since it holds no `update` yet.
 */
export function publishedChangelog(changes: readonly ChangeInput[] = changelog): PublishedChange[] {
  return changes.map((change): PublishedChange => {
    if (change.change === 'new-page') {
      if (!isPageKey(change.page)) throw new Error(`changelog: unknown page "${change.page}"`);
      return { date: change.date, change: change.change, page: change.page };
    }
    const fact = getFact(asFactId(change.fact));
    const cell = presentCell(fact[change.account]);
    const common = {
      date: change.date,
      fact: change.fact,
      account: change.account,
      to: cell?.value ?? null,
      toUnit: cell?.unit ?? null,
    };
    const seed: { readonly values: readonly Value[]; readonly unit?: Unit } | undefined = fact.seed;
    return change.change === 'update'
      ? {
          ...common,
          change: change.change,
          from: change.from === null ? [] : [change.from],
          fromUnit: cell?.unit ?? null,
          sources: [...change.sources],
        }
      : {
          ...common,
          change: change.change,
          from: [...(seed?.values ?? [])],
          fromUnit: seed?.unit ?? cell?.unit ?? null,
          sources: [...(cell?.sources ?? [])],
        };
  });
}

/** True for a change of a figure, false for a new page. */
export function isValueChange(change: PublishedChange): change is PublishedValueChange {
  return change.change !== 'new-page';
}

/** The latest change of one side of a fact that had a different figure before, if any. */
export function latestChange(factId: string, account: Account): PublishedValueChange | undefined {
  return publishedChangelog()
    .filter(isValueChange)
    .filter(
      (change) => change.fact === factId && change.account === account && change.from.length > 0,
    )
    .at(-1);
}

/**
 * A change's anchor on the changes page ("change-2026-11-24-groups.qr-linked-groups-wecom",
 * "new-page-faq"). It is made of what identifies the entry, never of its wording, so links and
 * the feed's entry ids stay the same for good; the build refuses two entries with one anchor.
 */
export function changeAnchor(change: ChangeInput | PublishedChange): string {
  return change.change === 'new-page'
    ? `new-page-${change.page}`
    : `change-${change.date}-${change.fact}-${change.account}`;
}

/**
 * The data version: the newest verification or figure change, so it moves whenever data does
 * (and not when a page is added).
 */
export function dataVersion(): string {
  const dates = [
    ...getFacts().map((fact) => fact.verifiedAt),
    ...publishedChangelog()
      .filter(isValueChange)
      .map((change) => change.date),
  ];
  return dates.sort().at(-1)!;
}

/**
 * A change's values as a reader sees them: "100 / 200" before, "500 miembros" after, or "—"
 * for a side that had no value.
 */
export function changeText(
  change: PublishedValueChange,
  locale: Locale,
  messages: ValueMessages,
): { from: string; to: string } {
  return {
    from:
      change.from.length === 0
        ? '—'
        : change.from
            .map((value) => formatValue(locale, messages, value, change.fromUnit ?? undefined))
            .join(' / '),
    to:
      change.to === null
        ? '—'
        : formatValue(locale, messages, change.to, change.toUnit ?? undefined),
  };
}
