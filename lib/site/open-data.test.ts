import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';

import { changelog } from '@/content/changelog';
import { facts as factRows } from '@/content/facts';
import { quotes } from '@/content/quotes';
import { sources } from '@/content/sources';

import { csvField, openData, openDataCsv, openDataJsonSchema, openDataSchema } from './open-data';
import { accounts, type Account } from '../schema/vocabulary';

// The published file is read as JSON, the way its users read it.
type PublishedClaim = {
  kind?: string;
  confidence: string;
  sources: string[];
  caveat: string;
  alternatives?: { kind: string; sources: string[] }[];
};
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a parsed JSON document
type Published = Record<string, any>;
type Change = {
  date: string;
  fact: string;
  account: Account;
  change: string;
  from: unknown[];
  fromUnit: string | null;
  to: unknown;
  toUnit: string | null;
  sources: string[];
};

type PageChange = { date: string; change: 'new-page'; page: string };

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
    [
      'a new page that is not a page',
      (copy) => copy.changelog.push({ date: '2026-11-25', change: 'new-page', page: 'nowhere' }),
    ],
    [
      'a new page with a fact',
      (copy) =>
        copy.changelog.push({ date: '2026-11-25', change: 'new-page', page: 'faq', fact: 'x' }),
    ],
    ['an unlisted fact', (copy) => (copy.facts[0].id = `${copy.facts[0].topic}.nothing`)],
    ['an unlisted source', (copy) => (copy.sources[0].id = 'nowhere')],
  ];

  it.each(breakages)('rejects %s', (_, breakIt) => {
    const broken = structuredClone(data);
    breakIt(broken);
    expect(validate(broken)).toBe(false);
    expect(openDataSchema().safeParse(broken).success).toBe(false);
  });

  it('names the rule a duplicate id breaks', () => {
    const broken = structuredClone(data);
    broken.facts.push(structuredClone(broken.facts[0]));
    broken.sources.push(structuredClone(broken.sources[0]));
    expect(openDataSchema().safeParse(broken).error?.issues).toEqual([
      expect.objectContaining({ path: ['facts'], message: 'fact ids must be unique' }),
      expect.objectContaining({ path: ['sources'], message: 'source ids must be unique' }),
    ]);
  });

  it('describes itself and every field it publishes', () => {
    const schema = openDataJsonSchema();
    expect(schema.description).toMatch(/creativecommons\.org\/licenses\/by\/4\.0/);
    expect(undescribedFields(schema)).toEqual([]);
  });

  it('lets each fact and source appear at most once, in the published JSON Schema too', () => {
    // Read from a schema made inside the test, where mutation testing reaches the code.
    const { facts, sources: listed } = openDataJsonSchema().properties as Published;
    const atMostOnce = (id: string) => ({
      contains: { type: 'object', properties: { id: { const: id } }, required: ['id'] },
      minContains: 0,
      maxContains: 1,
    });
    expect(facts.allOf).toEqual(factRows.map((fact) => atMostOnce(fact.id)));
    expect(listed.allOf).toEqual(sources.map((source) => atMostOnce(source.id)));
  });

  // Expectations come from the authored files (content/) and from the rules the caveats are
  // documented by, never from the functions that build the file.
  it('publishes every authored row as written, adding only caveats and quotes', () => {
    const stripped = JSON.parse(JSON.stringify(data.facts), (key, value) =>
      key === 'caveat' || key === 'quotes' ? undefined : value,
    );
    expect(stripped).toEqual(JSON.parse(JSON.stringify(factRows)));
    const quoted = Object.fromEntries(
      data.facts
        .filter((fact: Published) => fact.quotes)
        .map((fact: Published) => [fact.id, fact.quotes]),
    );
    expect(quoted).toEqual(JSON.parse(JSON.stringify(quotes)));
    expect(data.sources).toEqual(JSON.parse(JSON.stringify(sources)));
  });

  it('gives each value and alternative the caveat its confidence and sources call for', () => {
    const tierOf = new Map(data.sources.map((s: { id: string; tier: string }) => [s.id, s.tier]));
    const claims = data.facts.flatMap((fact: Published) =>
      accounts.flatMap((account) => {
        const cell = fact[account];
        if (!cell || !('value' in cell)) return [];
        return [cell, ...(cell.alternatives ?? [])];
      }),
    );
    expect(claims.length).toBeGreaterThan(data.facts.length);
    const seen = new Set<string>();
    for (const claim of claims as PublishedClaim[]) {
      const label = JSON.stringify(claim);
      const official = claim.sources.some((id) =>
        ['official', 'official-copy'].includes(tierOf.get(id) as string),
      );
      seen.add(claim.caveat);
      if (claim.confidence === 'inferred' || claim.sources.length === 0)
        expect(claim.caveat, label).toBe('inference');
      else if (claim.confidence === 'unverified') expect(claim.caveat, label).toBe('unverified');
      else if (claim.alternatives?.some((alt) => alt.kind !== 'older-figure'))
        expect(claim.caveat, label).toBe('disputed');
      else if (claim.confidence === 'high') expect(claim.caveat, label).toBe('official');
      else if (claim.confidence === 'low') expect(claim.caveat, label).toBe('weak');
      else if (claim.sources.every((id) => tierOf.get(id) === 'official-copy'))
        expect(claim.caveat, label).toBe('official-copy');
      else if (official) expect(claim.caveat, label).toBe('official-in-part');
      else expect(['press', 'providers'], label).toContain(claim.caveat);
    }
    // The data exercises the common caveats, so the checks above are not vacuous.
    expect([...seen]).toEqual(expect.arrayContaining(['official', 'disputed', 'weak']));
  });

  it('is versioned by its newest verification or change', () => {
    const dates = [
      ...data.facts.map((fact: Published) => fact.verifiedAt),
      ...changelog.flatMap((change) => (change.change === 'new-page' ? [] : [change.date])),
    ].sort();
    expect(data.version).toBe(dates.at(-1));
    expect(data.generated).toBe('2026-11-25T00:00:00.000Z');
    expect(data.license).toBe('CC-BY-4.0');
  });

  it('has a changelog entry per authored change, with the values on both sides', () => {
    const key = (
      c: { date: string; change: string } & ({ page: string } | { fact: string; account: string }),
    ) => [c.date, c.change, ...('page' in c ? [c.page] : [c.fact, c.account])].join(' ');
    expect(data.changelog.map(key)).toEqual(changelog.map(key));
    const figures = data.changelog.filter((c: Change | PageChange) => c.change !== 'new-page');
    expect(figures.length).toBeGreaterThan(0);
    for (const change of figures as Change[]) {
      const fact = data.facts.find((candidate: Published) => candidate.id === change.fact);
      const cell = fact[change.account];
      expect(change.to, change.fact).toEqual(cell.value ?? null);
      expect(change.toUnit, change.fact).toEqual(cell.unit ?? null);
      if (change.change === 'seed-correction') {
        expect(change.from, change.fact).toEqual(fact.seed.values);
        expect(change.fromUnit, change.fact).toEqual(fact.seed.unit ?? cell.unit ?? null);
        expect(change.sources, change.fact).toEqual(cell.sources ?? []);
      }
    }
  });
});

describe('limits.csv', () => {
  const [header, ...rows] = openDataCsv().trim().split('\n').map(parseCsvLine);
  const url = new Map(data.sources.map((s: { id: string; url: string }) => [s.id, s.url]));

  it('has a row per fact and account, agreeing with the published JSON', () => {
    expect(header).toEqual([
      'fact_id',
      'topic',
      'account',
      'value',
      'unit',
      'condition',
      'confidence',
      'caveat',
      'absent',
      'alternatives',
      'source_urls',
      'verified_at',
    ]);
    expect(rows.map((row) => `${row[0]} ${row[2]}`)).toEqual(
      data.facts.flatMap((fact: Published) => accounts.map((account) => `${fact.id} ${account}`)),
    );
    for (const row of rows) {
      const fact = data.facts.find((candidate: Published) => candidate.id === row[0]);
      const cell = fact[row[2] as Account];
      const record = Object.fromEntries(header!.map((column, index) => [column, row[index]]));
      const label = `${row[0]} ${row[2]}`;
      expect(record.topic, label).toBe(fact.topic);
      expect(record.verified_at, label).toBe(fact.verifiedAt);
      if ('absent' in cell) {
        expect(record.absent, label).toBe(cell.absent);
        expect([record.value, record.unit, record.caveat, record.source_urls], label).toEqual([
          '',
          '',
          '',
          '',
        ]);
        continue;
      }
      expect(record.value, label).toBe(String(cell.value));
      expect(record.unit, label).toBe(cell.unit ?? '');
      expect(record.condition, label).toBe(cell.condition ?? '');
      expect(record.confidence, label).toBe(cell.confidence);
      expect(record.caveat, label).toBe(cell.caveat);
      expect(record.absent, label).toBe('');
      expect(record.source_urls, label).toBe(
        cell.sources.map((id: string) => url.get(id)).join(' '),
      );
      expect(record.alternatives, label).toBe(
        (cell.alternatives ?? [])
          .map(
            (alt: PublishedClaim & { value: unknown }) =>
              `${alt.value} (${alt.kind}: ${alt.sources.map((id) => url.get(id)).join(' ')})`,
          )
          .join('; '),
      );
    }
  });
});

describe('csvField', () => {
  it('quotes a field only when it holds a quote, a comma or a line break', () => {
    expect(csvField('plain text')).toBe('plain text');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
  });
});

type SchemaNode = { [key: string]: unknown };

/** Has a description, itself or in one of the schemas it intersects (an id: kebab-case and listed). */
function isDescribed(node: SchemaNode): boolean {
  if (typeof node.description === 'string' && node.description !== '') return true;
  return Array.isArray(node.allOf) && (node.allOf as SchemaNode[]).some(isDescribed);
}

/**
 * The paths of the object properties without a description, anywhere in a JSON Schema (the
 * `contains` clauses that cap each id at one occurrence are not fields).
 */
function undescribedFields(node: unknown, path = ''): string[] {
  if (!node || typeof node !== 'object') return [];
  const schema = node as SchemaNode;
  const properties = (schema.properties ?? {}) as Record<string, SchemaNode>;
  return [
    ...Object.entries(properties)
      .filter(([, property]) => !isDescribed(property))
      .map(([name]) => `${path}.${name}`),
    ...Object.entries(schema)
      .filter(([key]) => key !== 'contains')
      .flatMap(([key, child]) => undescribedFields(child, `${path}/${key}`)),
  ];
}

/** One CSV line, RFC 4180 style: quoted fields may hold commas and doubled quotes. */
function parseCsvLine(line: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i += 1) {
    const char = line[i]!;
    if (quoted && char === '"' && line[i + 1] === '"') {
      field += '"';
      i += 1;
    } else if (char === '"') quoted = !quoted;
    else if (char === ',' && !quoted) {
      fields.push(field);
      field = '';
    } else field += char;
  }
  return [...fields, field];
}
