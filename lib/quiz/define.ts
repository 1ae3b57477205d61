import { findFact, numberIn, presentCell, type FactId } from '../data/fact-lookup';
import { accounts, type Account } from '../schema/vocabulary';

import type { OptionId, QuestionId, ReasonNote } from '../schema/quiz-words';
import type { Data, CellRef, OptionDef, QuestionDef, Signal } from './types';

/** Requires a property named after what is missing, so TypeScript's error names it. */
type Names<Label extends string, Missing> = [Missing] extends [never]
  ? unknown
  : { readonly [K in Label]: Missing };

/**
 * Keeps a question's literal types (ids, options, notes), and holds them to the quiz's
 * vocabulary (./messages.ts), which the words of every language are keyed by: an option or a
 * note the vocabulary lacks, or one it has that the question leaves out, is a type error.
 */
export function defineQuestion<const Q extends QuestionDef & { readonly id: QuestionId }>(
  question: Q & {
    readonly options: readonly (OptionDef & { readonly id: OptionId<Q['id']> })[];
    readonly notes: readonly ReasonNote<Q['id']>[];
  } & Names<'missingOptions', Exclude<OptionId<Q['id']>, Q['options'][number]['id']>> &
    Names<'missingNotes', Exclude<ReasonNote<Q['id']>, Q['notes'][number]>>,
): Q {
  return question;
}

/** The questions in asking order; a question of the vocabulary left out is a type error. */
export function askingOrder<const Qs extends readonly QuestionDef[]>(
  questions: Qs & Names<'missingQuestions', Exclude<QuestionId, Qs[number]['id']>>,
): Qs {
  return questions;
}

export const cellRef = (id: FactId, account: Account): CellRef => ({ id, account });

export const other = (account: Account): Account => (account === 'wecom' ? 'wechat' : 'wecom');

export function cellOf(ref: CellRef, data: Data) {
  return presentCell(findFact(ref.id, data.facts)[ref.account]);
}

/** A cell's number; the quiz cannot work without it, so a missing one is an error. */
export function cellNumber(ref: CellRef, data: Data): number {
  return numberIn(ref.id, ref.account, data.facts);
}

/** How much an account can hold: a number, unlimited when no cap is published, else unknown. */
export function capacity(ref: CellRef, data: Data): number | null {
  const value = cellOf(ref, data)?.value;
  if (typeof value === 'number') return value;
  if (value === 'no-published-cap') return Number.POSITIVE_INFINITY;
  return null;
}

export function hasFeature(ref: CellRef, data: Data): boolean {
  return cellOf(ref, data)?.value === true;
}

/** `ref`'s account cannot meet the need. */
export const rulesOut = (ref: CellRef, note: string): Signal => ({
  factId: ref.id,
  account: ref.account,
  kind: 'rules-out',
  favours: other(ref.account),
  weight: 0,
  note,
});

/** A preference worth `weight` points to `favours`, resting on `ref`. */
export const weighs = (ref: CellRef, favours: Account, weight: number, note: string): Signal => ({
  factId: ref.id,
  account: ref.account,
  kind: 'weighs',
  favours,
  weight,
  note,
});

/** Context: a condition, or a limit that does not decide. */
export const informs = (ref: CellRef, note: string): Signal => ({
  factId: ref.id,
  account: ref.account,
  kind: 'informs',
  favours: null,
  weight: 0,
  note,
});

type FeatureNotes = Readonly<Record<Account, string>>;

/**
 * A question about a feature (customers kept when staff leave, a verified company name, work
 * tools): "must" rules out the account that lacks it, "nice" weighs for the only account that
 * has it, "no" says nothing unless `onNo` does. `onMust` adds context to "must".
 */
export function featureRule(options: {
  fact: FactId;
  notes: FeatureNotes;
  niceWeight: number;
  onMust?: (data: Data) => Signal[];
  onNo?: (data: Data) => Signal[];
}) {
  const { fact, notes, niceWeight, onMust, onNo } = options;
  return ({ option, data }: { option: string; data: Data }): Signal[] => {
    const has = (account: Account) => hasFeature(cellRef(fact, account), data);
    if (option === 'must') {
      return [
        ...accounts.map((account) =>
          has(account)
            ? informs(cellRef(fact, account), notes[account])
            : rulesOut(cellRef(fact, account), notes[account]),
        ),
        ...(onMust?.(data) ?? []),
      ];
    }
    if (option === 'nice') {
      const having = accounts.filter(has);
      const [only] = having;
      return having.length === 1 && only !== undefined
        ? [weighs(cellRef(fact, only), only, niceWeight, notes[only])]
        : [];
    }
    return onNo?.(data) ?? [];
  };
}

/** The options of a feature question, in share-link order. */
export const featureOptions = [
  { id: 'must', essential: true },
  { id: 'nice' },
  { id: 'no' },
] as const;
