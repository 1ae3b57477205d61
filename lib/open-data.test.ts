import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';

import { getLimits, presentCell } from './limits';
import { publishedChangelog } from './changes';
import { openData, openDataCsv, openDataJsonSchema } from './open-data';
import { accounts } from './vocabulary';

const data = JSON.parse(JSON.stringify(openData('2026-11-25T00:00:00.000Z')));
const validate = new Ajv2020({ strict: false }).compile(openDataJsonSchema());

describe('limits.json', () => {
  it('validates against the published JSON Schema', () => {
    expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
  });

  it('fails validation when broken', () => {
    const broken = structuredClone(data);
    broken.facts[0].wecom.confidence = 'certain';
    delete broken.facts[1].verifiedAt;
    expect(validate(broken)).toBe(false);
    expect(validate({ ...data, license: 'all rights reserved' })).toBe(false);
  });

  it('holds every fact exactly as the module does', () => {
    expect(data.facts).toEqual(JSON.parse(JSON.stringify(getLimits())));
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
      'fact_id,topic,account,value,unit,condition,confidence,absent,alternatives,source_urls,verified_at',
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
