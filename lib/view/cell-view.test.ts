import { describe, expect, it } from 'vitest';

import { messages as en } from '@/content/en/messages';
import { messages as zh } from '@/content/zh/messages';

import type { SourcedValue } from '../data/caveat';
import { cellView, disputedValues, disputeText, type CellContext } from './cell-view';
import type { FactCell } from '../data/fact-lookup';
import type { CaveatKind } from '@/lib/schema/vocabulary';

// Caveats by the first cited source, so each case states its own: a value citing "press"
// is a press figure, one citing "official" an official one, and a dispute is `disputed`.
const caveatOf = (claim: SourcedValue): CaveatKind =>
  claim.alternatives?.some((alt) => alt.kind !== 'older-figure')
    ? 'disputed'
    : ((claim.sources[0] as CaveatKind | undefined) ?? 'inference');

const english: CellContext = { locale: 'en', messages: en, caveatOf };

const friends: FactCell = {
  value: 2000,
  unit: 'friends',
  confidence: 'high',
  sources: ['official'],
  condition: 'verified-org',
};

describe('cellView', () => {
  it('splits a number into its figure and its unit, in the plural that fits', () => {
    const view = cellView(friends, english);
    expect(view).toMatchObject({
      present: true,
      raw: '2000',
      main: '2,000',
      unit: en.units.friends.other,
      text: `2,000 ${en.units.friends.other}`,
      caveat: 'official',
      marked: false,
      sources: ['official'],
    });
    const one = cellView({ ...friends, value: 1 }, english);
    expect(one.present && one.unit).toBe(en.units.friends.one);
  });

  it('names the condition, bare and in the language’s brackets', () => {
    const view = cellView(friends, english);
    expect(view.present && view.condition).toBe(en.conditions['verified-org']);
    expect(view.present && view.conditionNote).toBe(`(${en.conditions['verified-org']})`);
    const chinese = cellView(friends, { ...english, locale: 'zh', messages: zh });
    expect(chinese.present && chinese.conditionNote).toBe(`（${zh.conditions['verified-org']}）`);
    const plain = cellView({ ...friends, condition: undefined }, english);
    expect(plain.present && [plain.condition, plain.conditionNote]).toEqual([null, null]);
  });

  it('words yes/no and enumerated values without a unit', () => {
    const yes = cellView({ value: true, confidence: 'high', sources: ['official'] }, english);
    expect(yes).toMatchObject({ raw: 'true', main: en.booleans.yes, text: en.booleans.yes });
    expect(yes.present && 'unit' in yes).toBe(false);
    const no = cellView({ value: false, confidence: 'high', sources: ['official'] }, english);
    expect(no.present && no.text).toBe(en.booleans.no);
  });

  it('marks a value with any caveat, a disputed official one too, and not an official one', () => {
    const press = cellView({ ...friends, sources: ['press'] }, english);
    expect(press.present && [press.caveat, press.marked]).toEqual(['press', true]);
    const disputed = cellView(
      {
        ...friends,
        alternatives: [{ kind: 'other-source', value: 500, confidence: 'low', sources: ['press'] }],
      },
      english,
    );
    expect(disputed.present && [disputed.caveat, disputed.marked]).toEqual(['disputed', true]);
    const official = cellView(friends, english);
    expect(official.present && [official.caveat, official.marked]).toEqual(['official', false]);
  });

  it('words each alternative in its sentence, with its own caveat, and tells a dispute from history', () => {
    const view = cellView(
      {
        ...friends,
        alternatives: [
          { kind: 'other-source', value: 500, confidence: 'low', sources: ['providers'] },
          { kind: 'older-figure', value: 100, confidence: 'high', sources: ['official'] },
        ],
      },
      english,
    );
    if (!view.present) throw new Error('expected a value');
    const [other, older] = view.alternatives;
    expect(other).toMatchObject({
      kind: 'other-source',
      raw: '500',
      text: `500 ${en.units.friends.other}`,
      label: en.alternatives['other-source'].replace('{value}', `500 ${en.units.friends.other}`),
      caveat: 'providers',
      marked: true,
      disputes: true,
      sources: ['providers'],
    });
    expect(older).toMatchObject({ kind: 'older-figure', disputes: false, marked: false });
  });

  it('gives an absent value its reason, defaulting to "not found"', () => {
    expect(cellView({ absent: 'not-applicable' }, english)).toEqual({
      present: false,
      absence: 'not-applicable',
      text: en.absent['not-applicable'],
    });
    expect(cellView({ absent: 'not-found' }, english)).toMatchObject({
      text: en.absent['not-found'],
    });
  });
});

describe('disputedValues', () => {
  const disputed: FactCell = {
    ...friends,
    alternatives: [
      { kind: 'older-figure', value: 100, confidence: 'high', sources: ['official'] },
      { kind: 'other-source', value: 500, confidence: 'low', sources: ['providers'] },
      { kind: 'other-official-page', value: 300, confidence: 'high', sources: ['official'] },
    ],
  };

  it('gives the main value, then every value that disputes it, each with its own sources', () => {
    const values = disputedValues(cellView(disputed, english));
    expect(values?.map((value) => [value.raw, value.sources])).toEqual([
      ['2000', ['official']],
      ['500', ['providers']],
      ['300', ['official']],
    ]);
  });

  it('is null for a value nothing disputes, an older figure only, or no value', () => {
    expect(disputedValues(cellView(friends, english))).toBeNull();
    const history = cellView(
      {
        ...friends,
        alternatives: [{ kind: 'older-figure', value: 100, confidence: 'high', sources: ['x'] }],
      },
      english,
    );
    expect(disputedValues(history)).toBeNull();
    expect(disputedValues(cellView({ absent: 'not-found' }, english))).toBeNull();
  });
});

describe('disputeText', () => {
  const values = disputedValues(
    cellView(
      {
        ...friends,
        sources: ['official', 'press'],
        alternatives: [
          { kind: 'other-source', value: 500, confidence: 'low', sources: ['providers'] },
        ],
      },
      english,
    ),
  )!;
  const name = (id: string) => `«${id}»`;

  it('names each value’s sources beside it and says that they disagree', () => {
    const friendsUnit = en.units.friends.other;
    expect(disputeText(values, en, name)).toBe(
      en.dispute.text.replace(
        '{values}',
        `2,000 ${friendsUnit} («official»${en.punctuation.separator}«press»)${en.dispute.separator}500 ${friendsUnit} («providers»)`,
      ),
    );
  });

  it('uses the language’s own brackets and separators', () => {
    const chinese = disputedValues(
      cellView(
        {
          ...friends,
          alternatives: [{ kind: 'other-source', value: 500, confidence: 'low', sources: ['b'] }],
        },
        { ...english, locale: 'zh', messages: zh },
      ),
    )!;
    const text = disputeText(chinese, zh, name);
    expect(text).toContain(`（«official»）${zh.dispute.separator}500`);
    expect(text).not.toMatch(/[()]/);
  });

  it('gives a value without sources on its own', () => {
    const [first] = values;
    expect(disputeText([{ ...first!, sources: [] }], en, name)).toBe(
      en.dispute.text.replace('{values}', first!.text),
    );
  });
});
