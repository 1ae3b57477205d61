/** How old a verification may get before it needs attention, in months. */
export const freshnessLimits = { warnAfterMonths: 12, failAfterMonths: 24 } as const;

/** Whole months from `from` to `to` (ISO dates), counting a month only once it has passed. */
export function monthsBetween(from: string, to: string): number {
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = to.split('-').map(Number) as [number, number, number];
  return (ty - fy) * 12 + (tm - fm) - (td < fd ? 1 : 0);
}

/** `fresh`, `aging` (re-check soon) or `stale` (must be re-checked) for a verification date. */
export function freshness(verifiedAt: string, today: string): 'fresh' | 'aging' | 'stale' {
  const months = monthsBetween(verifiedAt, today);
  if (months >= freshnessLimits.failAfterMonths) return 'stale';
  if (months >= freshnessLimits.warnAfterMonths) return 'aging';
  return 'fresh';
}
