import type { CaveatKind, Confidence, SourceTier } from '../schema/vocabulary';

/** The parts of a value (or an alternative value) that decide its caveat. */
export type SourcedValue = {
  readonly confidence: Confidence;
  readonly sources: readonly string[];
  readonly alternatives?: readonly { readonly kind: string }[];
};

const officialTiers: readonly SourceTier[] = ['official', 'official-copy'];

/**
 * The caveat of one claim. `tierOf` gives a cited source's tier (the data's own lookup by
 * default in callers; tests pass their own). An alternative that is only an older figure is
 * history, not a dispute; another official page or another source with a different value is.
 */
export function caveatOf(
  claim: SourcedValue,
  tierOf: (sourceId: string) => SourceTier,
): CaveatKind {
  if (claim.confidence === 'inferred' || claim.sources.length === 0) return 'inference';
  if (claim.confidence === 'unverified') return 'unverified';
  if (claim.alternatives?.some((alt) => alt.kind !== 'older-figure')) return 'disputed';
  const tiers = claim.sources.map(tierOf);
  const official = tiers.some((tier) => officialTiers.includes(tier));
  if (claim.confidence === 'high' && official) return 'official';
  if (claim.confidence === 'low') return 'weak';
  // A copy that states the whole claim is not "part" of it: say what it is, a copy.
  if (official)
    return tiers.every((tier) => tier === 'official-copy') ? 'official-copy' : 'official-in-part';
  return tiers.includes('news') ? 'press' : 'providers';
}

/** Caveats that a decision must not rest on alone (the quiz says what it depends on instead). */
export const softCaveats: readonly CaveatKind[] = ['weak', 'disputed', 'unverified', 'inference'];

/** True when a figure with this caveat is firm enough to rule an account out on its own. */
export function isFirm(caveat: CaveatKind): boolean {
  return !softCaveats.includes(caveat);
}
