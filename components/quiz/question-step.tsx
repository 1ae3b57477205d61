import type { Ref } from 'react';

import { interpolate } from '@/lib/i18n/format';
import type { QuizMessages } from '@/lib/schema/quiz-words';
import type { QuestionView } from '@/lib/quiz/text';

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
      <p className="text-sm quiz-muted">
        {interpolate(messages.progress, { n: String(n), total: String(total) })}
      </p>
      <progress
        max={total}
        value={n}
        aria-label={messages.progressLabel}
        className="quiz-progress"
      />
      <fieldset className="mt-4" aria-describedby={describedBy || undefined}>
        <legend>
          <h2 ref={headingRef} tabIndex={-1} className="section-title">
            {view.legend}
          </h2>
        </legend>
        {view.hint && (
          <p id="quiz-hint" className="mt-2 quiz-muted">
            {view.hint}
          </p>
        )}
        <div className="mt-4 space-y-2">
          {view.options.map((option) => (
            <label key={option.id} className="quiz-option">
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
