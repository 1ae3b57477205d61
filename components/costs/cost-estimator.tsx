import type { CostsText } from '@/lib/schema/costs-words';
import { estimate, type CostInputs } from '@/lib/costs/estimate';
import { estimatorResultHtml, resultClass, type EstimatorData } from '@/lib/costs/estimate-html';
import { countFields, estimatorIds } from '@/lib/costs/estimator-ids';
import { paths } from '@/lib/site/paths';

import { ZhRuns } from '../zh-runs';

type CostEstimatorProps = {
  /** The prices, the locale and the words the estimate needs, also sent to the script. */
  data: EstimatorData;
  text: CostsText;
  /** The form's starting values (the first worked example), with their estimate. */
  initial: CostInputs;
};

/** JSON inside a <script>: a `<` never ends the element. */
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

/**
 * The estimator as the server renders it: the form holding the first worked example, and that
 * example's estimate. Its script (browser/cost-estimator.ts, a module the page loads from the
 * site) makes the fields editable and recomputes as the reader types; until it runs the fields
 * are read-only, so nothing typed is lost. No framework: the page stays plain HTML.
 */
export function CostEstimator({ data, text, initial }: CostEstimatorProps) {
  const { estimator } = text;
  return (
    <div id={estimatorIds.root} className="not-prose">
      <form className="estimator" aria-labelledby={estimatorIds.title}>
        <h2 id={estimatorIds.title} className="section-title">
          {estimator.title}
        </h2>
        <p className="mt-2">{estimator.intro}</p>
        <noscript>
          <p className="quiz-warning mt-2">{estimator.noScript}</p>
        </noscript>
        <div className="mt-4 grid gap-4 sm:grid-cols-2">
          {countFields.map((field) => (
            <div key={field}>
              <label htmlFor={estimatorIds.field(field)} className="block font-semibold">
                {estimator.fields[field].label}
              </label>
              <span id={estimatorIds.hint(field)} className="note block">
                <ZhRuns>{estimator.fields[field].hint}</ZhRuns>
              </span>
              <input
                id={estimatorIds.field(field)}
                type="text"
                inputMode="numeric"
                autoComplete="off"
                className="estimator-input"
                defaultValue={String(initial[field])}
                readOnly
                aria-invalid={false}
                aria-describedby={estimatorIds.hint(field)}
              />
            </div>
          ))}
          <Choice
            words={estimator.verified}
            value={initial.verified}
            name={estimatorIds.choice('verified')}
          />
          <Choice
            words={estimator.mainland}
            value={initial.mainland}
            name={estimatorIds.choice('mainland')}
          />
        </div>
        <section
          aria-live="polite"
          className={resultClass(false)}
          dangerouslySetInnerHTML={{
            __html: estimatorResultHtml(estimate(initial, data.prices), false, data),
          }}
        />
      </form>
      <script
        type="application/json"
        id={estimatorIds.data}
        dangerouslySetInnerHTML={{ __html: scriptJson(data) }}
      />
      {/* A module script runs after parsing, like `defer`: it never blocks the page. */}
      {/* eslint-disable-next-line @next/next/no-sync-scripts */}
      <script type="module" src={paths.file('browser/cost-estimator.js')} />
    </div>
  );
}

type ChoiceProps = {
  words: { legend: string; yes: string; no: string };
  value: boolean;
  name: string;
};

/**
 * A yes/no question as two radio buttons ("yes" first; a checkbox would hide what "no" means),
 * disabled until the script runs.
 */
function Choice({ words, value, name }: ChoiceProps) {
  return (
    <fieldset>
      <legend className="font-semibold">{words.legend}</legend>
      {([true, false] as const).map((option) => (
        <label key={String(option)} className="mt-1 flex items-center gap-2">
          <input type="radio" name={name} defaultChecked={value === option} disabled />
          {option ? words.yes : words.no}
        </label>
      ))}
    </fieldset>
  );
}
