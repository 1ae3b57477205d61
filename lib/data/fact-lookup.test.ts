import { describe, expect, it } from 'vitest';

import { sources } from '@/content/sources';

import {
  caveatIn,
  findFact,
  findSource,
  numberIn,
  presentCell,
  type Fact,
  type Source,
} from './fact-lookup';
import { getFacts } from './facts';

const facts: readonly Fact[] = getFacts();
const allSources: readonly Source[] = sources;

describe('limit-lookup', () => {
  it('finds a fact by id in the list it is given, and names an unknown id', () => {
    expect(findFact('groups.external-max-members', facts).id).toBe('groups.external-max-members');
    expect(() => findFact('groups.nothing', facts)).toThrow(
      'Unknown fact id "groups.nothing" (see content/facts.ts)',
    );
    expect(() => findFact('groups.external-max-members', [])).toThrow('Unknown fact id');
  });

  it('reads a numeric figure and refuses any other value', () => {
    const fact = findFact('groups.external-max-members', facts);
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
