import { describe, expect, it } from 'vitest';

import { changelog } from '@/content/changelog';
import { facts } from '@/content/facts';
import { quotes } from '@/content/quotes';
import { sources } from '@/content/sources';

import { pageKeys } from '../schema/page-keys';
import { assertValidLimits, findLimitErrors } from './validate-facts';

const source = sources[0];
const fact = {
  id: 'groups.example',
  topic: 'groups',
  wecom: { value: 500, unit: 'members-per-group', confidence: 'high', sources: [source.id] },
  wechat: { absent: 'not-applicable' },
  verifiedAt: '2026-11-24',
};

describe('the shipped data', () => {
  it('has no errors', () => {
    expect(findLimitErrors(facts, sources, changelog, quotes)).toEqual([]);
  });

  it('quotes the sources of the figures readers dispute most', () => {
    for (const id of [
      'moments.member-posts-per-day',
      'moments.company-posts-per-month',
      'mass-messages.per-customer-limit',
      'groups.external-max-members',
      'groups.internal-max-members',
      'contacts.free-external-contacts',
    ]) {
      expect(Object.keys(quotes), id).toContain(id);
    }
  });

  it('records when each page of the site was added, once', () => {
    const added = changelog.flatMap((change) =>
      change.change === 'new-page' ? [change.page] : [],
    );
    expect([...added].sort()).toEqual([...pageKeys].sort());
  });

  it('has a changelog entry for every corrected or unverified seed claim (not a disputed one)', () => {
    const logged: Set<string> = new Set(
      changelog.filter((c) => c.change === 'seed-correction').map((c) => c.fact),
    );
    const corrected = facts.filter(
      (fact) => 'seed' in fact && !['confirmed', 'disputed'].includes(fact.seed.status),
    );
    expect(corrected.map((fact) => fact.id).filter((id) => !logged.has(id))).toEqual([]);
  });
});

describe('changelog validation', () => {
  const seeded = { ...fact, seed: { status: 'outdated', values: [200] } };

  it('accepts a seed correction of a fact with a corrected seed claim', () => {
    const change = {
      date: '2026-11-24',
      fact: fact.id,
      account: 'wecom',
      change: 'seed-correction',
    };
    expect(findLimitErrors([seeded], [source], [change])).toEqual([]);
    expect(findLimitErrors([fact], [source], [change])).toEqual([
      `change #1: fact "${fact.id}" has no corrected seed claim`,
    ]);
  });

  it('rejects an entry for an unknown fact or with an unknown source', () => {
    const update = {
      date: '2026-11-24',
      fact: 'groups.nowhere',
      account: 'wecom',
      change: 'update',
      from: 100,
      sources: [source.id],
    };
    expect(findLimitErrors([fact], [source], [update])).toEqual([
      'change #1: unknown fact "groups.nowhere"',
    ]);
    expect(
      findLimitErrors([fact], [source], [{ ...update, fact: fact.id, sources: ['nope'] }]),
    ).toEqual(['change #1: unknown source "nope"']);
  });

  it('rejects an update without the sources that prompted it', () => {
    const update = {
      date: '2026-11-24',
      fact: fact.id,
      account: 'wecom',
      change: 'update',
      from: 1,
      sources: [],
    };
    expect(findLimitErrors([fact], [source], [update])[0]).toMatch(/^change #1: sources/);
  });

  it('accepts a new page by its key, and names an unknown page or a page added twice', () => {
    const page = { date: '2026-11-25', change: 'new-page', page: 'faq' };
    expect(findLimitErrors([fact], [source], [page])).toEqual([]);
    expect(findLimitErrors([fact], [source], [{ ...page, page: 'faqs' }])).toEqual([
      'change #1: unknown page "faqs"',
    ]);
    expect(findLimitErrors([fact], [source], [page, { ...page, date: '2026-11-28' }])).toEqual([
      'change #2: the same entry as change #1 (new-page-faq)',
    ]);
    expect(findLimitErrors([fact], [source], [{ ...page, fact: fact.id }])[0]).toMatch(
      /^change #1: .*fact/,
    );
  });

  it('rejects two entries on the same side of a fact on one day', () => {
    const seeded = { ...fact, seed: { status: 'outdated', values: [200] } };
    const change = {
      date: '2026-11-24',
      fact: fact.id,
      account: 'wecom',
      change: 'seed-correction',
    };
    const update = { ...change, change: 'update', from: 100, sources: [source.id] };
    // The other side, or the same side another day, is another entry.
    expect(findLimitErrors([seeded], [source], [change, { ...change, account: 'wechat' }])).toEqual(
      [],
    );
    expect(
      findLimitErrors([seeded], [source], [change, { ...update, date: '2026-12-01' }]),
    ).toEqual([]);
    expect(findLimitErrors([seeded], [source], [change, update])).toEqual([
      `change #2: the same entry as change #1 (change-2026-11-24-${fact.id}-wecom)`,
    ]);
  });
});

describe('findLimitErrors', () => {
  it('accepts a well-formed fact', () => {
    expect(findLimitErrors([fact], [source])).toEqual([]);
  });

  it('rejects a value with no source, naming the fact', () => {
    const bad = { ...fact, wecom: { ...fact.wecom, sources: [] } };
    expect(findLimitErrors([bad], [source])[0]).toMatch(/^fact "groups\.example": wecom.*source/);
  });

  it('accepts an inferred value without sources, and only without', () => {
    const inferred = { ...fact, wecom: { value: true, confidence: 'inferred', sources: [] } };
    expect(findLimitErrors([inferred, { ...fact, id: 'groups.other' }], [source])).toEqual([]);
    const sourced = { ...inferred, wecom: { ...inferred.wecom, sources: [source.id] } };
    expect(findLimitErrors([sourced], [source])[0]).toMatch(/only an "inferred" one has none/);
  });

  it('rejects a fact without a verification date, or with an impossible one', () => {
    const { verifiedAt: _, ...bad } = fact;
    expect(findLimitErrors([bad, fact], [source])).toEqual([
      expect.stringContaining('fact "groups.example": verifiedAt'),
    ]);
    for (const date of ['2026-13-45', '2026-02-30', '24/11/2026']) {
      expect(findLimitErrors([{ ...fact, verifiedAt: date }, fact], [source])[0]).toMatch(
        /verifiedAt: must be a real date/,
      );
    }
  });

  it('rejects an impossible source date', () => {
    expect(findLimitErrors([fact], [{ ...source, date: '2023-13' }])[0]).toMatch(
      new RegExp(`^source "${source.id}": date`),
    );
  });

  it('rejects "high" confidence without an official page or a verbatim copy', () => {
    const provider = { ...source, id: 'some-blog', tier: 'provider' };
    const bad = { ...fact, wecom: { ...fact.wecom, sources: [provider.id] } };
    expect(findLimitErrors([bad, fact], [source, provider])).toEqual([
      'fact "groups.example": wecom: confidence "high" needs an official page or a verbatim copy',
      'fact "groups.example": duplicate id',
    ]);
  });

  it('rejects a source that nothing cites', () => {
    const unused = { ...source, id: 'never-cited' };
    expect(findLimitErrors([fact], [source, unused])).toEqual([
      'source "never-cited": cited by no fact, alternative, seed or change',
    ]);
  });

  it('counts the sources of a seed rule as cited, and checks them', () => {
    const history = { ...source, id: 'old-rule' };
    const seeded = { ...fact, seed: { status: 'outdated', values: [200], sources: ['old-rule'] } };
    expect(findLimitErrors([seeded], [source, history])).toEqual([]);
    const unknown = { ...seeded, seed: { ...seeded.seed, sources: ['lost'] } };
    expect(findLimitErrors([unknown], [source, history])).toEqual([
      'fact "groups.example": unknown source "lost"',
      'source "old-rule": cited by no fact, alternative, seed or change',
    ]);
  });

  it('requires a quote of every source once a fact quotes any, and no stray quote', () => {
    const quoted = { [fact.id]: { [source.id]: '外部群最多 500 人' } };
    expect(findLimitErrors([fact], [source], [], quoted)).toEqual([]);
    const other = { ...source, id: 'second' };
    const twoSources = { ...fact, wecom: { ...fact.wecom, sources: [source.id, other.id] } };
    expect(findLimitErrors([twoSources], [source, other], [], quoted)).toEqual([
      'fact "groups.example": quotes: no quote of "second"',
    ]);
    const stray = { [fact.id]: { ...quoted[fact.id], second: 'x' } };
    expect(findLimitErrors([fact], [source, other], [], stray)).toEqual([
      'fact "groups.example": quotes: "second" is not cited',
      'source "second": cited by no fact, alternative, seed or change',
    ]);
    expect(findLimitErrors([fact], [source], [], { 'groups.lost': {} })).toEqual([
      'quotes: unknown fact "groups.lost"',
    ]);
  });

  it('rejects duplicate fact ids', () => {
    expect(findLimitErrors([fact, fact], [source])).toEqual([
      'fact "groups.example": duplicate id',
    ]);
  });

  it('rejects a value of the wrong type', () => {
    const bad = { ...fact, wecom: { ...fact.wecom, value: '500' } };
    expect(findLimitErrors([bad], [source])[0]).toMatch(/^fact "groups\.example": wecom/);
  });

  it('rejects a number without a unit', () => {
    const { unit: _, ...cell } = fact.wecom;
    expect(findLimitErrors([{ ...fact, wecom: cell }], [source])[0]).toMatch(
      /a number needs a unit/,
    );
  });

  it('rejects a citation of an unknown source', () => {
    const bad = { ...fact, wecom: { ...fact.wecom, sources: ['nowhere'] } };
    expect(findLimitErrors([bad, { ...fact, id: 'groups.other' }], [source])).toEqual([
      'fact "groups.example": unknown source "nowhere"',
      // The shipped data's own source is cited by the second fact; "nowhere" is not a source.
      'fact "groups.example": wecom: confidence "high" needs an official page or a verbatim copy',
    ]);
  });

  it('rejects an id outside its topic', () => {
    expect(findLimitErrors([{ ...fact, id: 'moments.example' }], [source])[0]).toMatch(
      /start with its topic/,
    );
  });

  it('rejects a source without a URL and duplicate source ids', () => {
    const { url: _, ...noUrl } = source;
    expect(findLimitErrors([], [noUrl])[0]).toMatch(new RegExp(`^source "${source.id}": url`));
    expect(findLimitErrors([fact], [source, source])).toEqual([
      `source "${source.id}": duplicate id`,
    ]);
  });

  it('makes assertValidLimits throw with every problem listed', () => {
    expect(() => assertValidLimits([fact, fact], [source])).toThrow(/duplicate id/);
  });
});
