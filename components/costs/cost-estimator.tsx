'use client';

import { useId, useState } from 'react';

import { estimate, type CostInputs, type CostPrices } from '@/lib/costs/estimate';
import { parseCount } from '@/lib/costs/parse-count';
import type { CostLegendWords, CostMarks, CostsText } from '@/lib/costs/text';
import { formatNumber, interpolate } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/locales';

import { useHydrated } from '../use-hydrated';
import { ZhRuns } from '../zh-runs';
import { EstimateView } from './estimate-view';

type CountField = keyof CostsText['estimator']['fields'];
const countFields: readonly CountField[] = [
  'members',
  'contacts',
  'archivedMembers',
  'providerAppMembers',
];

type CostEstimatorProps = {
  prices: CostPrices;
  /** Lines whose price carries a caveat, and what the mark means. */
  marks: CostMarks;
  legendWords: CostLegendWords;
  text: CostsText;
  locale: Locale;
  /** The form's starting values (the first worked example), so the first render is the server's. */
  initial: CostInputs;
};

/**
 * The estimator: six answers in, a yearly range out, recomputed as the reader types. A field
 * that does not hold a whole number says why, in words, and the last good estimate stays.
 */
export function CostEstimator({
  prices,
  marks,
  legendWords,
  text,
  locale,
  initial,
}: CostEstimatorProps) {
  const id = useId();
  // Each count keeps what the reader typed and the last whole number it held, so a field
  // being edited ("1.0" on the way to "1.000") never empties the estimate.
  const [counts, setCounts] = useState(
    () =>
      Object.fromEntries(
        countFields.map((field) => [
          field,
          { typed: String(initial[field]), value: initial[field] },
        ]),
      ) as Record<CountField, { typed: string; value: number }>,
  );
  // Until the script runs, the fields are read-only: what a reader typed before would be lost
  // when React takes the form over.
  const ready = useHydrated();
  const [verified, setVerified] = useState(initial.verified);
  const [mainland, setMainland] = useState(initial.mainland);
  const result = estimate(
    {
      members: counts.members.value,
      contacts: counts.contacts.value,
      archivedMembers: counts.archivedMembers.value,
      providerAppMembers: counts.providerAppMembers.value,
      verified,
      mainland,
    },
    prices,
  );
  const type = (field: CountField, typed: string) => {
    const parsed = parseCount(typed);
    setCounts((previous) => ({
      ...previous,
      [field]: { typed, value: parsed.ok ? parsed.value : previous[field].value },
    }));
  };
  const { estimator } = text;
  // A field being corrected leaves the last valid estimate on screen; it must say so.
  const stale = countFields.some((field) => !parseCount(counts[field].typed).ok);

  return (
    <form
      className="estimator"
      onSubmit={(event) => event.preventDefault()}
      aria-labelledby={`${id}-title`}
    >
      <h2 id={`${id}-title`} className="section-title">
        {estimator.title}
      </h2>
      <p className="mt-2">{estimator.intro}</p>
      <noscript>
        <p className="quiz-warning mt-2">{estimator.noScript}</p>
      </noscript>
      <div className="mt-4 grid gap-4 sm:grid-cols-2">
        {countFields.map((field) => {
          const state = parseCount(counts[field].typed);
          const hintId = `${id}-${field}-hint`;
          const errorId = `${id}-${field}-error`;
          return (
            <div key={field}>
              <label htmlFor={`${id}-${field}`} className="block font-semibold">
                {estimator.fields[field].label}
              </label>
              <span id={hintId} className="note block">
                <ZhRuns>{estimator.fields[field].hint}</ZhRuns>
              </span>
              <input
                id={`${id}-${field}`}
                type="text"
                inputMode="numeric"
                autoComplete="off"
                className="estimator-input"
                value={counts[field].typed}
                readOnly={!ready}
                aria-invalid={!state.ok}
                aria-describedby={state.ok ? hintId : `${hintId} ${errorId}`}
                onChange={(event) => type(field, event.target.value)}
              />
              {!state.ok && (
                <p id={errorId} className="estimator-error">
                  {estimator.errors[state.error]}
                </p>
              )}
            </div>
          );
        })}
        <Choice
          legend={estimator.verified}
          value={verified}
          onChange={setVerified}
          name={`${id}-verified`}
          disabled={!ready}
        />
        <Choice
          legend={estimator.mainland}
          value={mainland}
          onChange={setMainland}
          name={`${id}-mainland`}
          disabled={!ready}
        />
      </div>
      <section aria-live="polite" className={stale ? 'estimate-stale mt-6' : 'mt-6'}>
        <h3 className="subsection-title">{text.result.title}</h3>
        {stale && (
          <p className="quiz-warning mt-2" data-stale="">
            <span aria-hidden="true">⚠ </span>
            {estimator.stale}
          </p>
        )}
        {result.problems.map((problem) => (
          <p key={problem} className="quiz-warning mt-2">
            {interpolate(estimator.problems[problem], {
              memberCap: formatNumber(locale, prices.unverifiedMemberCap),
              customerCap: formatNumber(locale, prices.unverifiedCustomerCap),
            })}
          </p>
        ))}
        <EstimateView
          estimate={result}
          marks={marks}
          legendWords={legendWords}
          text={text}
          locale={locale}
          caption={text.result.title}
        />
      </section>
    </form>
  );
}

type ChoiceProps = {
  legend: { legend: string; yes: string; no: string };
  value: boolean;
  onChange: (value: boolean) => void;
  name: string;
  disabled: boolean;
};

/** A yes/no question as two radio buttons (a checkbox would hide what "no" means). */
function Choice({ legend, value, onChange, name, disabled }: ChoiceProps) {
  return (
    <fieldset>
      <legend className="font-semibold">{legend.legend}</legend>
      {([true, false] as const).map((option) => (
        <label key={String(option)} className="mt-1 flex items-center gap-2">
          <input
            type="radio"
            name={name}
            checked={value === option}
            disabled={disabled}
            onChange={() => onChange(option)}
          />
          {option ? legend.yes : legend.no}
        </label>
      ))}
    </fieldset>
  );
}
