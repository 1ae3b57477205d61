import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';

import { quotes } from '@/content/quotes';

import { claimCaveat, getLimits, presentCell } from './limits';
import { publishedChangelog } from './changes';
import { openData, openDataCsv, openDataJsonSchema, openDataSchema } from './open-data';
import { accounts } from './vocabulary';

const data = JSON.parse(JSON.stringify(openData('2026-11-25T00:00:00.000Z')));
const validate = new Ajv2020({ strict: false }).compile(openDataJsonSchema());

describe('limits.json', () => {
  it('validates against the published JSON Schema', () => {
    expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
  });

  it('also passes its own zod schema', () => {
    expect(openDataSchema().safeParse(data).success).toBe(true);
  });

  /** Each broken copy must fail both the published JSON Schema and the zod schema. */
  const breakages: [string, (copy: typeof data) => void][] = [
    ['an unknown confidence', (copy) => (copy.facts[0].wecom.confidence = 'certain')],
    ['a missing verification date', (copy) => delete copy.facts[1].verifiedAt],
    ['another licence', (copy) => (copy.license = 'all rights reserved')],
    ['an impossible date', (copy) => (copy.facts[2].verifiedAt = '2026-13-45')],
    ['an impossible source date', (copy) => (copy.sources[0].date = '2023-02-30')],
    ['a "generated" that is not a date', (copy) => (copy.generated = 'yesterday')],
    ['a duplicate fact id', (copy) => copy.facts.push(structuredClone(copy.facts[0]))],
    ['a duplicate source', (copy) => copy.sources.push(structuredClone(copy.sources[0]))],
    ['a citation of an unknown source', (copy) => copy.facts[0].wecom.sources.push('nowhere')],
    ['an unknown caveat', (copy) => (copy.facts[0].wecom.caveat = 'trust-us')],
  ];

  it.each(breakages)('rejects %s', (_, breakIt) => {
    const broken = structuredClone(data);
    breakIt(broken);
    expect(validate(broken)).toBe(false);
    expect(openDataSchema().safeParse(broken).success).toBe(false);
  });

  it("holds every fact as the module does, with each value's caveat and the fact's quotes", () => {
    const stripped = JSON.parse(JSON.stringify(data.facts), (key, value) =>
      key === 'caveat' || key === 'quotes' ? undefined : value,
    );
    const quoted = data.facts.filter((fact: { quotes?: object }) => fact.quotes);
    expect(quoted.map((fact: { id: string }) => fact.id).sort()).toEqual(
      Object.keys(quotes).sort(),
    );
    expect(stripped).toEqual(JSON.parse(JSON.stringify(getLimits())));
    for (const [index, fact] of getLimits().entries()) {
      for (const account of accounts) {
        const cell = presentCell(fact[account]);
        if (!cell) continue;
        expect(data.facts[index][account].caveat).toBe(claimCaveat(cell));
        cell.alternatives?.forEach((alt, n) =>
          expect(data.facts[index][account].alternatives[n].caveat).toBe(claimCaveat(alt)),
        );
      }
    }
    expect(data.version).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('has a changelog whose entries reference existing facts and current values', () => {
    for (const change of publishedChangelog()) {
      const fact = getLimits().find((candidate) => candidate.id === change.fact);
      expect(fact, change.fact).toBeDefined();
      expect(change.to).toEqual(presentCell(fact![change.account])?.value ?? null);
    }
  });
});

describe('limits.csv', () => {
  const [header, ...rows] = openDataCsv().trim().split('\n');

  it('has a row per fact and account, agreeing with the module', () => {
    expect(header).toBe(
      'fact_id,topic,account,value,unit,condition,confidence,caveat,absent,alternatives,source_urls,verified_at',
    );
    expect(rows).toHaveLength(getLimits().length * accounts.length);
    for (const fact of getLimits()) {
      for (const account of accounts) {
        const row = rows.find((line) => line.startsWith(`${fact.id},${fact.topic},${account},`));
        expect(row, `${fact.id} ${account}`).toBeDefined();
        const value = presentCell(fact[account])?.value;
        expect(row!.split(',')[3]).toBe(value === undefined ? '' : String(value));
      }
    }
  });
});
