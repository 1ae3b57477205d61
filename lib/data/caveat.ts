import type { Confidence, SourceTier } from '../schema/vocabulary';

/**
 * What a reader must be told about how far a figure can be trusted, derived from its
 * confidence and from the kinds of source it cites, never chosen by hand. Every place that
 * shows a figure (tables, prose, quiz, share images, open data) calls `caveatOf`, so a row
 * cannot say "no official page" while it cites one.
 *
 * - `official`: an official Tencent page (or a verbatim copy of one) states it. No warning.
 * - `official-copy`: only copies of an official page state it, and not firmly enough to
 *   count as official (a single mirror, or one whose date we cannot tie to the page today).
 * - `official-in-part`: an official page is cited but supports only part of the claim.
 * - `press`: the best source is a newspaper or news agency; no official page.
 * - `providers`: only service providers and blogs state it; no official page.
 * - `weak`: few, old or conflicting second-hand sources (confidence `low`).
 * - `disputed`: sources give different values; both are shown.
 * - `unverified`: a claim nobody could confirm.
 * - `inference`: our own inference from how the account works; no source states it.
 */
export const caveatKinds = [
  'official',
  'official-copy',
  'official-in-part',
  'press',
  'providers',
  'weak',
  'disputed',
  'unverified',
  'inference',
] as const;
export type CaveatKind = (typeof caveatKinds)[number];

/** The parts of a value (or an alternative value) that decide its caveat. */
export type Claim = {
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
export function caveatOf(claim: Claim, tierOf: (sourceId: string) => SourceTier): CaveatKind {
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
