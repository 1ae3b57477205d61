import { changelog } from '@/content/changelog';

import type { ChangeInput, ChangeKind } from './changelog-schema';
import { formatValue, type ValueMessages } from './format';
import type { Locale } from './i18n';
import type { Value } from './limit-schema';
import { getLimit, limitId, getLimits, presentCell } from './limits';
import type { Account, Unit } from './vocabulary';

/** A change of a figure with its before and after values filled in from the facts. */
export type PublishedChange = {
  date: string;
  fact: string;
  account: Account;
  change: ChangeKind;
  from: Value[];
  /** What the old values counted (a garbled claim may have counted something else). */
  fromUnit: Unit | null;
  to: Value | null;
  toUnit: Unit | null;
  sources: string[];
};

/**
 * The changelog, oldest first, with before/after values read from the data. `changes` is the
 * authored changelog; tests pass their own, since it holds no `update` yet.
 */
export function publishedChangelog(changes: readonly ChangeInput[] = changelog): PublishedChange[] {
  return changes.map((change) => {
    const fact = getLimit(limitId(change.fact));
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
          from: [change.from],
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

/** The latest change of one side of a fact that had a different figure before, if any. */
export function latestChange(factId: string, account: Account): PublishedChange | undefined {
  return publishedChangelog()
    .filter(
      (change) => change.fact === factId && change.account === account && change.from.length > 0,
    )
    .at(-1);
}

/** The data version: the newest verification or change date, so it moves whenever data does. */
export function dataVersion(): string {
  const dates = [
    ...getLimits().map((fact) => fact.verifiedAt),
    ...changelog.map((change) => change.date),
  ];
  return dates.sort().at(-1)!;
}

/** A change's values as a reader sees them: "100 / 200" before, "500 miembros" after, or "—". */
export function changeText(
  change: PublishedChange,
  locale: Locale,
  messages: ValueMessages,
): { from: string; to: string } {
  return {
    from: change.from
      .map((value) => formatValue(locale, messages, value, change.fromUnit ?? undefined))
      .join(' / '),
    to:
      change.to === null
        ? '—'
        : formatValue(locale, messages, change.to, change.toUnit ?? undefined),
  };
}
