import { describe, expect, it } from 'vitest';

import { sources } from '@/content/sources';

import {
  caveatIn,
  findLimit,
  findSource,
  numberIn,
  presentCell,
  type Limit,
  type LimitSource,
} from './fact-lookup';
import { getLimits } from './facts';

const facts: readonly Limit[] = getLimits();
const allSources: readonly LimitSource[] = sources;

describe('limit-lookup', () => {
  it('finds a fact by id in the list it is given, and names an unknown id', () => {
    expect(findLimit('groups.external-max-members', facts).id).toBe('groups.external-max-members');
    expect(() => findLimit('groups.nothing', facts)).toThrow(
      'Unknown limit id "groups.nothing" (see content/limits.ts)',
    );
    expect(() => findLimit('groups.external-max-members', [])).toThrow('Unknown limit id');
  });

  it('reads a numeric figure and refuses any other value', () => {
    const fact = findLimit('groups.external-max-members', facts);
    expect(numberIn(fact.id, 'wecom', facts)).toBe(presentCell(fact.wecom)?.value);
    expect(() => numberIn('groups.qr-linked-groups', 'wechat', facts)).toThrow(
      'groups.qr-linked-groups (wechat) needs a number; got undefined',
    );
    expect(() => numberIn('groups.cross-app-joining', 'wecom', facts)).toThrow(
      'groups.cross-app-joining (wecom) needs a number; got true',
    );
  });

  it('finds a source by id, and names an unknown id', () => {
    expect(findSource('wecom-dev-96331', allSources).id).toBe('wecom-dev-96331');
    expect(() => findSource('nowhere', allSources)).toThrow(
      'Unknown source id "nowhere" (see content/sources.ts)',
    );
  });

  it('derives a claim’s caveat from the tiers of the sources it cites', () => {
    const official = allSources.find((source) => source.tier === 'official')!;
    const provider = allSources.find((source) => source.tier === 'provider')!;
    expect(caveatIn({ confidence: 'high', sources: [official.id] }, allSources)).toBe('official');
    expect(caveatIn({ confidence: 'high', sources: [provider.id] }, allSources)).toBe('providers');
    expect(() => caveatIn({ confidence: 'high', sources: ['nowhere'] }, allSources)).toThrow(
      '"nowhere"',
    );
  });
});
