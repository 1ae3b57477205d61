import { describe, expect, it } from 'vitest';

import { dataSet, fact } from './__fixtures__/data';
import { dataErrorReport, dataRules, findDataErrors } from './index';
import { shippedData, shippedDataErrors } from './shipped';

describe('the data rules', () => {
  it('find nothing wrong with the shipped data', () => {
    expect(shippedDataErrors()).toEqual([]);
  });

  it('run every rule, naming the rule with each problem', () => {
    expect(findDataErrors(dataSet())).toEqual([]);
    const rules = { first: () => ['a'], second: () => ['b', 'c'] };
    expect(findDataErrors(dataSet(), rules)).toEqual(['first: a', 'second: b', 'second: c']);
    expect(findDataErrors(dataSet({ facts: [fact, fact] }))).toEqual([
      'fact-rows: fact "groups.example": duplicate id',
    ]);
  });

  it('has one rule per file of lib/data/rules/', async () => {
    const { readdirSync } = await import('node:fs');
    const files = readdirSync(__dirname).filter(
      (name) => name.endsWith('.ts') && !name.endsWith('.test.ts'),
    );
    const notRules = ['data-set.ts', 'index.ts', 'shipped.ts'];
    expect(files.filter((name) => !notRules.includes(name)).sort()).toEqual(
      Object.keys(dataRules)
        .map((name) => `${name}.ts`)
        .sort(),
    );
  });

  it('report nothing on sound data, and every problem otherwise', () => {
    expect(dataErrorReport([])).toBeNull();
    expect(dataErrorReport(['x: one', 'y: two'])).toMatch(/\n- x: one\n- y: two$/);
  });

  it('read the shipped data, which quotes the sources of the figures readers dispute most', () => {
    for (const id of [
      'moments.member-posts-per-day',
      'moments.company-posts-per-month',
      'mass-messages.per-customer-limit',
      'groups.external-max-members',
      'groups.internal-max-members',
      'contacts.free-external-contacts',
    ]) {
      expect(Object.keys(shippedData.quotes as object), id).toContain(id);
    }
  });
});
