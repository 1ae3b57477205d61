import { describe, expect, it } from 'vitest';

import { FactSchema, publishedFactSchema, QuotesSchema } from './fact-schema';

// The rules the schemas state in their own words (refinements, messages): each broken fact must
// fail with the message and at the field a reader of the build error needs. The authored and
// the published schemas are built by the same function; the published one is built inside each
// test, where mutation testing can reach the code that builds it.
const schemas = [
  ['authored', () => FactSchema, {}],
  ['published', () => publishedFactSchema(['a-source']), { caveat: 'official' }],
] as const;

describe.each(schemas)('the %s fact schema', (_, schema, caveat) => {
  const cell = {
    value: 500,
    unit: 'members-per-group',
    confidence: 'high',
    sources: ['a-source'],
    ...caveat,
  };
  const fact = {
    id: 'groups.some-limit',
    topic: 'groups',
    wecom: cell,
    wechat: { absent: 'not-found' },
    verifiedAt: '2026-01-02',
  };

  function issues(input: unknown) {
    return (schema().safeParse(input).error?.issues ?? []).map(({ path, message }) => ({
      path,
      message,
    }));
  }

  it('accepts a well-formed fact', () => {
    expect(issues(fact)).toEqual([]);
  });

  it('requires a source for every value but an inferred one', () => {
    const message = 'a value needs at least one source, and only an "inferred" one has none';
    expect(issues({ ...fact, wecom: { ...cell, sources: [] } })).toEqual([
      { path: ['wecom', 'sources'], message },
    ]);
    expect(issues({ ...fact, wecom: { ...cell, confidence: 'inferred' } })).toEqual([
      { path: ['wecom', 'sources'], message },
    ]);
    expect(issues({ ...fact, wecom: { ...cell, confidence: 'inferred', sources: [] } })).toEqual(
      [],
    );
  });

  it('requires a unit for a number only', () => {
    expect(issues({ ...fact, wecom: { ...cell, unit: undefined } })).toEqual([
      { path: ['wecom', 'unit'], message: 'a number needs a unit' },
    ]);
    expect(issues({ ...fact, wecom: { ...cell, value: true, unit: undefined } })).toEqual([]);
  });

  it('requires a source for an alternative value', () => {
    const alternative = {
      value: 200,
      kind: 'older-figure',
      confidence: 'low',
      sources: [],
      ...caveat,
    };
    expect(issues({ ...fact, wecom: { ...cell, alternatives: [alternative] } })).toEqual([
      {
        path: ['wecom', 'alternatives', 0, 'sources'],
        message: 'an alternative value needs at least one source',
      },
    ]);
  });

  it('requires a whole "<topic>.<metric>" id that starts with its topic', () => {
    const malformed = 'must look like "<topic>.<metric>" in kebab-case';
    expect(issues({ ...fact, id: 'x groups.some-limit' })).toContainEqual({
      path: ['id'],
      message: malformed,
    });
    expect(issues({ ...fact, id: 'groups.some-limit!' })).toContainEqual({
      path: ['id'],
      message: malformed,
    });
    expect(issues({ ...fact, id: 'moments.some-limit' })).toEqual([
      { path: ['id'], message: 'the id must start with its topic' },
    ]);
  });
});

describe('quotes', () => {
  it('take one sentence as a string and several as a list, never a list of one', () => {
    const byFact = (quoted: unknown) => ({ 'groups.some-limit': { 'a-source': quoted } });
    expect(QuotesSchema.safeParse(byFact('One sentence.')).success).toBe(true);
    expect(QuotesSchema.safeParse(byFact(['One.', 'Two.', 'Three.'])).success).toBe(true);
    expect(QuotesSchema.safeParse(byFact(['One.'])).success).toBe(false);
  });

  it('are published with a fact, citing listed sources only', () => {
    const schema = publishedFactSchema(['a-source']);
    const published = {
      id: 'groups.some-limit',
      topic: 'groups',
      wecom: { value: true, confidence: 'high', sources: ['a-source'], caveat: 'official' },
      wechat: { absent: 'not-found' },
      verifiedAt: '2026-01-02',
      quotes: { 'a-source': ['One.', 'Two.', 'Three.'] },
    };
    expect(schema.parse(published)).toEqual(published);
    expect(schema.safeParse({ ...published, quotes: { 'a-source': ['One.'] } }).success).toBe(
      false,
    );
    expect(schema.safeParse({ ...published, quotes: { other: 'One.' } }).success).toBe(false);
    expect(FactSchema.safeParse(published).success).toBe(false);
  });
});
