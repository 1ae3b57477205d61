import type { Ref } from 'react';

import { interpolate } from '@/lib/format';
import type { QuizMessages } from '@/lib/quiz-messages';
import type { QuestionView } from '@/lib/quiz-text';

import { buttonClass } from './styles';

type QuestionStepProps = {
  view: QuestionView;
  n: number;
  total: number;
  value: string | undefined;
  nextLabel: string;
  error: boolean;
  messages: QuizMessages['flow'];
  headingRef: Ref<HTMLHeadingElement>;
  onChange: (optionId: string) => void;
  onBack: () => void;
  onNext: () => void;
};

/** One question: a radio group in a fieldset whose legend is the step's heading. */
export function QuestionStep({
  view,
  n,
  total,
  value,
  nextLabel,
  error,
  messages,
  headingRef,
  onChange,
  onBack,
  onNext,
}: QuestionStepProps) {
  const describedBy = [view.hint && 'quiz-hint', error && 'quiz-error'].filter(Boolean).join(' ');
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        onNext();
      }}
    >
      <p className="text-sm text-stone-700 dark:text-stone-300">
        {interpolate(messages.progress, { n: String(n), total: String(total) })}
      </p>
      <progress
        max={total}
        value={n}
        aria-label={messages.progressLabel}
        className="mt-1 block h-2 w-full max-w-md overflow-hidden rounded-full bg-stone-200 dark:bg-stone-700 [&::-moz-progress-bar]:bg-blue-800 [&::-webkit-progress-bar]:bg-stone-200 [&::-webkit-progress-value]:bg-blue-800 dark:[&::-moz-progress-bar]:bg-sky-300 dark:[&::-webkit-progress-bar]:bg-stone-700 dark:[&::-webkit-progress-value]:bg-sky-300"
      />
      <fieldset className="mt-4" aria-describedby={describedBy || undefined}>
        <legend>
          <h2 ref={headingRef} tabIndex={-1} className="text-xl font-semibold sm:text-2xl">
            {view.legend}
          </h2>
        </legend>
        {view.hint && (
          <p id="quiz-hint" className="mt-2 text-stone-700 dark:text-stone-300">
            {view.hint}
          </p>
        )}
        <div className="mt-4 space-y-2">
          {view.options.map((option) => (
            <label
              key={option.id}
              className="flex cursor-pointer items-start gap-3 rounded-lg border border-stone-300 p-3 hover:border-blue-700 has-[:checked]:border-blue-800 has-[:checked]:bg-blue-50 dark:border-stone-700 dark:hover:border-sky-300 dark:has-[:checked]:border-sky-300 dark:has-[:checked]:bg-sky-950/50"
            >
              <input
                type="radio"
                name={view.id}
                value={option.id}
                checked={value === option.id}
                onChange={() => onChange(option.id)}
                className="mt-1 size-5 shrink-0 accent-blue-800 dark:accent-sky-300"
              />
              <span>{option.label}</span>
            </label>
          ))}
        </div>
      </fieldset>
      {error && (
        <p
          id="quiz-error"
          role="alert"
          className="mt-3 font-semibold text-red-800 dark:text-red-300"
        >
          <span aria-hidden="true">⚠ </span>
          {messages.chooseOne}
        </p>
      )}
      <div className="mt-6 flex flex-wrap gap-3">
        <button type="button" onClick={onBack} className={buttonClass.secondary}>
          ← {messages.back}
        </button>
        <button type="submit" className={buttonClass.primary}>
          {nextLabel} →
        </button>
      </div>
    </form>
  );
}
