import { describe, expect, it } from 'vitest';

import { caveatOf, isFirm, type SourcedValue } from './caveat';
import { valueCaveat, getFacts, getSource, presentCell } from './facts';
import { accounts, type SourceTier } from '../schema/vocabulary';
import { caveatKinds, type CaveatKind } from '@/lib/schema/vocabulary';
import { isMarkedValue } from '@/lib/view/trust';

/** Every value and alternative value in the data, named for the failure message. */
function everyClaim(): { name: string; claim: SourcedValue }[] {
  return getFacts().flatMap((fact) =>
    accounts.flatMap((account) => {
      const cell = presentCell(fact[account]);
      if (!cell) return [];
      return [
        { name: `${fact.id} ${account}`, claim: cell },
        ...(cell.alternatives ?? []).map((alt, index) => ({
          name: `${fact.id} ${account} alternative ${index}`,
          claim: alt,
        })),
      ];
    }),
  );
}

/**
 * What each caveat asserts about the cited sources, written as checks independent of
 * `caveatOf`: the words a reader sees must be true of the sources listed beside them.
 */
const asserts: Record<CaveatKind, (tiers: SourceTier[], claim: SourcedValue) => boolean> = {
  // "Official page": one is cited, and we rate the figure high.
  official: (tiers, claim) =>
    claim.confidence === 'high' && tiers.some((t) => t === 'official' || t === 'official-copy'),
  // "A copy of an official page states it": copies are all it cites.
  'official-copy': (tiers, claim) =>
    claim.confidence !== 'high' && tiers.length > 0 && tiers.every((t) => t === 'official-copy'),
  // "An official page supports part of it": one is cited, beside something that is not a copy.
  'official-in-part': (tiers) =>
    tiers.some((t) => t === 'official' || t === 'official-copy') &&
    !tiers.every((t) => t === 'official-copy'),
  // "According to the press; no official page": news cited, no official page.
  press: (tiers) =>
    tiers.includes('news') && !tiers.some((t) => t === 'official' || t === 'official-copy'),
  // "According to service providers; no official page": providers only.
  providers: (tiers) => tiers.length > 0 && tiers.every((t) => t === 'provider'),
  // "Uncertain": rated low.
  weak: (_, claim) => claim.confidence === 'low',
  // "Sources disagree": another value is shown that is not merely an older figure.
  disputed: (_, claim) => (claim.alternatives ?? []).some((alt) => alt.kind !== 'older-figure'),
  // "Unconfirmed".
  unverified: (_, claim) => claim.confidence === 'unverified',
  // "Our inference; no source says so": nothing cited.
  inference: (tiers) => tiers.length === 0,
};

describe('caveats in the shipped data', () => {
  it.each(everyClaim().map(({ name, claim }) => [name, claim] as const))(
    '%s: its caveat is true of its sources',
    (_, claim) => {
      const tiers = claim.sources.map((id) => getSource(id).tier);
      const caveat = valueCaveat(claim);
      expect(asserts[caveat](tiers, claim), `${caveat} with sources ${tiers.join(', ')}`).toBe(
        true,
      );
      // Never "no official page" beside an official page.
      if (tiers.some((t) => t === 'official' || t === 'official-copy')) {
        expect(['press', 'providers']).not.toContain(caveat);
      }
    },
  );
});

describe('caveatOf', () => {
  const tierOf = (id: string): SourceTier => id.split(':')[0] as SourceTier;
  const claim = (confidence: SourcedValue['confidence'], ...sources: string[]): SourcedValue => ({
    confidence,
    sources,
  });

  it('derives each caveat from the confidence and the tiers of the sources', () => {
    expect(caveatOf(claim('high', 'official:a'), tierOf)).toBe('official');
    expect(caveatOf(claim('high', 'official-copy:a', 'provider:b'), tierOf)).toBe('official');
    expect(caveatOf(claim('medium', 'official:a', 'provider:b'), tierOf)).toBe('official-in-part');
    expect(caveatOf(claim('medium', 'official:a'), tierOf)).toBe('official-in-part');
    expect(caveatOf(claim('medium', 'official-copy:a', 'provider:b'), tierOf)).toBe(
      'official-in-part',
    );
    expect(caveatOf(claim('medium', 'official-copy:a', 'official-copy:b'), tierOf)).toBe(
      'official-copy',
    );
    expect(caveatOf(claim('medium', 'news:a', 'provider:b'), tierOf)).toBe('press');
    expect(caveatOf(claim('medium', 'provider:a', 'provider:b'), tierOf)).toBe('providers');
    expect(caveatOf(claim('low', 'official:a'), tierOf)).toBe('weak');
    expect(caveatOf(claim('unverified', 'provider:a'), tierOf)).toBe('unverified');
    expect(caveatOf(claim('inferred'), tierOf)).toBe('inference');
    const disputed = { ...claim('high', 'official:a'), alternatives: [{ kind: 'other-source' }] };
    expect(caveatOf(disputed, tierOf)).toBe('disputed');
    const history = { ...claim('high', 'official:a'), alternatives: [{ kind: 'older-figure' }] };
    expect(caveatOf(history, tierOf)).toBe('official');
  });

  it('never lets "high" without an official page read as official', () => {
    expect(caveatOf(claim('high', 'provider:a'), tierOf)).toBe('providers');
  });

  it('has a check for every caveat, and calls only the first five firm', () => {
    expect(Object.keys(asserts).sort()).toEqual([...caveatKinds].sort());
    expect(caveatKinds.filter(isFirm)).toEqual([
      'official',
      'official-copy',
      'official-in-part',
      'press',
      'providers',
    ]);
  });
});

describe('the compact mark on images and inline figures', () => {
  const cell = (id: string, account: 'wecom' | 'wechat') =>
    presentCell(getFacts().find((fact) => fact.id === id)![account])!;

  it('marks every value with a caveat, and no officially stated one', () => {
    for (const { name, claim } of everyClaim()) {
      const official = claim.sources.some((id) =>
        ['official', 'official-copy'].includes(getSource(id).tier),
      );
      const disputed = (claim.alternatives ?? []).some((alt) => alt.kind !== 'older-figure');
      if (!official || disputed || claim.confidence !== 'high')
        expect(isMarkedValue(claim), name).toBe(true);
      else expect(isMarkedValue(claim), name).toBe(false);
    }
  });

  it('marks a dispute between official pages, and reads a lone verbatim copy as a copy', () => {
    expect(valueCaveat(cell('mass-messages.per-customer-limit', 'wecom'))).toBe('disputed');
    expect(isMarkedValue(cell('mass-messages.per-customer-limit', 'wecom'))).toBe(true);
    expect(isMarkedValue(cell('work-tools.wedrive-free-storage', 'wecom'))).toBe(true);
    // 700 yuan: its one source is a verbatim copy of the official help page, nothing second-hand.
    expect(valueCaveat(cell('costs.overseas-verification', 'wecom'))).toBe('official-copy');
  });
});
